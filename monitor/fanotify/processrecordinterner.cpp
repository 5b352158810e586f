#include "fanotify/processrecordinterner.h"

#include "fanotify/wirebytes.h"
#include "protocol/protocol.h"

#include <pwd.h>

using namespace fsnoop::proto;

void ProcessRecordInterner::forgetLast()
{
    m_lastProcess = ProcessInfo{};
    m_lastProcessId = ProcessTable::NoProcess;
}

QByteArray ProcessRecordInterner::userName(quint32 uid)
{
    auto it = m_userNames.constFind(uid);
    if (it != m_userNames.constEnd())
        return *it;
    // getpwuid_r(3): this side's user database, which is the helper's (same machine). Asked once
    // per uid; an unknown uid is remembered as such.
    QByteArray name;
    passwd pw{};
    passwd *found = nullptr;
    char buf[4096];
    if (::getpwuid_r(uid_t(uid), &pw, buf, sizeof buf, &found) == 0 && found && found->pw_name)
        name = QByteArray(found->pw_name);
    m_userNames.insert(uid, name);
    return name;
}

quint32 ProcessRecordInterner::processIdFor(const EventRecord &record)
{
    // Bursts come from one process: compare the raw fields before building anything.
    const auto same = [](const QByteArray &a, const std::string &b) {
        return QByteArrayView(a) == QByteArrayView(b.data(), qsizetype(b.size()));
    };
    const ProcessInfo &last = m_lastProcess;
    if (m_lastProcessId != ProcessTable::NoProcess && record.pid == last.pid && record.ppid == last.parentPid
        && record.uid == last.uid && qint64(record.startTimeNs) == last.startTimeNs && same(last.name, record.comm)
        && same(last.executable, record.exe) && same(last.commandLine, record.cmdline))
        return m_lastProcessId;
    ProcessInfo info;
    info.pid = record.pid;
    info.name = wireBytes(record.comm);
    info.executable = wireBytes(record.exe);
    info.commandLine = wireBytes(record.cmdline);
    info.parentPid = record.ppid;
    info.uid = record.uid;
    info.userName = record.uid != kNoUid ? userName(record.uid) : QByteArray();
    info.startTimeNs = qint64(record.startTimeNs);
    m_lastProcessId = m_processes.intern(info);
    m_lastProcess = std::move(info);
    return m_lastProcessId;
}
