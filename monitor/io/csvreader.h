#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class Session;

// What went wrong reading a CSV file, for a message the UI words (monitor/ does not translate).
struct CsvError
{
    enum Code {
        None = 0,
        Io,                // cannot open or read the file (detail: the system's message)
        BadHeader,         // empty file, or the first row is not fsnoop's header
        BadRow,            // malformed RFC 4180: text after a closing quote, a quote inside an
                           // unquoted field, a stray CR
        ColumnCount,       // a row without exactly the header's number of fields
        BadTime,           // not ISO-8601 "YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM)"
        BadEvents,         // empty or an unknown event name
        BadPath,           // not absolute, an empty component, or a NUL byte
        BadEscape,         // a backslash not followed by "\" or "xHH"
        BadEncoding,       // raw bytes that are not well-formed UTF-8
        BadNumber,         // is_dir, cookie or pid out of range or not a number
        BadSource,         // not inotify, scan or fanotify
        UnterminatedQuote, // a quoted field still open at the end of the file
        Cancelled,         // the progress callback asked to stop
        RecordTooLong,     // no record end within CsvReader::kMaxRecordBytes
        NotRegularFile,    // a FIFO, a device, a directory... (detail: which)
    };
    Code code = None;
    qint64 line = 0;  // 1-based physical line where the offending record starts (0: not tied to one)
    int column = 0;   // 1-based field number when known, else 0
    QByteArray detail; // technical detail, English, not translated

    // On success (code None): the physical line of the last record when the file ended inside it
    // (a crash or a full disk cut it) and it was skipped; 0 when the file ended cleanly.
    qint64 incompleteLastLine = 0;

    static const char *codeName(Code code); // "BadTime", for logs and tests
};

// Loads an fsnoop CSV file (docs/csv-format.md) back into a Session.
class CsvReader final
{
public:
    // Bounds that keep a load's memory proportional to the events it holds, whatever the input: a
    // path is at most PATH_MAX bytes (limits.h), at most four times that once escaped ("\xHH");
    // a record longer than kMaxRecordBytes is an error at once, never read into memory whole.
    static constexpr qsizetype kMaxPathBytes = 4096;
    static constexpr qsizetype kMaxEscapedPathBytes = 4 * kMaxPathBytes;
    static constexpr qsizetype kMaxRecordBytes = 64 * 1024;

    // Reads a whole fsnoop CSV into a new Session (read-only, origin = `origin`). On any error
    // returns nullptr with *error filled (line number) — nothing half-loaded — with one exception:
    // when the file ends inside its last record and that record is the cut beginning of a valid
    // one, every complete record is loaded and error->incompleteLastLine names the skipped one.
    // `progress(bytes read so far)` is called every few hundred kilobytes and may return false to
    // cancel.
    //
    // The session is created in the calling thread and has no parent; a caller loading in a worker
    // thread moves it with moveToThread() before handing it over. The path table is rebuilt by
    // interning every decoded path, the process table from pid/process/executable; cookies are
    // kept, so rename chains can be rebuilt from the events.
    static std::unique_ptr<Session> load(QIODevice &device, const QString &origin,
                                         CsvError *error,
                                         const std::function<bool(qint64)> &progress = {});
    // The file must be a regular file: a FIFO or a device (/dev/zero) is refused with
    // NotRegularFile without reading from it (opening a FIFO for reading would block until a
    // writer comes).
    static std::unique_ptr<Session> load(const QString &fileName, CsvError *error,
                                         const std::function<bool(qint64)> &progress = {});
};
