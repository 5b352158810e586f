#pragma once

#include "fidinfo.h"

#include <cstddef>

// The information records that follow a fanotify event's metadata (fanotify(7), "Information
// records"): the pidfd of FAN_REPORT_PIDFD and the FID / DFID / DFID_NAME / OLD_DFID_NAME /
// NEW_DFID_NAME records of a FID group. Separate from FanotifyWatcher because it is pure byte
// parsing of untrusted lengths, checked on its own against crafted buffers, while the watcher
// decides what the records mean. Records of other types are skipped; a record whose length does
// not fit ends the parse, and a handle larger than MAX_HANDLE_SZ is ignored.
struct EventInfoRecords
{
    int pidfd;       // FAN_NOPIDFD unless a pidfd record came (then the caller must close it)
    FidInfo dfid;    // FID, DFID or DFID_NAME: the object, or its directory and name
    FidInfo oldDfid; // OLD_DFID_NAME of a FAN_RENAME
    FidInfo newDfid; // NEW_DFID_NAME of a FAN_RENAME

    // `event` is one whole event (event_len bytes, starting with its fanotify_event_metadata).
    static EventInfoRecords parse(const char *event, std::size_t length);
};
