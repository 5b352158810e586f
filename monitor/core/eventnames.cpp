#include "core/eventnames.h"

#include <sys/inotify.h>

namespace {

struct Bit {
    quint32 mask;
    const char *upper;
};

// Order matters for join(): the event first, then the flags, as inotifywait prints them.
constexpr Bit kBits[] = {
    {IN_ACCESS, "ACCESS"},
    {IN_MODIFY, "MODIFY"},
    {IN_ATTRIB, "ATTRIB"},
    {IN_CLOSE_WRITE, "CLOSE_WRITE"},
    {IN_CLOSE_NOWRITE, "CLOSE_NOWRITE"},
    {IN_OPEN, "OPEN"},
    {IN_MOVED_FROM, "MOVED_FROM"},
    {IN_MOVED_TO, "MOVED_TO"},
    {IN_CREATE, "CREATE"},
    {IN_DELETE, "DELETE"},
    {IN_DELETE_SELF, "DELETE_SELF"},
    {IN_MOVE_SELF, "MOVE_SELF"},
    {IN_UNMOUNT, "UNMOUNT"},
    {IN_Q_OVERFLOW, "Q_OVERFLOW"},
    {IN_IGNORED, "IGNORED"},
    {IN_ISDIR, "ISDIR"},
};

} // namespace

const QList<EventNames::Type> &EventNames::types()
{
    static const QList<Type> types = {
        {IN_ACCESS, "access"},
        {IN_MODIFY, "modify"},
        {IN_ATTRIB, "attrib"},
        {IN_CLOSE_WRITE, "close_write"},
        {IN_CLOSE_NOWRITE, "close_nowrite"},
        {IN_OPEN, "open"},
        {IN_MOVED_FROM, "moved_from"},
        {IN_MOVED_TO, "moved_to"},
        {IN_CREATE, "create"},
        {IN_DELETE, "delete"},
        {IN_DELETE_SELF, "delete_self"},
        {IN_MOVE_SELF, "move_self"},
        {IN_UNMOUNT, "unmount"},
    };
    return types;
}

quint32 EventNames::allEvents()
{
    // IN_UNMOUNT is always reported by the kernel; asking for it in a mask is harmless.
    return IN_ALL_EVENTS | IN_UNMOUNT;
}

quint32 EventNames::parseList(QStringView list, QString *badName)
{
    quint32 mask = 0;
    for (QStringView token : list.split(u',', Qt::SkipEmptyParts)) {
        token = token.trimmed();
        if (token.compare(u"all", Qt::CaseInsensitive) == 0) {
            mask |= allEvents();
            continue;
        }
        if (token.compare(u"close", Qt::CaseInsensitive) == 0) {
            mask |= IN_CLOSE;
            continue;
        }
        if (token.compare(u"move", Qt::CaseInsensitive) == 0) {
            mask |= IN_MOVE;
            continue;
        }
        bool found = false;
        for (const Type &t : types()) {
            if (token.compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0) {
                mask |= t.mask;
                found = true;
                break;
            }
        }
        if (!found) {
            if (badName)
                *badName = token.toString();
            return 0;
        }
    }
    return mask;
}

QByteArray EventNames::join(quint32 mask, char separator)
{
    QByteArray out;
    for (const Bit &b : kBits) {
        if (mask & b.mask) {
            if (!out.isEmpty())
                out += separator;
            out += b.upper;
        }
    }
    return out;
}

bool EventNames::split(QByteArrayView joined, quint32 *mask, char separator)
{
    quint32 result = 0;
    qsizetype start = 0;
    while (start <= joined.size()) {
        qsizetype end = joined.indexOf(separator, start);
        if (end < 0)
            end = joined.size();
        const QByteArrayView token = joined.sliced(start, end - start);
        if (!token.isEmpty()) {
            bool found = false;
            for (const Bit &b : kBits) {
                if (token == b.upper) {
                    result |= b.mask;
                    found = true;
                    break;
                }
            }
            if (!found)
                return false;
        }
        start = end + 1;
    }
    *mask = result;
    return true;
}

const char *EventNames::primaryName(quint32 mask)
{
    for (const Bit &b : kBits) {
        if ((mask & b.mask) && b.mask != IN_ISDIR)
            return b.upper;
    }
    return "";
}
