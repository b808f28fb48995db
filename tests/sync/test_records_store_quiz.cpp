// Quiz attempts in the records store and the Recorder: the seed, elapsed time and
// position kept for resuming, responses of every type, the attempt limit.
#include "sample_course.h"

#include <pelita/content/quiz_attempt.h>
#include <pelita/content/quiz_response.h>
#include <pelita/sync/recorder.h>

#include <sqlite3.h>

#include <algorithm>

using namespace pelita;
using sync::AttemptProgress;
using sync::RecordsStore;

namespace {

constexpr const char* kHome = "https://pelita.sawahluntokota.go.id";

// A quiz with one question of each answered type, drawn 4 of 6 and shuffled, so
// that a resume showing "the same attempt" means something.
content::Quiz mixedQuiz() {
    using namespace content;
    Quiz q;
    q.id = "kuis-campuran";
    q.title.byLanguage = {{"id-ID", "Kuis campuran"}};
    q.passMark = 0.5;
    q.shuffleQuestions = true;
    q.shuffleOptions = true;
    q.maxAttempts = 2;
    q.timeLimitSeconds = 600;
    Question tf{"benar-salah", QuestionType::TrueFalse, "UU 25/2009 mengatur pelayanan publik.",
                {{"true", "Benar", true, ""}, {"false", "Salah", false, ""}}, "", "asas"};
    Question mr{"jamak", QuestionType::MultipleResponse, "Pilih asas pelayanan publik.",
                {{"a", "Kepastian hukum", true, ""}, {"b", "Keuntungan", false, ""}, {"c", "Akuntabilitas", true, ""}},
                "", "asas"};
    Question sa{"isian", QuestionType::ShortAnswer, "Nama kanal pengaduan nasional?", {}, "", "keluhan"};
    sa.answers = {{"SP4N-LAPOR*", 1}};
    Question num{"angka", QuestionType::Numerical, "Berapa hari kerja?", {}, "", ""};
    num.numbers = {NumericAnswer::around(3.5, 0)};
    Question match{"pasangan", QuestionType::Matching, "Pasangkan.", {}, "", ""};
    match.prompts = {{"p1", "Senyum", "t1"}, {"p2", "Sapa", "t2"}};
    match.targets = {{"t1", "ramah"}, {"t2", "menyapa"}};
    Question order{"urutan", QuestionType::Ordering, "Urutkan langkah.",
                   {{"a", "Dengarkan", true, ""}, {"b", "Minta maaf", true, ""}, {"c", "Catat", true, ""}}, "", ""};
    for (auto* question : {&tf, &mr, &sa, &num, &match, &order}) {
        question->poolId = "semua";
        q.questions.push_back(*question);
    }
    q.pools = {{"semua", 4, {"benar-salah", "jamak", "isian", "angka", "pasangan", "urutan"}}};
    return q;
}

const std::map<std::string, std::string> kEveryForm = {
    {"benar-salah", "true"},
    {"jamak", "a[,]c"},
    {"isian", "SP4N-LAPOR! (lapor.go.id)"},
    {"angka", "3,5"},
    {"pasangan", "p1[.]t1[,]p2[.]t2"},
    {"urutan", "a[,]b[,]c"},
};

std::unique_ptr<RecordsStore> reopen(const test::StoreFixture& f) {
    auto opened = RecordsStore::open(f.dir.path());
    if (!opened) FAIL(opened.error().message);
    return std::move(opened.value());
}

} // namespace

TEST_CASE("a new attempt stores its seed and course version", "[sync][store][quiz]") {
    test::StoreFixture f;
    auto a = f.store->startAttempt("6f1c1d0e-1111-4000-8000-000000000001", f.learner.nip, f.course.iri, "kuis-1", {},
                                   "1.2.0");
    CHECK(a.seed == content::attemptSeed(a.id));
    CHECK(a.seed != 0);
    CHECK(a.elapsedMs == 0);
    CHECK(a.currentQuestion == 0);
    auto stored = f.store->attempt(a.id);
    REQUIRE(stored);
    CHECK(stored->seed == a.seed);
    CHECK(stored->courseVersion == "1.2.0");
    // The seed is kept in its own column, not recomputed from the id.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((f.dir.path() / "records.db").string().c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT seed FROM quiz_attempts", -1, &s, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    CHECK(static_cast<std::uint64_t>(sqlite3_column_int64(s, 0)) == a.seed);
    sqlite3_finalize(s);
    sqlite3_close(db);
}

