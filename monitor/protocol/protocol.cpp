#include "protocol/protocol.h"

#include <sys/fanotify.h>

#include <cstring>
#include <utility>

namespace fsnoop::proto {

namespace {

constexpr char kMagic0 = 'F';
constexpr char kMagic1 = 'N';

// ---- writing ----
class Writer
{
public:
    explicit Writer(std::string &out) : m_out(out) {}

    void u8(std::uint8_t v) { le(1, v); }
    void u16(std::uint16_t v) { le(2, v); }
    void u32(std::uint32_t v) { le(4, v); }
    void u64(std::uint64_t v) { le(8, v); }
    // Signed values (errno numbers, pids with -1 for unknown) travel as their 32-bit two's
    // complement; Reader::i32() reads them back.
    void i32(std::int32_t v) { u32(std::uint32_t(v)); }
    // Truncates to `max` so that an encoded record always stays under kMaxPayload.
    void str(const std::string &s, std::size_t max)
    {
        const std::size_t n = s.size() < max ? s.size() : max;
        u16(std::uint16_t(n));
        m_out.append(s.data(), n);
    }
    // A list: its count, then each item as `one` writes it; at most `maxCount` of them.
    template <typename T, typename One>
    void list(const std::vector<T> &items, std::size_t maxCount, One one)
    {
        const std::size_t n = items.size() < maxCount ? items.size() : maxCount;
        u16(std::uint16_t(n));
        for (std::size_t i = 0; i < n; ++i)
            one(*this, items[i]);
    }
    // A list of strings, each truncated to `max`.
    void strings(const std::vector<std::string> &items, std::size_t maxCount, std::size_t max)
    {
        list(items, maxCount, [max](Writer &w, const std::string &s) { w.str(s, max); });
    }

private:
    // Little-endian: the wire format is fixed whatever the host's byte order.
    void le(int bytes, std::uint64_t v)
    {
        for (int i = 0; i < bytes; ++i)
            m_out.push_back(char((v >> (8 * i)) & 0xff));
    }

    std::string &m_out;
};

// ---- reading: every getter checks the remaining length first ----
class Reader
{
public:
    explicit Reader(const std::string &in) : m_data(in.data()), m_size(in.size()) {}

    bool u8(std::uint8_t &v) { return le(v); }
    bool u16(std::uint16_t &v) { return le(v); }
    bool u32(std::uint32_t &v) { return le(v); }
    bool u64(std::uint64_t &v) { return le(v); }
    bool i32(std::int32_t &v)
    {
        std::uint32_t bits = 0;
        if (!u32(bits))
            return false;
        v = std::int32_t(bits);
        return true;
    }
    bool str(std::string &s, std::size_t max)
    {
        std::uint16_t n;
        if (!u16(n) || n > max || m_size - m_pos < n)
            return false;
        s.assign(m_data + m_pos, n);
        m_pos += n;
        return true;
    }
    // A list as Writer::list wrote it: false when its count is over `maxCount` (checked before
    // anything is sized) or `one` fails on an item.
    template <typename T, typename One>
    bool list(std::vector<T> &items, std::size_t maxCount, One one)
    {
        std::uint16_t n;
        if (!u16(n) || n > maxCount)
            return false;
        items.resize(n);
        for (T &item : items) {
            if (!one(*this, item))
                return false;
        }
        return true;
    }
    bool strings(std::vector<std::string> &items, std::size_t maxCount, std::size_t max)
    {
        return list(items, maxCount, [max](Reader &r, std::string &s) { return r.str(s, max); });
    }
    bool atEnd() const { return m_pos == m_size; }

private:
    // Little-endian, sizeof(T) bytes.
    template <typename T>
    bool le(T &v)
    {
        constexpr std::size_t bytes = sizeof(T);
        if (m_size - m_pos < bytes)
            return false;
        std::uint64_t x = 0;
        for (std::size_t i = 0; i < bytes; ++i)
            x |= std::uint64_t(std::uint8_t(m_data[m_pos + i])) << (8 * i);
        v = T(x);
        m_pos += bytes;
        return true;
    }

