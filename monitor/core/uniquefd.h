#pragma once

#include <unistd.h>

#include <utility>

// Owns one file descriptor and closes it exactly once. Header-only and free of Qt on purpose: the
// root helper (monitor/helper/, plain C++) uses the same one through its include path monitor/.
//
// close(2) is never retried: on Linux the descriptor is released even when close() reports EINTR,
// and a retry could close a descriptor another thread has just been given.
class UniqueFd final
{
public:
    UniqueFd() noexcept = default;
    explicit UniqueFd(int fd) noexcept : m_fd(fd) {}
    ~UniqueFd() { reset(); }

    UniqueFd(UniqueFd &&other) noexcept : m_fd(other.release()) {}
    UniqueFd &operator=(UniqueFd &&other) noexcept
    {
        reset(other.release());
        return *this;
    }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;

    int get() const noexcept { return m_fd; }
    bool isValid() const noexcept { return m_fd >= 0; }

    // Gives the descriptor up without closing it.
    int release() noexcept { return std::exchange(m_fd, -1); }

    // Closes the current descriptor (if any) and takes `fd` instead.
    void reset(int fd = -1) noexcept
    {
        const int old = std::exchange(m_fd, fd);
        if (old >= 0 && old != fd)
            ::close(old);
    }

private:
    int m_fd = -1;
};
