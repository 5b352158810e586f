#pragma once

#include <QByteArray>

#include <sys/inotify.h>

// inotify records made by hand, for the tests of what decodes them (InotifyParser, InotifyReader).

// Appends one record as the kernel lays it out: header, then `field` bytes of NUL-padded name.
inline void put(QByteArray &buf, int wd, quint32 mask, quint32 cookie, const QByteArray &name,
                quint32 field)
{
    const inotify_event h{wd, mask, cookie, field};
    buf.append(reinterpret_cast<const char *>(&h), sizeof h);
    QByteArray padded = name.left(field);
    padded.append(QByteArray(qsizetype(field) - padded.size(), '\0'));
    buf.append(padded);
}

// The kernel rounds the name field up to a multiple of sizeof(struct inotify_event), NUL included.
inline quint32 kernelField(const QByteArray &name)
{
    if (name.isEmpty())
        return 0;
    const quint32 h = sizeof(inotify_event);
    return (quint32(name.size()) + 1 + h - 1) / h * h;
}
