#pragma once

#include "core/fsevent.h"

#include <QHash>
#include <QString>

#include <vector>

class PathTable;
class ProcessTable;

// What Find (Ctrl+F) looks for in an event: the text, case-insensitively, in its full path, its
// process name or its event type. The answer is kept per path id, per process id and per mask, so
// a search over 10 million rows decodes each path once, not once per event.
class FindMatcher final
{
public:
    void setTables(const PathTable *paths, const ProcessTable *processes);
    void setText(const QString &text);
    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }

    bool matches(const FsEvent &e) const;

private:
    bool contains(const QString &haystack) const;
    void forget();

    const PathTable *m_paths = nullptr;
    const ProcessTable *m_processes = nullptr;
    QString m_text;
    // -1 not asked yet, 0 no, 1 yes. Tables only grow, so an id's answer never changes.
    mutable std::vector<qint8> m_pathAnswers;
    mutable std::vector<qint8> m_processAnswers;
    mutable QHash<quint32, bool> m_maskAnswers;
};
