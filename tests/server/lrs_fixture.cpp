#include "lrs_fixture.h"

#include <stdexcept>

namespace pelita::test {

using nlohmann::json;

RunningLrs::RunningLrs(std::optional<std::filesystem::path> dir) : dataDir(dir ? *dir : ownDir.path()) {
    server::LrsOptions options;
    options.homePage = kHomePage;
    options.maxPageSize = 100;
    options.maxRequestBytes = 32u << 20;
    options.requestLog = [log = requestLog](const std::string& line) {
        std::lock_guard lock(log->mutex);
        log->lines.push_back(line);
    };
    auto opened = server::LrsServer::open(dataDir, options);
    if (!opened) throw std::runtime_error(opened.error());
    server = std::move(opened).value();
    auto bound = server->bind("127.0.0.1", 0);
    if (!bound) throw std::runtime_error(bound.error());
    port = *bound;
    auto made = server->credentials().create("kiosk test", server::Role::Kiosk);
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
