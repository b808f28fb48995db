#pragma once
// ASCII case folding for protocol tokens (header names, media types, hex
// hashes), which HTTP and xAPI compare without regard to case. Not for
// learner-facing text. Thread-safe.
#include <algorithm>
#include <cctype>
#include <string>

namespace pelita::server {

inline std::string lowerAscii(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// True for application/json, with or without parameters such as charset.
inline bool isJsonContentType(const std::string& contentType) {
    return lowerAscii(contentType).rfind("application/json", 0) == 0;
}

} // namespace pelita::server
