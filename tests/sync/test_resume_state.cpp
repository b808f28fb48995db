// The resume-state document and its merge rule (resume_state.h), without a server.
#include <pelita/sync/resume_state.h>

#include <catch2/catch.hpp>

using namespace pelita::sync;

namespace {

ResumeState withLessons(std::map<std::string, std::int64_t> done, std::vector<ReadingPlace> places = {},
                        std::vector<QuizInProgress> quizzes = {}) {
    ResumeState s;
    s.completedLessons = std::move(done);
    for (auto& p : places) s.readingPlaces[p.lessonId] = p;
    s.quizzesInProgress = std::move(quizzes);
    return s;
}

} // namespace

TEST_CASE("a resume state survives its JSON form", "[sync][resume]") {
    const ResumeState s = withLessons({{"pengertian", 1000}}, {{"standar", 2.25, 3000}},
                                      {{"att-1", "kuis-1", "KIOS-A", 2000}});
    const auto back = parseResumeState(resumeStateJson(s));
    REQUIRE(back);
    CHECK(*back == s);
    CHECK(nlohmann::json::parse(resumeStateJson(s))["v"] == kResumeStateVersion);
}

TEST_CASE("documents this kiosk cannot merge are refused, naming why", "[sync][resume]") {
    CHECK(parseResumeState("not json").error() == "the document is not a JSON object");
    CHECK(parseResumeState("[1]").error() == "the document is not a JSON object");
    CHECK(parseResumeState("{}").error() == "v: is missing or not a number");
    CHECK(parseResumeState(R"({"v":2})").error() == "v: is 2; this Pelita reads version 1");
    CHECK(parseResumeState(R"({"v":1,"completedLessons":[]})").error() == "completedLessons: is not an object");
    CHECK(parseResumeState(R"({"v":1,"completedLessons":{"a":"yesterday"}})").error() ==
          "completedLessons.a: is not a time (Unix ms)");
    CHECK(parseResumeState(R"({"v":1,"readingPlaces":{"a":{"position":-1,"at":5}}})").error() ==
          "readingPlaces.a.position: is missing or not a place (a number from 0)");
    CHECK(parseResumeState(R"({"v":1,"readingPlaces":{"a":{"position":1}}})").error() == "readingPlaces.a.at: is missing");
    CHECK(parseResumeState(R"({"v":1,"quizzesInProgress":[{"attempt":"x","quiz":"q","startedAt":1}]})").error() ==
          "quizzesInProgress[0].kiosk: is missing or not text");
    // Missing parts are empty, and properties a newer Pelita might add are ignored.
    const auto bare = parseResumeState(R"({"v":1,"badges":["x"]})");
    REQUIRE(bare);
    CHECK(*bare == ResumeState{});
}

TEST_CASE("progress only moves forward and completed stays completed", "[sync][resume]") {
    const ResumeState local = withLessons({{"a", 500}, {"b", 900}}, {{"a", 3.5, 800}, {"b", 1.0, 950}});
    const ResumeState remote = withLessons({{"b", 700}, {"c", 1200}}, {{"a", 2.0, 700}, {"b", 4.0, 1300}, {"c", 0.5, 1250}});
    const ResumeMerge m = mergeResumeState(local, remote, "KIOS-A");

    CHECK(m.document.completedLessons == std::map<std::string, std::int64_t>{{"a", 500}, {"b", 700}, {"c", 1200}});
    // b's earlier time comes in; c is new; a is only ours.
    CHECK(m.lessonsToComplete == std::map<std::string, std::int64_t>{{"b", 700}, {"c", 1200}});
    // a: ours is newer and stays; b and c: the server's are newer.
    CHECK(m.document.readingPlaces.at("a").position == 3.5);
    CHECK(m.document.readingPlaces.at("b").position == 4.0);
    REQUIRE(m.placesToSave.size() == 2);
    CHECK(m.placesToSave[0].lessonId == "b");
    CHECK(m.placesToSave[1].lessonId == "c");
    CHECK(m.changesLocal());

    SECTION("merging the result again changes nothing on either side") {
        const ResumeMerge again = mergeResumeState(m.document, m.document, "KIOS-A");
        CHECK_FALSE(again.changesLocal());
        CHECK(again.document == m.document);
    }
    SECTION("a server behind us takes nothing away") {
        const ResumeMerge behind = mergeResumeState(m.document, ResumeState{}, "KIOS-A");
        CHECK_FALSE(behind.changesLocal());
        CHECK(behind.document == m.document);
    }
    SECTION("saves at the same moment: the place further on wins") {
        const ResumeMerge tie = mergeResumeState(withLessons({}, {{"x", 1.0, 100}}), withLessons({}, {{"x", 2.0, 100}}), "K");
        CHECK(tie.document.readingPlaces.at("x").position == 2.0);
        const ResumeMerge tie2 = mergeResumeState(withLessons({}, {{"x", 2.0, 100}}), withLessons({}, {{"x", 1.0, 100}}), "K");
        CHECK(tie2.placesToSave.empty());
    }
}

