#include <algorithm>
#include <pelita/content/quiz_attempt.h>

namespace pelita::content {

std::uint64_t SplitMix64::next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t SplitMix64::below(std::uint64_t n) {
    const std::uint64_t threshold = (0 - n) % n;
    for (;;)
        if (const std::uint64_t x = next(); x >= threshold) return x % n;
}

namespace {

// Fisher-Yates from the last element down: swap item i with one drawn from [0, i].
template <class T> void shuffle(std::vector<T>& items, SplitMix64& rng) {
    for (std::size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[rng.below(i)]);
}

// `draw` of the pool's questions: a partial Fisher-Yates over their indices, the
// chosen ones then kept in authoring order.
std::vector<std::string> drawFromPool(const QuestionPool& pool, SplitMix64& rng) {
    std::vector<std::size_t> index(pool.questionIds.size());
    for (std::size_t i = 0; i < index.size(); ++i)
        index[i] = i;
    const std::size_t draw = std::min(index.size(), static_cast<std::size_t>(std::max(pool.draw, 0)));
    for (std::size_t i = 0; i < draw; ++i)
        std::swap(index[i], index[i + rng.below(index.size() - i)]);
    std::sort(index.begin(), index.begin() + static_cast<std::ptrdiff_t>(draw));
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < draw; ++i)
        ids.push_back(pool.questionIds[index[i]]);
    return ids;
}

std::vector<std::string> shownOrder(const Quiz& quiz, const Question& q, SplitMix64& rng) {
    std::vector<std::string> ids;
    if (q.type == QuestionType::Matching)
        for (const auto& t : q.targets)
            ids.push_back(t.id);
    else
        for (const auto& o : q.options)
            ids.push_back(o.id);
    switch (q.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleResponse:
    case QuestionType::Matching:
        if (quiz.shuffleOptions) shuffle(ids, rng);
        break;
    case QuestionType::Ordering: {
        // Always shuffled, or the question would show its own answer.
        const auto right = ids;
        shuffle(ids, rng);
        if (ids == right) std::rotate(ids.begin(), ids.begin() + 1, ids.end());
        break;
    }
    default:
        break;
    }
    return ids;
}

} // namespace

AttemptDraw drawAttempt(const Quiz& quiz, std::uint64_t seed) {
    SplitMix64 rng(seed);
    std::vector<std::string> ids;
    for (const auto& q : quiz.questions) {
        if (q.poolId.empty()) {
            ids.push_back(q.id);
        } else if (const QuestionPool* pool = quiz.findPool(q.poolId);
                   pool && pool->questionIds.front() == q.id) {
            for (auto& id : drawFromPool(*pool, rng))
                ids.push_back(std::move(id));
        }
    }
    if (quiz.shuffleQuestions) shuffle(ids, rng);

    AttemptDraw draw;
    draw.seed = seed;
    for (auto& id : ids) {
        const Question& q = *quiz.findQuestion(id);
        draw.questions.push_back({std::move(id), shownOrder(quiz, q, rng)});
    }
    return draw;
}

std::vector<std::string> AttemptDraw::questionIds() const {
    std::vector<std::string> ids;
    for (const auto& q : questions)
        ids.push_back(q.questionId);
    return ids;
}

const DrawnQuestion* AttemptDraw::find(std::string_view questionId) const {
    for (const auto& q : questions)
        if (q.questionId == questionId) return &q;
    return nullptr;
}

std::uint64_t attemptSeed(std::string_view attemptId) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : attemptId)
        hash = (hash ^ c) * 0x100000001b3ULL;
    return hash;
}

std::int64_t elapsedAfter(std::int64_t persistedElapsedMs, std::int64_t sliceStartMs,
                          std::int64_t sliceNowMs) {
    return persistedElapsedMs + std::max<std::int64_t>(0, sliceNowMs - sliceStartMs);
}

std::optional<std::int64_t> remainingMs(const Quiz& quiz, std::int64_t elapsedMs) {
    if (quiz.timeLimitSeconds <= 0) return std::nullopt;
    return std::max<std::int64_t>(0, std::int64_t{quiz.timeLimitSeconds} * 1000 - elapsedMs);
}

} // namespace pelita::content
