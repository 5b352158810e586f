#include "lib/temptree.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// `fsnoop open FILE` as a user runs it from a terminal: what went wrong is printed on standard
// error (besides the dialog) and the exit status says whether anything was opened. The window runs
// on the offscreen platform and quits by itself (FSNOOP_QUIT_AFTER_MS), which also closes the
// modal message box.
namespace {

constexpr int kTimeoutMs = 20000;

struct Run {
    int exitCode = -1;
    QByteArray err;
};

Run openInWindow(const QString &file)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("FSNOOP_QUIT_AFTER_MS"), QStringLiteral("1500"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FSNOOP_BINARY), {QStringLiteral("open"), file});
    Run run;
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = "did not finish: " + p.readAllStandardError();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.err = p.readAllStandardError();
    return run;
}

const QByteArray kHeader = "time,events,path,is_dir,cookie,pid,process,executable,source\r\n";
const QByteArray kRow = "2026-11-22T07:12:36.000001+00:00,CREATE,/a,0,0,,,,inotify\r\n";

} // namespace

class tst_Open : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failuresArePrintedAndExitNonZero_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("exitCode");
        // A name that does not exist is a usage error, found before any window is made (so it is
        // said even without a display); whatever exists is the loader's to refuse.
        QTest::newRow("missing") << QStringLiteral("/nonexistent/s.csv")
                                 << QByteArray("fsnoop: no such file: /nonexistent/s.csv") << 2;
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero")
                                   << QByteArray("fsnoop: Could not open /dev/zero: it is not a regular file (a character device).")
                                   << 1;
        QTest::newRow("fifo") << QStringLiteral("FIFO") << QByteArray("it is not a regular file (a FIFO (named pipe)).") << 1;
        QTest::newRow("malformed") << QStringLiteral("BAD") << QByteArray("(line 3): unknown source: dtrace") << 1;
    }
    void failuresArePrintedAndExitNonZero()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, message);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (file == QLatin1String("FIFO")) {
            file = dir.filePath(QStringLiteral("pipe.csv"));
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        } else if (file == QLatin1String("BAD")) {
            file = dir.filePath(QStringLiteral("bad.csv"));
            QVERIFY(writeFile(file, kHeader + kRow + "2026-11-22T07:12:36Z,CREATE,/b,0,0,,,,dtrace\r\n" + kRow));
        }
        const Run run = openInWindow(file);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(run.exitCode, exitCode);
    }

    void cutFileOpensWithANote()
    {
        // The end of a capture cut by a full disk: the complete rows open, the note is printed,
        // and the exit status is 0 (something was opened).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("cut.csv"));
        QVERIFY(writeFile(file, kHeader + kRow + kRow + "2026-11-30"));
        const Run run = openInWindow(file);
        QVERIFY2(run.err.contains("fsnoop: " + QFile::encodeName(file)
                                  + " ends in the middle of a record: line 4 was incomplete and was skipped."),
                 run.err.constData());
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(tst_Open)
#include "tst_open.moc"
