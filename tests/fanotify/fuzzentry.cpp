#include "fuzzentry.h"

#include "helper/requestvalidation.h"
#include "protocol/protocol.h"

#include <cstdlib>
#include <string>

using namespace fsnoop::proto;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// Encodes `r` with `append`, decodes it as the one frame of a fresh FrameDecoder of the given
// `type` and parses it back with `parse`; aborts if any step fails.
template <typename Record, typename Append, typename Parse>
Record roundTrip(const Record &r, RecordType type, Append append, Parse parse)
{
    std::string out;
    append(out, r);
    FrameDecoder d;
    d.feed(out.data(), out.size());
    Frame f;
    check(d.next(f) == FrameDecoder::Status::Frame && f.type == type);
    Record again;
    check(parse(f.payload, again, nullptr));
    return again;
}

void roundTripEvent(const EventRecord &e)
{
    const EventRecord again = roundTrip(e, RecordType::Event, appendEvent, parseEvent);
    check(again.timeNs == e.timeNs && again.mask == e.mask && again.pid == e.pid && again.flags == e.flags
          && again.comm == e.comm && again.exe == e.exe && again.path == e.path && again.oldPath == e.oldPath
          && again.ppid == e.ppid && again.uid == e.uid && again.startTimeNs == e.startTimeNs
          && again.cmdline == e.cmdline);
}

void roundTripMount(const MountRecord &m)
{
    const MountRecord again = roundTrip(m, RecordType::Mount, appendMount, parseMount);
    check(again.change == m.change && again.timeNs == m.timeNs && again.note.root == m.note.root
          && again.note.fsType == m.note.fsType && again.note.errnum == m.note.errnum
          && again.note.markedVia == m.note.markedVia);
}

void roundTripRequest(const Request &r)
{
    const Request again = roundTrip(r, RecordType::Request, appendRequest, parseRequest);
    check(again.roots == r.roots && again.events == r.events && again.options == r.options);
}

// What `payload` parses to as a Record must come back the same from `roundTripOf`.
template <typename Record>
void ifParsedRoundTrip(const std::string &payload,
                       bool (*parse)(const std::string &, Record &, std::string *),
                       void (*roundTripOf)(const Record &))
{
    Record r;
    if (parse(payload, r, nullptr))
        roundTripOf(r);
}

} // namespace

namespace fsnoop::fuzz {

void records(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return;
    // The first byte picks the chunk size, so frames split across reads get exercised too.
    const std::size_t chunk = std::size_t(data[0]) + 1;
    ++data;
    --size;
    FrameDecoder decoder;
    Frame frame;
    for (std::size_t off = 0; off < size; off += chunk) {
        const std::size_t n = size - off < chunk ? size - off : chunk;
        decoder.feed(reinterpret_cast<const char *>(data + off), n);
        for (;;) {
            const FrameDecoder::Status s = decoder.next(frame);
            if (s == FrameDecoder::Status::Bad)
                return;
            if (s == FrameDecoder::Status::NeedMore)
                break;
            check(frame.payload.size() <= kMaxPayload);
            switch (frame.type) {
            case RecordType::Event:
                ifParsedRoundTrip(frame.payload, parseEvent, roundTripEvent);
                break;
            case RecordType::Ready: {
                Ready r;
                parseReady(frame.payload, r);
                break;
            }
            case RecordType::Error: {
                ErrorRecord e;
                parseError(frame.payload, e);
                break;
            }
            case RecordType::Mount:
                ifParsedRoundTrip(frame.payload, parseMount, roundTripMount);
                break;
            case RecordType::Request:
                ifParsedRoundTrip(frame.payload, parseRequest, roundTripRequest);
                break;
            }
        }
    }
}

void request(const std::uint8_t *data, std::size_t size)
{
    FrameDecoder decoder;
    decoder.feed(reinterpret_cast<const char *>(data), size);
    Frame frame;
    if (decoder.next(frame) != FrameDecoder::Status::Frame || frame.type != RecordType::Request)
        return;
    Request r;
    std::string why;
    if (!parseRequest(frame.payload, r, &why))
        return;
    roundTripRequest(r);
    ValidatedRequest v;
    ErrorRecord error;
    if (validateRequest(r, v, error)) {
        check(!v.roots.empty() && v.mask != 0);
        for (const std::string &root : v.roots)
            check(!root.empty() && root[0] == '/' && isUnderRoot(root, root));
    }
}

} // namespace fsnoop::fuzz
