#include "eventinforecords.h"

#include <fcntl.h>
#include <sys/fanotify.h>

#include <cstring>
#include <utility>

EventInfoRecords EventInfoRecords::parse(const char *event, std::size_t length)
{
    EventInfoRecords records;
    records.pidfd = FAN_NOPIDFD;
    fanotify_event_metadata meta;
    if (length < sizeof meta)
        return records;
    std::memcpy(&meta, event, sizeof meta);
    std::size_t off = meta.metadata_len;
    while (off + sizeof(fanotify_event_info_header) <= length) {
        fanotify_event_info_header hdr;
        std::memcpy(&hdr, event + off, sizeof hdr);
        if (hdr.len < sizeof hdr || hdr.len > length - off)
            break;
        const char *rec = event + off;
        if (hdr.info_type == FAN_EVENT_INFO_TYPE_PIDFD && hdr.len >= sizeof(fanotify_event_info_pidfd)) {
            fanotify_event_info_pidfd p;
            std::memcpy(&p, rec, sizeof p);
            records.pidfd = p.pidfd;
        } else if (hdr.info_type == FAN_EVENT_INFO_TYPE_FID || hdr.info_type == FAN_EVENT_INFO_TYPE_DFID
                   || hdr.info_type == FAN_EVENT_INFO_TYPE_DFID_NAME
                   || hdr.info_type == FAN_EVENT_INFO_TYPE_OLD_DFID_NAME
                   || hdr.info_type == FAN_EVENT_INFO_TYPE_NEW_DFID_NAME) {
            // struct fanotify_event_info_fid: header, fsid, then a struct file_handle, then for
            // the *_NAME types a NUL-terminated name.
            const std::size_t fsidOff = sizeof(fanotify_event_info_header);
            const std::size_t handleOff = fsidOff + sizeof(__kernel_fsid_t);
            if (hdr.len >= handleOff + sizeof(file_handle)) {
                unsigned int handleBytes = 0;
                std::memcpy(&handleBytes, rec + handleOff, sizeof handleBytes);
                const std::size_t handleSize = sizeof(file_handle) + handleBytes;
                if (handleBytes <= MAX_HANDLE_SZ && handleOff + handleSize <= hdr.len) {
                    FidInfo info;
                    info.present = true;
                    info.fsid = rec + fsidOff;
                    info.handle = rec + handleOff;
                    info.handleSize = handleSize;
                    info.key.assign(rec + fsidOff, sizeof(__kernel_fsid_t) + handleSize);
                    if (hdr.info_type != FAN_EVENT_INFO_TYPE_FID && hdr.info_type != FAN_EVENT_INFO_TYPE_DFID) {
                        const char *name = rec + handleOff + handleSize;
                        const std::size_t maxName = hdr.len - handleOff - handleSize;
                        info.name.assign(name, ::strnlen(name, maxName));
                    }
                    if (hdr.info_type == FAN_EVENT_INFO_TYPE_OLD_DFID_NAME)
                        records.oldDfid = std::move(info);
                    else if (hdr.info_type == FAN_EVENT_INFO_TYPE_NEW_DFID_NAME)
                        records.newDfid = std::move(info);
                    else
                        records.dfid = std::move(info);
                }
            }
        }
        off += hdr.len;
    }
    return records;
}
