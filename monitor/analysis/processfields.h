#pragma once

#include "core/processtable.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <type_traits>
#include <utility>

// The one place that reads the optional process fields (command line, parent pid, user) out of a
// ProcessInfo. They arrive with the fanotify helper's richer identities; until a ProcessInfo has
// a member of that name the accessor answers "unknown" (an empty string), and the moment one
// exists it is used without another change here: the members are detected at compile time.
namespace ProcessFields {

namespace detail {
template <typename T, typename = void> struct HasCommandLine : std::false_type {};
template <typename T>
struct HasCommandLine<T, std::void_t<decltype(std::declval<const T &>().commandLine)>> : std::true_type {};
template <typename T, typename = void> struct HasParentPid : std::false_type {};
template <typename T>
struct HasParentPid<T, std::void_t<decltype(std::declval<const T &>().parentPid)>> : std::true_type {};
template <typename T, typename = void> struct HasUser : std::false_type {};
template <typename T>
struct HasUser<T, std::void_t<decltype(std::declval<const T &>().user)>> : std::true_type {};

inline QString text(const QString &s) { return s; }
inline QString text(const QByteArray &b) { return QString::fromUtf8(b); }
inline QString text(const QStringList &l) { return l.join(QLatin1Char(' ')); }
template <typename N, typename = std::enable_if_t<std::is_integral_v<N>>>
QString text(N n)
{
    // A negative pid or uid stands for "unknown" in the process records.
    return n < 0 ? QString() : QString::number(n);
}
} // namespace detail

template <typename Info = ProcessInfo>
QString commandLine(const Info &info)
{
    if constexpr (detail::HasCommandLine<Info>::value)
        return detail::text(info.commandLine);
    else
        return {};
}

template <typename Info = ProcessInfo>
QString parentPid(const Info &info)
{
    if constexpr (detail::HasParentPid<Info>::value)
        return detail::text(info.parentPid);
    else
        return {};
}

template <typename Info = ProcessInfo>
QString user(const Info &info)
{
    if constexpr (detail::HasUser<Info>::value)
        return detail::text(info.user);
    else
        return {};
}

// Whether this build's process records carry the field at all (the rules dialog says so).
constexpr bool hasCommandLine() { return detail::HasCommandLine<ProcessInfo>::value; }
constexpr bool hasParentPid() { return detail::HasParentPid<ProcessInfo>::value; }
constexpr bool hasUser() { return detail::HasUser<ProcessInfo>::value; }

} // namespace ProcessFields
