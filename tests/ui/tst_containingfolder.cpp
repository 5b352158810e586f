#include "events/containingfolder.h"

#include <QClipboard>
#include <QDBusConnection>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <optional>

// A file manager on a private session bus: records what it was asked to show.
class FakeFileManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.FileManager1")

public:
    QStringList shown;

public Q_SLOTS:
    void ShowItems(const QStringList &uris, const QString &startupId)
    {
        Q_UNUSED(startupId);
        shown << uris;
    }
};

// "Open Containing Folder" (issue 15): the desktop's file manager shows the file selected
// through FileManager1.ShowItems; with nothing to open it, the window says so.
class tst_ContainingFolder : public QObject
{
    Q_OBJECT

private:
    QProcess m_bus;
    QString m_address;

private Q_SLOTS:
    void initTestCase()
    {
        // A bus of our own (dbus-daemon from packaging/debian-packages.txt), ended in cleanup.
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(5000), "dbus-daemon is needed (package dbus)");
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 5000);
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
    }

    void cleanupTestCase()
    {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void showsTheFileInTheFileManager()
    {
        QDBusConnection service = QDBusConnection::connectToBus(m_address, QStringLiteral("fm"));
        QVERIFY(service.isConnected());
        FakeFileManager fake;
        QVERIFY(service.registerObject(QStringLiteral("/org/freedesktop/FileManager1"), &fake,
                                       QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(QStringLiteral("org.freedesktop.FileManager1")));
        const auto unregister = qScopeGuard([&service] {
            service.unregisterService(QStringLiteral("org.freedesktop.FileManager1"));
            QDBusConnection::disconnectFromBus(QStringLiteral("fm"));
        });
        QDBusConnection client = QDBusConnection::connectToBus(m_address, QStringLiteral("client"));
        QVERIFY(client.isConnected());
        // Asynchronous: the fake answers from this same thread while the test waits.
        std::optional<ContainingFolder::Result> result;
        ContainingFolder::show(QStringLiteral("/tmp/some folder/a file.txt"), client, this,
                               [&result](ContainingFolder::Result r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QCOMPARE(*result, ContainingFolder::Result::ShownInFileManager);
        QCOMPARE(fake.shown, QStringList{QStringLiteral("file:///tmp/some%20folder/a%20file.txt")});
        QDBusConnection::disconnectFromBus(QStringLiteral("client"));
    }

    void saysSoWhenNothingCanOpenIt()
    {
        // No file manager on this bus and no URL handler on PATH.
        QDBusConnection client = QDBusConnection::connectToBus(m_address, QStringLiteral("bare"));
        QVERIFY(client.isConnected());
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        const auto restore = qScopeGuard([path] { qputenv("PATH", path); });
        std::optional<ContainingFolder::Result> result;
        ContainingFolder::show(QStringLiteral("/tmp/x/y.txt"), client, this,
                               [&result](ContainingFolder::Result r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QCOMPARE(*result, ContainingFolder::Result::Failed);
        QDBusConnection::disconnectFromBus(QStringLiteral("bare"));

        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        QWidget window;
        window.show();
        ContainingFolder::showOrSay(QStringLiteral("/tmp/x/y.txt"), &window);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window.findChild<QMessageBox *>(QStringLiteral("noFileManagerMessage"))), 5000);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("/tmp/x")));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("/tmp/x"));
        box->close();
    }
};

QTEST_MAIN(tst_ContainingFolder)
#include "tst_containingfolder.moc"
