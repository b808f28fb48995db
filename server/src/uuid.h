#pragma once
// UUIDs for statement ids: making random (version 4) ones and checking the
// form of ones a client sends. Thread-safe (libsodium's generator is).
#include <string>
#include <string_view>

namespace pelita::server {

// A new random UUID, lower case, e.g. "3f1c...-4...". Requires sodium_init().
std::string newUuid();

// True for the 8-4-4-4-12 hex form, either case.
bool isUuid(std::string_view text);

// The canonical (lower case) spelling, so "ABC..." and "abc..." are one id.
std::string canonicalUuid(std::string_view text);

} // namespace pelita::server
