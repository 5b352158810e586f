#include "execlookahead.h"

#include <sys/fanotify.h>

#include <cstring>

void ExecLookahead::scan(const char *buf, std::size_t len)
{
    m_execs.clear();
    for (std::size_t off = 0, index = 0; len - off >= FAN_EVENT_METADATA_LEN; ++index) {
        fanotify_event_metadata meta;
        std::memcpy(&meta, buf + off, sizeof meta);
        if (meta.event_len < FAN_EVENT_METADATA_LEN || meta.event_len > len - off)
            break;
        if (meta.mask & FAN_OPEN_EXEC)
            m_execs.emplace_back(meta.pid, index);
        off += meta.event_len;
    }
}

bool ExecLookahead::execsAfter(pid_t pid, std::size_t eventIndex) const
{
    for (const auto &exec : m_execs) {
        if (exec.first == pid && exec.second > eventIndex)
            return true;
    }
    return false;
}
