#pragma once

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

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
    // False when nothing started (the user cancelled the file dialog, the file cannot be written,
    // another export runs).
    bool exportCsv(Session *session, EventTableModel *shownBy = nullptr);
    // Exports the events `serials` names: the table's selected rows (a Copy too big for the
    // clipboard). False as for exportCsv().
    bool exportSerials(Session *session, std::vector<quint64> serials);
    void cancel();

    // Whether a complete export of `session` (every event, not the shown ones) wrote all the
    // events it holds now.
    bool hasSaved(const Session *session) const;

Q_SIGNALS:
    void finished(bool ok);

private:
    QString askFileName(const QString &title) const;
    bool start(Session *session, std::unique_ptr<SessionExporter> starting, const QString &name,
               bool all);

    QMainWindow *m_window;
    QPointer<SessionExporter> m_exporter;
    QPointer<const Session> m_savedSession;
    quint64 m_savedEndSerial = 0; // events below it were written by the last complete export
};
