// Group commit (server/src/group_commit.h): writers that arrive while a group
// is being written go into the next group together, each gets its own
// outcome, and one writer's refusal costs the others nothing. Through HTTP on
// whichever backend the suite runs, concurrent POSTs with a conflict in them
// are each answered as if alone.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "group_commit.h"
#include "lrs_fixture.h"

using nlohmann::json;
using pelita::server::GroupCommit;

TEST_CASE("writers that arrive during a commit are written together in the next group", "[server][concurrency]") {
    std::mutex mutex;
    std::condition_variable changed;
    bool firstMayFinish = false;
    std::vector<std::vector<int>> groups;
    GroupCommit<int, int> commits([&](const std::vector<const int*>& group) {
        std::unique_lock lock(mutex);
        groups.emplace_back();
        for (const int* request : group) groups.back().push_back(*request);
        if (groups.size() == 1) changed.wait(lock, [&] { return firstMayFinish; }); // hold the first group open
        std::vector<int> outcomes;
        for (const int* request : group) outcomes.push_back(*request * 10);
        return outcomes;
    });

    int firstOutcome = 0;
    std::thread first([&] { firstOutcome = commits.write(1); });
    // Until the first group is being written (and held open)...
    while ([&] { std::lock_guard lock(mutex); return groups.empty(); }()) std::this_thread::yield();
    std::vector<int> later(3);
    std::vector<std::thread> writers;
    for (int i = 0; i < 3; ++i) writers.emplace_back([&, i] { later[i] = commits.write(2 + i); });
    // ...and the three others wait behind it.
    while (commits.waiting() < 3) std::this_thread::yield();
    {
        std::lock_guard lock(mutex);
        firstMayFinish = true;
    }
    changed.notify_all();
    first.join();
    for (auto& w : writers) w.join();

    CHECK(firstOutcome == 10);
    CHECK(later == std::vector<int>{20, 30, 40});
    REQUIRE(groups.size() == 2);
    CHECK(groups[0] == std::vector<int>{1});
    std::sort(groups[1].begin(), groups[1].end());
    CHECK(groups[1] == std::vector<int>{2, 3, 4}); // three writers, one transaction
}

TEST_CASE("concurrent POSTs are answered as if alone: a conflict in one refuses only that one",
          "[server][statements][concurrency]") {
    pelita::test::RunningLrs lrs;
    constexpr int kWriters = 8, kEach = 20;
    const auto idOf = [](int writer, int k) {
        char id[40];
        std::snprintf(id, sizeof id, "6a1f0000-0000-4000-8000-%06d%06d", writer, k);
        return std::string(id);
    };
    const std::string shared = "6a1f0000-0000-4000-8000-999999999999";
    const auto statement = [](const std::string& id, const std::string& verb) {
        return json{{"id", id},
                    {"actor", {{"mbox", "mailto:peserta@example.go.id"}}},
                    {"verb", {{"id", "http://adlnet.gov/expapi/verbs/" + verb}}},
                    {"object", {{"id", "https://pelita.example/course/k1"}}}};
    };
    std::vector<int> status(kWriters, 0);
    std::atomic<int> ready{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.emplace_back([&, w] {
            json batch = json::array();
            for (int k = 0; k < kEach; ++k) batch.push_back(statement(idOf(w, k), "experienced"));
            // Writers 0 and 1 both send `shared`, with different content: one must lose.
            if (w < 2) batch.push_back(statement(shared, w == 0 ? "passed" : "failed"));
            ++ready;
            while (ready < kWriters) std::this_thread::yield();
            auto res = lrs.post(batch);
            status[w] = res ? res->status : -1;
        });
    for (auto& t : writers) t.join();

    INFO("statuses: " << json(status).dump());
    CHECK(std::count(status.begin() + 2, status.end(), 200) == kWriters - 2);
    // Exactly one of the two rivals is stored, whole; the other is refused, whole.
    REQUIRE(((status[0] == 200 && status[1] == 409) || (status[0] == 409 && status[1] == 200)));
    const int loser = status[0] == 409 ? 0 : 1;
    for (int w = 0; w < kWriters; ++w)
        for (int k = 0; k < kEach; k += 7) {
            auto found = lrs.client().Get(("/xapi/statements?statementId=" + idOf(w, k)).c_str());
            REQUIRE(found);
            INFO("writer " << w << " statement " << k);
            CHECK(found->status == (w == loser ? 404 : 200));
        }
    auto winner = lrs.client().Get(("/xapi/statements?statementId=" + shared).c_str());
    REQUIRE(winner);
    REQUIRE(winner->status == 200);
    CHECK(json::parse(winner->body)["verb"]["id"] ==
          std::string("http://adlnet.gov/expapi/verbs/") + (loser == 0 ? "failed" : "passed"));
}
