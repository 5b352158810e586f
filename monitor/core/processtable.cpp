#include "core/processtable.h"

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
    const QString key = QString::number(info.pid) + QChar(0) + info.name + QChar(0) + info.executable;
    auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return *it;
    const Id id = Id(m_infos.size());
    m_infos.append(info);
    m_index.insert(key, id);
    return id;
}