TEST_CASE("open attempts name the course versions the kiosk must keep", "[sync][store][quiz]") {
    test::StoreFixture f;
    auto old = f.store->startAttempt("6f1c1d0e-1111-4000-8000-000000000002", f.learner.nip, f.course.iri, "kuis-1",
                                     {}, "1.0.0");
    f.store->startAttempt("6f1c1d0e-1111-4000-8000-000000000003", f.learner.nip, f.course.iri, "kuis-2", {}, "1.1.0");
    using Versions = std::vector<std::pair<std::string, std::string>>;
    auto versions = f.store->openAttemptVersions();
    std::sort(versions.begin(), versions.end());
    CHECK(versions == Versions{{f.course.iri, "1.0.0"}, {f.course.iri, "1.1.0"}});
    f.store->submitAttempt(old.id, content::Score{}, {});
    CHECK(f.store->openAttemptVersions() == Versions{{f.course.iri, "1.1.0"}});
}

TEST_CASE("an attempt from before the seed column draws with the id's seed", "[sync][store][quiz]") {
    test::StoreFixture f;
    auto a = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    f.store.reset();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((f.dir.path() / "records.db").string().c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE quiz_attempts SET seed = NULL", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto store = reopen(f);
    auto stored = store->attempt(a.id);
    REQUIRE(stored);
    CHECK(stored->seed == content::attemptSeed(a.id));
    CHECK(stored->courseVersion.empty());
}

TEST_CASE("answers save elapsed time and position; time never goes back", "[sync][store][quiz]") {
    test::StoreFixture f;
    auto a = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    f.store->recordAnswer(a.id, "q1", "a", true, AttemptProgress{12'000, 1}, {});
    CHECK(f.store->attempt(a.id)->elapsedMs == 12'000);
    CHECK(f.store->attempt(a.id)->currentQuestion == 1);

    CHECK(f.store->saveProgress(a.id, {20'500, 0}));
    CHECK(f.store->attempt(a.id)->elapsedMs == 20'500);
    CHECK(f.store->attempt(a.id)->currentQuestion == 0);

    // A save that arrives late (an older sum) keeps the larger time, but moves position.
    CHECK(f.store->saveProgress(a.id, {5'000, 1}));
    CHECK(f.store->attempt(a.id)->elapsedMs == 20'500);
    CHECK(f.store->attempt(a.id)->currentQuestion == 1);
    // An answer without progress leaves both as they are.
    f.store->recordAnswer(a.id, "q2", "b", true, {});
    CHECK(f.store->attempt(a.id)->elapsedMs == 20'500);
    CHECK(f.store->attempt(a.id)->currentQuestion == 1);
}

TEST_CASE("progress of a submitted or unknown attempt is refused", "[sync][store][quiz]") {
    test::StoreFixture f;
    auto a = f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", {});
    f.store->submitAttempt(a.id, content::Score{1, 0, 2, 0.5, true}, {});
    CHECK_FALSE(f.store->saveProgress(a.id, {1'000, 1}));
    CHECK(f.store->attempt(a.id)->elapsedMs == 0);
    CHECK_FALSE(f.store->saveProgress("no-such-attempt", {1'000, 1}));
    CHECK_THROWS_AS(f.store->recordAnswer(a.id, "q1", "a", true, AttemptProgress{1'000, 0}, {}), std::runtime_error);
}

TEST_CASE("after reopening the store an attempt resumes with the same draw, time, position and answers",
          "[sync][store][quiz]") {
    test::StoreFixture f;
    const content::Quiz quiz = mixedQuiz();
    sync::QuizAttempt started;
    content::AttemptDraw before;
    {
        sync::Recorder rec(*f.store, kHome);
        auto allowed = rec.startIfAllowed(f.learner, f.course, quiz);
        REQUIRE(allowed);
        started = *allowed;
        before = content::drawAttempt(quiz, started.seed);
        REQUIRE(before.questions.size() == 4);
        started.elapsedMs = 42'000;
        started.currentQuestion = 2;
        for (const auto& drawn : before.questions)
            rec.answer(f.learner, f.course, quiz, started, *quiz.findQuestion(drawn.questionId),
                       kEveryForm.at(drawn.questionId));
        CHECK(f.store->saveProgress(started.id, {47'250, 3}));
    }
    f.store.reset(); // the power cut

    auto store = reopen(f);
    auto resumed = sync::Recorder(*store, kHome).startIfAllowed(f.learner, f.course, quiz);
    REQUIRE(resumed);
    CHECK(resumed->id == started.id);
    CHECK(resumed->seed == started.seed);
    CHECK(resumed->elapsedMs == 47'250);
    CHECK(resumed->currentQuestion == 3);
    CHECK(resumed->courseVersion == f.course.version);
    const content::AttemptDraw after = content::drawAttempt(quiz, resumed->seed);
    CHECK(after.questionIds() == before.questionIds());
    for (std::size_t i = 0; i < after.questions.size(); ++i) CHECK(after.questions[i].order == before.questions[i].order);
    REQUIRE(resumed->responses.size() == 4);
    for (const auto& [questionId, response] : resumed->responses) CHECK(response == kEveryForm.at(questionId));
    CHECK(content::remainingMs(quiz, resumed->elapsedMs) == 600'000 - 47'250);
}

TEST_CASE("submit scores only the drawn questions and reports the saved time as duration", "[sync][recorder][quiz]") {
    test::StoreFixture f;
    const content::Quiz quiz = mixedQuiz();
    sync::Recorder rec(*f.store, kHome);
    auto attempt = rec.startOrResumeAttempt(f.learner, f.course, quiz);
    const auto drawn = content::drawAttempt(quiz, attempt.seed).questionIds();
    attempt.elapsedMs = 83'000;
    // Right answers to the first two drawn questions; the other two left empty.
    rec.answer(f.learner, f.course, quiz, attempt, *quiz.findQuestion(drawn[0]), kEveryForm.at(drawn[0]));
    rec.answer(f.learner, f.course, quiz, attempt, *quiz.findQuestion(drawn[1]), kEveryForm.at(drawn[1]));
    auto score = rec.submit(f.learner, f.course, quiz, attempt.id);
    CHECK(score.max == 4); // four drawn of six
    CHECK(score.raw == Approx(2));
    CHECK(score.passed);
    auto items = f.store->pendingStatements(100);
    auto judged = nlohmann::json::parse(items.back().body);
    CHECK(judged.at("verb").at("id") == "http://adlnet.gov/expapi/verbs/passed");
    CHECK(judged.at("result").at("duration") == "PT83.00S");
}

TEST_CASE("attempts are limited, a pass ends the retakes, and a refusal writes nothing", "[sync][recorder][quiz]") {
    test::StoreFixture f;
    content::Quiz quiz = f.quiz();
    quiz.maxAttempts = 2;
    sync::Recorder rec(*f.store, kHome);
    auto allowance = [&] { return sync::attemptAllowance(quiz, f.store->submittedAttempts(f.learner.nip, f.course.iri)); };
    CHECK(allowance().remaining() == 2);

    auto first = rec.startIfAllowed(f.learner, f.course, quiz);
    REQUIRE(first);
    rec.answer(f.learner, f.course, quiz, *first, quiz.questions[0], "b"); // wrong
    CHECK_FALSE(rec.submit(f.learner, f.course, quiz, first->id).passed);
    CHECK(allowance().used == 1);
    CHECK(allowance().remaining() == 1);

    auto second = rec.startIfAllowed(f.learner, f.course, quiz); // the remedial retake
    REQUIRE(second);
    CHECK(second->id != first->id);
    CHECK(second->responses.empty());
    CHECK_FALSE(rec.submit(f.learner, f.course, quiz, second->id).passed);

    const auto queued = f.store->pendingCount();
    auto third = rec.startIfAllowed(f.learner, f.course, quiz);
    REQUIRE_FALSE(third);
    CHECK(third.error().used == 2);
    CHECK(third.error().maxAttempts == 2);
    CHECK_FALSE(third.error().passed);
    CHECK(f.store->pendingCount() == queued);
    CHECK_FALSE(f.store->openAttempt(f.learner.nip, f.course.iri, quiz.id));

    // Unlimited attempts, but a pass closes the quiz.
    quiz.maxAttempts = 0;
    auto fourth = rec.startIfAllowed(f.learner, f.course, quiz);
    REQUIRE(fourth);
    CHECK(allowance().remaining() == -1);
    rec.answer(f.learner, f.course, quiz, *fourth, quiz.questions[0], "a");
    rec.answer(f.learner, f.course, quiz, *fourth, quiz.questions[1], "b");
    CHECK(rec.submit(f.learner, f.course, quiz, fourth->id).passed);
    auto fifth = rec.startIfAllowed(f.learner, f.course, quiz);
    REQUIRE_FALSE(fifth);
    CHECK(fifth.error().passed);
    CHECK(fifth.error().remaining() == 0);
}

TEST_CASE("an allowance counts only its own quiz", "[sync][recorder][quiz]") {
    content::Quiz quiz;
    quiz.id = "a";
    quiz.maxAttempts = 1;
    sync::QuizAttempt other;
    other.quizId = "b";
    other.score = content::Score{1, 0, 1, 1, true};
    sync::QuizAttempt open; // not submitted: does not count
    open.quizId = "a";
    auto allowance = sync::attemptAllowance(quiz, {other, open});
    CHECK(allowance.used == 0);
    CHECK_FALSE(allowance.passed);
    CHECK(allowance.mayStart());
}
