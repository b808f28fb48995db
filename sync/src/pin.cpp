#include <pelita/sync/pin.h>

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace pelita::sync {
namespace {

// Argon2id with OWASP's minimum for interactive logins: 19 MiB and 2 passes.
// Memory, not passes, is what slows a GPU attacker, but 19 MiB stays far inside
// the kiosk's 40 MB budget, where libsodium's INTERACTIVE preset (64 MiB) would
// break it. Two passes over 19 MiB is a few tens of ms on one idle core of a
// 2017 office PC, so a PIN check stays well under a second even when the
// machine is busy (the hidden "[benchmark]" test in test_sync prints the figure).
constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = 19u * 1024u * 1024u;

constexpr std::int64_t kFirstWaitMs = 60 * 1000;
constexpr std::int64_t kLongestWaitMs = 60 * 60 * 1000;

PinProblem checkDigits(std::string_view pin, std::size_t fewest, std::size_t most) {
    if (!std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return PinProblem::NotDigits;
    if (pin.size() < fewest || pin.size() > most) return PinProblem::Length;
    return PinProblem::None;
}

void initSodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not initialise");
}

} // namespace

PinProblem checkPinFormat(std::string_view pin) { return checkDigits(pin, kPinDigits, kPinDigits); }

PinProblem checkTrainerPinFormat(std::string_view pin) {
    return checkDigits(pin, kTrainerPinMinDigits, kTrainerPinMaxDigits);
}

std::string pinProblemKey(PinProblem problem) {
    switch (problem) {
    case PinProblem::None: return "login.pin_ok";
    case PinProblem::Length: return "login.pin_error.length";
    case PinProblem::NotDigits: return "login.pin_error.digits";
    }
    return "login.pin_error.length";
}

std::string hashPin(std::string_view pin) {
    initSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("not enough memory to protect the PIN");
    return out;
}

bool verifyPin(const std::string& encodedHash, std::string_view pin) {
    initSodium();
    if (encodedHash.rfind("$argon2id$", 0) != 0) return false;
    return crypto_pwhash_str_verify(encodedHash.c_str(), pin.data(), pin.size()) == 0;
}

std::int64_t lockoutMsAfter(int wrongPins) {
    if (wrongPins < kPinTriesBeforeLockout) return 0;
    std::int64_t wait = kFirstWaitMs;
    for (int extra = wrongPins - kPinTriesBeforeLockout; extra > 0 && wait < kLongestWaitMs; --extra) wait *= 2;
    return std::min(wait, kLongestWaitMs);
}

PinCheck afterWrongPin(int wrongPins, std::int64_t now) {
    const std::int64_t wait = lockoutMsAfter(wrongPins);
    if (wait > 0) return {PinCheck::Outcome::Locked, 0, now + wait};
    return {PinCheck::Outcome::Wrong, kPinTriesBeforeLockout - wrongPins, 0};
}

} // namespace pelita::sync
