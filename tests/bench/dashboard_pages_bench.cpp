// bench_dashboard_pages: how long each /admin/ page takes with 1 000 000
// statements stored (issue 8's goal: every page under 300 ms), on SQLite and
// on PostgreSQL (a throwaway cluster from Debian's binaries), through the real
// pelita-server in this process, over loopback HTTP, logged in as an admin.
// The statements are kiosk-shaped (kiosk_statements.h) and go in through
// POST /xapi/statements in batches of 1 000 from two posters; the roster
// (5 000 ASN) through PUT /pelita/v1/roster. The dashboard's feed folds them
// as they arrive; the load time and how long the fold trailed are printed.
// Each page is fetched 5 times; the median and the slowest are printed beside
// the baseline: the stylesheet (/admin/static/admin.css), a request that
// passes the same HTTP stack and touches no data.
// Not a pass/fail test. Environment: PELITA_BENCH_STATEMENTS (default
// 1000000). Arguments: the backends to run, "sqlite" and/or "postgres"
// (default both).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <regex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <sodium.h>

#include "admin/admin_accounts.h"
#include "bench/kiosk_statements.h"
#include "credentials.h"
#include "lrs_server.h"
#include "support/postgres_server.h"
#include "support/temp_dir.h"

using nlohmann::json;
using Clock = std::chrono::steady_clock;
using namespace pelita;

namespace {

constexpr int kRuns = 5;
constexpr std::int64_t kBatch = 1000;
const char* const kPassword = "sandi-bench-dasbor";

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "bench_dashboard_pages: %s\n", what.c_str());
    std::exit(1);
}

void expectStatus(const httplib::Result& res, int status, const std::string& what) {
    if (!res) fail(what + ": no response (" + httplib::to_string(res.error()) + ")");
    if (res->status != status) fail(what + ": HTTP " + std::to_string(res->status) + " " + res->body.substr(0, 300));
}

// A logged-in dashboard visitor: the session cookie, as a browser keeps it.
class Visitor {
public:
    explicit Visitor(int port) : client_("127.0.0.1", port) { client_.set_read_timeout(120, 0); }

    void login(const std::string& username) {
        auto form = client_.Get("/admin/login");
        expectStatus(form, 200, "login form");
        static const std::regex kToken("name=\"csrf\" value=\"([0-9a-f]+)\"");
        std::smatch token;
        if (!std::regex_search(form->body, token, kToken)) fail("login form has no CSRF token");
        const auto cookie = form->get_header_value("Set-Cookie");
        httplib::Headers headers;
        if (!cookie.empty()) headers.emplace("Cookie", cookie.substr(0, cookie.find(';')));
        auto res = client_.Post("/admin/login", headers,
                                httplib::Params{{"csrf", token[1]}, {"username", username}, {"password", kPassword}});
        expectStatus(res, 303, "login");
        for (const auto& [name, value] : res->headers)
            if (name == "Set-Cookie" && value.rfind("pelita_admin=", 0) == 0) cookie_ = value.substr(0, value.find(';'));
        if (cookie_.empty()) fail("login set no session cookie");
    }

    // Fetches `path` kRuns times (after one untimed fetch); returns {median, max} ms.
    std::pair<double, double> time(const std::string& path) {
        expectStatus(client_.Get(path.c_str(), {{"Cookie", cookie_}}), 200, path);
        std::vector<double> times;
        for (int i = 0; i < kRuns; ++i) {
            const auto start = Clock::now();
            auto res = client_.Get(path.c_str(), {{"Cookie", cookie_}});
            times.push_back(msSince(start));
            expectStatus(res, 200, path);
        }
        std::sort(times.begin(), times.end());
        return {times[kRuns / 2], times.back()};
    }

private:
    httplib::Client client_;
    std::string cookie_;
};

