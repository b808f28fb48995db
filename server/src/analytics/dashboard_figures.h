#pragma once
// The dashboard's figures as plain values, ready to render as tables and bar
// charts. Shares are 0..1, scores are scaled 0..1 (xAPI result.score.scaled),
// JP are hours. Titles are language maps (tag -> text) as the statements gave
// them; pickText() chooses one. docs/admin-guide.md ("Dashboard figures") says
// which verbs and extensions each figure reads.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pelita::server::analytics {

using Text = std::map<std::string, std::string>;

// `language` if present, else its base ("id" for "id-ID") or any variant of it, else the first.
std::string pickText(const Text& text, const std::string& language);

inline constexpr double kJpTarget = 20;           // JP each ASN must reach a year
inline constexpr const char* kUnknownOpd = "";   // group of learners not on the roster

struct PersonJp {
    std::string nip, name, position;
    double jp = 0;
    bool reached = false; // jp >= kJpTarget
};

struct OpdCompliance {
    std::string opd;       // kUnknownOpd for learners known only from statements
    int learners = 0;
    int reached = 0;
    double share = 0;      // reached / learners
    std::vector<PersonJp> people; // lowest JP first
};

struct JpCompliance {
    int year = 0;
    int learners = 0, reached = 0;
    double share = 0;
    std::vector<OpdCompliance> opds; // lowest share first; the unknown OPD last
};

struct CourseFigures {
    std::string course;
    Text title;
    int enrolled = 0;       // learners with any statement in the course
    int completed = 0;      // ... with completed or passed on the course itself
    int passed = 0;         // ... with passed on the course itself
    int failed = 0;         // ... with a failed attempt and no pass
    std::optional<double> averageScore;         // mean of each learner's best judged score
    std::optional<double> medianDaysToComplete; // first statement -> completion
    int remedialAttempts = 0; // attempts after a learner's first failed one
};

struct QuestionFigures {
    std::string question, quiz, course;
    Text text;               // the interaction's description (its stem), else its name
    std::string interactionType;
    int answers = 0;
    double shareCorrect = 0;
    // Point-biserial correlation between being right on this question and the
    // attempt's total score; absent when it cannot be computed (fewer than two
    // attempts, or everyone scored alike).
    std::optional<double> discrimination;
    std::string mostChosenWrong; // the response as xAPI encodes it, e.g. "b" or "a[,]c"
    int mostChosenWrongCount = 0;
    bool tooEasy = false;        // shareCorrect > 0.9
    bool tooHard = false;        // shareCorrect < 0.2
    bool negativeDiscrimination = false;
};

enum class GroupBy { Opd, Position };

struct TopicMastery {
    std::string group;   // the OPD or position; kUnknownOpd when not on the roster
    std::string topic;   // module IRI (else the quiz, else the course)
    Text title;
    std::string course;
    int answers = 0, correct = 0;
    double mastery = 0;  // correct / answers
};

struct LikertItem {
    std::string question;
    Text text;
    struct Option {
        std::string id;
        Text label;
        int position = 0; // 1-based place on the scale; 0 when unknown
        int answers = 0;
    };
    std::vector<Option> distribution; // in scale order
    int answers = 0;
    std::optional<double> mean;       // over answers with a known position
};

struct EvaluationComment {
    std::string question;
    Text questionText;
    std::string at;
    std::string text;
};

struct CourseEvaluation {
    std::string course;
    Text title;
    std::vector<LikertItem> items;
    std::vector<EvaluationComment> comments; // newest first, at most kMaxComments
};

inline constexpr int kMaxComments = 200;

struct LearnerCourse {
    std::string course;
    Text title;
    std::string firstAt, lastAt, completedAt, passedAt; // timestamps as sent; empty when not
    std::string status; // "passed", "failed", "completed" or "in progress"
    std::optional<double> bestScore;
    double jp = 0;      // counted in the year of passedAt
    std::string certificate;
    int attempts = 0;
};

// SIASN "riwayat kursus" fields, one row per passed course. Dates dd-mm-yyyy.
struct SiasnCourseRow {
    std::string nip, namaKursus, nomorSertipikat, institusiPenyelenggara;
    double jumlahJam = 0;
    int tahunKursus = 0;
    std::string tanggalKursus, tanggalSelesaiKursus;
};

struct LearnerRecord {
    std::string nip, name, opd, position; // opd/position empty when not on the roster
    bool onRoster = false;
    std::vector<LearnerCourse> courses;   // newest activity first
    std::map<int, double> jpByYear;
    std::vector<SiasnCourseRow> siasn;
};

} // namespace pelita::server::analytics
