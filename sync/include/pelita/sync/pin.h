#pragma once
// PINs: how they are checked for form, hashed, verified, and the lockout rule
// that makes guessing one at the kiosk hopeless.
//
// Hashing and verifying are slow on purpose (Argon2id): call them on a
// worker thread, never the UI thread. Everything else here is pure; any thread.
#include <cstdint>
#include <string>
#include <string_view>

namespace pelita::sync {

// A learner's PIN is exactly this many digits: short enough for a 60-year-old
// to remember, and the lockout below makes 10^6 guesses take years.
inline constexpr std::size_t kPinDigits = 6;
// Wrong PINs allowed before the first wait.
inline constexpr int kPinTriesBeforeLockout = 5;

enum class PinProblem { None, Length, NotDigits };

// Whether `pin` is exactly kPinDigits ASCII digits.
PinProblem checkPinFormat(std::string_view pin);
// The trainer PIN guards every learner's records, so it may be longer: 6 to 12 digits.
inline constexpr std::size_t kTrainerPinMinDigits = 6, kTrainerPinMaxDigits = 12;
PinProblem checkTrainerPinFormat(std::string_view pin);
// A stable translation key, e.g. "login.pin_error.length".
std::string pinProblemKey(PinProblem problem);

// libsodium's encoded Argon2id string ("$argon2id$v=19$m=...") with a fresh salt.
// Throws std::runtime_error if libsodium cannot allocate its working memory.
std::string hashPin(std::string_view pin);
// True when `pin` matches `encodedHash`; false for any other input, including a
// malformed or empty hash.
bool verifyPin(const std::string& encodedHash, std::string_view pin);

// The lockout rule. After the 5th wrong PIN in a row the learner waits 1 minute;
// each further wrong PIN (once the wait is over) doubles the wait: 2, 4, 8, 16,
// 32 minutes, then never more than 60. A correct PIN clears the count.
// Returns 0 while fewer than kPinTriesBeforeLockout PINs were wrong.
std::int64_t lockoutMsAfter(int wrongPins);

// What checking a PIN found.
struct PinCheck {
    enum class Outcome {
        Ok,             // signed in; the wrong-PIN count is back to 0
        Wrong,          // `triesLeft` more wrong PINs before a wait
        Locked,         // must wait until `lockedUntilMs`; the PIN was not even checked
        NoPin,          // no PIN set yet (e.g. from the server's roster): a trainer sets one
        UnknownLearner, // no such NIP on this kiosk
    };
    Outcome outcome = Outcome::UnknownLearner;
    int triesLeft = 0;
    std::int64_t lockedUntilMs = 0;
};

// What the `wrongPins`-th wrong PIN in a row (this one included) at `now` means:
// Wrong with the tries left, or Locked until now + lockoutMsAfter(wrongPins).
PinCheck afterWrongPin(int wrongPins, std::int64_t now);

} // namespace pelita::sync
