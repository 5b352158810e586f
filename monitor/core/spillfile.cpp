#include "core/spillfile.h"

#include "core/eventstore.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

// Slots start one page into the file, so a slot is never 2 MiB-aligned in the file. A chunk is
// exactly 2 MiB: aligned, the page cache may hold it as one large folio and the kernel map all of
// it (one PMD) on the first access to one event, so every row a view shows from a different
// chunk would keep 2 MiB resident (measured: 300 MB for the 214 rows of one filter over 50
// million events). Misaligned, a fault maps at most the fault-around window (64 KiB).
static constexpr off_t kSlotBase = 4096;

std::size_t SpillFile::chunkBytes()
{
    return std::size_t(EventStore::kChunkEvents) * sizeof(FsEvent);
}

void SpillFile::Unmap::operator()(const FsEvent *chunk) const
{
    ::munmap(const_cast<FsEvent *>(chunk), chunkBytes());
}

bool SpillFile::open(const QByteArray &directory)
{
    m_errno = 0;
    // If this fails, open() below says why (ENOENT, ENOTDIR, EACCES...), which QDir does not.
    QDir().mkpath(QFile::decodeName(directory));
    // O_TMPFILE: an inode with no name at all (open(2)); only some file systems support it, and
    // they say EOPNOTSUPP / EISDIR (older kernels) otherwise, so mkstemp + unlink is the fallback.
    int fd = ::open(directory.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
        QByteArray name = directory + "/fsnoop-spill-XXXXXX";
        fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd >= 0)
            ::unlink(name.constData());
    }
    if (fd < 0) {
        m_errno = errno;
        return false;
    }
    m_fd.reset(fd);
    return true;
}

const FsEvent *SpillFile::store(const FsEvent *events, std::size_t count)
{
    if (!m_fd.isValid() || count * sizeof(FsEvent) > chunkBytes()) {
        m_errno = EINVAL;
        return nullptr;
    }
    const bool reuse = !m_free.empty();
    const std::size_t slot = reuse ? m_free.back() : m_slots;
    const off_t offset = kSlotBase + off_t(slot * chunkBytes());
    // pwrite rather than writing through a writable mapping: a full disk is an error return
    // here, not a SIGBUS later. A short chunk's new slot is extended to its full size, so no
    // page of a mapping lies past the end of the file (which would be SIGBUS, mmap(2)).
    const std::size_t bytes = count * sizeof(FsEvent);
    std::size_t done = 0;
    const char *data = reinterpret_cast<const char *>(events);
    while (done < bytes) {
        const ssize_t n = ::pwrite(m_fd.get(), data + done, bytes - done, offset + off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_errno = n < 0 ? errno : ENOSPC;
            return nullptr;
        }
        done += std::size_t(n);
    }
    if (!reuse && bytes < chunkBytes() && ::ftruncate(m_fd.get(), offset + off_t(chunkBytes())) != 0) {
        m_errno = errno;
        return nullptr;
    }
    void *address = ::mmap(nullptr, chunkBytes(), PROT_READ, MAP_SHARED, m_fd.get(), offset);
    if (address == MAP_FAILED) {
        m_errno = errno;
        return nullptr;
    }
    // What was just written is in the page cache; it need not stay in our resident set too.
    ::madvise(address, chunkBytes(), MADV_DONTNEED);
    if (reuse)
        m_free.pop_back();
    else
        ++m_slots;
    const auto *chunk = static_cast<const FsEvent *>(address);
    m_mappings.push_back({std::unique_ptr<const FsEvent, Unmap>(chunk), slot});
    return chunk;
}

void SpillFile::release(const FsEvent *chunk)
{
    const auto it = std::find_if(m_mappings.begin(), m_mappings.end(),
                                 [chunk](const Mapping &m) { return m.address.get() == chunk; });
    if (it == m_mappings.end())
        return;
    m_free.push_back(it->slot);
    m_mappings.erase(it); // unmaps it
}

void SpillFile::dropResident(const FsEvent *chunk)
{
    ::madvise(const_cast<FsEvent *>(chunk), chunkBytes(), MADV_DONTNEED);
}
