#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The byte escape fsnoop's CSV uses for text fields (path, process, executable); see
// docs/csv-format.md. Linux file names are bytes, not text (path_resolution(7): any byte but '/'
// and NUL), yet a CSV file must be valid UTF-8. So:
//   - well-formed UTF-8 sequences are written as they are (non-ASCII names stay readable);
//   - a backslash is written as "\\" (so a literal "\x41" in a name cannot be mistaken);
//   - every byte that is not part of a well-formed UTF-8 sequence is written as "\xHH"
//     (two upper-case hex digits).
// decode(encode(b)) == b for every byte string b. RFC 4180 quoting is a separate, outer layer.
class CsvEscape final
{
public:
    // Appends the escaped form of `raw` to `out`. Returns true when the result needs RFC 4180
    // quoting (it holds a comma, a double quote, CR or LF).
    static bool append(QByteArray &out, QByteArrayView raw);

    // Appends a whole field (not a piece of one): as append(), but a first byte that makes a
    // spreadsheet read the cell as a formula — '=', '+', '-', '@', tab or CR (OWASP "CSV
    // injection") — is written as "\xHH". A process can name itself "=cmd|' /C calc'!A0" with
    // prctl(PR_SET_NAME); this keeps it text in Excel or LibreOffice, and decode() restores the
    // byte, so fsnoop still reads back exactly what the kernel said.
    static bool appendField(QByteArray &out, QByteArrayView raw);
    static bool startsLikeFormula(QByteArrayView raw);

    // True when `raw` is plain printable ASCII with nothing to escape or quote: the writer's fast
    // path copies such names with one memcpy.
    static bool isPlain(QByteArrayView raw);

    enum class DecodeResult { Ok, BadEscape, BadUtf8 };
    // Reverses append(): appends the raw bytes to `out`. Rejects a lone or unknown backslash
    // escape, a "\xHH" with bad hex digits, and raw bytes that are not well-formed UTF-8 (the
    // writer never produces them, so they mean the file was damaged or written by something else).
    // `*errorOffset` gets the offset in `escaped` of the offending byte.
    static DecodeResult decode(QByteArray &out, QByteArrayView escaped, qsizetype *errorOffset);

    // Length of the well-formed UTF-8 sequence starting at s[i] (1..4), or 0 if there is none
    // (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
    static int utf8SequenceLength(const unsigned char *s, qsizetype i, qsizetype size);
};
