// Benchmark: pushing the outbox to the real pelita-server. Run by `ninja bench_sync`;
// not a ctest test (its figures are printed, not judged). Prints:
//  - 10 000 answered statements synced on loopback, median of 3 fresh runs, against
//    a baseline measured in the same run: the same batches POSTed uncompressed
//    straight from memory (no outbox, no gzip), i.e. what the server itself costs.
//    Two queues: an office's day (50 learners, each attempt answering the quiz's
//    questions once), and one attempt of 10 000 answers, the dashboard fold's worst
//    case: each batch re-totals the whole attempt (aggregate_fold.h), so the
//    server's time grows with the attempt, not with the batch;
//  - wire bytes against the raw JSON (goal <= 0.2x) and the time (goal < 5 s);
//  - a subset through the fault proxy at 64 kbit/s with 400 ms latency each way:
//    time per 100 statements and bytes per statement, both directions.
#include "sync_test_statements.h"

#include <support/fault_proxy.h>
#include <support/lrs_process.h>

#include <pelita/sync/curl_transport.h>
#include <pelita/sync/sync_pass.h>
#include <pelita/sync/sync_tuning.h>

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace pelita;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::size_t kLoopbackStatements = 10000;
constexpr std::size_t kSlowStatements = 500; // 5 batches: a few minutes at most on the slow link
constexpr int kRuns = 3;

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The server alone: the same statements in the same batches, uncompressed JSON.
double baselineSeconds(test::StoreFixture& kiosk) {
    test::LrsProcess server;
    httplib::Client http("127.0.0.1", server.port());
    const auto auth = sync::basicAuthHeader(server.key(), server.secret());
    const httplib::Headers headers{{auth.first, auth.second}, {"X-Experience-API-Version", "1.0.3"}};
    std::vector<std::string> bodies;
    auto all = kiosk.store->pendingStatements(kLoopbackStatements);
    for (std::size_t i = 0; i < all.size(); i += sync::tuning::kBatchSize) {
        std::string body = "[";
        for (std::size_t j = i; j < std::min(all.size(), i + sync::tuning::kBatchSize); ++j)
            body += (j > i ? "," : "") + all[j].body;
        bodies.push_back(body + "]");
    }
    const auto start = Clock::now();
    for (const auto& body : bodies) {
        auto r = http.Post("/xapi/statements", headers, body, "application/json");
        if (!r || r->status != 200) FAIL("baseline POST failed");
    }
    return seconds(Clock::now() - start);
}

// An office's day in the outbox: `n` answers by 50 learners, in attempts that
// answer the quiz's questions once each, learners taking turns.
void queueOfficeDay(test::StoreFixture& f, std::size_t n) {
    constexpr int kLearners = 50;
    std::vector<sync::Learner> learners;
    for (int i = 0; i < kLearners; ++i) {
        sync::Learner l = f.learner;
        char sequence[8];
        std::snprintf(sequence, sizeof sequence, "%03d", 101 + i);
        l.nip.replace(15, 3, sequence); // the NIP's last three digits: its sequence number
        l.name = "Peserta " + std::to_string(i + 1);
        REQUIRE(f.store->enrol(l));
        learners.push_back(l);
    }
    const auto& quiz = f.quiz();
    for (std::size_t done = 0, attempt = 0; done < n; ++attempt) {
        const auto& learner = learners[attempt % learners.size()];
        const auto actor = sync::xapi::actor(learner, "https://pelita.sawahluntokota.go.id");
        const std::string attemptId = sync::newUuid();
        std::vector<nlohmann::json> statements;
        for (std::size_t q = 0; q < quiz.questions.size() && done < n; ++q, ++done) {
            const auto& question = quiz.questions[q];
            const auto& option = question.options[(attempt + q) % question.options.size()];
            statements.push_back(
                sync::xapi::questionAnswered(actor, f.course, quiz, question, attemptId, option.id, option.correct));
        }
        f.store->startAttempt(attemptId, learner.nip, f.course.iri, quiz.id, statements);
    }
}

struct LoopbackFigures {
    double median = 0, baseline = 0;
    sync::SyncReport last;
};

