// FilesystemNotes: which note a watched folder's filesystem gets, from statfs(2)'s f_type and
// fanotify_mark(2)'s answer (pure; the real filesystems are in tst_fanotifyfaithful).
#include "capture/filesystemnotes.h"

#include <QTest>

#include <cerrno>

class tst_FilesystemNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notes_data()
    {
        QTest::addColumn<quint32>("fsType");
        QTest::addColumn<int>("markErrno");
        QTest::addColumn<QByteArray>("markedVia");
        QTest::addColumn<QList<int>>("kinds");
        QTest::addColumn<QByteArray>("detail"); // of the first note
        const QList<int> none;
        QTest::newRow("ext4") << 0xef53u << 0 << QByteArray() << none << QByteArray();
        QTest::newRow("tmpfs") << 0x01021994u << 0 << QByteArray() << none << QByteArray();
        QTest::newRow("nfs") << FilesystemNotes::kNfs << 0 << QByteArray()
                             << QList<int>{MonitorProblem::RemoteFilesystem} << QByteArray("nfs");
        QTest::newRow("cifs") << FilesystemNotes::kCifs << 0 << QByteArray()
                              << QList<int>{MonitorProblem::RemoteFilesystem} << QByteArray("cifs");
        QTest::newRow("smb2") << FilesystemNotes::kSmb2 << 0 << QByteArray()
                              << QList<int>{MonitorProblem::RemoteFilesystem} << QByteArray("smb2");
        QTest::newRow("fuse refused") << FilesystemNotes::kFuse << int(ENODEV) << QByteArray()
                                      << QList<int>{MonitorProblem::FuseFilesystem, MonitorProblem::InotifyFallback}
                                      << QByteArray("fuse");
        QTest::newRow("overlay refused") << FilesystemNotes::kOverlay << int(EOPNOTSUPP) << QByteArray()
                                         << QList<int>{MonitorProblem::OverlayFilesystem, MonitorProblem::InotifyFallback}
                                         << QByteArray("overlay");
        QTest::newRow("btrfs via top") << FilesystemNotes::kBtrfs << 0 << QByteArray("/mnt/pool")
                                       << QList<int>{MonitorProblem::SubvolumeWatched} << QByteArray("/mnt/pool");
        QTest::newRow("btrfs alone") << FilesystemNotes::kBtrfs << int(EXDEV) << QByteArray()
                                     << QList<int>{MonitorProblem::InotifyFallback} << QByteArray("btrfs");
        QTest::newRow("unknown refused") << 0x1234u << int(EXDEV) << QByteArray()
                                         << QList<int>{MonitorProblem::InotifyFallback} << QByteArray("0x1234");
    }

    void notes()
    {
        QFETCH(quint32, fsType);
        QFETCH(int, markErrno);
        QFETCH(QByteArray, markedVia);
        QFETCH(QList<int>, kinds);
        QFETCH(QByteArray, detail);
        const QList<MonitorProblem> got = FilesystemNotes::forRoot("/w", fsType, markErrno, markedVia);
        QList<int> gotKinds;
        for (const MonitorProblem &p : got) {
            gotKinds << int(p.kind);
            QCOMPARE(p.path, QByteArray("/w"));
            if (p.kind == MonitorProblem::InotifyFallback)
                QCOMPARE(p.errnum, markErrno);
        }
        QCOMPARE(gotKinds, kinds);
        if (!got.isEmpty())
            QCOMPARE(got.first().detail, detail);
    }
};

QTEST_APPLESS_MAIN(tst_FilesystemNotes)
#include "tst_filesystemnotes.moc"
