#pragma once
// An attempt's draw: which questions it asks, in which order, and the order of
// each question's options. A pure function of the quiz and a seed, so that an
// attempt resumed after a crash (or at another kiosk) shows exactly what it showed
// before: store the seed with the attempt, or derive it from the attempt id with
// attemptSeed(). Also the time-limit rule. Pure functions; any thread.
#include <cstdint>
#include <optional>
#include <pelita/content/course.h>
#include <string>
#include <string_view>
#include <vector>

namespace pelita::content {

// SplitMix64 (Steele, Lea, Flood 2014), the whole generator. Specified here rather
// than taken from <random>, whose distributions differ between standard libraries.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();
    // Uniform in [0, n), n > 0, by rejection: values below 2^64 mod n are redrawn.
    std::uint64_t below(std::uint64_t n);

private:
    std::uint64_t state_;
};

struct DrawnQuestion {
    std::string questionId;
    // The ids in the order shown: options (choice, true/false, ordering, likert) or
    // targets (matching). Empty for short answer, numerical and essay.
    std::vector<std::string> order;
};

struct AttemptDraw {
    std::uint64_t seed = 0;
    std::vector<DrawnQuestion> questions; // in the order asked

    std::vector<std::string> questionIds() const;
    const DrawnQuestion* find(std::string_view questionId) const;
};

// Deterministic for (quiz, seed); docs/quiz-format.md ("Attempts") specifies the
// steps so that another implementation draws the same.
AttemptDraw drawAttempt(const Quiz& quiz, std::uint64_t seed);

// A seed from an attempt id (its UUID): 64-bit FNV-1a of its bytes.
std::uint64_t attemptSeed(std::string_view attemptId);

// Time limits count persisted elapsed time, never wall-clock differences: the
// kiosk adds steady-clock time while the quiz is on screen and saves the sum with
// every answer and every few seconds. A power cut loses only the unsaved slice,
// and a wrong or changed wall clock changes nothing.
//
// The elapsed time after a slice measured on the steady clock; a clock that went
// backwards adds nothing.
std::int64_t elapsedAfter(std::int64_t persistedElapsedMs, std::int64_t sliceStartMs,
                          std::int64_t sliceNowMs);
// Milliseconds left (0 when time is up), or nullopt when the quiz has no limit.
std::optional<std::int64_t> remainingMs(const Quiz& quiz, std::int64_t elapsedMs);

} // namespace pelita::content
