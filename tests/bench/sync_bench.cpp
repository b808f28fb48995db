// Benchmark: pushing the outbox to the real pelita-server. Run by `ninja bench_sync`;
// not a ctest test (its figures are printed, not judged). Prints:
//  - 10 000 answered statements synced on loopback, median of 3 fresh runs, against
//    a baseline measured in the same run: the same batches POSTed uncompressed
//    straight from memory (no outbox, no gzip), i.e. what the server itself costs;
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

} // namespace

TEST_CASE("sync benchmark", "[.bench]") {
    std::vector<double> times, baselines;
    sync::SyncReport last;
    for (int run = 0; run < kRuns; ++run) {
        test::StoreFixture kiosk;
        test::queueAnswers(kiosk, kLoopbackStatements);
        baselines.push_back(baselineSeconds(kiosk));
        test::LrsProcess server;
        test::pointAt(kiosk, server.url(), server.key(), server.secret());
        sync::CurlTransport transport;
        const auto start = Clock::now();
        last = sync::runSyncPass(*kiosk.store, transport);
        times.push_back(seconds(Clock::now() - start));
        REQUIRE(last.outcome == sync::SyncOutcome::Done);
        REQUIRE(last.sent == kLoopbackStatements);
        REQUIRE(server.statementIds().size() == kLoopbackStatements);
    }
    const double ratio = static_cast<double>(last.wireBytes) / static_cast<double>(last.rawBytes);
    std::printf("loopback, %zu statements in batches of %zu (median of %d; no bandwidth cap):\n", kLoopbackStatements,
                sync::tuning::kBatchSize, kRuns);
    std::printf("  pelita sync pass:          %.3f s   (goal < 5 s)\n", median(times));
    std::printf("  baseline, server alone:    %.3f s   (same batches, raw JSON from memory)\n", median(baselines));
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
