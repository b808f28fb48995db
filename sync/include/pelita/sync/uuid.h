#pragma once
// Random (version 4) UUIDs, the identities the kiosk gives statements and attempts.
// Any thread: libsodium's generator is thread-safe.
#include <string>

namespace pelita::sync {

// Lower-case 8-4-4-4-12 form, e.g. "3f0c6a52-9c1e-4d7b-8a2f-1b6e0c9d4e21".
std::string newUuid();

} // namespace pelita::sync
