// libFuzzer target: the helper's parsing and validation of the request it reads on stdin.
#include "fuzzentry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fsnoop::fuzz::request(data, size);
    return 0;
}