void runBackend(const std::string& backend, std::int64_t total) {
    test::TempDir files;
    std::unique_ptr<test::PostgresServer> cluster;
    std::string location = files.path().string();
    if (backend == "postgres") {
        cluster = std::make_unique<test::PostgresServer>();
        location = cluster->createDatabase("dashboard_pages");
    }
    server::LrsOptions options;
    options.filesDir = files.path();
    options.homePage = "https://pelita.example/";
    auto opened = server::LrsServer::open(location, options);
    if (!opened) fail(opened.error());
    auto& lrs = **opened;
    auto port = lrs.bind("127.0.0.1", 0);
    if (!port) fail(port.error());
    lrs.runInBackground();
    auto admin = lrs.credentials().create("bench", server::Role::Admin);
    if (!admin) fail(admin.error());
    auto accounts = server::admin::AdminAccounts::openAt(location);
    if (!accounts) fail(accounts.error());
    if (!(*accounts)->addUser("kepala", server::admin::AdminRole::Admin, kPassword)) fail("cannot add the admin user");

    httplib::Client api("127.0.0.1", *port);
    api.set_basic_auth(admin->key, admin->secret);
    api.set_default_headers({{"X-Experience-API-Version", "1.0.3"}});
    api.set_read_timeout(300, 0);
    expectStatus(api.Put("/pelita/v1/roster", bench::rosterBody().dump(), "application/json"), 200, "roster");

    std::printf("\n== %s: %lld statements ==\n", backend.c_str(), static_cast<long long>(total));
    // Two posters, as kiosks post at once: one validates and parses while the
    // other's batch is written (SQLite and PostgreSQL each take one writer at a time).
    bench::Generator generator;
    std::mutex generatorMutex;
    std::int64_t handedOut = 0;
    const auto loadStart = Clock::now();
    const auto post = [&] {
        httplib::Client kiosk("127.0.0.1", *port);
        kiosk.set_basic_auth(admin->key, admin->secret);
        kiosk.set_default_headers({{"X-Experience-API-Version", "1.0.3"}});
        kiosk.set_read_timeout(300, 0);
        for (;;) {
            json batch = json::array();
            std::int64_t done = 0;
            {
                std::lock_guard lock(generatorMutex);
                if (handedOut >= total) return;
                for (std::int64_t i = 0; i < std::min(kBatch, total - handedOut); ++i) batch.push_back(generator.next());
                handedOut += static_cast<std::int64_t>(batch.size());
                done = handedOut;
            }
            expectStatus(kiosk.Post("/xapi/statements", batch.dump(), "application/json"), 200, "POST /xapi/statements");
            if ((done / kBatch) % 100 == 0)
                std::printf("  %lld handed out, %.0f statements/s\n", static_cast<long long>(done),
                            static_cast<double>(done) * 1000 / msSince(loadStart)),
                    std::fflush(stdout);
        }
    };
    std::thread second(post);
    post();
    second.join();
    const double loadMs = msSince(loadStart);
    const auto drainStart = Clock::now();
    if (!lrs.drainDashboard()) fail("the dashboard's fold failed (see the log above)");
    std::printf("loaded through HTTP in %.1f s (%.0f statements/s); the fold finished %.1f s after the last POST\n",
                loadMs / 1000, static_cast<double>(total) * 1000 / loadMs, msSince(drainStart) / 1000);

    Visitor visitor(*port);
    visitor.login("kepala");
    const std::string course = httplib::detail::encode_query_param("https://pelita.example/course/c7");
    const std::vector<std::string> pages = {
        "/admin/static/admin.css", // the baseline
        "/admin/overview",
        "/admin/jp?year=2026",
        "/admin/jp/opd?name=OPD%207&year=2026",
        "/admin/jp/people.csv?year=2026",
        "/admin/courses",
        "/admin/items",
        "/admin/items?course=" + course,
        "/admin/needs?by=opd",
        "/admin/needs?by=position",
        "/admin/evaluation",
        "/admin/learner?nip=" + bench::nip(42),
        "/admin/kiosks",
        "/admin/roster",
        "/admin/catalogue",
        "/admin/assignments",
        "/admin/bundles",
    };
    std::printf("%-44s %10s %10s\n", "page (5 fetches)", "median ms", "max ms");
    for (const auto& page : pages) {
        const auto [median, worst] = visitor.time(page);
        std::printf("%-44s %10.1f %10.1f%s\n", page.c_str(), median, worst,
                    page == pages.front() ? "  (baseline)" : "");
    }
    lrs.stop();
}

} // namespace

int main(int argc, char** argv) {
    if (sodium_init() < 0) fail("libsodium failed to initialise");
    const char* env = std::getenv("PELITA_BENCH_STATEMENTS");
    const std::int64_t total = env ? std::atoll(env) : 1'000'000;
    std::vector<std::string> backends(argv + 1, argv + argc);
    if (backends.empty()) backends = {"sqlite", "postgres"};
    for (const auto& backend : backends) {
        if (backend != "sqlite" && backend != "postgres") fail("unknown backend " + backend + " (sqlite, postgres)");
        try {
            runBackend(backend, total);
        } catch (const std::exception& e) {
            fail(backend + ": " + e.what());
        }
    }
    return 0;
}
