#include "window/crashedcaptureoffer.h"

#include "session/spooldirectory.h"
#include "text/timetext.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <climits>

QString CrashedCaptureOffer::ask(QWidget *parent)
{
    const QList<SpoolDirectory::Entry> entries = SpoolDirectory::entries();
    for (const SpoolDirectory::Entry &e : entries) {
        if (!e.isCrashed() || e.events <= 0)
            continue;
        const QString root = e.metadata.roots.isEmpty()
            ? QString()
            : QDir::toNativeSeparators(QFile::decodeName(e.metadata.roots.first()));
        const QDateTime started = TimeText::toDateTime(e.metadata.startedNs);
        const QString since = started.date() == QDate::currentDate()
            ? QLocale().toString(started.time(), QLocale::ShortFormat)
            : QLocale().toString(started, QLocale::ShortFormat);
        QMessageBox box(QMessageBox::Question, tr("Reopen Capture"),
                        tr("fsnoop was closed while capturing %1 since %2; %n event(s) were saved.",
                           nullptr, int(qMin<qint64>(e.events, INT_MAX)))
                            .arg(root, since),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(tr("The capture is in %1. Reopen it now, keep it with the recent "
                                  "sessions for later, or delete it?")
                                   .arg(QDir::toNativeSeparators(e.file)));
        QPushButton *reopen = box.addButton(tr("Reopen"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("Keep for Later"), QMessageBox::RejectRole);
        QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        reopen->setObjectName(QStringLiteral("reopenButton"));
        keep->setObjectName(QStringLiteral("keepButton"));
        remove->setObjectName(QStringLiteral("deleteButton"));
        box.setDefaultButton(reopen);
        box.setEscapeButton(keep); // Escape loses nothing
        box.exec();
        if (box.clickedButton() == remove) {
            SpoolDirectory::remove(e.file);
            continue;
        }
        SpoolDirectory::seal(e.file);
        if (box.clickedButton() == reopen)
            return e.file;
    }
    return {};
}
