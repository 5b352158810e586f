#pragma once

#include "core/fsevent.h"
#include "core/uniquefd.h"

#include <QByteArray>

#include <cstddef>
#include <memory>
#include <vector>

// The disk behind an EventStore that holds more than memory: an unlinked file in the user's cache
// directory into which full chunks of events are written once and mapped back read-only, the way
// Process Monitor keeps its capture in a backing file.
//
// Unlinked (O_TMPFILE, or mkstemp + unlink where the file system lacks it): nothing to clean up
// after a crash, no name another user could open. The directory must be on a disk, not a tmpfs,
// which is RAM: the caller picks it (EventStore::defaultSpillDirectory()).
//
// Each chunk is its own MAP_SHARED mapping of its own slot, so a pointer into it stays valid until
// that chunk is let go (release()); a released slot is reused by the next chunk, so a capped
// store's file stops growing once the cap is reached.
class SpillFile final
{
public:
    // Creates the file in `directory` (made if missing). False with errorNumber() on failure.
    bool open(const QByteArray &directory);
    bool isOpen() const { return m_fd.isValid(); }
    int errorNumber() const { return m_errno; }

    // Writes `count` events (one chunk, at most chunkBytes) into a free slot and returns where
    // they are mapped, read-only; nullptr with errorNumber() set (e.g. ENOSPC) on failure, in
    // which case nothing changed.
    const FsEvent *store(const FsEvent *events, std::size_t count);

    // Unmaps a chunk store() returned and frees its slot for the next one.
    void release(const FsEvent *chunk);

    // Drops the chunk's pages from this process's resident set. The data stays in the page cache
    // and on disk: for a MAP_SHARED file mapping, MADV_DONTNEED only zaps the page-table entries
    // and the next access faults the pages back in from the file (madvise(2)). Called after a
    // sequential scan, so reading 50 million events does not leave 1.6 GB resident.
    static void dropResident(const FsEvent *chunk);

    std::size_t slotCount() const { return m_slots; }
    std::size_t bytesOnDisk() const { return m_slots * chunkBytes(); }
    static std::size_t chunkBytes();

private:
    struct Unmap {
        void operator()(const FsEvent *chunk) const;
    };
    // A live chunk: its mapping, unmapped when this goes (munmap(2)), and the slot it maps.
    struct Mapping {
        std::unique_ptr<const FsEvent, Unmap> address;
        std::size_t slot;
    };

    UniqueFd m_fd;
    int m_errno = 0;
    std::size_t m_slots = 0;           // slots the file has room for (its size / chunkBytes)
    std::vector<std::size_t> m_free;   // released slots, reused first
    std::vector<Mapping> m_mappings;   // live chunks (few hundred at most: a linear search is fine)
};
