#include "text/sessiontext.h"

#include "text/timetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

QString SessionText::started(const SpoolDirectory::Entry &e)
{
    if (e.metadata.startedNs <= 0)
        return QLocale().toString(e.modified, QLocale::ShortFormat);
    return QLocale().toString(TimeText::toDateTime(e.metadata.startedNs), QLocale::ShortFormat);
}

QString SessionText::roots(const SpoolDirectory::Entry &e)
{
    if (!e.readable)
        return tr("(unreadable: %1)").arg(QFileInfo(e.file).fileName());
    QStringList list;
    for (const QByteArray &root : e.metadata.roots)
        list.append(QDir::toNativeSeparators(QFile::decodeName(root)));
    return list.join(QStringLiteral(", "));
}

QString SessionText::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString SessionText::age(const QDateTime &modified, const QDateTime &now)
{
    const qint64 secs = qMax<qint64>(0, modified.secsTo(now));
    if (secs >= 86400)
        return tr("%n day(s)", nullptr, int(secs / 86400));
    if (secs >= 3600)
        return tr("%n hour(s)", nullptr, int(secs / 3600));
    return tr("%n minute(s)", nullptr, int(secs / 60));
}

QString SessionText::menuLabel(const SpoolDirectory::Entry &e)
{
    return QStringLiteral("%1  %2  (%3)").arg(started(e), roots(e), size(e.bytes));
}
