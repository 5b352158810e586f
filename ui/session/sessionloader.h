#pragma once

#include <QCoreApplication>

#include <memory>

class QString;
class QWidget;
class Session;
class SessionStreamer;
struct CsvError;
struct SessionFileError;

// Loads a session file (.fsnoop) or a CSV written by fsnoop behind a modal progress dialog that can
// cancel it. The reading runs in a worker thread so the window keeps painting: a million-row file
// takes seconds. A session file's error comes back as CsvError::Io with line 0 and the words in
// `detail` (SessionFileErrorText), translated.
//
// open() with a SessionStreamer reads a session file progressively instead (the first rows at
// once, the rest in the background, see SessionStreamer); a CSV is still loaded whole.
class SessionLoader final
{
    Q_DECLARE_TR_FUNCTIONS(SessionLoader)

public:
    SessionLoader() = delete;

    // The loaded session, living in the caller's thread; nullptr with `error` set on failure or
    // cancel (error->code == CsvError::Cancelled).
    static std::unique_ptr<Session> load(const QString &fileName, CsvError *error, QWidget *parent);
    // As load(), but a session file goes through `streamer`: the session comes back with its
    // first rows, and `streamer` (isLoading()) fills in the rest.
    static std::unique_ptr<Session> open(const QString &fileName, CsvError *error, QWidget *parent,
                                         SessionStreamer *streamer);

    // Words for a failed load (not for a cancelled one), and for a load whose last record was cut
    // (error.incompleteLastLine != 0; empty otherwise).
    static QString failureText(const QString &fileName, const CsvError &error);
    static QString incompleteText(const QString &fileName, const CsvError &error);
    // Words for a progressive read that failed after `loaded` events were shown.
    static QString partialText(const QString &fileName, const SessionFileError &error,
                               qint64 loaded);

    // Shows `text` in a message box over `parent`, and always prints it on standard error too: a
    // user who typed `fsnoop open` in a terminal sees it there, a script gets it with the exit
    // code, and from a desktop launcher it lands in the session log, where it harms nothing.
    static void report(QWidget *parent, const QString &title, const QString &text, bool warning);
};