    const char *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

bool failWith(std::string *why, const char *text)
{
    if (why)
        *why = text;
    return false;
}

bool isKnownType(std::uint8_t t)
{
    return t >= std::uint8_t(RecordType::Request) && t <= std::uint8_t(RecordType::Mount);
}

// A RootNote, in the ready record and in a mount record.
void writeNote(Writer &w, const RootNote &n)
{
    w.str(n.root, kMaxPathLength);
    w.u32(n.fsType);
    w.i32(n.errnum);
    w.str(n.markedVia, kMaxPathLength);
}

bool readNote(Reader &r, RootNote &n)
{
    return r.str(n.root, kMaxPathLength) && r.u32(n.fsType) && r.i32(n.errnum) && r.str(n.markedVia, kMaxPathLength);
}

struct EventName {
    const char *name;
    std::uint64_t mask;
};

// inotifywait's names (the CLI's `-e` and EventNames in monitor/), mapped onto fanotify bits. The
// low FAN_* bits have the values of the IN_* bits by design (fanotify(7)).
constexpr EventName kEventNames[] = {
    {"access", FAN_ACCESS},
    {"modify", FAN_MODIFY},
    {"attrib", FAN_ATTRIB},
    {"close_write", FAN_CLOSE_WRITE},
    {"close_nowrite", FAN_CLOSE_NOWRITE},
    {"open", FAN_OPEN},
    {"moved_from", FAN_MOVED_FROM},
    {"moved_to", FAN_MOVED_TO},
    {"create", FAN_CREATE},
    {"delete", FAN_DELETE},
    {"delete_self", FAN_DELETE_SELF},
    {"move_self", FAN_MOVE_SELF},
};

} // namespace

// ---- encoding ----

namespace {

// Writes a header with a zero length and returns where the payload starts; endFrame() patches in
// the length once the payload is written after it.
std::size_t beginFrame(std::string &out, RecordType type)
{
    Writer w(out);
    w.u8(std::uint8_t(kMagic0));
    w.u8(std::uint8_t(kMagic1));
    w.u8(kVersion);
    w.u8(std::uint8_t(type));
    w.u32(0);
    return out.size();
}

void endFrame(std::string &out, std::size_t payloadStart)
{
    const std::uint32_t length = std::uint32_t(out.size() - payloadStart);
    for (int i = 0; i < 4; ++i)
        out[payloadStart - 4 + std::size_t(i)] = char((length >> (8 * i)) & 0xff);
}

// One record: `write` puts the payload straight into `out`, behind its header (no copy).
template <typename Write>
void appendRecord(std::string &out, RecordType type, Write write)
{
    const std::size_t start = beginFrame(out, type);
    Writer w(out);
    write(w);
    endFrame(out, start);
}

} // namespace

void appendFrame(std::string &out, RecordType type, const std::string &payload)
{
    const std::size_t start = beginFrame(out, type);
    out.append(payload);
    endFrame(out, start);
}

void appendRequest(std::string &out, const Request &r)
{
    appendRecord(out, RecordType::Request, [&r](Writer &w) {
        w.u32(r.options);
        w.strings(r.roots, kMaxRoots, kMaxPathLength);
        w.strings(r.events, kMaxEventNames, kMaxEventNameLength);
    });
}

void appendReady(std::string &out, const Ready &r)
{
    appendRecord(out, RecordType::Ready, [&r](Writer &w) {
        w.u8(std::uint8_t(r.mode));
        w.u32(r.features);
        w.u64(r.markMask);
        w.str(r.detail, kMaxDetailLength);
        w.list(r.notes, kMaxRoots, writeNote);
        w.u32(r.mountsAtStart);
    });
}

void appendError(std::string &out, const ErrorRecord &r)
{
    appendRecord(out, RecordType::Error, [&r](Writer &w) {
        w.u32(std::uint32_t(r.code));
        w.i32(r.errnum);
        w.str(r.path, kMaxPathLength);
        w.str(r.message, kMaxDetailLength);
    });
}

void appendEvent(std::string &out, const EventRecord &r)
{
    appendRecord(out, RecordType::Event, [&r](Writer &w) {
        w.u64(r.timeNs);
        w.u64(r.mask);
        w.i32(r.pid);
        w.u32(r.flags);
        w.i32(r.ppid);
        w.u32(r.uid);
        w.u64(r.startTimeNs);
        w.str(r.comm, kMaxCommLength);
        w.str(r.exe, kMaxPathLength);
        w.str(r.cmdline, kMaxCommandLineLength);
        w.str(r.path, kMaxPathLength);
        w.str(r.oldPath, kMaxPathLength);
    });
}

void appendMount(std::string &out, const MountRecord &r)
{
    appendRecord(out, RecordType::Mount, [&r](Writer &w) {
        w.u8(std::uint8_t(r.change));
        w.u64(r.timeNs);
        writeNote(w, r.note);
    });
}

// ---- decoding ----

void FrameDecoder::feed(const char *data, std::size_t size)
{
    if (m_bad)
        return;
    // Drop what was consumed before growing, so the buffer holds at most one partial frame plus
    // what the caller fed at once.
    if (m_offset > 0 && (m_offset == m_buffer.size() || m_offset > kMaxPayload)) {
        m_buffer.erase(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(data, size);
}

FrameDecoder::Status FrameDecoder::fail(ErrorCode code, std::string why)
{
    m_bad = true;
    m_errorCode = code;
    m_error = std::move(why);
    m_buffer.clear();
    m_offset = 0;
    return Status::Bad;
}

FrameDecoder::Status FrameDecoder::next(Frame &frame)
{
    if (m_bad)
        return Status::Bad;
    const std::size_t avail = m_buffer.size() - m_offset;
    const char *h = m_buffer.data() + m_offset;
    // Check the header byte by byte as soon as it arrives, so garbage is caught on its first bytes.
    if (avail >= 1 && h[0] != kMagic0)
        return fail(ErrorCode::BadFrame, "bad magic");
    if (avail >= 2 && h[1] != kMagic1)
        return fail(ErrorCode::BadFrame, "bad magic");
    if (avail >= 3 && std::uint8_t(h[2]) != kVersion)
        return fail(ErrorCode::BadVersion, "the other side speaks protocol version " + std::to_string(std::uint8_t(h[2]))
                                               + ", this one version " + std::to_string(kVersion)
                                               + ": fsnoop and its helper come from different builds");
    if (avail >= 4 && !isKnownType(std::uint8_t(h[3])))
        return fail(ErrorCode::BadFrame, "unknown record type " + std::to_string(std::uint8_t(h[3])));
    if (avail < kHeaderSize)
        return Status::NeedMore;
    std::uint32_t length = 0;
    for (int i = 0; i < 4; ++i)
        length |= std::uint32_t(std::uint8_t(h[4 + i])) << (8 * i);
    if (length > kMaxPayload)
        return fail(ErrorCode::TooLarge, "frame of " + std::to_string(length) + " bytes exceeds the limit");
    if (avail - kHeaderSize < length)
        return Status::NeedMore;
    frame.type = RecordType(std::uint8_t(h[3]));
    frame.payload.assign(h + kHeaderSize, length);
    m_offset += kHeaderSize + length;
    return Status::Frame;
}

// ---- parsing ----

namespace {

// What every record's parser shares: the payload is read into a fresh record by `read`, which
// returns why it is bad (nullptr when it is good); a record must use its payload exactly, so
// bytes left over mean the stream is confused; `out` changes only when the record is good.
template <typename Record, typename Read>
bool parseRecord(const std::string &payload, Record &out, std::string *why, const char *name, Read read)
{
    Reader r(payload);
    Record record;
    if (const char *bad = read(r, record))
        return failWith(why, bad);
    if (!r.atEnd()) {
        if (why)
            *why = std::string("trailing bytes in ") + name;
        return false;
    }
    out = std::move(record);
    return true;
}

// A path the helper sends is absolute, with no NUL byte: the client lists and watches it.
bool isPlainAbsolutePath(const std::string &path)
{
    return !path.empty() && path[0] == '/' && path.find('\0') == std::string::npos;
}

} // namespace

bool parseRequest(const std::string &payload, Request &out, std::string *why)
{
    return parseRecord(payload, out, why, "request", [](Reader &r, Request &req) -> const char * {
        if (!r.u32(req.options))
            return "truncated request";
        if (!r.strings(req.roots, kMaxRoots, kMaxPathLength))
            return "bad root list";
        if (!r.strings(req.events, kMaxEventNames, kMaxEventNameLength))
            return "bad event list";
        return nullptr;
    });
}

bool parseReady(const std::string &payload, Ready &out, std::string *why)
{
    return parseRecord(payload, out, why, "ready record", [](Reader &r, Ready &ready) -> const char * {
        std::uint8_t mode = 0;
        if (!r.u8(mode) || !r.u32(ready.features) || !r.u64(ready.markMask)
            || !r.str(ready.detail, kMaxDetailLength))
            return "truncated ready record";
        if (!r.list(ready.notes, kMaxRoots, readNote))
            return "bad root note list";
        if (!r.u32(ready.mountsAtStart))
            return "truncated ready record";
        if (mode != std::uint8_t(Mode::FidFilesystem) && mode != std::uint8_t(Mode::FdMount))
            return "unknown mode";
        ready.mode = Mode(mode);
        return nullptr;
    });
}

bool parseError(const std::string &payload, ErrorRecord &out, std::string *why)
{
    return parseRecord(payload, out, why, "error record", [](Reader &r, ErrorRecord &e) -> const char * {
        std::uint32_t code = 0;
        if (!r.u32(code) || !r.i32(e.errnum) || !r.str(e.path, kMaxPathLength)
            || !r.str(e.message, kMaxDetailLength))
            return "truncated error record";
        // An unknown code is kept as is: a newer helper may know more reasons than we do.
        e.code = ErrorCode(code);
        return nullptr;
    });
}

bool parseEvent(const std::string &payload, EventRecord &out, std::string *why)
{
    return parseRecord(payload, out, why, "event record", [](Reader &r, EventRecord &e) -> const char * {
        if (!r.u64(e.timeNs) || !r.u64(e.mask) || !r.i32(e.pid) || !r.u32(e.flags) || !r.i32(e.ppid)
            || !r.u32(e.uid) || !r.u64(e.startTimeNs) || !r.str(e.comm, kMaxCommLength)
            || !r.str(e.exe, kMaxPathLength) || !r.str(e.cmdline, kMaxCommandLineLength)
            || !r.str(e.path, kMaxPathLength) || !r.str(e.oldPath, kMaxPathLength))
            return "truncated event record";
        if (e.ppid < -1)
            return "bad parent pid";
        if (e.flags & ~kKnownEventFlags)
            return "unknown event flags";
        if (e.pid < -1)
            return "bad pid";
        // A path is absent (the event names none) or plain and absolute.
        if ((!e.path.empty() && !isPlainAbsolutePath(e.path))
            || (!e.oldPath.empty() && !isPlainAbsolutePath(e.oldPath)))
            return "bad path in event record";
        return nullptr;
    });
}

bool parseMount(const std::string &payload, MountRecord &out, std::string *why)
{
    return parseRecord(payload, out, why, "mount record", [](Reader &r, MountRecord &m) -> const char * {
        std::uint8_t change = 0;
        if (!r.u8(change) || !r.u64(m.timeNs) || !readNote(r, m.note))
            return "truncated mount record";
        if (change != std::uint8_t(MountChange::Mounted) && change != std::uint8_t(MountChange::Unmounted)
            && change != std::uint8_t(MountChange::Present))
            return "unknown mount change";
        if (!isPlainAbsolutePath(m.note.root))
            return "bad mount point in mount record";
        if (!m.note.markedVia.empty() && !isPlainAbsolutePath(m.note.markedVia))
            return "bad marked path in mount record";
        m.change = MountChange(change);
        return nullptr;
    });
}

// ---- event names ----

std::uint64_t fanotifyMaskForEvent(const std::string &name)
{
    for (const EventName &e : kEventNames) {
        if (name == e.name)
            return e.mask;
    }
    return 0;
}

} // namespace fsnoop::proto
