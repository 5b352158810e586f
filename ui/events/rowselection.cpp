#include "events/rowselection.h"

#include <algorithm>

void RowSelection::select(int from, int to)
{
    if (from > to)
        std::swap(from, to);
    // The ranges that touch or overlap [from, to] merge with it, so ranges stay non-adjacent.
    auto first = std::lower_bound(m_ranges.begin(), m_ranges.end(), from,
                                  [](const Range &r, int row) { return qint64(r.second) + 1 < row; });
    auto last = first;
    while (last != m_ranges.end() && qint64(last->first) <= qint64(to) + 1) {
        from = std::min(from, last->first);
        to = std::max(to, last->second);
        ++last;
    }
    first = m_ranges.erase(first, last);
    m_ranges.insert(first, {from, to});
}

void RowSelection::deselect(int from, int to)
{
    if (from > to)
        std::swap(from, to);
    std::vector<Range> kept;
    kept.reserve(m_ranges.size() + 1);
    for (const Range &r : m_ranges) {
        if (r.second < from || r.first > to) {
            kept.push_back(r);
            continue;
        }
        if (r.first < from)
            kept.push_back({r.first, from - 1});
        if (r.second > to)
            kept.push_back({to + 1, r.second});
    }
    m_ranges.swap(kept);
}

bool RowSelection::contains(int row) const
{
    const auto it = std::lower_bound(m_ranges.begin(), m_ranges.end(), row,
                                     [](const Range &r, int value) { return r.second < value; });
    return it != m_ranges.end() && it->first <= row;
}

qint64 RowSelection::count() const
{
    qint64 n = 0;
    for (const Range &r : m_ranges)
        n += qint64(r.second) - r.first + 1;
    return n;
}

std::vector<int> RowSelection::rows() const
{
    std::vector<int> out;
    out.reserve(std::size_t(count()));
    for (const Range &r : m_ranges) {
        for (int row = r.first; row <= r.second; ++row)
            out.push_back(row);
    }
    return out;
}

std::vector<RowSelection::Range> RowSelection::rangesWithin(int first, int last) const
{
    std::vector<Range> out;
    for (const Range &r : m_ranges) {
        if (r.second >= first && r.first <= last)
            out.push_back({std::max(r.first, first), std::min(r.second, last)});
    }
    return out;
}

void RowSelection::dropFirst(int count)
{
    if (count <= 0)
        return;
    deselect(0, count - 1);
    for (Range &r : m_ranges) {
        r.first -= count;
        r.second -= count;
    }
}
