#pragma once
// RunningLrs: an LrsServer on a temp data dir, listening on 127.0.0.1 at a free
// port, with one live kiosk credential, for tests that speak HTTP to it.
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

// A valid statement by learner `nip`, with the given id (or none).
nlohmann::json learnerStatement(const std::string& nip, std::optional<std::string> id = std::nullopt,
                                const std::string& verb = "http://adlnet.gov/expapi/verbs/answered");

// `text` encoded for a query string, e.g. an agent's JSON.
inline std::string encoded(const std::string& text) { return httplib::detail::encode_query_param(text); }

inline const char* const kHomePage = "https://pelita.example.go.id";

} // namespace pelita::test
