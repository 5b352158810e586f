#include "requestvalidation.h"

#include <sys/stat.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <utility>

namespace fsnoop::proto {

bool isUnderRoot(const std::string &path, const std::string &root)
{
    if (root == "/")
        return !path.empty() && path[0] == '/';
    if (path.size() < root.size() || path.compare(0, root.size(), root) != 0)
        return false;
    return path.size() == root.size() || path[root.size()] == '/';
}

bool validateRequest(const Request &request, ValidatedRequest &out, ErrorRecord &error)
{
    ValidatedRequest v;
    if (request.options & ~kKnownRequestOptions) {
        error = makeError(ErrorCode::BadRequest, "unknown request options");
        return false;
    }
    v.options = request.options;
    if (request.roots.empty()) {
        error = makeError(ErrorCode::NoRoots, "no root to watch");
        return false;
    }
    if (request.roots.size() > kMaxRoots) {
        error = makeError(ErrorCode::TooLarge, "too many roots");
        return false;
    }
    for (const std::string &root : request.roots) {
        if (root.empty() || root.size() > kMaxPathLength) {
            error = makeError(ErrorCode::TooLarge, "empty or over-long root", root.substr(0, 256));
            return false;
        }
        if (root.find('\0') != std::string::npos) {
            error = makeError(ErrorCode::BadRequest, "NUL byte in a root");
            return false;
        }
        if (root[0] != '/') {
            error = makeError(ErrorCode::RelativePath, "root is not an absolute path", root);
            return false;
        }
        char resolved[PATH_MAX];
        if (!::realpath(root.c_str(), resolved)) {
            const int err = errno;
            error = makeError(ErrorCode::NoSuchPath, "realpath failed", root, err);
            return false;
        }
        if (root != resolved) {
            error = makeError(ErrorCode::NotCanonical,
                              std::string("root is not canonical, realpath gives ") + resolved, root);
            return false;
        }
        struct stat st;
        if (::stat(resolved, &st) != 0 || !S_ISDIR(st.st_mode)) {
            error = makeError(ErrorCode::NotDirectory, "root is not a directory", root);
            return false;
        }
        bool duplicate = false;
        for (const std::string &seen : v.roots)
            duplicate = duplicate || seen == root;
        if (!duplicate)
            v.roots.push_back(root);
    }
    if (request.events.empty()) {
        error = makeError(ErrorCode::NoEvents, "no event type requested");
        return false;
    }
    for (const std::string &name : request.events) {
        const std::uint64_t bit = fanotifyMaskForEvent(name);
        if (!bit) {
            error = makeError(ErrorCode::UnknownEvent, "unknown event name: " + name.substr(0, kMaxEventNameLength));
            return false;
        }
        v.mask |= bit;
    }
    out = std::move(v);
    return true;
}

} // namespace fsnoop::proto
