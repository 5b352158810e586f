#pragma once

#include "core/eventnames.h"

#include <array>

// Maps inotify IN_* bits to a small dense index (0 .. count()-1), the order of EventNames::types(),
// so per-type counters can be plain arrays instead of hashes: statistics are updated for every
// event of a 50k events/s burst.
class EventTypeIndex final
{
public:
    static constexpr int kMaxTypes = 16;

    static int count() { return instance().m_count; }

    // Index of one IN_* bit, -1 when the bit is not an event type (IN_ISDIR, IN_IGNORED...).
    static int indexOfBit(quint32 bit)
    {
        if (bit == 0 || (bit & (bit - 1)) != 0)
            return -1;
        return instance().m_indexOfBit[std::size_t(__builtin_ctz(bit))];
    }

    // The IN_* bit of an index.
    static quint32 bit(int index) { return EventNames::types().at(index).mask; }

    // The name of an index, as the tables, charts and legends show it ("modify").
    static QString name(int index) { return QString::fromLatin1(EventNames::types().at(index).name); }

    // Calls f(index) for each event type bit set in `mask`.
    template<typename F>
    static void forEach(quint32 mask, F &&f)
    {
        const EventTypeIndex &self = instance();
        quint32 bits = mask & self.m_allBits;
        while (bits) {
            const int b = __builtin_ctz(bits);
            bits &= bits - 1;
            f(int(self.m_indexOfBit[std::size_t(b)]));
        }
    }

private:
    EventTypeIndex()
    {
        m_indexOfBit.fill(-1);
        const auto &types = EventNames::types();
        m_count = int(types.size());
        Q_ASSERT(m_count <= kMaxTypes);
        for (int i = 0; i < m_count; ++i) {
            const quint32 mask = types.at(i).mask;
            m_indexOfBit[std::size_t(__builtin_ctz(mask))] = qint8(i);
            m_allBits |= mask;
        }
    }
    static const EventTypeIndex &instance()
    {
        static const EventTypeIndex s;
        return s;
    }

    std::array<qint8, 32> m_indexOfBit{};
    quint32 m_allBits = 0;
    int m_count = 0;
};
