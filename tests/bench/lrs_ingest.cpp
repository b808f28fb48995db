// bench_lrs: pelita-server's storage under load, SQLite and PostgreSQL, and its
// peer LRS (xapi-statements from npm, peer_lrs.h), all in the same run.
//  - ingest: statements/s for POSTs of 50 statements over 8 concurrent
//    connections (lrs_load.h), rounds interleaved across the three LRSs so that
//    each sees the same machine load; medians, and the ratio SQLite / peer;
//  - query: GET statements?agent=... latency with many statements stored
//    (lrs_agent_query.h), SQLite and PostgreSQL.
// Not a pass/fail test. Environment:
//   PELITA_BENCH_STORED   statements loaded for the query part (default 200000)
//   PELITA_BENCH_PEER_DIR where install.sh put the peer (default: the build tree's)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "credentials.h"
#include "lrs_agent_query.h"
#include "lrs_load.h"
#include "lrs_server.h"
#include "peer_lrs.h"
#include "support/postgres_server.h"
#include "support/temp_dir.h"

using namespace pelita::bench;

namespace {

constexpr int kRounds = 5;
constexpr int kBatchesPerRound = kConnections * 20; // 8 000 statements a round
constexpr int kReadBackSample = 25;

struct Measured {
    LrsEndpoint endpoint;
    pelita::server::LrsServer* pelita = nullptr; // none for the peer
    std::vector<double> rates;
    std::vector<double> foldSeconds; // after each round, until the dashboard had folded it
    int failedBatches = 0;
    std::string firstFailure;
};

// pelita-server in-process on `location`, with an admin credential.
std::unique_ptr<pelita::server::LrsServer> startPelita(const std::string& name, const std::string& location,
                                                       Measured& into) {
    auto opened = pelita::server::LrsServer::open(location);
    if (!opened) throw std::runtime_error(opened.error());
    auto lrs = std::move(opened).value();
    const auto port = lrs->bind("127.0.0.1", 0);
    if (!port) throw std::runtime_error(port.error());
    const auto credential = lrs->credentials().create("bench", pelita::server::Role::Admin);
    if (!credential) throw std::runtime_error(credential.error());
    lrs->runInBackground();
    into.endpoint = {name, *port, "/xapi/statements", credential->key, credential->secret};
    into.pelita = lrs.get();
    return lrs;
}

std::string loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    if (!(in >> one >> five >> fifteen)) return "unknown";
    return one + " " + five + " " + fifteen;
}

// Every LRS gets the same request bodies each round. Prints the medians, and
// SQLite's over the peer's unless the peer did not run or lost or refused statements.
void benchIngest(const std::string& sqliteDir, const std::string& postgresUri, const std::string& peerDir) {
    // The peer first: it is forked, best done before our servers start threads.
    std::unique_ptr<PeerLrs> peer;
    std::string peerMissing;
    if (auto why = PeerLrs::unavailable(peerDir)) {
        peerMissing = *why;
    } else {
        try {
            peer = std::make_unique<PeerLrs>(peerDir);
        } catch (const std::exception& e) {
            peerMissing = e.what();
        }
    }
    std::vector<Measured> lrss(2);
    auto sqlite = startPelita("SQLite", sqliteDir, lrss[0]);
    auto postgres = startPelita("PostgreSQL", postgresUri, lrss[1]);
    if (peer) lrss.push_back({{"xapi-statements", peer->port(), "/xAPI/statements", "bench", "bench"}, nullptr, {}, {}, 0, {}});
    std::printf("ingest: %d rounds of %d POSTs x %d statements over %d connections, the same bodies to each LRS\n",
                kRounds, kBatchesPerRound, kBatch, kConnections);
    if (peer) std::printf("peer: %s, in memory (MODELS_REPO=memory)\n", peer->description().c_str());
    else std::printf("peer: NOT RUN: %s\n", peerMissing.c_str());

    std::vector<std::string> sentIds;
    for (int round = 0; round < kRounds; ++round) {
        const long first = static_cast<long>(round) * kBatchesPerRound * kBatch;
        const auto bodies = ingestBodies(first, kBatchesPerRound);
        for (int s = 0; s < kReadBackSample / kRounds; ++s)
            sentIds.push_back(statementId(first + (s * 7919L) % (kBatchesPerRound * kBatch)));
        std::printf("  round %d:", round + 1);
        for (auto& m : lrss) {
            const auto r = ingestRound(m.endpoint, bodies);
            m.rates.push_back(r.statementsPerSecond);
            // pelita-server's dashboard folds the round on its own thread. It
            // finishes before the next LRS's round starts, so that no LRS is
            // measured beside another's leftover work; the time it took is shown.
            if (m.pelita) {
                const auto begin = std::chrono::steady_clock::now();
                if (!m.pelita->drainDashboard()) throw std::runtime_error(m.endpoint.name + ": the dashboard fold failed");
                m.foldSeconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count());
            }
            if (r.failedBatches && m.firstFailure.empty()) m.firstFailure = r.firstFailure;
            m.failedBatches += r.failedBatches;
            std::printf("  %s %.0f/s", m.endpoint.name.c_str(), r.statementsPerSecond);
        }
        std::printf("\n");
        std::fflush(stdout);
    }

    std::vector<bool> trustworthy;
    for (const auto& m : lrss) {
        const int found = readBack(m.endpoint, sentIds);
        trustworthy.push_back(m.failedBatches == 0 && found == static_cast<int>(sentIds.size()));
        std::printf("%-16s ingest: %8.0f statements/s (median of %d rounds); read back %d/%zu sampled ids",
                    m.endpoint.name.c_str(), median(m.rates), kRounds, found, sentIds.size());
        if (m.failedBatches) std::printf("; %d POSTs FAILED, first: %s", m.failedBatches, m.firstFailure.c_str());
        if (!m.foldSeconds.empty())
            std::printf("; the dashboard folded each round %.2f s after its last POST (median)", median(m.foldSeconds));
        std::printf("\n");
    }
    if (lrss.size() == 3 && trustworthy[0] && trustworthy[2])
        std::printf("ratio pelita-SQLite / xapi-statements: %.1fx (goal >= 5x); pelita-PostgreSQL / "
                    "xapi-statements: %.1fx\n",
                    median(lrss[0].rates) / median(lrss[2].rates), median(lrss[1].rates) / median(lrss[2].rates));
    else std::printf("ratio pelita-SQLite / xapi-statements: none (the peer did not run, or lost or refused statements)\n");
}

} // namespace

int main() {
    const char* storedText = std::getenv("PELITA_BENCH_STORED");
    const long stored = storedText ? std::atol(storedText) : 200000;
    const char* peerText = std::getenv("PELITA_BENCH_PEER_DIR");
    const std::string peerDir = peerText ? peerText : PELITA_BENCH_PEER_DIR;
    std::printf("bench_lrs: %u hardware threads, load average %s at start\n", std::thread::hardware_concurrency(),
                loadAverage().c_str());
    try {
        pelita::test::TempDir dir;
        pelita::test::PostgresServer postgres;
        benchIngest((dir / "ingest").string(), postgres.createDatabase("bench_ingest"), peerDir);
        std::printf("query: GET statements?agent=...&limit=100 over %ld stored statements\n", stored);
        benchAgentQueries("SQLite", (dir / "query").string(), stored);
        benchAgentQueries("PostgreSQL", postgres.createDatabase("bench_query"), stored);
        std::printf("bench_lrs: load average %s at the end\n", loadAverage().c_str());
    } catch (const std::exception& e) {
        std::cerr << "bench_lrs: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
