// Every shared GIFT fixture imports in agreement with gift-pegjs's reference parse
// (tests/fixtures/gift/*.json): type, text, right answers, weights, feedback,
// numeric ranges and matching pairs, question by question.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pelita/content/gift.h>
#include <pelita/content/scoring.h>
#include <sstream>

using namespace pelita::content;
using nlohmann::json;

namespace {

const std::filesystem::path kFixtures = std::filesystem::path(PELITA_SOURCE_DIR) / "tests/fixtures/gift";

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Layout is not meaning: line breaks and indentation count as one space.
std::string words(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string textOf(const json& formatted) {
    return formatted.is_null() ? "" : words(formatted.at("text"));
}

double referenceWeight(const json& choice, double fallback) {
    return choice.at("weight").is_null() ? fallback : choice.at("weight").get<double>() / 100;
}

// {"type":"simple"|"range"|"high-low", ...} as [min, max].
std::pair<double, double> referenceRange(const json& n) {
    const std::string type = n.at("type");
    if (type == "high-low") return {n.at("numberLow"), n.at("numberHigh")};
    const double value = n.at("number"), range = type == "range" ? n.at("range").get<double>() : 0;
    return {value - range, value + range};
}

void checkChoices(const Question& q, const json& ref) {
    const json& choices = ref.at("choices");
    bool anyCorrect = false;
    for (const auto& c : choices)
        anyCorrect = anyCorrect || c.at("isCorrect").get<bool>();
    CHECK(q.type == (anyCorrect ? QuestionType::SingleChoice : QuestionType::MultipleResponse));
    REQUIRE(q.options.size() == choices.size());
    for (std::size_t i = 0; i < choices.size(); ++i) {
        INFO("choice " << i);
        CHECK(words(q.options[i].text) == textOf(choices[i].at("text")));
        CHECK(effectiveWeight(q, q.options[i]) ==
              Approx(referenceWeight(choices[i], choices[i].at("isCorrect") ? 1 : 0)));
        CHECK(words(q.options[i].feedback) == textOf(choices[i].at("feedback")));
    }
}

void checkShortAnswers(const Question& q, const json& ref) {
    CHECK(q.type == QuestionType::ShortAnswer);
    const json& choices = ref.at("choices");
    REQUIRE(q.answers.size() == choices.size());
    for (std::size_t i = 0; i < choices.size(); ++i) {
        CHECK(words(q.answers[i].text) == textOf(choices[i].at("text")));
        CHECK(q.answers[i].weight == Approx(referenceWeight(choices[i], 1)));
        CHECK(words(q.answers[i].feedback) == textOf(choices[i].at("feedback")));
    }
}

void checkNumbers(const Question& q, const json& ref) {
    CHECK(q.type == QuestionType::Numerical);
    const json& choices = ref.at("choices");
    if (choices.is_object()) {
        REQUIRE(q.numbers.size() == 1);
        auto [min, max] = referenceRange(choices);
        CHECK(q.numbers[0].min == Approx(min));
        CHECK(q.numbers[0].max == Approx(max));
        CHECK(q.numbers[0].weight == 1);
        return;
    }
    REQUIRE(q.numbers.size() == choices.size());
    for (std::size_t i = 0; i < choices.size(); ++i) {
        auto [min, max] = referenceRange(choices[i].at("text"));
        CHECK(q.numbers[i].min == Approx(min));
        CHECK(q.numbers[i].max == Approx(max));
        CHECK(q.numbers[i].weight == Approx(referenceWeight(choices[i], 1)));
        CHECK(words(q.numbers[i].feedback) == textOf(choices[i].at("feedback")));
    }
}

void checkPairs(const Question& q, const json& ref) {
    CHECK(q.type == QuestionType::Matching);
    const json& pairs = ref.at("matchPairs");
    REQUIRE(q.prompts.size() == pairs.size());
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        CHECK(words(q.prompts[i].text) == textOf(pairs[i].at("subquestion")));
        const MatchTarget* target = nullptr;
        for (const auto& t : q.targets)
            if (t.id == q.prompts[i].targetId) target = &t;
        REQUIRE(target);
        CHECK(words(target->text) == words(pairs[i].at("subanswer")));
    }
}

// gift-pegjs names TF feedback by position: the first "#" is what Moodle shows for
// a wrong answer, the second for a right one.
void checkTrueFalse(const Question& q, const json& ref) {
    CHECK(q.type == QuestionType::TrueFalse);
    REQUIRE(q.options.size() == 2);
    const bool isTrue = ref.at("isTrue");
    CHECK(q.options[0].correct == isTrue);
    const Option& right = isTrue ? q.options[0] : q.options[1];
    const Option& wrong = isTrue ? q.options[1] : q.options[0];
    CHECK(words(wrong.feedback) == textOf(ref.at("trueFeedback")));
    CHECK(words(right.feedback) == textOf(ref.at("falseFeedback")));
}

void checkQuestion(const Question& q, const json& ref) {
    CHECK(q.title == (ref.at("title").is_null() ? "" : words(ref.at("title"))));
    CHECK(words(q.stem) == textOf(ref.at("stem")));
    CHECK(words(q.feedback) == textOf(ref.value("globalFeedback", json())));
    const std::string type = ref.at("type");
    if (type == "MC")
        checkChoices(q, ref);
    else if (type == "Short")
        checkShortAnswers(q, ref);
    else if (type == "Numerical")
        checkNumbers(q, ref);
    else if (type == "Matching")
        checkPairs(q, ref);
    else if (type == "TF")
        checkTrueFalse(q, ref);
    else if (type == "Essay")
        CHECK(q.type == QuestionType::Essay);
    else
        FAIL("reference type " << type << " is not covered by this test");
}

} // namespace

TEST_CASE("every GIFT fixture imports as gift-pegjs reads it", "[content][gift]") {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kFixtures)) {
        if (entry.path().extension() != ".gift") continue;
        ++files;
        const std::string name = entry.path().filename().string();
        INFO(name);
        auto imported = importGift(readFile(entry.path()), name);
        INFO((imported ? "" : imported.error().describe()));
        REQUIRE(imported);
        const json reference =
            json::parse(readFile(std::filesystem::path(entry.path()).replace_extension(".json")));
        std::vector<json> questions;
        std::size_t notQuestions = 0;
        for (const auto& ref : reference) {
            if (ref.at("type") == "Category" || ref.at("type") == "Description")
                ++notQuestions;
            else
                questions.push_back(ref);
        }
        // Descriptions and categories are reported, never silently dropped.
        std::size_t reported = 0;
        for (const auto& w : imported->warnings)
            reported += w.message.rfind("description", 0) == 0 || w.message.rfind("category", 0) == 0 ? 1 : 0;
        CHECK(reported == notQuestions);
        REQUIRE(imported->questions.size() == questions.size());
        for (std::size_t i = 0; i < questions.size(); ++i) {
            INFO("question " << i + 1 << ": " << questions[i].at("stem").at("text"));
            checkQuestion(imported->questions[i], questions[i]);
        }
    }
    CHECK(files == 27);
}
