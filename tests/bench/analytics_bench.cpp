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
#include "server_database.h"
#include "sqlite_statement_store.h"
#include "statement_ingest.h"
#include "support/temp_dir.h"

using nlohmann::json;
using Clock = std::chrono::steady_clock;
using namespace pelita::server;

namespace {

constexpr int kOpds = 50, kPerOpd = 100, kCourses = 40, kQuestions = 10, kRuns = 5;
const std::string kT = "http://adlnet.gov/expapi/activities/";
const std::string kV = "http://adlnet.gov/expapi/verbs/";

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string uuid(std::uint64_t n, int kind) {
    char id[40];
    std::snprintf(id, sizeof id, "%08x-0000-4000-8000-%012llx", kind, static_cast<unsigned long long>(n));
    return id;
}

std::string nip(int learner) {
    char text[40];
    std::snprintf(text, sizeof text, "19800101200501%04d", learner + 1000);
    return text;
}

json activity(const std::string& id, const std::string& type, const std::string& name) {
    return {{"id", id}, {"definition", {{"type", kT + type}, {"name", {{"id-ID", name}}}}}};
}

// Kiosk-shaped statements, `count` of them, in attempts of 13 plus course passes.
class Generator {
public:
    json next() {
        if (pending_.empty()) refill();
        json s = std::move(pending_.back());
        pending_.pop_back();
        return s;
    }

private:
    void refill() {
        const int learner = static_cast<int>(rng_() % (kOpds * kPerOpd));
        const int course = static_cast<int>(rng_() % kCourses);
        const std::string c = "https://pelita.example/course/c" + std::to_string(course);
        const json actor = {{"objectType", "Agent"}, {"name", "Peserta " + std::to_string(learner)},
                            {"account", {{"homePage", "https://pelita.example/"}, {"name", nip(learner)}}}};
        const std::string registration = uuid(++attempts_, 1);
        const json quiz = activity(c + "/quiz/q", "assessment", "Kuis " + std::to_string(course));
        const json grouping = json::array({activity(c, "course", "Kursus " + std::to_string(course))});
        const json moduleContext = {{"registration", registration},
                                    {"contextActivities", {{"parent", json::array({activity(c + "/module/m", "module", "Modul")})},
                                                           {"grouping", grouping}}}};
        const json quizContext = {{"registration", registration},
                                  {"contextActivities", {{"parent", json::array({quiz})}, {"grouping", grouping}}}};
        char day[40];
        std::snprintf(day, sizeof day, "2026-%02d-%02dT%02d:00:00+07:00", 1 + static_cast<int>(rng_() % 11),
                      1 + static_cast<int>(rng_() % 28), 8 + static_cast<int>(rng_() % 8));
        std::vector<json> out;
        auto statement = [&](const std::string& verb, json object, json context) {
            out.push_back({{"id", uuid(++statements_, 2)}, {"actor", actor}, {"verb", {{"id", kV + verb}}},
                           {"object", std::move(object)}, {"context", std::move(context)}, {"timestamp", day}});
            return &out.back();
        };
        statement("attempted", quiz, moduleContext);
        // Learners differ in skill and questions in difficulty, so the figures have something to show.
        const double skill = 0.3 + 0.6 * ((learner * 7919) % 100) / 100.0;
        int right = 0;
        for (int q = 0; q < kQuestions; ++q) {
            const double difficulty = 0.1 * q;
            const bool ok = std::uniform_real_distribution<double>(0, 1)(rng_) < skill + 0.3 - difficulty;
            right += ok;
            json object = {{"id", c + "/quiz/q/question/" + std::to_string(q)},
                           {"definition", {{"type", kT + "cmi.interaction"}, {"interactionType", "choice"},
                                           {"description", {{"id-ID", "Soal " + std::to_string(q)}}},
                                           {"correctResponsesPattern", {"a"}}}}};
            auto* s = statement("answered", object, quizContext);
            (*s)["result"] = {{"response", ok ? "a" : std::string(1, static_cast<char>('b' + rng_() % 3))},
                              {"success", ok}};
        }
        const double scaled = right / static_cast<double>(kQuestions);
        for (const auto* verb : {"completed", scaled >= 0.6 ? "passed" : "failed"})
            (*statement(verb, quiz, moduleContext))["result"] = {{"score", {{"scaled", scaled}}}, {"success", scaled >= 0.6}};
        if (scaled >= 0.6) {
            auto* pass = statement("passed", activity(c, "course", "Kursus " + std::to_string(course)), json::object());
            (*pass)["result"] = {{"success", true}, {"score", {{"scaled", scaled}}},
                                 {"extensions", {{"https://pelita.sawahluntokota.go.id/xapi/extensions/certificate",
                                                  {{"id", "PLT-" + registration.substr(0, 8) + registration.substr(24)},
                                                   {"jp", 2 + course % 4}}}}}};
        }
        std::reverse(out.begin(), out.end());
        pending_ = std::move(out);
    }

    std::mt19937_64 rng_{20261128};
    std::uint64_t attempts_ = 0, statements_ = 0;
    std::vector<json> pending_;
};

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
