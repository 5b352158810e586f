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
    };
    Code code = None;
    qint64 line = 0;  // 1-based physical line where the offending record starts (0: not tied to one)
    int column = 0;   // 1-based field number when known, else 0
    QByteArray detail; // technical detail, English, not translated

    static const char *codeName(Code code); // "BadTime", for logs and tests
};

// Loads an fsnoop CSV file (docs/csv-format.md) back into a Session.
class CsvReader final
{
public:
    // Reads a whole fsnoop CSV into a new Session (read-only, origin = `origin`). On any error
    // returns nullptr with *error filled (line number) — nothing half-loaded. `progress(bytes read
    // so far)` is called every few hundred kilobytes and may return false to cancel.
    //
    // The session is created in the calling thread and has no parent; a caller loading in a worker
    // thread moves it with moveToThread() before handing it over. The path table is rebuilt by
    // interning every decoded path, the process table from pid/process/executable; cookies are
    // kept, so rename chains can be rebuilt from the events.
    static std::unique_ptr<Session> load(QIODevice &device, const QString &origin,
                                         CsvError *error,
                                         const std::function<bool(qint64)> &progress = {});
    static std::unique_ptr<Session> load(const QString &fileName, CsvError *error,
                                         const std::function<bool(qint64)> &progress = {});
};
