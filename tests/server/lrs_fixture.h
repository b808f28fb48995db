#pragma once
// RunningLrs: an LrsServer on a temp data dir, listening on 127.0.0.1 at a free
// port, with one live admin credential, for tests that speak HTTP to it
// (kiosk limits are tested in test_pelita_scope.cpp).
//
// The backend: SQLite in the data dir, unless PELITA_TEST_BACKEND=postgres or
// PELITA_TEST_POSTGRES_STATE is set. Then each data dir stands for its own PostgreSQL database (the same dir,
// the same database: a test that reopens its storage finds its data) and holds
// the server's files (LrsOptions::filesDir), on the
// cluster a ctest fixture started (PELITA_TEST_POSTGRES_STATE=DIR, see
// support/postgres_server.h), or else on one this process starts once.
#include <memory>
#include <mutex>
#include <vector>
#include <optional>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "credentials.h"
#include "lrs_server.h"
#include "support/temp_dir.h"

namespace pelita::test {

struct RunningLrs {
    // Serves `dataDir`; uses a fresh temp dir when none is given.
    explicit RunningLrs(std::optional<std::filesystem::path> dataDir = std::nullopt);

    // A client with the fixture's credentials and the xAPI version header.
    httplib::Client client() const;
    // The same with other credentials, e.g. from newCredential().
    httplib::Client clientAs(const server::NewCredential& who) const;
    server::NewCredential newCredential(server::Role role, const std::string& name = "test credential") const;
    // The request log lines the server has written so far.
    std::vector<std::string> logLines() const;
    // A client with no credentials and no version header.
    httplib::Client bareClient() const;

    // POSTs a statement or array; returns the response (status + body).
    httplib::Result post(const nlohmann::json& body) const;
    // GETs /xapi/statements with the given query string (without '?').
    nlohmann::json getList(const std::string& query) const;

    struct LogLines {
        std::mutex mutex;
        std::vector<std::string> lines;
    };
    std::shared_ptr<LogLines> requestLog = std::make_shared<LogLines>();
    TempDir ownDir;
    std::filesystem::path dataDir;
    std::unique_ptr<server::LrsServer> server;
    int port = 0;
    server::NewCredential credential;
};

// True when the tests run on PostgreSQL (see above).
bool testingPostgres();
// Where the server stores what it keeps for `dataDir`: the dir itself, or the
// URI of the PostgreSQL database standing for it (created on first use).
std::string storageLocationFor(const std::filesystem::path& dataDir);
// The pelita-server options for the storage of `dataDir`, quoted for a shell:
// "--data 'DIR'", or on PostgreSQL "--database 'URI' --data 'DIR'".
std::string storageArgsFor(const std::filesystem::path& dataDir);

// A valid statement by learner `nip`, with the given id (or none).
nlohmann::json learnerStatement(const std::string& nip, std::optional<std::string> id = std::nullopt,
                                const std::string& verb = "http://adlnet.gov/expapi/verbs/answered");

// `text` encoded for a query string, e.g. an agent's JSON.
inline std::string encoded(const std::string& text) { return httplib::detail::encode_query_param(text); }

inline const char* const kHomePage = "https://pelita.example.go.id";

} // namespace pelita::test
