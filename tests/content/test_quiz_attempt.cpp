// Attempt draws: pools, question and option order, all fixed by the seed, and the
// time-limit rule.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <pelita/content/quiz_attempt.h>
#include <set>

using namespace pelita::content;

namespace {

Question choice(std::string id, int options, std::string pool = "") {
    Question q;
    q.id = std::move(id);
    q.stem = "?";
    for (int i = 0; i < options; ++i)
        q.options.push_back({"o" + std::to_string(i), "x", i == 0, ""});
    q.poolId = std::move(pool);
    return q;
}

// 2 fixed questions around a pool of 6 that draws 3, plus an ordering and a matching question.
Quiz pooledQuiz() {
    Quiz quiz;
    quiz.questions.push_back(choice("intro", 4));
    QuestionPool pool{"bank", 3, {}};
    for (int i = 0; i < 6; ++i) {
        quiz.questions.push_back(choice("p" + std::to_string(i), 4, "bank"));
        pool.questionIds.push_back("p" + std::to_string(i));
    }
    quiz.pools.push_back(pool);
    Question order = choice("urut", 5);
    order.type = QuestionType::Ordering;
    quiz.questions.push_back(order);
    Question match = choice("pasang", 0);
    match.type = QuestionType::Matching;
    match.targets = {{"t1", "A"}, {"t2", "B"}, {"t3", "C"}};
    match.prompts = {{"s1", "a", "t1"}, {"s2", "b", "t2"}};
    quiz.questions.push_back(match);
    quiz.questions.push_back(choice("akhir", 3));
    return quiz;
}

bool sameDraw(const AttemptDraw& a, const AttemptDraw& b) {
    if (a.questions.size() != b.questions.size()) return false;
    for (std::size_t i = 0; i < a.questions.size(); ++i)
        if (a.questions[i].questionId != b.questions[i].questionId ||
            a.questions[i].order != b.questions[i].order)
            return false;
    return true;
}

} // namespace

TEST_CASE("SplitMix64 gives the reference sequence", "[content][quiz][attempt]") {
    // The published outputs of SplitMix64 (Vigna's splitmix64.c) for seeds 0 and 1234567.
    CHECK(SplitMix64(0).next() == 0xe220a8397b1dcdafULL);
    SplitMix64 rng(1234567);
    CHECK(rng.next() == 6457827717110365317ULL);
    CHECK(rng.next() == 3203168211198807973ULL);
    CHECK(rng.next() == 9817491932198370423ULL);
}

TEST_CASE("below() stays in range and reaches every value", "[content][quiz][attempt]") {
    SplitMix64 rng(42);
    std::map<std::uint64_t, int> seen;
    for (int i = 0; i < 7000; ++i)
        ++seen[rng.below(7)];
    REQUIRE(seen.size() == 7);
    CHECK(seen.rbegin()->first == 6);
    for (const auto& [value, count] : seen)
        CHECK(count > 700); // each near 1000
    CHECK(rng.below(1) == 0);
}

TEST_CASE("the same seed draws the same attempt; other seeds differ", "[content][quiz][attempt]") {
    Quiz quiz = pooledQuiz();
    quiz.shuffleQuestions = true;
    quiz.shuffleOptions = true;
    const AttemptDraw first = drawAttempt(quiz, 20261127);
    CHECK(first.seed == 20261127);
    CHECK(sameDraw(first, drawAttempt(quiz, 20261127)));
    int different = 0;
    for (std::uint64_t seed = 1; seed <= 20; ++seed)
        different += sameDraw(first, drawAttempt(quiz, seed)) ? 0 : 1;
    CHECK(different >= 19);
}

TEST_CASE("a pool gives `draw` of its questions, in place, over seeds all of them",
          "[content][quiz][attempt]") {
    const Quiz quiz = pooledQuiz();
    std::set<std::string> everDrawn;
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        const auto ids = drawAttempt(quiz, seed).questionIds();
        REQUIRE(ids.size() == 7);
        CHECK(ids.front() == "intro");
        CHECK(ids[4] == "urut");
        CHECK(ids.back() == "akhir");
        // Without shuffling, the drawn three keep their authoring order.
        CHECK(std::is_sorted(ids.begin() + 1, ids.begin() + 4));
        CHECK(std::set<std::string>(ids.begin() + 1, ids.begin() + 4).size() == 3);
        everDrawn.insert(ids.begin() + 1, ids.begin() + 4);
    }
    CHECK(everDrawn.size() == 6);
}

TEST_CASE("options keep their order unless shuffled; ordering items always are", "[content][quiz][attempt]") {
    Quiz quiz = pooledQuiz();
    const std::vector<std::string> authored{"o0", "o1", "o2", "o3"};
    const std::vector<std::string> ordering{"o0", "o1", "o2", "o3", "o4"};
    bool optionsMoved = false;
    for (std::uint64_t seed = 0; seed < 30; ++seed) {
        quiz.shuffleOptions = false;
        AttemptDraw draw = drawAttempt(quiz, seed);
        CHECK(draw.find("intro")->order == authored);
        CHECK(draw.find("pasang")->order == std::vector<std::string>{"t1", "t2", "t3"});
        CHECK(draw.find("urut")->order != ordering);
        auto sorted = draw.find("urut")->order;
        std::sort(sorted.begin(), sorted.end());
        CHECK(sorted == ordering);

        quiz.shuffleOptions = true;
        draw = drawAttempt(quiz, seed);
        auto shown = draw.find("intro")->order;
        optionsMoved = optionsMoved || shown != authored;
        std::sort(shown.begin(), shown.end());
        CHECK(shown == authored);
    }
    CHECK(optionsMoved);
    CHECK(drawAttempt(quiz, 1).find("nope") == nullptr);
}

TEST_CASE("a seed comes from the attempt id", "[content][quiz][attempt]") {
    // FNV-1a 64 reference values: "" is the offset basis, "a" is 0xaf63dc4c8601ec8c.
    CHECK(attemptSeed("") == 0xcbf29ce484222325ULL);
    CHECK(attemptSeed("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(attemptSeed("3f1c…-1") != attemptSeed("3f1c…-2"));
}

TEST_CASE("time left counts persisted elapsed time only", "[content][quiz][attempt]") {
    Quiz quiz;
    CHECK(remainingMs(quiz, 5000) == std::nullopt);
    quiz.timeLimitSeconds = 600;
    CHECK(remainingMs(quiz, 0) == 600000);
    CHECK(remainingMs(quiz, 599999) == 1);
    CHECK(remainingMs(quiz, 700000) == 0);
    // A slice on the steady clock adds; a clock that ran backwards adds nothing.
    CHECK(elapsedAfter(120000, 1000, 6000) == 125000);
    CHECK(elapsedAfter(120000, 6000, 1000) == 120000);
}
