#pragma once

#include <cstddef>
#include <cstdint>

// The fuzzing entry points, shared by the libFuzzer targets (FSNOOP_FUZZ=ON, clang) and by the
// plain corpus-replay test that every build runs. Any input must return normally; the only
// deliberate abort is a round trip (parse -> encode -> parse) that disagrees with itself.
namespace fsnoop::fuzz {

// The GUI side: a helper's stdout, cut into frames at sizes chosen by the input, every frame parsed.
void records(const std::uint8_t *data, std::size_t size);

// The helper side: its stdin, one request frame, parsed and validated (realpath and all).
void request(const std::uint8_t *data, std::size_t size);

} // namespace fsnoop::fuzz
