// bench_analytics: the admin dashboard's figures with 1 000 000 statements in
// a SQLite store. Statements are generated the way kiosks send them (5 000
// learners in 50 OPDs, 40 courses of one 10-question quiz each, attempts with
// answers, verdicts and course passes with certificates), stored through the
// LRS's own SqliteStatementStore in batches of 1 000, and folded by the same
// DashboardStore::fold the server uses. Then each figure query is timed
// (median of 5) against a COUNT(*) over the statements as the baseline.
// Also prints the fold cost of a kiosk-sized batch (50 statements), the work
// the server's feed thread does after each POST. Not a pass/fail test.
// Environment: PELITA_BENCH_STATEMENTS (default 1000000).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <vector>

#include <nlohmann/json.hpp>

#include "analytics/dashboard_store.h"
#include "bench/kiosk_statements.h"
#include "server_database.h"
#include "sqlite_statement_store.h"
#include "statement_ingest.h"
#include "support/temp_dir.h"

using nlohmann::json;
using Clock = std::chrono::steady_clock;
using namespace pelita::server;
using namespace pelita::bench;

namespace {

constexpr int kRuns = 5;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double medianMs(const std::function<void()>& run) {
    std::vector<double> times;
    for (int i = 0; i < kRuns; ++i) {
        const auto start = Clock::now();
        run();
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[kRuns / 2];
}

std::string messageOf(const std::string& error) { return error; }
std::string messageOf(const StoreError& error) { return error.message; }

template <class Result>
void require(const Result& r, const char* what) {
    if (!r) std::fprintf(stderr, "%s failed: %s\n", what, messageOf(r.error()).c_str()), std::exit(1);
}

} // namespace

int main() {
    const char* env = std::getenv("PELITA_BENCH_STATEMENTS");
    const std::int64_t total = env ? std::atoll(env) : 1'000'000;
    pelita::test::TempDir dir;
    auto db = openServerDatabase(dir.path());
    require(db, "open");
    (*db)->exec("BEGIN");
    for (int i = 0; i < kOpds * kPerOpd; ++i)
        (*db)->exec("INSERT INTO pelita_roster (nip, name, opd, unit, position, updated) VALUES ('" + nip(i) + "', 'Peserta " + std::to_string(i) + "', 'OPD " +
                    std::to_string(i / kPerOpd) + "', 'Unit', 'Jabatan " + std::to_string(i % 10) + "', '2026-01-01')");
    (*db)->exec("COMMIT");
    SqliteStatementStore lrs(std::move(db).value());
    auto dashboard = analytics::DashboardStore::open(dir.path());
    require(dashboard, "open dashboard");
    auto& store = **dashboard;

    Generator generator;
    const json authority = {{"objectType", "Agent"}, {"name", "Kios"}, {"account", {{"homePage", "https://pelita.example/"}, {"name", "k"}}}};
    double storeMs = 0, foldMs = 0;
    std::vector<double> smallFolds;
    for (std::int64_t done = 0; done < total;) {
        const std::int64_t size = std::min<std::int64_t>(1000, total - done);
        json batch = json::array();
        for (std::int64_t i = 0; i < size; ++i) batch.push_back(generator.next());
        auto prepared = prepareStatements(batch, false, authority);
        require(prepared, "prepare");
        auto start = Clock::now();
        require(lrs.storeAll(*prepared, {}), "store");
        storeMs += msSince(start);
        std::vector<json> statements;
        for (const auto& s : *prepared) statements.push_back(s.statement);
        // Every 100th batch is folded as kiosk-sized pieces of 50, timed one by one.
        start = Clock::now();
        if ((done / 1000) % 100 == 99) {
            for (std::size_t i = 0; i < statements.size(); i += 50) {
                const auto piece = Clock::now();
                require(store.fold({statements.begin() + static_cast<long>(i),
                                    statements.begin() + static_cast<long>(std::min(i + 50, statements.size()))}), "fold");
                smallFolds.push_back(msSince(piece));
            }
        } else {
            require(store.fold(statements), "fold");
        }
        foldMs += msSince(start);
        done += size;
    }
    std::printf("loaded %lld statements: store %.1f s, fold %.1f s (%.1f us/statement)\n",
                static_cast<long long>(total), storeMs / 1000, foldMs / 1000, foldMs * 1000 / static_cast<double>(total));
    if (!smallFolds.empty()) {
        std::sort(smallFolds.begin(), smallFolds.end());
        std::printf("fold of a 50-statement batch (feed thread, after the response): median %.2f ms, max %.2f ms\n",
                    smallFolds[smallFolds.size() / 2], smallFolds.back());
    }

    auto baseline = openServerDatabase(dir.path());
    require(baseline, "open");
    std::printf("%-34s %10s\n", "query (median of 5)", "ms");
    std::printf("%-34s %10.1f\n", "baseline: SELECT count(*) statements", medianMs([&] {
        Statement count(**baseline, "SELECT count(*) FROM statements");
        count.step();
    }));
    const std::string course = "https://pelita.example/course/c7";
    const std::vector<std::pair<const char*, std::function<void()>>> figures = {
        {"JP compliance (year)", [&] { require(store.jpCompliance(2026), "jp"); }},
        {"courses", [&] { require(store.courses(), "courses"); }},
        {"item analysis (one course)", [&] { require(store.itemAnalysis(course), "items"); }},
        {"item analysis (every course)", [&] { require(store.itemAnalysis(), "items"); }},
        {"training needs by OPD", [&] { require(store.trainingNeeds(analytics::GroupBy::Opd), "needs"); }},
        {"training needs by position", [&] { require(store.trainingNeeds(analytics::GroupBy::Position), "needs"); }},
        {"evaluation", [&] { require(store.evaluations(), "evaluation"); }},
        {"learner record", [&] { require(store.learner(nip(42)), "learner"); }},
    };
    for (const auto& [name, run] : figures) std::printf("%-34s %10.1f\n", name, medianMs(run));
    return 0;
}
