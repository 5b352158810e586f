#pragma once

#include <QMenu>

// A menu of choices ticked several at a time (the event types above the table): choosing an
// item runs it and leaves the menu open, so "None, then create and modify" is one opening rather
// than three (issue 15). Escape, a click outside or the menu's button close it as usual.
class StayOpenMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StayOpenMenu)

public:
    explicit StayOpenMenu(QWidget *parent = nullptr);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static bool staysOpenFor(const QAction *action);
};
