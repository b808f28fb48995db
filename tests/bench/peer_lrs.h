#pragma once
// PeerLrs: the LRS bench_lrs measures pelita-server against, Learning Locker's
// `xapi-statements` from npm (pinned in tests/bench/peer/package-lock.json and
// installed into the build tree by tests/bench/peer/install.sh), run by node as
// its README says: AUTH_REPO=test MODELS_REPO=memory STORAGE_REPO=local, plus
// EVENTS_REPO=test, because its default event repo is Redis and the process
// exits when none answers. It accepts any HTTP Basic credentials.
// It listens on 127.0.0.1 at a free port (peer/loopback.cjs) with its files in a
// temporary folder, and its output goes to peer.log there.
// Thread notes: one owner thread; port() from any thread.
#include <filesystem>
#include <optional>
#include <string>

#include "support/temp_dir.h"

namespace pelita::bench {

class PeerLrs {
public:
    // Why the peer cannot run from `installDir` (node missing, package not
    // installed), or nothing when it can.
    static std::optional<std::string> unavailable(const std::filesystem::path& installDir);

    // Starts the peer and returns once GET /xAPI/about answers 200. Throws
    // std::runtime_error, with the end of its log, when it exits or is not up
    // within a minute.
    explicit PeerLrs(const std::filesystem::path& installDir);
    ~PeerLrs(); // SIGTERM, then waits for the process
    PeerLrs(const PeerLrs&) = delete;
    PeerLrs& operator=(const PeerLrs&) = delete;

    int port() const { return port_; }
    // "xapi-statements 5.0.1 on node v20.20.2", for the printed figures.
    const std::string& description() const { return description_; }

private:
    std::string logTail() const;

    test::TempDir dir_;
    int pid_ = -1;
    int port_ = 0;
    std::string description_;
};

} // namespace pelita::bench
