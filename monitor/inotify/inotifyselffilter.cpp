#include "inotify/inotifyselffilter.h"

#include <sys/inotify.h>

#include <climits>
#include <cstring>

QByteArray InotifySelfFilter::key(int wd, QByteArrayView name)
{
    QByteArray k(qsizetype(sizeof(int)) + name.size(), Qt::Uninitialized);
    std::memcpy(k.data(), &wd, sizeof(int));
    if (!name.isEmpty())
        std::memcpy(k.data() + sizeof(int), name.data(), std::size_t(name.size()));
    return k;
}

void InotifySelfFilter::expect(int wd, QByteArrayView name)
{
    ++m_states[key(wd, name)].opensExpected;
}

bool InotifySelfFilter::swallow(int wd, QByteArrayView name, quint32 mask)
{
    if (m_states.isEmpty() || name.size() > NAME_MAX)
        return false;
    // Look up through a stack buffer wrapped by fromRawData: no allocation per event.
    char buffer[sizeof(int) + NAME_MAX];
    std::memcpy(buffer, &wd, sizeof(int));
    if (!name.isEmpty())
        std::memcpy(buffer + sizeof(int), name.data(), std::size_t(name.size()));
    auto it = m_states.find(QByteArray::fromRawData(buffer, qsizetype(sizeof(int)) + name.size()));
    if (it == m_states.end())
        return false;
    State &s = it.value();
    if (mask & IN_OPEN) {
        if (s.opensExpected == 0)
            return false;
        --s.opensExpected;
        ++s.inside;
        return true;
    }
    if (s.inside == 0)
        return false;
    if (mask & IN_CLOSE_NOWRITE)
        --s.inside;
    return true; // IN_ACCESS between our open and close
}
