#pragma once

#include <QtGlobal>

#include <vector>

// The event table's rows: the serials of the events shown, oldest first, in one of two shapes.
// Unfiltered, the rows are every serial in [first, end) and nothing is stored: a 50-million-event
// session costs no index at all. Filtered, they are a list, kept as 32-bit offsets from a base
// serial (4 bytes a row, not 8), rebased in one pass on the rare day the offsets would overflow.
class EventRows final
{
public:
    // Every serial from `first` on (none yet); extendAll() adds them.
    void resetAll(quint64 first);
    // A list, empty; append() adds to it.
    void resetList();

    bool isAll() const { return m_all; }
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    quint64 at(qsizetype row) const;
    // The row showing `serial`, -1 if none.
    qsizetype indexOf(quint64 serial) const;
    // How many rows show serials below `serial`.
    qsizetype countBefore(quint64 serial) const;

    void removeBefore(quint64 serial);  // drops the rows of serials below `serial`
    void extendAll(quint64 end);        // unfiltered: every serial up to `end` is shown
    void append(const std::vector<quint64> &serials); // filtered; ascending, above the last

    std::vector<quint64> serials() const;

private:
    void rebase(quint64 base);

    bool m_all = true;
    quint64 m_first = 0; // unfiltered: the first row's serial
    quint64 m_end = 0;   // unfiltered: one past the last row's serial
    quint64 m_base = 0;  // filtered: row serial = m_base + m_offsets[row]
    std::vector<quint32> m_offsets;
};
