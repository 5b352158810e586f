#include "events/eventrows.h"

#include <algorithm>
#include <limits>

void EventRows::resetAll(quint64 first)
{
    m_all = true;
    m_first = m_end = first;
    m_offsets = {};
}

void EventRows::resetList()
{
    m_all = false;
    m_base = 0;
    m_offsets = {}; // gives the memory back: a broad filter's list may have been big
}

qsizetype EventRows::size() const
{
    return m_all ? qsizetype(m_end - m_first) : qsizetype(m_offsets.size());
}

quint64 EventRows::at(qsizetype row) const
{
    return m_all ? m_first + quint64(row) : m_base + m_offsets[std::size_t(row)];
}

qsizetype EventRows::countBefore(quint64 serial) const
{
    if (m_all)
        return qsizetype(std::clamp(serial, m_first, m_end) - m_first);
    if (serial <= m_base)
        return 0;
    const quint64 offset = serial - m_base;
    const auto it = offset > std::numeric_limits<quint32>::max()
        ? m_offsets.end()
        : std::lower_bound(m_offsets.begin(), m_offsets.end(), quint32(offset));
    return qsizetype(it - m_offsets.begin());
}

qsizetype EventRows::indexOf(quint64 serial) const
{
    const qsizetype row = countBefore(serial);
    return (row < size() && at(row) == serial) ? row : -1;
}

void EventRows::removeBefore(quint64 serial)
{
    if (m_all) {
        m_first = std::clamp(serial, m_first, m_end);
        return;
    }
    const qsizetype gone = countBefore(serial);
    m_offsets.erase(m_offsets.begin(), m_offsets.begin() + gone);
}

void EventRows::extendAll(quint64 end)
{
    m_end = std::max(m_end, end);
}

void EventRows::append(const std::vector<quint64> &serials)
{
    if (serials.empty())
        return;
    if (m_offsets.empty())
        m_base = serials.front();
    else if (serials.back() - m_base > std::numeric_limits<quint32>::max())
        rebase(at(0));
    // Held events span less than 2^32 serials (128 GiB of events), so after a rebase to the
    // oldest row every offset fits.
    for (quint64 s : serials)
        m_offsets.push_back(quint32(s - m_base));
}

void EventRows::rebase(quint64 base)
{
    const quint32 delta = quint32(base - m_base);
    for (quint32 &o : m_offsets)
        o -= delta;
    m_base = base;
}

std::vector<quint64> EventRows::serials() const
{
    std::vector<quint64> out(static_cast<std::size_t>(size()));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = at(qsizetype(i));
    return out;
}
