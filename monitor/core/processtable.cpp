#include "core/processtable.h"

#include <QFile>

namespace {

void appendField(QByteArray &key, const QByteArray &field)
{
    const qint32 size = qint32(field.size());
    key.append(reinterpret_cast<const char *>(&size), sizeof size);
    key.append(field);
}

template<typename T>
void appendNumber(QByteArray &key, T value)
{
    key.append(reinterpret_cast<const char *>(&value), sizeof value);
}

} // namespace

QString ProcessInfo::displayName() const
{
    return QFile::decodeName(name);
}

QString ProcessInfo::displayExecutable() const
{
    return QFile::decodeName(executable);
}

QByteArray ProcessInfo::spacedCommandLine() const
{
    // /proc/PID/cmdline ends every argument with a NUL, the last one too: no trailing space.
    QByteArray spaced = commandLine;
    while (spaced.endsWith('\0'))
        spaced.chop(1);
    spaced.replace('\0', ' ');
    return spaced;
}

QString ProcessInfo::displayCommandLine() const
{
    return QFile::decodeName(spacedCommandLine());
}

QString ProcessInfo::displayUser() const
{
    if (uid == NoUid)
        return {};
    if (userName.isEmpty())
        return QString::number(uid);
    return QStringLiteral("%1 (%2)").arg(QFile::decodeName(userName)).arg(uid);
}

ProcessTable::ProcessTable()
{
    clear();
}

void ProcessTable::clear()
{
    m_infos.clear();
    m_index.clear();
    m_infos.append(ProcessInfo{});
}

ProcessTable::Id ProcessTable::intern(const ProcessInfo &info)
{
    QByteArray key;
    key.reserve(32 + info.name.size() + info.executable.size() + info.commandLine.size() + info.userName.size());
    appendNumber(key, info.pid);
    appendNumber(key, info.parentPid);
    appendNumber(key, info.uid);
    appendNumber(key, info.startTimeNs);
    appendField(key, info.name);
    appendField(key, info.executable);
    appendField(key, info.commandLine);
    appendField(key, info.userName);
    auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return *it;
    const Id id = Id(m_infos.size());
    m_infos.append(info);
    m_index.insert(key, id);
    return id;
}
