#pragma once

#include <QCoreApplication>

#include <memory>

class QString;
class QWidget;
class Session;
struct CsvError;

// Loads a CSV written by fsnoop behind a modal progress dialog that can cancel it. The parsing
// runs in a worker thread so the window keeps painting: a million-row file takes seconds.
class SessionLoader final
{
    Q_DECLARE_TR_FUNCTIONS(SessionLoader)

public:
    SessionLoader() = delete;

    // The loaded session, living in the caller's thread; nullptr with `error` set on failure or
    // cancel (error->code == CsvError::Cancelled).
    static std::unique_ptr<Session> load(const QString &fileName, CsvError *error, QWidget *parent);
};