template <class Queue> LoopbackFigures loopback(Queue queue) {
    std::vector<double> times, baselines;
    LoopbackFigures figures;
    for (int run = 0; run < kRuns; ++run) {
        test::StoreFixture kiosk;
        queue(kiosk);
        baselines.push_back(baselineSeconds(kiosk));
        test::LrsProcess server;
        test::pointAt(kiosk, server.url(), server.key(), server.secret());
        sync::CurlTransport transport;
        const auto start = Clock::now();
        figures.last = sync::runSyncPass(*kiosk.store, transport);
        times.push_back(seconds(Clock::now() - start));
        REQUIRE(figures.last.outcome == sync::SyncOutcome::Done);
        REQUIRE(figures.last.sent == kLoopbackStatements);
        REQUIRE(server.statementIds().size() == kLoopbackStatements);
    }
    figures.median = median(times);
    figures.baseline = median(baselines);
    return figures;
}

} // namespace

TEST_CASE("sync benchmark", "[.bench]") {
    const auto day = loopback([](test::StoreFixture& k) { queueOfficeDay(k, kLoopbackStatements); });
    const auto worst = loopback([](test::StoreFixture& k) { test::queueAnswers(k, kLoopbackStatements); });
    const auto& last = day.last;
    const double ratio = static_cast<double>(last.wireBytes) / static_cast<double>(last.rawBytes);
    std::printf("loopback, %zu statements in batches of %zu (median of %d; no bandwidth cap):\n", kLoopbackStatements,
                sync::tuning::kBatchSize, kRuns);
    std::printf("  an office's day (50 learners, one attempt per quiz taken):\n");
    std::printf("    pelita sync pass:        %.3f s   (goal < 5 s)\n", day.median);
    std::printf("    baseline, server alone:  %.3f s   (same batches, raw JSON from memory)\n", day.baseline);
    std::printf("  one attempt of %zu answers (the dashboard fold's worst case):\n", kLoopbackStatements);
    std::printf("    pelita sync pass:        %.3f s\n", worst.median);
    std::printf("    baseline, server alone:  %.3f s\n", worst.baseline);
    std::printf("  raw JSON:                  %zu bytes (%.0f per statement)\n", last.rawBytes,
                static_cast<double>(last.rawBytes) / kLoopbackStatements);
    std::printf("  on the wire (gzip bodies): %zu bytes (%.0f per statement)\n", last.wireBytes,
                static_cast<double>(last.wireBytes) / kLoopbackStatements);
    std::printf("  wire / raw:                %.3f   (goal <= 0.2; %.0f%% saved)\n", ratio, 100.0 * (1.0 - ratio));
    std::printf("  at the default cap of %zu KB/s the bodies alone would need %.1f s\n",
                sync::tuning::kDefaultMaxBytesPerSecond / 1024,
                static_cast<double>(last.wireBytes) / static_cast<double>(sync::tuning::kDefaultMaxBytesPerSecond));

    test::StoreFixture kiosk;
    test::queueAnswers(kiosk, kSlowStatements);
    test::LrsProcess server;
    test::FaultProxy proxy(server.port());
    proxy.throttle(64000 / 8, std::chrono::milliseconds(400));
    test::pointAt(kiosk, proxy.url(), server.key(), server.secret());
    sync::CurlTransport transport;
    const auto start = Clock::now();
    auto slow = sync::runSyncPass(*kiosk.store, transport);
    const double took = seconds(Clock::now() - start);
    REQUIRE(slow.outcome == sync::SyncOutcome::Done);
    const double perStatement = static_cast<double>(proxy.bytesUp() + proxy.bytesDown()) / kSlowStatements;
    std::printf("64 kbit/s, +400 ms each way, %zu statements (a subset, so it ends in minutes):\n", kSlowStatements);
    std::printf("  total:                     %.1f s\n", took);
    std::printf("  per 100 statements:        %.2f s\n", took * 100.0 / kSlowStatements);
    std::printf("  bytes per statement:       %.0f (%zu up, %zu down, headers included)\n", perStatement,
                proxy.bytesUp(), proxy.bytesDown());
}
