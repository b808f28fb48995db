#include "sample_course.h"

#include <pelita/sync/recorder.h>

using namespace pelita;
using nlohmann::json;

namespace {

std::vector<json> outbox(sync::RecordsStore& store) {
    std::vector<json> out;
    for (const auto& item : store.pendingStatements(1000)) out.push_back(json::parse(item.body));
    return out;
}

std::string verbOf(const json& st) {
    std::string id = st.at("verb").at("id");
    return id.substr(id.rfind('/') + 1);
}

} // namespace

TEST_CASE("finishing a lesson records progress and one completed statement", "[sync][recorder]") {
    test::StoreFixture f;
    sync::Recorder rec(*f.store, "https://pelita.sawahluntokota.go.id");
    rec.completeLesson(f.learner, f.course, f.course.modules[0].lessons[0]);
    CHECK(f.store->completedLessons(f.learner.nip, f.course.iri) == std::vector<std::string>{"pengertian"});
    auto statements = outbox(*f.store);
    REQUIRE(statements.size() == 1);
    CHECK(verbOf(statements[0]) == "completed");
    CHECK(statements[0].at("actor").at("account").at("homePage") == "https://pelita.sawahluntokota.go.id");
}

TEST_CASE("a quiz attempt is resumed, not restarted", "[sync][recorder]") {
    test::StoreFixture f;
    sync::Recorder rec(*f.store, "https://pelita.sawahluntokota.go.id");
    auto first = rec.startOrResumeAttempt(f.learner, f.course, f.quiz());
    rec.answer(f.learner, f.course, f.quiz(), first, f.quiz().questions[0], "a");
    auto again = rec.startOrResumeAttempt(f.learner, f.course, f.quiz());
    CHECK(again.id == first.id);
    CHECK(again.responses.at("q1") == "a");

    auto statements = outbox(*f.store);
    REQUIRE(statements.size() == 2);
    CHECK(verbOf(statements[0]) == "attempted");
    CHECK(statements[0].at("context").at("registration") == first.id);
    CHECK(verbOf(statements[1]) == "answered");
    CHECK(statements[1].at("result").at("success") == true);
}

TEST_CASE("submitting scores the stored answers and queues completed + passed", "[sync][recorder]") {
    test::StoreFixture f;
    sync::Recorder rec(*f.store, "https://pelita.sawahluntokota.go.id");
    auto attempt = rec.startOrResumeAttempt(f.learner, f.course, f.quiz());
    rec.answer(f.learner, f.course, f.quiz(), attempt, f.quiz().questions[0], "a");  // right
    rec.answer(f.learner, f.course, f.quiz(), attempt, f.quiz().questions[1], "c");  // wrong
    auto score = rec.submit(f.learner, f.course, f.quiz(), attempt.id);
    CHECK(score.raw == 1);
    CHECK(score.max == 2);
    CHECK(score.passed); // pass mark 0.5

    auto statements = outbox(*f.store);
    REQUIRE(statements.size() == 5);
    CHECK(verbOf(statements[3]) == "completed");
    CHECK(verbOf(statements[4]) == "passed");
    CHECK(statements[4].at("result").at("score").at("raw") == 1.0);
    for (const auto& st : statements) CHECK(st.at("context").at("registration") == attempt.id);

    auto stored = f.store->attempt(attempt.id);
    REQUIRE(stored->score);
    CHECK(stored->score->scaled == Approx(0.5));
    CHECK_THROWS_AS(rec.submit(f.learner, f.course, f.quiz(), attempt.id), std::runtime_error);
    CHECK(f.store->pendingCount() == 5);
}

TEST_CASE("a quiz with no right answers queues failed", "[sync][recorder]") {
    test::StoreFixture f;
    sync::Recorder rec(*f.store, "https://pelita.sawahluntokota.go.id");
    auto attempt = rec.startOrResumeAttempt(f.learner, f.course, f.quiz());
    rec.answer(f.learner, f.course, f.quiz(), attempt, f.quiz().questions[0], "b");
    auto score = rec.submit(f.learner, f.course, f.quiz(), attempt.id);
    CHECK_FALSE(score.passed);
    CHECK(verbOf(outbox(*f.store).back()) == "failed");
    // The next start is a new attempt, with its own registration.
    auto next = rec.startOrResumeAttempt(f.learner, f.course, f.quiz());
    CHECK(next.id != attempt.id);
    CHECK(next.responses.empty());
}

TEST_CASE("submitting an unknown attempt is refused", "[sync][recorder]") {
    test::StoreFixture f;
    sync::Recorder rec(*f.store, "https://pelita.sawahluntokota.go.id");
    CHECK_THROWS_AS(rec.submit(f.learner, f.course, f.quiz(), "no-such-attempt"), std::runtime_error);
    CHECK(f.store->pendingCount() == 0);
}
