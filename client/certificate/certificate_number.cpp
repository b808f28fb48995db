#include "certificate/certificate_number.h"

#include <sodium.h>

#include <stdexcept>

namespace pelita::certificate {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford's base 32
constexpr int kRandomChars = 10;
constexpr int kGroup = 5; // read aloud or typed in two groups of five

bool isYear(std::string_view s) {
    if (s.size() != 4) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

} // namespace

std::string newCertificateNumber(int year) {
    if (sodium_init() < 0) throw std::runtime_error("the random number source is not available");
    std::string number = std::string(kNumberPrefix) + "-" + std::to_string(year);
    for (int i = 0; i < kRandomChars; ++i) {
        if (i % kGroup == 0) number += '-';
        number += kAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kAlphabet.size()))];
    }
    return number;
}

bool isCertificateNumber(std::string_view text) {
    const std::string_view prefix = kNumberPrefix;
    // PLT-YYYY-XXXXX-XXXXX
    if (text.size() != prefix.size() + 1 + 4 + 2 + kRandomChars) return false;
    if (text.substr(0, prefix.size()) != prefix || text[prefix.size()] != '-') return false;
    if (!isYear(text.substr(prefix.size() + 1, 4))) return false;
    std::string_view rest = text.substr(prefix.size() + 5);
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const bool dash = i % (kGroup + 1) == 0;
        if (dash != (rest[i] == '-')) return false;
        if (!dash && kAlphabet.find(rest[i]) == std::string_view::npos) return false;
    }
    return true;
}

} // namespace pelita::certificate
