#pragma once

#include <cstddef>
#include <string>

// One file identifier record of a fanotify event (struct fanotify_event_info_fid, fanotify(7)):
// the filesystem id, the file handle and, for the *_DFID_NAME types, the entry name. The fsid and
// handle pointers point into the event buffer they were parsed from and live only as long as it.
struct FidInfo
{
    bool present = false;
    std::string key;    // fsid + handle type + handle bytes: the resolution cache key
    const char *fsid = nullptr;
    const char *handle = nullptr; // struct file_handle, possibly unaligned
    std::size_t handleSize = 0;   // sizeof(struct file_handle) + handle_bytes
    std::string name;   // empty for FID/DFID records
};
