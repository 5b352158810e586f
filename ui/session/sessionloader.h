#pragma once

#include <QCoreApplication>

#include <memory>

class QString;
class QWidget;
class Session;
struct CsvError;

// Loads a session file (.fsnoop) or a CSV written by fsnoop behind a modal progress dialog that can
// cancel it. The reading runs in a worker thread so the window keeps painting: a million-row file
// takes seconds. A session file's error comes back as CsvError::Io with line 0 and the words in
// `detail` (SessionFileErrorText), translated.
class SessionLoader final
{
    Q_DECLARE_TR_FUNCTIONS(SessionLoader)

public:
    SessionLoader() = delete;

    // The loaded session, living in the caller's thread; nullptr with `error` set on failure or
    // cancel (error->code == CsvError::Cancelled).
    static std::unique_ptr<Session> load(const QString &fileName, CsvError *error, QWidget *parent);

    // Words for a failed load (not for a cancelled one), and for a load whose last record was cut
    // (error.incompleteLastLine != 0; empty otherwise).
    static QString failureText(const QString &fileName, const CsvError &error);
    static QString incompleteText(const QString &fileName, const CsvError &error);

    // Shows `text` in a message box over `parent`, and always prints it on standard error too: a
    // user who typed `fsnoop open` in a terminal sees it there, a script gets it with the exit
    // code, and from a desktop launcher it lands in the session log, where it harms nothing.
    static void report(QWidget *parent, const QString &title, const QString &text, bool warning);
};
