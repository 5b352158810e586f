#pragma once

#include <QByteArray>

#include <string>

// A string of a helper record (protocol/, plain C++ without Qt, as the helper compiles it) as the
// QByteArray the rest of the client works with. Paths and names are bytes, never decoded.
inline QByteArray wireBytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}
