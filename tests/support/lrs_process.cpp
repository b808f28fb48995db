// Starting and stopping the pelita-server binary: POSIX process calls, tests only.
#include "support/lrs_process.h"

#include <pelita/sync/curl_transport.h>

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace pelita::test {
namespace {

// Runs `args` with stdout to `out`; returns the pid.
int spawn(const std::vector<std::string>& args, const std::filesystem::path& out) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    // The request log goes to stderr; keep it beside stdout, out of the test's output.
    const auto err = out.string() + ".err";
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + args[0]);
    return pid;
}

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string after(const std::string& text, const std::string& prefix) {
    auto at = text.find(prefix);
    if (at == std::string::npos) return "";
    auto end = text.find('\n', at);
    return text.substr(at + prefix.size(), end == std::string::npos ? std::string::npos : end - at - prefix.size());
}

} // namespace

LrsProcess::LrsProcess() {
    const std::string server = std::string(PELITA_BIN_DIR) + "/pelita-server";
    const auto data = (dir_ / "server").string();
    int status = 0;
    waitpid(spawn({server, "credential", "create", "--data", data, "--name", "kiosk-test", "--role", "kiosk"},
                  dir_ / "credential.out"),
            &status, 0);
    const auto creds = readFile(dir_ / "credential.out");
    key_ = after(creds, "key=");
    secret_ = after(creds, "secret=");
    if (key_.empty() || secret_.empty()) throw std::runtime_error("credential create printed: " + creds);
    pid_ = spawn({server, "--data", data, "--listen", "127.0.0.1:0"}, dir_ / "server.out");
    for (int i = 0; i < 300 && url_.empty(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        url_ = after(readFile(dir_ / "server.out"), "pelita-server: listening on ");
    }
    if (url_.empty()) throw std::runtime_error("pelita-server did not say where it listens");
    port_ = std::stoi(url_.substr(url_.rfind(':') + 1));
}

int LrsProcess::publish(const std::filesystem::path& package, const std::filesystem::path& publicKey) const {
    std::filesystem::create_directories(dataDir() / "trusted-keys");
    std::filesystem::copy_file(publicKey, dataDir() / "trusted-keys" / publicKey.filename(),
                               std::filesystem::copy_options::overwrite_existing);
    int status = 0;
    waitpid(spawn({std::string(PELITA_BIN_DIR) + "/pelita-server", "publish", package.string(), "--data",
                   dataDir().string()},
                  dir_ / "publish.out"),
            &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

LrsProcess::~LrsProcess() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
}

std::vector<std::string> LrsProcess::statementIds() const {
    sync::CurlTransport http;
    const sync::HttpHeaders auth{sync::basicAuthHeader(key_, secret_)};
    std::vector<std::string> ids;
    std::string next = "/xapi/statements?limit=500&ascending=true";
    while (!next.empty()) {
        auto r = http.get(url_ + next, auth);
        if (r.status != 200) throw std::runtime_error("GET statements: HTTP " + std::to_string(r.status) + r.error);
        auto page = nlohmann::json::parse(r.body);
        for (const auto& s : page.at("statements")) ids.push_back(s.at("id").get<std::string>());
        next = page.value("more", "");
    }
    return ids;
}

nlohmann::json LrsProcess::kiosks() const {
    int status = 0;
    waitpid(spawn({std::string(PELITA_BIN_DIR) + "/pelita-server", "credential", "create", "--data",
                   dataDir().string(), "--name", "admin-test", "--role", "admin"},
                  dir_ / "admin.out"),
            &status, 0);
    const auto creds = readFile(dir_ / "admin.out");
    sync::CurlTransport http;
    auto r = http.get(url_ + "/pelita/v1/kiosks", {sync::basicAuthHeader(after(creds, "key="), after(creds, "secret="))});
    if (r.status != 200) throw std::runtime_error("GET /pelita/v1/kiosks: HTTP " + std::to_string(r.status) + r.error);
    return nlohmann::json::parse(r.body).at("kiosks");
}

} // namespace pelita::test
