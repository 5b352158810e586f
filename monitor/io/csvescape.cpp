#include "io/csvescape.h"

#include <cstring>

namespace {

// Bytes that force the slow path: control characters, DEL and non-ASCII (UTF-8 checks), the
// escape character itself, and what RFC 4180 says must be quoted.
struct PlainTable {
    bool plain[256];
    constexpr PlainTable()
        : plain()
    {
        for (int c = 0; c < 256; ++c)
            plain[c] = c >= 0x20 && c < 0x7f && c != '\\' && c != ',' && c != '"';
    }
};
constexpr PlainTable kPlain;

constexpr char kHex[] = "0123456789ABCDEF";

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

int CsvEscape::utf8SequenceLength(const unsigned char *s, qsizetype i, qsizetype size)
{
    const unsigned char c = s[i];
    if (c < 0x80)
        return 1;
    auto cont = [&](qsizetype k) { return i + k < size && (s[i + k] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        const unsigned char c1 = s[i + 1];
        if (c == 0xE0 && c1 < 0xA0)
            return 0; // overlong
        if (c == 0xED && c1 >= 0xA0)
            return 0; // UTF-16 surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        const unsigned char c1 = s[i + 1];
        if (c == 0xF0 && c1 < 0x90)
            return 0; // overlong
        if (c == 0xF4 && c1 >= 0x90)
            return 0; // above U+10FFFF
        return 4;
    }
    return 0; // continuation byte, C0/C1 overlong lead, F5..FF
}

bool CsvEscape::isPlain(QByteArrayView raw)
{
    const auto *s = reinterpret_cast<const unsigned char *>(raw.data());
    for (qsizetype i = 0, n = raw.size(); i < n; ++i) {
        if (!kPlain.plain[s[i]])
            return false;
    }
    return true;
}

bool CsvEscape::append(QByteArray &out, QByteArrayView raw)
{
    const auto *s = reinterpret_cast<const unsigned char *>(raw.data());
    const qsizetype n = raw.size();
    bool needsQuotes = false;
    qsizetype runStart = 0; // bytes [runStart, i) are copied as they are
    qsizetype i = 0;
    auto flush = [&] {
        if (i > runStart)
            out.append(raw.data() + runStart, i - runStart);
    };
    while (i < n) {
        const unsigned char c = s[i];
        if (kPlain.plain[c]) {
            ++i;
            continue;
        }
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            needsQuotes = true;
            ++i;
            continue;
        }
        if (c == '\\') {
            flush();
            out.append("\\\\", 2);
            runStart = ++i;
            continue;
        }
        const int len = utf8SequenceLength(s, i, n);
        if (len > 0) {
            i += len; // other control characters and valid multi-byte sequences stay as-is
            continue;
        }
        flush();
        const char esc[4] = {'\\', 'x', kHex[c >> 4], kHex[c & 0xF]};
        out.append(esc, 4);
        runStart = ++i;
    }
    flush();
    return needsQuotes;
}

bool CsvEscape::startsLikeFormula(QByteArrayView raw)
{
    if (raw.isEmpty())
        return false;
    switch (raw.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool CsvEscape::appendField(QByteArray &out, QByteArrayView raw)
{
    if (!startsLikeFormula(raw))
        return append(out, raw);
    const unsigned char c = static_cast<unsigned char>(raw.front());
    const char esc[4] = {'\\', 'x', kHex[c >> 4], kHex[c & 0xF]};
    out.append(esc, 4);
    return append(out, raw.sliced(1));
}

CsvEscape::DecodeResult CsvEscape::decode(QByteArray &out, QByteArrayView escaped,
                                          qsizetype *errorOffset)
{
    const auto *s = reinterpret_cast<const unsigned char *>(escaped.data());
    const qsizetype n = escaped.size();
    qsizetype runStart = 0;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80 && c != '\\') {
            ++i;
            continue;
        }
        if (c != '\\') {
            const int len = utf8SequenceLength(s, i, n);
            if (len == 0) {
                if (errorOffset)
                    *errorOffset = i;
                return DecodeResult::BadUtf8;
            }
            i += len;
            continue;
        }
        out.append(escaped.data() + runStart, i - runStart);
        if (i + 1 < n && s[i + 1] == '\\') {
            out.append('\\');
            i += 2;
        } else if (i + 3 < n && s[i + 1] == 'x' && hexValue(char(s[i + 2])) >= 0
                   && hexValue(char(s[i + 3])) >= 0) {
            out.append(char(hexValue(char(s[i + 2])) << 4 | hexValue(char(s[i + 3]))));
            i += 4;
        } else {
            if (errorOffset)
                *errorOffset = i;
            return DecodeResult::BadEscape;
        }
        runStart = i;
    }
    out.append(escaped.data() + runStart, i - runStart);
    return DecodeResult::Ok;
}
