#pragma once

// Checking a request before the helper acts on it. Helper-only: it asks the filesystem
// (realpath(3), stat(2)), which is the helper's business, not the GUI's; the fuzzer and
// tst_helperprotocol compile it too.

#include "protocol/protocol.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fsnoop::proto {

struct ValidatedRequest
{
    std::vector<std::string> roots; // canonical, existing directories, no duplicates
    std::uint64_t mask = 0;         // FAN_* event bits asked for (no FAN_ONDIR etc.)
    std::uint32_t options = 0;
};

// Strict: every root must be absolute, at most kMaxPathLength, free of NUL bytes, exist, be a
// directory, and be exactly its own realpath(3) (so "/tmp/../etc" or a symlink is refused instead
// of being compared as a string prefix); every event name must be known; options must be known.
bool validateRequest(const Request &request, ValidatedRequest &out, ErrorRecord &error);

// True if `path` is `root` or lies below it, comparing whole components ("/a/bc" is not under
// "/a/b"). Both must be canonical.
bool isUnderRoot(const std::string &path, const std::string &root);

} // namespace fsnoop::proto
