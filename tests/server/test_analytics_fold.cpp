// Folding: retries are not counted twice, voiding takes a statement back
// (whichever arrives first), and the live path through the LRS store gives
// the same figures as `analytics rebuild`.
#include <catch2/catch.hpp>

#include <sodium.h>

#include "analytics/analytics_feed.h"
#include "analytics/dashboard_store.h"
#include "statement_ingest.h"
#include "storage.h"
#include "support/temp_dir.h"
#include "test_analytics_statements.h"

using namespace pelita::server;
using namespace pelita::server::analytics;
using namespace pelita::test::analytics;
using pelita::test::TempDir;

namespace {

std::unique_ptr<DashboardStore> openStore(const TempDir& dir) {
    writeRoster(dir.path().string());
    auto opened = DashboardStore::open(dir.path());
    REQUIRE(opened);
    return std::move(opened).value();
}

int passedCount(DashboardStore& store) {
    auto courses = store.courses();
    REQUIRE(courses);
    return courses->at(0).passed;
}

double unknownOpdJp(DashboardStore& store) {
    auto jp = store.jpCompliance(2026);
    REQUIRE(jp);
    return jp->opds.back().opd == kUnknownOpd ? jp->opds.back().people.at(0).jp : -1;
}

} // namespace

TEST_CASE("a statement folded twice counts once", "[server][analytics]") {
    TempDir dir;
    auto store = openStore(dir);
    const auto statements = fixtureStatements();
    auto first = store->fold(statements);
    REQUIRE(first);
    CHECK(*first == static_cast<int>(statements.size()));
    auto again = store->fold(statements);
    REQUIRE(again);
    CHECK(*again == 0);
    auto items = store->itemAnalysis(kC);
    REQUIRE(items);
    CHECK(items->at(0).answers == 5);
    CHECK(passedCount(*store) == 3);
}

TEST_CASE("voiding takes a statement back, before or after it arrives", "[server][analytics]") {
    TempDir dir;
    auto store = openStore(dir);
    auto statements = fixtureStatements();
    SECTION("voided after it was folded") {
        REQUIRE(store->fold(statements));
        CHECK(unknownOpdJp(*store) == Approx(8));
        REQUIRE(store->fold({voiding("00000000-0000-4000-8000-00000000aaaa", kXPassId)}));
    }
    SECTION("the voiding statement arrives first") {
        REQUIRE(store->fold({voiding("00000000-0000-4000-8000-00000000aaaa", kXPassId)}));
        REQUIRE(store->fold(statements));
    }
    CHECK(passedCount(*store) == 2);
    CHECK(unknownOpdJp(*store) == Approx(0));
    auto x = store->learner(kX);
    REQUIRE(x);
    CHECK((*x)->siasn.empty());
}

TEST_CASE("voiding an answer takes back its counts and its share of the discrimination", "[server][analytics]") {
    TempDir dir;
    auto store = openStore(dir);
    auto statements = fixtureStatements();
    REQUIRE(store->fold(statements));
    auto before = store->itemAnalysis(kC);
    REQUIRE(before);
    // Void B's first attempt's wrong q2 answer, then store it again under a new id: back where we were.
    std::string target;
    for (const auto& s : statements)
        if (s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered" && s["object"]["id"] == kQuiz + "/question/q2" &&
            s["result"]["response"] == "a" && s["actor"]["account"]["name"] == kB)
            target = s["id"];
    REQUIRE_FALSE(target.empty());
    REQUIRE(store->fold({voiding("00000000-0000-4000-8000-00000000bbbb", target)}));
    auto voided = store->itemAnalysis(kC);
    REQUIRE(voided);
    for (const auto& q : *voided)
        if (q.question == kQuiz + "/question/q2") CHECK(q.answers == 4);
    CHECK(voided->at(0).discrimination != before->at(0).discrimination);
}

TEST_CASE("statements stored through the LRS are folded, and a rebuild gives the same figures", "[server][analytics]") {
    REQUIRE(sodium_init() >= 0);
    TempDir dir;
    writeRoster(dir.path().string());
    auto storage = openStorage(dir.path().string());
    REQUIRE(storage);
    REQUIRE(storage->dashboard);
    const nlohmann::json authority = {{"objectType", "Agent"}, {"name", "Kios"},
                                      {"account", {{"homePage", "https://pelita.example/"}, {"name", "k1"}}}};
    auto statements = fixtureStatements();
    statements.push_back(voiding("00000000-0000-4000-8000-00000000aaaa", kXPassId));
    for (std::size_t i = 0; i < statements.size(); i += 7) {
        nlohmann::json batch = nlohmann::json::array();
        for (std::size_t j = i; j < std::min(i + 7, statements.size()); ++j) batch.push_back(statements[j]);
        auto prepared = prepareStatements(batch, false, authority);
        REQUIRE(prepared);
        REQUIRE(storage->statements->storeAll(*prepared, {}));
    }
    storage->dashboardFeed->drain();
    auto& store = *storage->dashboard;
    auto incremental = store.itemAnalysis();
    auto incrementalJp = store.jpCompliance(2026);
    auto incrementalCourses = store.courses();
    auto incrementalNeeds = store.trainingNeeds(GroupBy::Position);
    REQUIRE(incremental);
    REQUIRE(incrementalJp);
    CHECK(passedCount(store) == 2);

    auto rebuilt = store.rebuild(5);
    REQUIRE(rebuilt);
    CHECK(*rebuilt == static_cast<std::int64_t>(statements.size()));
    auto items = store.itemAnalysis();
    auto jp = store.jpCompliance(2026);
    auto courses = store.courses();
    auto needs = store.trainingNeeds(GroupBy::Position);
    REQUIRE(items);
    REQUIRE(items->size() == incremental->size());
    for (std::size_t i = 0; i < items->size(); ++i) {
        CHECK(items->at(i).question == incremental->at(i).question);
        CHECK(items->at(i).answers == incremental->at(i).answers);
        CHECK(items->at(i).discrimination == incremental->at(i).discrimination);
    }
    REQUIRE(jp->opds.size() == incrementalJp->opds.size());
    for (std::size_t i = 0; i < jp->opds.size(); ++i) {
        CHECK(jp->opds[i].opd == incrementalJp->opds[i].opd);
        CHECK(jp->opds[i].reached == incrementalJp->opds[i].reached);
        for (std::size_t p = 0; p < jp->opds[i].people.size(); ++p)
            CHECK(jp->opds[i].people[p].jp == incrementalJp->opds[i].people[p].jp);
    }
    REQUIRE(courses->size() == incrementalCourses->size());
    for (std::size_t i = 0; i < courses->size(); ++i) {
        CHECK(courses->at(i).passed == incrementalCourses->at(i).passed);
        CHECK(courses->at(i).averageScore == incrementalCourses->at(i).averageScore);
        CHECK(courses->at(i).medianDaysToComplete == incrementalCourses->at(i).medianDaysToComplete);
    }
    REQUIRE(needs->size() == incrementalNeeds->size());
    for (std::size_t i = 0; i < needs->size(); ++i) CHECK(needs->at(i).correct == incrementalNeeds->at(i).correct);
}
