#include "window/pathdroptarget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QWidget>

PathDropTarget::PathDropTarget(QWidget *window)
    : QObject(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

static QString droppedPath(const QMimeData *mime, bool *isDir)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QFileInfo info(mime->urls().first().toLocalFile());
    *isDir = info.isDir();
    if (info.isDir() || (info.isFile() && info.suffix().compare(QLatin1String("csv"),
                                                               Qt::CaseInsensitive) == 0))
        return info.absoluteFilePath();
    return {};
}

bool PathDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    // Handled here, not passed on: QWidget's own handlers would ignore() the event again.
    auto *drop = static_cast<QDropEvent *>(event); // QDragEnterEvent derives from it
    bool isDir = false;
    const QString path = droppedPath(drop->mimeData(), &isDir);
    if (path.isEmpty()) {
        drop->ignore();
        return true;
    }
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop) {
        // Let the drag finish before a possibly long set-up or load starts.
        QTimer::singleShot(0, this, [this, path, isDir] {
            if (isDir)
                Q_EMIT folderDropped(path);
            else
                Q_EMIT sessionDropped(path);
        });
    }
    return true;
}
