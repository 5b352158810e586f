#include "inotify/inotifyparser.h"

#include <sys/inotify.h>

#include <cstring>

InotifyParser::Result InotifyParser::parse(const char *data, qsizetype size,
                                           std::vector<InotifyRawEvent> &out)
{
    Result result;
    constexpr qsizetype kHeader = qsizetype(sizeof(inotify_event));
    qsizetype offset = 0;
    while (size - offset >= kHeader) {
        // memcpy, not a cast: a synthetic (or carried-over) buffer need not be aligned for int.
        inotify_event header;
        std::memcpy(&header, data + offset, kHeader);
        if (header.len > kMaxNameField) {
            result.corrupt = true;
            break;
        }
        if (qsizetype(header.len) > size - offset - kHeader)
            break; // partial trailing record: leave it for the next read
        InotifyRawEvent ev;
        ev.wd = header.wd;
        ev.mask = header.mask;
        ev.cookie = header.cookie;
        if (header.len > 0) {
            ev.name = data + offset + kHeader;
            // The name is NUL-padded and `len` includes the padding; a name that fills its field
            // without a NUL is still bounded by `len`.
            const void *nul = std::memchr(ev.name, '\0', header.len);
            ev.nameLength = nul ? quint32(static_cast<const char *>(nul) - ev.name) : header.len;
        }
        out.push_back(ev);
        ++result.events;
        offset += kHeader + qsizetype(header.len);
    }
    result.consumed = offset;
    return result;
}
