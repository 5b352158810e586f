#pragma once

#include <QObject>

class QWidget;

// What a drop on the window does: one folder is watched, one .csv file opened as a session;
// anything else is refused, so the cursor says so before the button is let go. An event filter
// on the window rather than MainWindow's own drag handlers: the rule for what may be dropped is
// one small job of its own.
class PathDropTarget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathDropTarget)

public:
    // Makes `window` accept drops and filters its drag events.
    explicit PathDropTarget(QWidget *window);

Q_SIGNALS:
    // Emitted once the drag has finished, on the next turn of the event loop.
    void folderDropped(const QString &folder);
    void sessionDropped(const QString &file);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
