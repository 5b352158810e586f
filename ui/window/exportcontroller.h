#pragma once

#include <QObject>
#include <QPointer>

class EventTableModel;
class QMainWindow;
class Session;
class SessionExporter;

// The window's "Export ... as CSV": asks for a file, runs a SessionExporter behind a progress
// dialog while the window goes on, and says how it went. One export at a time.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    // Dialogs open over `window`, which also owns this and shows the result in its status bar.
    explicit ExportController(QMainWindow *window);
    ~ExportController() override;

    // Exports every event of `session`, or only the rows `shownBy` shows when it is given.
    void exportCsv(Session *session, EventTableModel *shownBy = nullptr);
    void cancel();

private:
    QMainWindow *m_window;
    QPointer<SessionExporter> m_exporter;
};
