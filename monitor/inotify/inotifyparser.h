#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <vector>

// One event as the kernel laid it out in a read() buffer (struct inotify_event, inotify(7)).
// `name` points into the caller's buffer: valid until that buffer is reused.
struct InotifyRawEvent
{
    int wd = -1;
    quint32 mask = 0;
    quint32 cookie = 0;
    const char *name = nullptr; // not NUL-terminated necessarily; use nameLength
    quint32 nameLength = 0;     // without the NUL padding (0: event on the watched object itself)

    QByteArrayView nameView() const { return {name, qsizetype(nameLength)}; }
};

// Pure bytes -> events decoder, no syscalls, so it can be unit-tested on synthetic buffers.
//
// inotify(7): each record is a fixed header followed by `len` bytes of name, "null-terminated
// and possibly padded with additional null bytes to align subsequent reads". So the name length
// is strnlen(name, len), never `len`. The kernel only ever returns whole records from read(2)
// (EINVAL when the buffer is too small), but the parser does not rely on that: a truncated header
// or name at the end is left unconsumed so the caller can carry it over to the next read.
class InotifyParser final
{
public:
    struct Result {
        qsizetype consumed = 0; // bytes of whole records decoded
        qsizetype events = 0;   // records appended to `out`
        bool corrupt = false;   // a header announced an impossible name length; parsing stopped
    };

    // Longest `len` the kernel can produce: NAME_MAX + 1, rounded up to the record alignment.
    // Anything bigger cannot come from the kernel, so we stop rather than wait for bytes forever.
    static constexpr quint32 kMaxNameField = 4096;

    // Appends every whole record in [data, data + size) to `out`.
    static Result parse(const char *data, qsizetype size, std::vector<InotifyRawEvent> &out);
};
