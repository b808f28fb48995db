#include "lrs_agent_query.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "analytics/analytics_feed.h"
#include "credentials.h"
#include "lrs_load.h"
#include "lrs_server.h"
#include "pg_connection.h"
#include "statement_ingest.h"
#include "storage.h"

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace pelita::bench {

namespace {

constexpr long kBusyLearners = 1000;
constexpr long kOccasionalEvery = 200; // every 200th statement is an occasional learner's
constexpr long kOccasionalLearners = 1000;
constexpr long kLoadBatch = 500;       // statements per storeAll() transaction
constexpr int kLoadThreads = 2;        // one prepares while the other stores
constexpr int kQueries = 51;           // per kind of learner
constexpr int kPageLimit = 100;

long learnerOf(long n) {
    if (n % kOccasionalEvery == kOccasionalEvery - 1)
        return kBusyLearners + (n / kOccasionalEvery) % kOccasionalLearners;
    return n % kBusyLearners;
}

// Statements learnerOf() gives `learner` among the first `count`.
long storedFor(long learner, long count) {
    long stored = 0;
    if (learner >= kBusyLearners) {
        for (long k = 0; k * kOccasionalEvery + kOccasionalEvery - 1 < count; ++k)
            if (kBusyLearners + k % kOccasionalLearners == learner) ++stored;
    } else {
        for (long n = learner; n < count; n += kBusyLearners)
            if (learnerOf(n) == learner) ++stored;
    }
    return stored;
}

double secondsSince(Clock::time_point begin) { return std::chrono::duration<double>(Clock::now() - begin).count(); }

// Fills the storage through storeAll(); returns the seconds it took, and the
// seconds the dashboard then needed to fold it (SQLite only, else 0).
std::pair<double, double> load(const std::string& location, long count) {
    auto storage = server::openStorage(location);
    if (!storage) throw std::runtime_error(storage.error());
    const json authority = {{"objectType", "Agent"},
                            {"account", {{"homePage", "http://localhost/"}, {"name", "bench-loader"}}}};
    std::atomic<long> nextBatch{0};
    std::atomic<bool> failed{false};
    std::string failure;
    const auto begin = Clock::now();
    std::vector<std::thread> loaders;
    for (int t = 0; t < kLoadThreads; ++t)
        loaders.emplace_back([&] {
            for (long first; !failed && (first = nextBatch++ * kLoadBatch) < count;) {
                json batch = json::array();
                for (long n = first; n < std::min(first + kLoadBatch, count); ++n)
                    batch.push_back(statement(n, learnerOf(n)));
                auto prepared = server::prepareStatements(batch, false, authority);
                if (!prepared) {
                    if (!failed.exchange(true)) failure = prepared.error();
                    return;
                }
                auto stored = storage->statements->storeAll(*prepared, {});
                if (!stored && !failed.exchange(true)) failure = stored.error().message;
            }
        });
    for (auto& t : loaders) t.join();
    if (failed) throw std::runtime_error("loading failed: " + failure);
    const double loadSeconds = secondsSince(begin);
    const auto foldBegin = Clock::now();
    if (storage->dashboardFeed && !storage->dashboardFeed->drain())
        throw std::runtime_error("the dashboard could not fold the loaded statements");
    return {loadSeconds, storage->dashboardFeed ? secondsSince(foldBegin) : 0.0};
}

struct Latencies {
    std::vector<double> ms;
    long wrongPages = 0; // answers that were not a 200 with the statements expected
};

void query(httplib::Client& client, long learner, long expected, Latencies& into) {
    const auto target = "/xapi/statements?limit=" + std::to_string(kPageLimit) +
                        "&agent=" + httplib::detail::encode_query_param(learnerAgent(learner));
    const auto begin = Clock::now();
    auto res = client.Get(target.c_str());
    into.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
    const auto body = res && res->status == 200 ? json::parse(res->body, nullptr, false) : json();
    if (!body.is_object() || !body.contains("statements") ||
        body["statements"].size() != static_cast<std::size_t>(std::min<long>(expected, kPageLimit)))
        ++into.wrongPages;
}

void print(const std::string& name, const char* who, long stored, const Latencies& l) {
    std::printf("%-22s agent query, %s (%ld stored): median %7.2f ms, p95 %7.2f ms (%d queries%s)\n", name.c_str(),
                who, stored, median(l.ms), percentile(l.ms, 0.95), kQueries,
                l.wrongPages ? (", " + std::to_string(l.wrongPages) + " WRONG ANSWERS").c_str() : "");
}

} // namespace

void benchAgentQueries(const std::string& name, const std::string& location, long count) {
    const auto [loadSeconds, foldSeconds] = load(location, count);
    std::printf("%-16s loaded %ld statements in %.0f s (%.0f/s; storeAll, batches of %ld on %d threads)", name.c_str(),
                count, loadSeconds, static_cast<double>(count) / loadSeconds, kLoadBatch, kLoadThreads);
    if (foldSeconds > 0) std::printf(", then the dashboard folded them in %.0f s", foldSeconds);
    std::printf("\n");

    auto opened = server::LrsServer::open(location);
    if (!opened) throw std::runtime_error(opened.error());
    auto lrs = std::move(opened).value();
    const auto port = lrs->bind("127.0.0.1", 0);
    if (!port) throw std::runtime_error(port.error());
    const auto credential = lrs->credentials().create("bench-reader", server::Role::Reader);
    if (!credential) throw std::runtime_error(credential.error());
    lrs->runInBackground();
    httplib::Client client("127.0.0.1", *port);
    client.set_basic_auth(credential->key.c_str(), credential->secret.c_str());
    client.set_default_headers({{"X-Experience-API-Version", "1.0.3"}});
    client.set_read_timeout(120, 0);
    client.set_keep_alive(true);

    const auto measure = [&](const std::string& label) {
        // Alternating, so both kinds see the same machine load.
        Latencies busy, occasional;
        const long busyLearner = 10, occasionalLearner = kBusyLearners + 10;
        const long busyStored = storedFor(busyLearner, count), occasionalStored = storedFor(occasionalLearner, count);
        for (int i = 0; i < kQueries; ++i) {
            query(client, (busyLearner + 10 * i) % kBusyLearners,
                  storedFor((busyLearner + 10 * i) % kBusyLearners, count), busy);
            query(client, occasionalLearner + i, storedFor(occasionalLearner + i, count), occasional);
        }
        print(label, "busy learner", busyStored, busy);
        print(label, "occasional learner", occasionalStored, occasional);
    };
    if (!server::isPostgresLocation(location)) return measure(name);
    // PostgreSQL plans from statistics that autovacuum gathers within a minute or
    // so of a bulk load (autovacuum_naptime); until then the planner guesses. Both
    // moments are measured: straight after the load, and after ANALYZE.
    measure(name + ", fresh");
    server::PgConnection(location).script("ANALYZE"); // what autovacuum does soon after a bulk load
    measure(name + ", analyzed");
}

} // namespace pelita::bench
