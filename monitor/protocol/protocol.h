#pragma once

// The wire protocol between fsnoop (unprivileged) and fsnoop-fanotify-helper (root).
//
// Plain C++17, no Qt: this one file pair is compiled into the helper and into fsnoop_monitor, so
// both sides always agree on the bytes. Everything coming from the other side is untrusted: every
// parser is bounds-checked, rejects trailing bytes and never allocates more than the limits below,
// so a garbage stream is detected (FrameDecoder::Status::Bad), never a crash.
//
// Framing: every record is one frame
//     'F' 'N' <version:u8> <type:u8> <payload length:u32 little endian> <payload>
// Integers in payloads are little endian; a string is <length:u16><bytes> (raw bytes: Linux names
// need not be UTF-8 and may contain newlines, which is why this is not a line format).
//
// Conversation: the caller writes one Request frame on the helper's stdin and keeps stdin open;
// the helper answers with Error, or with Ready followed at once by Ready::mountsAtStart Mount
// frames (MountChange::Present), one for each filesystem already mounted under the roots; then it
// streams Event and Mount frames until stdin reaches EOF (or the caller dies). A fatal problem
// after Ready is one more Error frame, then exit.

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace fsnoop::proto {

// Version 2: events carry the parent pid, uid, start time and command line of the process, and
// say when its identity was learned from its exec event. A version 1 peer is refused by the frame
// decoder (ErrorCode::BadVersion) before anything of it is parsed.
// Version 3: the ready record says how each root is watched (RootNote), and an event record may
// be a drain marker (EvDrained).
// Version 4: the helper follows filesystems mounted inside the roots during the capture and says
// so with Mount records (FeatureMountFollowing). A version 3 client would take a Mount record for
// garbage, so the pair is refused as different builds instead.
// Version 5: filesystems already mounted under the roots are marked at start too: the ready record
// says how many (mountsAtStart), and a Mount record (MountChange::Present) for each follows it.
constexpr std::uint8_t kVersion = 5;
constexpr std::size_t kHeaderSize = 8;
constexpr std::size_t kMaxPayload = std::size_t(64) * 1024;
constexpr std::size_t kMaxPathLength = 4095; // PATH_MAX minus the terminating NUL
constexpr std::size_t kMaxRoots = 64;
constexpr std::size_t kMaxEventNames = 32;
constexpr std::size_t kMaxEventNameLength = 32;
constexpr std::size_t kMaxCommLength = 64;   // /proc/PID/comm is at most 16 bytes today
constexpr std::size_t kMaxDetailLength = 1024;
constexpr std::size_t kMaxCommandLineLength = 4096; // bounded read of /proc/PID/cmdline
constexpr std::uint32_t kNoUid = 0xffffffffu;

enum class RecordType : std::uint8_t {
    Request = 1,
    Ready = 2,
    Error = 3,
    Event = 4,
    Mount = 5, // after Ready: a filesystem under a root, there at the start, or mounted or
               // unmounted there during the capture
};

// Request::options bits.
enum RequestOption : std::uint32_t {
    OptUnlimitedQueue = 0x1, // FAN_UNLIMITED_QUEUE: only when the caller asks (memory is root's)
    OptForceFdMode = 0x2,    // use the fallback (fd-based, mount mark) even if FIDs work: tests
};
constexpr std::uint32_t kKnownRequestOptions = OptUnlimitedQueue | OptForceFdMode;

struct Request
{
    std::vector<std::string> roots;  // canonical absolute directories
    std::vector<std::string> events; // inotifywait names: "create", "close_write", ...
    std::uint32_t options = 0;
};

// How the helper ended up watching (Ready::mode).
enum class Mode : std::uint8_t {
    FidFilesystem = 1, // FAN_REPORT_DFID_NAME + FAN_MARK_FILESYSTEM: every event type, names resolved
    FdMount = 2,       // fallback: FAN_MARK_MOUNT, event fds, open/close/modify/access only
};

// Ready::features bits.
enum Feature : std::uint32_t {
    FeaturePidfd = 0x1,  // FAN_REPORT_PIDFD: "process gone" is known, not guessed
    FeatureRename = 0x2, // FAN_RENAME: a rename is one record with old and new path
    FeatureExecTracking = 0x4, // FAN_OPEN_EXEC marks: short-lived processes are named by their exec
    FeatureMountFollowing = 0x8, // mounts inside the roots are marked, at start and as they come
                                 // (Mount records); without it only the roots' filesystems are
};

// How one root is watched, for the words the user gets about its filesystem.
struct RootNote
{
    std::string root;         // the root as requested
    std::uint32_t fsType = 0; // statfs(2) f_type of the root
    std::int32_t errnum = 0;  // 0: marked; else what fanotify_mark answered: the root is not
                              // watched by the helper (EXDEV, EOPNOTSUPP, ENODEV)
    std::string markedVia;    // marked through this other path (a btrfs subvolume's filesystem)
};

struct Ready
{
    Mode mode = Mode::FidFilesystem;
    std::uint32_t features = 0;
    std::uint64_t markMask = 0; // the fanotify mask that was actually marked
    std::string detail;         // e.g. why a fallback was taken
    std::vector<RootNote> notes; // FidFilesystem mode: one per distinct root, in request order
    std::uint32_t mountsAtStart = 0; // Mount records (MountChange::Present) right after this one
};

// MountRecord::change.
enum class MountChange : std::uint8_t {
    Mounted = 1,   // a filesystem was mounted at note.root, under a root of the request
    Unmounted = 2, // a mount at note.root, under a root of the request, is gone (one announced,
                   // or one there at the start that was not: a root's own, a covered one);
                   // nothing else of note is set
    Present = 3,   // right after Ready: a filesystem mounted at note.root, under a root but not a
                   // root itself, when the helper started; marked like the roots
};

// A filesystem mounted inside the watched tree (at the start or during the capture), or unmounted
// from it during the capture. For Mounted and Present, `note` says how the helper watches it, as a
// RootNote does for a root: errnum 0 marked (events from now on are reported), else what
// fanotify_mark answered: the client watches it another way. Events that happened in a Mounted
// one before the mark are not reported: the client lists it; a Present one, like the roots, is
// the starting state, which no capture records.
struct MountRecord
{
    MountChange change = MountChange::Mounted;
    std::uint64_t timeNs = 0; // CLOCK_REALTIME when the helper read the mount table
    RootNote note;            // note.root: the mount point, absolute
};

enum class ErrorCode : std::uint32_t {
    BadFrame = 1,       // not a frame of this protocol, or a bad header
    BadVersion = 2,     // frame version is not kVersion
    TooLarge = 3,       // frame or field over a limit
    BadRequest = 4,     // malformed payload, wrong record type, trailing data
    RelativePath = 5,
    NotCanonical = 6,   // the path is not what realpath(3) makes of it
    NoSuchPath = 7,
    NotDirectory = 8,
    UnknownEvent = 9,
    NoEvents = 10,
    NoRoots = 11,
    InitFailed = 12,    // fanotify_init failed (errnum)
    MarkFailed = 13,    // fanotify_mark failed (errnum, path)
    ReadFailed = 14,    // read() of the fanotify fd failed (errnum)
    UnexpectedInput = 15, // bytes on stdin after the request
};

struct ErrorRecord
{
    ErrorCode code = ErrorCode::BadRequest;
    std::int32_t errnum = 0;
    std::string path;
    std::string message; // technical, English, never shown untranslated as a sentence of the UI
};

inline ErrorRecord makeError(ErrorCode code, std::string message, std::string path = {}, int errnum = 0)
{
    ErrorRecord e;
    e.code = code;
    e.message = std::move(message);
    e.path = std::move(path);
    e.errnum = errnum;
    return e;
}

// EventRecord::flags bits.
enum EventFlag : std::uint32_t {
    EvIsDir = 0x1,
    EvProcessGone = 0x2, // the process exited before the helper could read its identity (a name,
                         // parent and start time may still be there: read while it was exiting)
    EvOverflow = 0x4,    // FAN_Q_OVERFLOW: the kernel dropped events here (no path, no pid)
    EvNoPidfd = 0x8,     // no pidfd for this event: identity read from /proc/PID, unverified
    EvIdentityFromExec = 0x10, // name and executable come from the process's exec event (it had
                               // exited, or was still inside execve, when the event was read)
    EvDrained = 0x20, // no event: the helper read the kernel queue empty at timeNs, so every event
                      // queued before that time has been sent before this record
};
constexpr std::uint32_t kKnownEventFlags =
    EvIsDir | EvProcessGone | EvOverflow | EvNoPidfd | EvIdentityFromExec | EvDrained;

struct EventRecord
{
    std::uint64_t timeNs = 0;  // CLOCK_REALTIME when the helper read the event
    std::uint64_t mask = 0;    // fanotify FAN_* bits as the kernel reported them
    std::int32_t pid = -1;
    std::uint32_t flags = 0;
    std::int32_t ppid = -1;    // parent pid, -1 when unknown
    std::uint32_t uid = kNoUid; // real uid of the process
    std::uint64_t startTimeNs = 0; // process start, CLOCK_REALTIME ns (10 ms resolution); 0 unknown
    std::string comm;          // /proc/PID/comm, empty when unknown
    std::string exe;           // /proc/PID/exe, empty when unknown
    std::string cmdline;       // /proc/PID/cmdline: arguments separated by NUL bytes, bounded
    std::string path;          // the object (for a rename: the new path, empty if moved out)
    std::string oldPath;       // for a rename: the old path (empty if moved in from outside)
};

// ---- encoding (always succeeds for values within the limits; longer strings are truncated) ----
// Each append* writes straight into `out` (no temporary payload): a reused `out` means no
// allocation per record once it has grown.
void appendFrame(std::string &out, RecordType type, const std::string &payload);
void appendRequest(std::string &out, const Request &r);
void appendReady(std::string &out, const Ready &r);
void appendError(std::string &out, const ErrorRecord &r);
void appendEvent(std::string &out, const EventRecord &r);
void appendMount(std::string &out, const MountRecord &r);

// ---- decoding ----
struct Frame
{
    RecordType type = RecordType::Request;
    std::string payload;
};

// Cuts a byte stream into frames. Feed it whatever arrived; pull frames with next(). Once Bad, it
// stays Bad (a byte stream that lost its framing cannot be trusted again).
class FrameDecoder final
{
public:
    enum class Status { NeedMore, Frame, Bad };

    void feed(const char *data, std::size_t size);
    Status next(Frame &frame);

    ErrorCode errorCode() const { return m_errorCode; }
    const std::string &error() const { return m_error; }
    std::size_t buffered() const { return m_buffer.size() - m_offset; }

private:
    Status fail(ErrorCode code, std::string why);

    std::string m_buffer;
    std::size_t m_offset = 0;
    bool m_bad = false;
    ErrorCode m_errorCode = ErrorCode::BadFrame;
    std::string m_error;
};

// Payload parsers: false (with *why set when given) on anything malformed or over a limit.
bool parseRequest(const std::string &payload, Request &out, std::string *why = nullptr);
bool parseReady(const std::string &payload, Ready &out, std::string *why = nullptr);
bool parseError(const std::string &payload, ErrorRecord &out, std::string *why = nullptr);
bool parseEvent(const std::string &payload, EventRecord &out, std::string *why = nullptr);
bool parseMount(const std::string &payload, MountRecord &out, std::string *why = nullptr);

// ---- event names ----

// The fanotify FAN_* bit for one inotifywait event name; 0 if the name is unknown. The GUI asks
// only for what the helper knows; the helper validates requests with it (helper/requestvalidation.h).
std::uint64_t fanotifyMaskForEvent(const std::string &name);

} // namespace fsnoop::proto
