#pragma once

#include "core/uniquefd.h"
#include "protocol/protocol.h"
#include "requestvalidation.h"

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

// The fanotify side of the helper: sets up one notification-class group for the validated request
// and turns what the kernel reports into protocol EventRecords.
//
// Preferred mode (fanotify_init(2), fanotify_mark(2)): FAN_REPORT_DFID_NAME | FAN_REPORT_PIDFD with
// FAN_MARK_FILESYSTEM on each filesystem holding a root: every event type, one mark per filesystem,
// no watch per directory; names are resolved with open_by_handle_at(2) on a cached mount fd per
// fsid. Fallback, keyed on the errno of the kernel or filesystem that refuses it: an fd-based
// group with FAN_MARK_MOUNT, which can only report open/close/modify/access (a FID-less group
// gets no directory-entry events), paths read from the event fd.
//
// Notification class only: it can never block an access. File descriptors the kernel hands over
// (event fds, pidfds, handle fds) are closed before the next event; none ever leaves the process.
class FanotifyWatcher final
{
public:
    FanotifyWatcher(fsnoop::proto::ValidatedRequest request, std::vector<pid_t> ignoredPids);
    ~FanotifyWatcher();
    FanotifyWatcher(const FanotifyWatcher &) = delete;
    FanotifyWatcher &operator=(const FanotifyWatcher &) = delete;

    bool start(fsnoop::proto::Ready &ready, fsnoop::proto::ErrorRecord &error);
    int fd() const { return m_fd.get(); }

    // One read(2) of the fanotify fd; appends one Event frame per reported event to `out`.
    // Returns 1 if something was read (call again), 0 on EAGAIN, -1 on a fatal error.
    int readOnce(std::string &out, fsnoop::proto::ErrorRecord &error);

    std::uint64_t eventsRead() const { return m_eventsRead; }
    std::uint64_t eventsUnresolved() const { return m_unresolved; }

private:
    struct FidInfo {
        bool present = false;
        std::string key;    // fsid + handle type + handle bytes: the resolution cache key
        const char *fsid = nullptr;
        const char *handle = nullptr; // struct file_handle, possibly unaligned
        std::size_t handleSize = 0;   // sizeof(struct file_handle) + handle_bytes
        std::string name;   // empty for FID/DFID records
    };

    bool startFid(fsnoop::proto::Ready &ready, fsnoop::proto::ErrorRecord &error, std::string &fallbackWhy);
    bool startFd(fsnoop::proto::Ready &ready, fsnoop::proto::ErrorRecord &error);
    void closeGroup();

    void handleEvent(const char *event, std::size_t length, std::uint64_t timeNs, std::string &out);
    bool resolve(const FidInfo &fid, std::string &path);
    bool underRoots(const std::string &path) const;
    void fillIdentity(fsnoop::proto::EventRecord &record, int pidfd);

    fsnoop::proto::ValidatedRequest m_request;
    std::vector<pid_t> m_ignoredPids;
    UniqueFd m_fd;
    fsnoop::proto::Mode m_mode = fsnoop::proto::Mode::FidFilesystem;
    bool m_hasPidfd = false;

    // fsid (8 raw bytes) -> an O_RDONLY fd of a root on that filesystem, for open_by_handle_at.
    std::unordered_map<std::string, UniqueFd> m_mountFds;
    // Directory handle -> path. Bounded; cleared when a directory is renamed (paths below change).
    std::unordered_map<std::string, std::string> m_dirCache;
    // pid -> identity, valid for the events of one read() only (a process can exec or exit).
    std::unordered_map<pid_t, fsnoop::proto::EventRecord> m_identityCache;

    std::uint64_t m_eventsRead = 0;
    std::uint64_t m_unresolved = 0;
};
