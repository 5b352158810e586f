#include "events/findmatcher.h"

#include "analysis/rulefields.h"
#include "core/pathtable.h"
#include "core/processtable.h"

namespace {

// The cached answer for `id`, computed by `ask` the first time.
template<typename Ask>
bool answer(std::vector<qint8> &answers, quint32 id, Ask ask)
{
    if (answers.size() <= id)
        answers.resize(std::size_t(id) + 1, -1);
    qint8 &a = answers[id];
    if (a < 0)
        a = ask() ? 1 : 0;
    return a == 1;
}

} // namespace

void FindMatcher::setTables(const PathTable *paths, const ProcessTable *processes)
{
    m_paths = paths;
    m_processes = processes;
    forget();
}

void FindMatcher::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    forget();
}

void FindMatcher::forget()
{
    m_pathAnswers.clear();
    m_processAnswers.clear();
    m_maskAnswers.clear();
}

bool FindMatcher::contains(const QString &haystack) const
{
    return haystack.contains(m_text, Qt::CaseInsensitive);
}

bool FindMatcher::matches(const FsEvent &e) const
{
    if (m_text.isEmpty())
        return false;
    if (m_paths && e.pathId != PathTable::NoPath
        && answer(m_pathAnswers, e.pathId, [&] { return contains(m_paths->displayPath(e.pathId)); }))
        return true;
    if (m_processes && e.processId != ProcessTable::NoProcess && e.processId < m_processes->size()
        && answer(m_processAnswers, e.processId,
                  [&] { return contains(m_processes->info(e.processId).displayName()); }))
        return true;
    const quint32 key = e.isOverflow() ? 0 : e.mask;
    auto it = m_maskAnswers.constFind(key);
    if (it == m_maskAnswers.constEnd())
        it = m_maskAnswers.insert(key, contains(RuleFields::eventTypeText(e.mask, e.isOverflow())));
    return it.value();
}
