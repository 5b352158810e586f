#pragma once

#include <QHash>
#include <QString>
#include <QVector>

// Interned process identities (pid, name, executable) reported by the fanotify helper. Events
// carry only the id; a busy process touching thousands of files is stored once.
struct ProcessInfo
{
    qint32 pid = -1;
    QString name;       // /proc/PID/comm
    QString executable; // /proc/PID/exe, empty when unknown

    friend bool operator==(const ProcessInfo &a, const ProcessInfo &b)
    {
        return a.pid == b.pid && a.name == b.name && a.executable == b.executable;
    }
};

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
    QVector<ProcessInfo> m_infos; // [0] is the empty "unknown" entry
    QHash<QString, Id> m_index;   // key: pid \0 name \0 exe
};
