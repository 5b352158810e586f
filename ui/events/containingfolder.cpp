#include "events/containingfolder.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QUrl>

namespace {
// https://www.freedesktop.org/wiki/Specifications/file-manager-interface/
const QString kService = QStringLiteral("org.freedesktop.FileManager1");
const QString kPath = QStringLiteral("/org/freedesktop/FileManager1");
// How long a file manager (perhaps started by D-Bus activation) may take to answer.
constexpr int kCallTimeoutMs = 3000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContainingFolder)
};
} // namespace

static ContainingFolder::Result openFolder(const QString &filePath)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(filePath).absolutePath()))
        ? ContainingFolder::Result::OpenedFolder
        : ContainingFolder::Result::Failed;
}

void ContainingFolder::show(const QString &filePath, const QDBusConnection &bus, QObject *context,
                            std::function<void(Result)> done)
{
    if (!bus.isConnected()) {
        done(openFolder(filePath));
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService,
                                                       QStringLiteral("ShowItems"));
    // URIs, percent-encoded as the specification's examples are.
    call << QStringList{QString::fromLatin1(QUrl::fromLocalFile(filePath).toEncoded())}
         << QString();
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kCallTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, filePath, done](QDBusPendingCallWatcher *) {
                         watcher->deleteLater();
                         // No FileManager1 (no such service, an error, no answer): the folder.
                         done(watcher->isError() ? openFolder(filePath) : Result::ShownInFileManager);
                     });
}

void ContainingFolder::showOrSay(const QString &filePath, QWidget *parent)
{
    show(filePath, QDBusConnection::sessionBus(), parent, [filePath, parent](Result result) {
        if (result != Result::Failed)
            return;
        const QString folder = QDir::toNativeSeparators(QFileInfo(filePath).absolutePath());
        QGuiApplication::clipboard()->setText(folder);
        auto *box = new QMessageBox(QMessageBox::Information, Tr::tr("Open Containing Folder"),
                                    Tr::tr("No file manager could open the folder %1. Its path "
                                           "has been copied to the clipboard.")
                                        .arg(folder),
                                    QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("noFileManagerMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // capture goes on behind it
    });
}