TEST_CASE("a quiz in progress belongs to the kiosk where it started", "[sync][resume]") {
    const QuizInProgress onA{"att-a", "kuis-1", "KIOS-A", 100};
    const QuizInProgress onB{"att-b", "kuis-2", "KIOS-B", 200};

    SECTION("another kiosk's attempt is kept, not taken over, and ours is added") {
        const ResumeMerge m = mergeResumeState(withLessons({}, {}, {onB}), withLessons({}, {}, {onA}), "KIOS-B");
        CHECK(m.document.quizzesInProgress == std::vector<QuizInProgress>{onA, onB});
        CHECK_FALSE(m.changesLocal()); // B's records never get A's attempt
    }
    SECTION("our attempt submitted since: it leaves the document; theirs stays") {
        const ResumeMerge m = mergeResumeState(ResumeState{}, withLessons({}, {}, {onA, onB}), "KIOS-A");
        CHECK(m.document.quizzesInProgress == std::vector<QuizInProgress>{onB});
    }
    SECTION("a kiosk that somehow holds another's attempt id does not claim it") {
        QuizInProgress copy = onA;
        copy.kioskId = "KIOS-B";
        const ResumeMerge m = mergeResumeState(withLessons({}, {}, {copy}), withLessons({}, {}, {onA}), "KIOS-B");
        CHECK(m.document.quizzesInProgress == std::vector<QuizInProgress>{onA});
    }
}

TEST_CASE("a submitted quiz is kept for good, and another kiosk's is taken in once", "[sync][resume]") {
    const QuizSubmitted passedOnA{"att-a", "kuis-1", "KIOS-A", 100, 900, 8, 0, 10, 0.8, true};
    const QuizSubmitted failedOnB{"att-b", "kuis-1", "KIOS-B", 50, 60, 3, 0, 10, 0.3, false};
    ResumeState onA, onB;
    onA.submittedQuizzes = {passedOnA};
    onB.submittedQuizzes = {failedOnB};

    SECTION("its JSON form keeps every field") {
        const auto back = parseResumeState(resumeStateJson(onA));
        REQUIRE(back);
        CHECK(*back == onA);
    }
    SECTION("B takes in A's pass; the document holds both; A's own records are not touched") {
        const ResumeMerge atB = mergeResumeState(onB, onA, "KIOS-B");
        CHECK(atB.document.submittedQuizzes == std::vector<QuizSubmitted>{passedOnA, failedOnB});
        CHECK(atB.attemptsToTakeIn == std::vector<QuizSubmitted>{passedOnA});
        CHECK(atB.changesLocal());
        const ResumeMerge atA = mergeResumeState(onA, atB.document, "KIOS-A");
        CHECK(atA.attemptsToTakeIn == std::vector<QuizSubmitted>{failedOnB});
        CHECK(atA.document == atB.document);
    }
    SECTION("once taken in, the same document changes nothing") {
        ResumeState both;
        both.submittedQuizzes = {passedOnA, failedOnB};
        const ResumeMerge again = mergeResumeState(both, both, "KIOS-B");
        CHECK(again.attemptsToTakeIn.empty());
        CHECK_FALSE(again.changesLocal());
        CHECK(again.document == both);
    }
    SECTION("an attempt the server says this kiosk took, missing here, stays in the document only") {
        const ResumeMerge m = mergeResumeState(ResumeState{}, onA, "KIOS-A");
        CHECK(m.document.submittedQuizzes == std::vector<QuizSubmitted>{passedOnA});
        CHECK(m.attemptsToTakeIn.empty());
    }
    SECTION("a document from before submitted quizzes has none; a malformed one is refused by field") {
        const auto old = parseResumeState(R"({"v":1,"completedLessons":{"a":5}})");
        REQUIRE(old);
        CHECK(old->submittedQuizzes.empty());
        CHECK(parseResumeState(R"({"v":1,"submittedQuizzes":{}})").error() == "submittedQuizzes: is not a list");
        CHECK(parseResumeState(R"({"v":1,"submittedQuizzes":[{"attempt":"x","quiz":"q","kiosk":"K","startedAt":1}]})")
                  .error() == "submittedQuizzes[0].submittedAt: is missing");
        CHECK(parseResumeState(R"({"v":1,"submittedQuizzes":[{"attempt":"x","quiz":"q","kiosk":"K","startedAt":1,)"
                               R"("submittedAt":2,"score":{"raw":1,"min":0,"max":2},"passed":true}]})")
                  .error() == "submittedQuizzes[0].score.scaled: is missing or not a number");
        CHECK(parseResumeState(R"({"v":1,"submittedQuizzes":[{"attempt":"x","quiz":"q","kiosk":"K","startedAt":1,)"
                               R"("submittedAt":2,"score":{"raw":1,"min":0,"max":2,"scaled":0.5},"passed":"yes"}]})")
                  .error() == "submittedQuizzes[0].passed: is missing or not true/false");
    }
}
