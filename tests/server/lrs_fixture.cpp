#include "lrs_fixture.h"

#include <cstdlib>
#include <functional>
#include <sstream>
#include <stdexcept>

#include "support/postgres_server.h"

namespace pelita::test {

using nlohmann::json;

namespace {

PostgresServer& sharedPostgres() {
    // Started once per test process, stopped when the process exits. A failed
    // start is remembered, so later test cases fail at once instead of retrying.
    static std::string failure;
    static const std::unique_ptr<PostgresServer> server = []() -> std::unique_ptr<PostgresServer> {
        try {
            if (const char* state = std::getenv("PELITA_TEST_POSTGRES_STATE"))
                if (auto attached = PostgresServer::attach(state)) return attached;
            return std::make_unique<PostgresServer>();
        } catch (const std::exception& e) {
            failure = e.what();
            return nullptr;
        }
    }();
    if (!server) throw std::runtime_error(failure);
    return *server;
}

} // namespace

bool testingPostgres() {
    const char* backend = std::getenv("PELITA_TEST_BACKEND");
    return (backend && std::string(backend) == "postgres") || std::getenv("PELITA_TEST_POSTGRES_STATE");
}

std::string storageLocationFor(const std::filesystem::path& dataDir) {
    if (!testingPostgres()) return dataDir.string();
    std::ostringstream name;
    name << "lrs_" << std::hex << std::hash<std::string>{}(std::filesystem::absolute(dataDir).string());
    return sharedPostgres().createDatabase(name.str());
}

std::string storageArgsFor(const std::filesystem::path& dataDir) {
    const auto data = "--data '" + dataDir.string() + "'";
    return testingPostgres() ? "--database '" + storageLocationFor(dataDir) + "' " + data : data;
}

RunningLrs::RunningLrs(std::optional<std::filesystem::path> dir) : dataDir(dir ? *dir : ownDir.path()) {
    server::LrsOptions options;
    options.homePage = kHomePage;
    options.maxPageSize = 100;
    options.maxRequestBytes = 32u << 20;
    options.requestLog = [log = requestLog](const std::string& line) {
        std::lock_guard lock(log->mutex);
        log->lines.push_back(line);
    };
    // On PostgreSQL the data dir holds the files beside the database, as
    // `--database URI --data DIR` does.
    if (testingPostgres()) options.filesDir = dataDir;
    auto opened = server::LrsServer::open(storageLocationFor(dataDir), options);
    if (!opened) throw std::runtime_error(opened.error());
    server = std::move(opened).value();
    auto bound = server->bind("127.0.0.1", 0);
    if (!bound) throw std::runtime_error(bound.error());
    port = *bound;
    auto made = server->credentials().create("kiosk test", server::Role::Admin); // unscoped: the xAPI suite is about the LRS, not a kiosk's limits
    if (!made) throw std::runtime_error(made.error());
    credential = *made;
    server->runInBackground();
}

httplib::Client RunningLrs::client() const { return clientAs(credential); }

httplib::Client RunningLrs::clientAs(const server::NewCredential& who) const {
    httplib::Client c("127.0.0.1", port);
    c.set_basic_auth(who.key.c_str(), who.secret.c_str());
    c.set_default_headers({{"X-Experience-API-Version", "1.0.3"}});
    return c;
}

server::NewCredential RunningLrs::newCredential(server::Role role, const std::string& name) const {
    auto made = server->credentials().create(name, role);
    if (!made) throw std::runtime_error(made.error());
    return *made;
}

std::vector<std::string> RunningLrs::logLines() const {
    std::lock_guard lock(requestLog->mutex);
    return requestLog->lines;
}

httplib::Client RunningLrs::bareClient() const { return httplib::Client("127.0.0.1", port); }

httplib::Result RunningLrs::post(const json& body) const {
    return client().Post("/xapi/statements", body.dump(), "application/json");
}

json RunningLrs::getList(const std::string& query) const {
    auto res = client().Get(("/xapi/statements" + (query.empty() ? "" : "?" + query)).c_str());
    if (!res || res->status != 200) throw std::runtime_error("GET statements failed: " + (res ? res->body : "no response"));
    return json::parse(res->body);
}

json learnerStatement(const std::string& nip, std::optional<std::string> id, const std::string& verb) {
    json s = {{"actor", {{"objectType", "Agent"}, {"name", "Peserta " + nip}, {"account", {{"homePage", kHomePage}, {"name", nip}}}}},
              {"verb", {{"id", verb}, {"display", {{"id-ID", "menjawab"}}}}},
              {"object", {{"objectType", "Activity"}, {"id", "https://pelita.example.go.id/course/etika/q1"}}},
              {"result", {{"score", {{"scaled", 0.75}}}, {"success", true}}}};
    if (id) s["id"] = *id;
    return s;
}

} // namespace pelita::test
