#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QtGlobal>

#include "lib/temptree.h"

// `fsnoop record` of the built binary, for the tests that run it as a user would (they define
// FSNOOP_BINARY): started in English, its standard error gathered into `err` as it comes.

// Reads p's standard error into `err` until it holds `what`; false (with a warning saying what
// was read) after timeoutMs or once p has ended without saying it.
inline bool waitForRecordStderr(QProcess &p, const QByteArray &what, QByteArray &err, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (err.contains(what))
            return true;
        if (p.state() != QProcess::Running)
            break;
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    err += p.readAllStandardError();
    qWarning("fsnoop record did not say \"%s\": %s", what.constData(), err.constData());
    return false;
}

// Starts `fsnoop record args...` and waits until it says its watches are set up ("watching");
// what it said so far goes to *err when given.
inline bool startRecord(QProcess &p, const QStringList &args, int timeoutMs, QByteArray *err = nullptr)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C")); // English messages
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FSNOOP_BINARY), QStringList{QStringLiteral("record")} + args);
    QByteArray said;
    return p.waitForStarted(timeoutMs) && waitForRecordStderr(p, "watching", err ? *err : said, timeoutMs);
}

// `fsnoop record WATCHED -o OUT options...` in fresh folders `dirs` (false if they were not made),
// as startRecord.
inline bool startRecordInto(QProcess &p, const RecordDirs &dirs, const QStringList &options,
                            int timeoutMs, QByteArray *err = nullptr)
{
    return dirs.isValid()
        && startRecord(p, QStringList{dirs.watched, QStringLiteral("-o"), dirs.out} + options,
                       timeoutMs, err);
}
