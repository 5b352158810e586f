// libFuzzer target: the GUI side's parsing of whatever the helper writes.
#include "fuzzentry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fsnoop::fuzz::records(data, size);
    return 0;
}
