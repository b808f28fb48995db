#pragma once
// PostgresServer: a throwaway PostgreSQL cluster for tests, from Debian's
// binaries (/usr/lib/postgresql/15/bin), in a fresh temporary folder, listening
// on 127.0.0.1 at a free port with its unix socket inside that folder.
// initdb refuses to run as root: as root, the cluster is made and run as the
// `postgres` system user (the folder is handed to it); otherwise as the caller.
// Durability is switched off (fsync, synchronous_commit): test data is thrown away.
//
// Two ways to use it:
//   - in-process: construct, use, destroy (the destructor stops the cluster);
//   - across processes (a ctest fixture): `start(stateDir)` leaves it running and
//     records it in stateDir; `attach(stateDir)` gives its admin conninfo to any
//     test process; `stop(stateDir)` ends it.
// Thread notes: one owner thread; createDatabase() may be called from any thread.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace pelita::test {

class PostgresServer {
public:
    // Starts a new cluster; throws std::runtime_error with the server log on failure.
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    int port() const { return port_; }
    // A libpq URI for `database` on this cluster (superuser "pelita", no password).
    std::string uri(const std::string& database = "postgres") const;
    // Creates `database` unless it exists, and returns its URI. Names are
    // [a-z0-9_] only. Throws std::runtime_error on failure.
    std::string createDatabase(const std::string& database) const;

    // The ctest fixture's side: start and record, or stop what was recorded.
    static void start(const std::filesystem::path& stateDir);
    static void stop(const std::filesystem::path& stateDir);
    // A handle on the cluster recorded in stateDir, which it will not stop; nothing
    // when none is recorded there.
    static std::unique_ptr<PostgresServer> attach(const std::filesystem::path& stateDir);

private:
    struct Attached {};
    PostgresServer(Attached, std::filesystem::path folder, int port);
    void shutDown();

    std::filesystem::path folder_; // data/ (with server.log), socket/, initdb.log, pg_ctl.log
    int port_ = 0;
    bool owned_ = true;
};

} // namespace pelita::test
