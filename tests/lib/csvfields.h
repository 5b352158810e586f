#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// What a spreadsheet reads in the fields of one CSV line: RFC 4180 unquoting only (a quoted field
// may hold commas and doubled quotes), every other byte as it stands. Enough for lines without a
// line break inside quotes. Plain C++, and none of fsnoop's own CSV code on purpose: tst_csv
// checks fsnoop's writer with it, and bench/benchcount (which links no Qt) reads every tool's
// output with it.
inline std::vector<std::string> csvFields(std::string_view line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return fields;
}
