#pragma once
// The quiz model: nine question types and the quiz's settings, as docs/quiz-format.md
// describes them. Plain values, safe to copy between threads. course.h includes this.
//
// Every member added after the skeleton's first ones has a default member initializer,
// so that `Question{id, type, stem, options, feedback, lessonId}` still compiles.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pelita::content {

enum class QuestionType {
    SingleChoice,     // one option; options may carry partial weights (Moodle "one answer only")
    TrueFalse,        // options "true" and "false"
    MultipleResponse, // any number of options; weights add up, total clamped to 0..1
    ShortAnswer,      // typed text against accepted answers, `*` wildcard
    Numerical,        // a number against ranges
    Matching,         // each prompt to one target
    Ordering,         // put the options in order
    Essay,            // free text, scored by a trainer later ("awaiting review")
    Likert,           // a survey scale, never scored
};

// The JSON name of a type ("single-choice", ...), and back. Unknown names give nullopt.
std::string_view questionTypeName(QuestionType type);
std::optional<QuestionType> questionTypeNamed(std::string_view name);

// One option of a choice, true/false, ordering or likert question.
struct Option {
    std::string id;   // "a", "b", ... as the xAPI response uses it
    std::string text; // Markdown
    bool correct = false;
    std::string feedback; // shown after the learner picks it; may be empty
    // Fraction of the question's points this option is worth when chosen, -1..1.
    // Unset: 1 when `correct`, else 0 (single choice); see effectiveWeight().
    std::optional<double> weight{};
};

// An accepted short answer. `*` in `text` matches any run of characters.
struct AcceptedAnswer {
    std::string text;
    double weight = 1; // 0..1
    std::string feedback{};
};

// An accepted numerical answer: any number in [min, max] (both ends included).
struct NumericAnswer {
    double min = 0, max = 0;
    double weight = 1; // 0..1
    std::string feedback{};

    // value ± tolerance, rounded to 12 significant digits so that 3.1415 ± 0.0005
    // is [3.141, 3.142] and not [3.1409999999999996, 3.1420000000000003].
    static NumericAnswer around(double value, double tolerance, double weight = 1);
};

// A matching prompt ("source" in xAPI) and the id of the target it belongs with.
struct MatchPrompt {
    std::string id;
    std::string text; // Markdown
    std::string targetId;
};

// A matching target. Targets no prompt points at are distractors.
struct MatchTarget {
    std::string id;
    std::string text;
};

struct Question {
    std::string id; // unique within the quiz
    QuestionType type = QuestionType::SingleChoice;
    std::string stem;            // Markdown
    std::vector<Option> options; // choice, true/false, ordering (in the right order), likert (the scale)
    std::string feedback;        // general feedback, shown after answering
    std::string lessonId;        // the lesson to review when this is missed; may be empty

    std::string title{}; // a short name for trainers (GIFT ::title::); may be empty
    double points = 1;   // the question's weight in the quiz total (Moodle's "default mark")
    std::vector<AcceptedAnswer> answers{}; // short answer
    bool caseSensitive = false;            // short answer
    std::vector<NumericAnswer> numbers{};  // numerical
    std::vector<MatchPrompt> prompts{};    // matching
    std::vector<MatchTarget> targets{};    // matching
    std::string poolId{};                  // the pool it is drawn from, or "" when always asked

    // Whether it counts towards the score at all (everything but likert).
    bool isScored() const { return type != QuestionType::Likert; }
    // Whether a trainer, not the kiosk, gives its score (essay).
    bool needsReview() const { return type == QuestionType::Essay; }
};

// The weight an option carries when chosen, following Option::weight's rule. For a
// multiple-response question without weights, the k correct options share 1 equally
// and every wrong option costs 1/k, so that ticking everything scores 0.
double effectiveWeight(const Question& question, const Option& option);

// "Draw `draw` of these questions" (Moodle's random questions from a category).
struct QuestionPool {
    std::string id;
    int draw = 1;
    std::vector<std::string> questionIds; // in authoring order
};

enum class FeedbackMode {
    Immediate,   // right after each answer
    AfterSubmit, // only on the result page
};

} // namespace pelita::content
