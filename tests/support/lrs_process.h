#pragma once
// LrsProcess: the real pelita-server binary (PELITA_BIN_DIR) on 127.0.0.1 at a free
// port, on a temporary data folder, with one kiosk credential. Tests only.
//
// Threads: one owner thread; statementIds() may run while the server serves.
#include <support/temp_dir.h>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace pelita::test {

class LrsProcess {
public:
    LrsProcess();    // starts the server and waits until it listens; throws on failure
    ~LrsProcess();   // SIGTERM, then waits for the process
    LrsProcess(const LrsProcess&) = delete;
    LrsProcess& operator=(const LrsProcess&) = delete;

    const std::string& url() const { return url_; }
    int port() const { return port_; }
    const std::string& key() const { return key_; }
    const std::string& secret() const { return secret_; }
    // The server's data folder (DIR/server.db, packages/, trusted-keys/).
    std::filesystem::path dataDir() const { return dir_ / "server"; }

    // Publishes a .pelita with `pelita-server publish` while the server runs,
    // trusting `publicKey` (a .pub file) first; returns the command's exit code.
    int publish(const std::filesystem::path& package, const std::filesystem::path& publicKey) const;

    // Every statement id the server holds, in stored order, read through its own
    // xAPI statements resource (GET, following "more"): duplicates would show twice.
    std::vector<std::string> statementIds() const;

    // The server's list of kiosks (GET /pelita/v1/kiosks, the JSON "kiosks"
    // array), read with an admin credential made for it.
    nlohmann::json kiosks() const;

private:
    TempDir dir_;
    std::string url_, key_, secret_;
    int port_ = 0;
    int pid_ = -1;
};

} // namespace pelita::test
