// bench_lrs: pelita-server's storage under load, SQLite and PostgreSQL in the
// same run, in-process over loopback HTTP (the real routes, validation and stores).
//  - ingest: statements/s for POSTs of 50 statements over 8 concurrent connections;
//  - query: GET statements?agent=... latency with many statements stored.
// Prints medians of repeated runs. Not a pass/fail test.
// Environment: PELITA_BENCH_STORED (statements loaded for the query part, default 200000).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "credentials.h"
#include "lrs_server.h"
#include "support/postgres_server.h"
#include "support/temp_dir.h"

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kConnections = 8;
constexpr int kBatch = 50;
constexpr int kBatchesPerConnection = 20;
constexpr int kAgents = 1000;

std::atomic<long> nextId{0};

json statement(long n) {
    char id[37];
    std::snprintf(id, sizeof id, "%08lx-0000-4000-8000-%012ld", n >> 20, n);
    return {{"id", id},
            {"actor", {{"objectType", "Agent"}, {"account", {{"homePage", "https://pelita.example.go.id"},
                                                            {"name", std::to_string(198500000000000000L + n % kAgents)}}}}},
            {"verb", {{"id", "http://adlnet.gov/expapi/verbs/answered"}}},
            {"object", {{"id", "https://pelita.example.go.id/course/etika/q" + std::to_string(n % 40)}}},
            {"result", {{"score", {{"scaled", 0.5}}}, {"success", true}}}};
}

std::string batchBody() {
    json batch = json::array();
    for (int i = 0; i < kBatch; ++i) batch.push_back(statement(nextId++));
    return batch.dump();
}

struct Target {
    std::unique_ptr<pelita::server::LrsServer> server;
    int port = 0;
    pelita::server::NewCredential credential;
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", port);
        c.set_basic_auth(credential.key.c_str(), credential.secret.c_str());
        c.set_default_headers({{"X-Experience-API-Version", "1.0.3"}});
        c.set_read_timeout(120, 0);
        return c;
    }
};

Target start(const std::string& location) {
    Target t;
    auto opened = pelita::server::LrsServer::open(location);
    if (!opened) throw std::runtime_error(opened.error());
    t.server = std::move(opened).value();
    t.port = *t.server->bind("127.0.0.1", 0);
    t.credential = *t.server->credentials().create("bench", pelita::server::Role::Admin);
    t.server->runInBackground();
    return t;
}

// One round: every connection posts its batches; returns statements per second.
double ingestRound(const Target& t, int batchesPerConnection) {
    std::vector<std::string> bodies;
    for (int i = 0; i < kConnections * batchesPerConnection; ++i) bodies.push_back(batchBody());
    std::atomic<int> failures{0};
    const auto begin = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < kConnections; ++c)
        threads.emplace_back([&, c] {
            auto client = t.client();
            for (int b = 0; b < batchesPerConnection; ++b) {
                auto res = client.Post("/xapi/statements", bodies[static_cast<size_t>(c * batchesPerConnection + b)],
                                       "application/json");
                if (!res || res->status != 200) ++failures;
            }
        });
    for (auto& th : threads) th.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - begin).count();
    if (failures) std::cerr << "  " << failures << " batches failed\n";
    return kConnections * batchesPerConnection * kBatch / seconds;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void bench(const std::string& name, const std::string& location, long stored) {
    auto t = start(location);
    std::vector<double> rates;
    for (int round = 0; round < 5; ++round) rates.push_back(ingestRound(t, kBatchesPerConnection));
    std::printf("%-10s ingest: %8.0f statements/s (median of 5 rounds, %d x %d batches of %d over %d connections)\n",
                name.c_str(), median(rates), kConnections, kBatchesPerConnection, kBatch, kConnections);
    const auto loadBegin = Clock::now();
    while (nextId < stored) ingestRound(t, 25);
    const double loadSeconds = std::chrono::duration<double>(Clock::now() - loadBegin).count();
    std::vector<double> latencies;
    auto client = t.client();
    for (int i = 0; i < 41; ++i) {
        const std::string agent = json{{"account", {{"homePage", "https://pelita.example.go.id"},
                                                    {"name", std::to_string(198500000000000000L + (i * 37) % kAgents)}}}}
                                      .dump();
        const auto begin = Clock::now();
        auto res = client.Get(("/xapi/statements?limit=100&agent=" + httplib::detail::encode_query_param(agent)).c_str());
        latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
        if (!res || res->status != 200) std::cerr << "  query failed\n";
    }
    std::printf("%-10s query:  %8.2f ms median for GET statements?agent=... (limit 100) over %ld stored "
                "(%d agents; loaded in %.0f s)\n",
                name.c_str(), median(latencies), nextId.load(), kAgents, loadSeconds);
}

} // namespace

int main() {
    const char* storedText = std::getenv("PELITA_BENCH_STORED");
    const long stored = storedText ? std::atol(storedText) : 200000;
    try {
        pelita::test::TempDir dir;
        nextId = 0;
        bench("SQLite", dir.path().string(), stored);
        pelita::test::PostgresServer postgres;
        nextId = 0;
        bench("PostgreSQL", postgres.createDatabase("bench"), stored);
    } catch (const std::exception& e) {
        std::cerr << "bench_lrs: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
