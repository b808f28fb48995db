// POSIX: fork/exec of node, and SIGTERM to stop it. bench_lrs's one platform file.
#include "peer_lrs.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

extern char** environ;

namespace pelita::bench {

namespace {

namespace fs = std::filesystem;

// Long, because three other builds may be sharing the machine's cores.
constexpr std::chrono::seconds kStartTimeout{120};

fs::path entryPoint(const fs::path& installDir) {
    return installDir / "node_modules" / "xapi-statements" / "dist" / "index.js";
}

bool nodeOnPath() {
    const char* path = std::getenv("PATH");
    std::stringstream folders(path ? path : "");
    for (std::string folder; std::getline(folders, folder, ':');)
        if (!folder.empty() && access((fs::path(folder) / "node").c_str(), X_OK) == 0) return true;
    return false;
}

std::string readFile(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

std::optional<std::string> PeerLrs::unavailable(const fs::path& installDir) {
    if (!nodeOnPath()) return "node is not installed (tools/install-deps installs it)";
    if (!fs::exists(entryPoint(installDir)))
        return "xapi-statements is not installed in " + installDir.string() +
               " (tests/bench/peer/install.sh, run by the bench_lrs target, needs the npm registry once)";
    return std::nullopt;
}

PeerLrs::PeerLrs(const fs::path& installDir) {
    const auto ready = dir_ / "ready.json";
    const auto log = dir_ / "peer.log";
    std::vector<std::string> args = {"node", "--require", (installDir / "loopback.cjs").string(),
                                     entryPoint(installDir).string()};
    std::vector<std::string> env = {"AUTH_REPO=test", "MODELS_REPO=memory", "STORAGE_REPO=local",
                                    "EVENTS_REPO=test", "EXPRESS_PORT=0", "PELITA_PEER_READY_FILE=" + ready.string()};
    for (char** e = environ; *e; ++e) env.emplace_back(*e);
    std::vector<char*> argv, envp;
    for (auto& a : args) argv.push_back(a.data());
    for (auto& e : env) envp.push_back(e.data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);
    const std::string folder = dir_.path().string(), logPath = log.string();

    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        // The peer keeps its files (storage/, access logs) under its working folder.
        if (chdir(folder.c_str()) != 0) _exit(126);
        const int fd = open(logPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        execvpe(argv[0], argv.data(), envp.data());
        _exit(127);
    }

    const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("the peer LRS exited at start:\n" + logTail());
        }
        if (port_ == 0 && fs::exists(ready)) {
            const auto report = nlohmann::json::parse(readFile(ready));
            port_ = report.at("port").get<int>();
            const auto package = nlohmann::json::parse(
                readFile(installDir / "node_modules" / "xapi-statements" / "package.json"), nullptr, false);
            description_ = "xapi-statements " + package.value("version", std::string("?")) + " on node " +
                           report.at("node").get<std::string>();
        }
        if (port_ != 0) {
            httplib::Client client("127.0.0.1", port_);
            auto res = client.Get("/xAPI/about", {{"X-Experience-API-Version", "1.0.3"}});
            if (res && res->status == 200) return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
    throw std::runtime_error("the peer LRS did not answer within " + std::to_string(kStartTimeout.count()) +
                             " s:\n" + logTail());
}

PeerLrs::~PeerLrs() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
}

std::string PeerLrs::logTail() const {
    const auto text = readFile(dir_ / "peer.log");
    return text.size() > 2000 ? text.substr(text.size() - 2000) : text;
}

} // namespace pelita::bench
