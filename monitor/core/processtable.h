#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

// One process as the fanotify helper saw it at an event. Name, executable and command line are the
// kernel's raw bytes (Linux does not promise UTF-8): they stay bytes through the session, CSV and
// the protocol, and become text only for display (display*()).
struct ProcessInfo
{
    static constexpr quint32 NoUid = 0xffffffffu;

    ProcessInfo() = default;
    ProcessInfo(qint32 pid_, QByteArray name_, QByteArray executable_)
        : pid(pid_), name(std::move(name_)), executable(std::move(executable_))
    {
    }

    qint32 pid = -1;
    QByteArray name;        // /proc/PID/comm
    QByteArray executable;  // /proc/PID/exe, empty when unknown
    QByteArray commandLine; // /proc/PID/cmdline: arguments separated by NUL bytes, bounded
    qint32 parentPid = -1;
    quint32 uid = NoUid;    // real uid
    QByteArray userName;    // the uid's name on this machine, empty when unknown
    qint64 startTimeNs = 0; // CLOCK_REALTIME ns, 10 ms resolution; 0 when unknown

    // For display only: undecodable bytes become U+FFFD there, never in the data.
    QString displayName() const;
    QString displayExecutable() const;
    QString displayCommandLine() const; // arguments joined by spaces
    QByteArray spacedCommandLine() const; // the same, still bytes (for JSON Lines' escape)
    QString displayUser() const;        // "name (uid)", "uid", or empty

    friend bool operator==(const ProcessInfo &a, const ProcessInfo &b)
    {
        return a.pid == b.pid && a.name == b.name && a.executable == b.executable
            && a.commandLine == b.commandLine && a.parentPid == b.parentPid && a.uid == b.uid
            && a.userName == b.userName && a.startTimeNs == b.startTimeNs;
    }
};

// Interned process identities reported by the fanotify helper. Events carry only the id; a busy
// process touching thousands of files is stored once. A process that renames itself gets a second
// entry, so each event keeps the name it was done under.
class ProcessTable final
{
public:
    using Id = quint32;
    static constexpr Id NoProcess = 0;

    ProcessTable();

    Id intern(const ProcessInfo &info);
    const ProcessInfo &info(Id id) const { return m_infos.at(qsizetype(id)); }
    quint32 size() const { return quint32(m_infos.size()); }
    void clear();

private:
    QVector<ProcessInfo> m_infos;  // [0] is the empty "unknown" entry
    QHash<QByteArray, Id> m_index; // key: every field, length-prefixed
};
