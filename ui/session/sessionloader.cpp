#include "session/sessionloader.h"

#include "io/csvreader.h"
#include "io/sessionfilereader.h"
#include "core/session.h"
#include "session/sessionfileerrortext.h"
#include "session/sessionstreamer.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <limits>

// The words of a session file's error, in CsvError's terms: no line, the words in `detail`.
static void toCsvError(const SessionFileError &sessionError, CsvError *error)
{
    error->code = sessionError.code == SessionFileError::Cancelled ? CsvError::Cancelled
                                                                   : CsvError::Io;
    error->line = 0;
    error->detail = SessionFileErrorText::describe(sessionError).toUtf8();
}

std::unique_ptr<Session> SessionLoader::open(const QString &fileName, CsvError *error,
                                             QWidget *parent, SessionStreamer *streamer)
{
    if (!SessionFileReader::looksLikeSessionFile(fileName))
        return load(fileName, error, parent);
    SessionFileError sessionError;
    std::unique_ptr<Session> session = streamer->open(fileName, &sessionError);
    if (!session)
        toCsvError(sessionError, error);
    return session;
}

std::unique_ptr<Session> SessionLoader::load(const QString &fileName, CsvError *error,
                                             QWidget *parent)
{
    QProgressDialog progress(tr("Opening %1\u2026")
                                 .arg(QFileInfo(fileName).fileName()),
                             tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal); // no other command while the file loads
    progress.setMinimumDuration(300);
    progress.setValue(0);
    const qint64 size = qMax<qint64>(1, QFileInfo(fileName).size());

    // CsvReader creates the Session in the calling thread; it is handed back to this one with
    // moveToThread() before the worker ends, as csvreader.h asks.
    auto bytesRead = std::make_shared<std::atomic<qint64>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<Session> loaded;
    QThread *const guiThread = QThread::currentThread();
    // A session file is known by its SQLite header, whatever its name; its progress is counted
    // in events and scaled onto the same 0..size range as a CSV's bytes.
    const bool sessionFile = SessionFileReader::looksLikeSessionFile(fileName);
    std::unique_ptr<QThread> worker(QThread::create([&loaded, error, fileName, bytesRead,
                                                     cancelled, guiThread, sessionFile, size] {
        if (sessionFile) {
            SessionFileError sessionError;
            loaded = SessionFileReader::load(
                fileName, &sessionError, [bytesRead, cancelled, size](qint64 done, qint64 total) {
                    bytesRead->store(total > 0 ? done * size / total : 0);
                    return !cancelled->load();
                });
            if (!loaded)
                toCsvError(sessionError, error);
        } else {
            loaded = CsvReader::load(fileName, error, [bytesRead, cancelled](qint64 done) {
                bytesRead->store(done);
                return !cancelled->load();
            });
        }
        if (loaded)
            loaded->moveToThread(guiThread);
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop,
                     [cancelled] { cancelled->store(true); });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&progress, bytesRead, size] {
        progress.setValue(int(qMin<qint64>(999, bytesRead->load() * 1000 / size)));
    });
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
    poll.stop();
    progress.reset();
    return loaded;
}

QString SessionLoader::failureText(const QString &fileName, const CsvError &error)
{
    const QString file = QDir::toNativeSeparators(fileName);
    const QString detail = QString::fromUtf8(error.detail); // technical, English
    switch (error.code) {
    case CsvError::Io:
        return tr("Could not open %1: %2").arg(file, detail);
    case CsvError::NotRegularFile:
        return tr("Could not open %1: it is not a regular file (%2).").arg(file, detail);
    default:
        // Line 0: not tied to a line (a session file, an unreadable file).
        if (error.line <= 0)
            return tr("Could not open %1: %2").arg(file, detail);
        return tr("Could not open %1 (line %2): %3").arg(file).arg(error.line).arg(detail);
    }
}

QString SessionLoader::incompleteText(const QString &fileName, const CsvError &error)
{
    if (error.incompleteLastLine <= 0)
        return {};
    return tr("%1 ends in the middle of a record: line %2 was incomplete and was skipped. The file "
              "was probably cut short by a crash or a full disk; every complete record before it "
              "was loaded.")
        .arg(QDir::toNativeSeparators(fileName))
        .arg(error.incompleteLastLine);
}

QString SessionLoader::partialText(const QString &fileName, const SessionFileError &error,
                                   qint64 loaded)
{
    return tr("Could not read all of %1: %2. The first %n event(s) were loaded.", nullptr,
              int(qMin<qint64>(loaded, std::numeric_limits<int>::max())))
        .arg(QDir::toNativeSeparators(fileName), SessionFileErrorText::describe(error));
}

void SessionLoader::report(QWidget *parent, const QString &title, const QString &text,
                           bool warning)
{
    // One fputs of the whole line, as `fsnoop record` prints its messages.
    const QByteArray line = QStringLiteral("fsnoop: %1\n").arg(text).toLocal8Bit();
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
    if (warning)
        QMessageBox::warning(parent, title, text);
    else
        QMessageBox::information(parent, title, text);
}
