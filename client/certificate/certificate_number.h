#pragma once
// Certificate numbers, made on the kiosk with no network: "PLT-2026-7F3KQ-9XM2A".
//
// PLT, the year of issue, then ten characters drawn from the operating system's
// random source in Crockford's base 32 (digits and capitals without I, L, O, U,
// so nothing reads as another character when typed from paper). Ten characters
// are 50 bits: the verification URL needs no credentials, so a number must not be
// guessable from another (docs/protocol.md, Certificates), and two kiosks drawing
// the same one is as likely as a million certificates colliding at 1 in 2 000.
// The kiosk still checks its own records, and the server refuses a number already
// issued (409). Any thread.
#include <string>
#include <string_view>

namespace pelita::certificate {

inline constexpr std::string_view kNumberPrefix = "PLT";

// A fresh number for a certificate issued in `year`.
std::string newCertificateNumber(int year);

// True for a number of the shape above (a typed number is checked before lookup).
bool isCertificateNumber(std::string_view text);

} // namespace pelita::certificate
