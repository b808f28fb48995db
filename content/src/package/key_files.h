#pragma once
// Internal: libsodium helpers shared by keys.cpp and the signature check.
#include <cstddef>
#include <string>

namespace pelita::content::detail {

void requireSodium();
std::string toBase64(const unsigned char* data, std::size_t size);
bool fromBase64(const std::string& text, unsigned char* out, std::size_t size); // exactly `size` bytes

} // namespace pelita::content::detail
