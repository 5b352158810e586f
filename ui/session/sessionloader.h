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
};
