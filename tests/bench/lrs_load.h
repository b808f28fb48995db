#pragma once
// The load bench_lrs puts on every LRS it measures, pelita-server and its peer
// alike: the same statements, POSTed in batches of kBatch over kConnections
// connections at once, with HTTP Basic credentials. readBack() then fetches a
// sample by id, so an LRS that answers 200 but keeps nothing cannot look fast.
// Thread notes: plain functions; ingestRound() runs and joins its own threads.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pelita::bench {

inline constexpr int kConnections = 8;
inline constexpr int kBatch = 50;
// Learners the ingest load spreads its statements over (NIP-like account names).
inline constexpr long kLearners = 1000;

// Where an LRS takes statements, and the Basic credentials it accepts.
struct LrsEndpoint {
    std::string name;           // as printed: "SQLite", "xapi-statements"
    int port = 0;               // on 127.0.0.1
    std::string statementsPath; // "/xapi/statements" (pelita-server), "/xAPI/statements" (the peer)
    std::string user, password;
};

// Statement number n, about `learner`'s answer to one of 40 questions. Its id
// is derived from n, so the same n gives the same statement in every LRS.
nlohmann::json statement(long n, long learner);
// The `agent` query parameter (JSON) for `learner`.
std::string learnerAgent(long learner);
// The id statement(n, ...) carries.
std::string statementId(long n);

// Request bodies for `batches` POSTs of kBatch statements, numbered from
// firstId, learner n % kLearners.
std::vector<std::string> ingestBodies(long firstId, int batches);

struct IngestRound {
    double statementsPerSecond = 0;
    int failedBatches = 0;    // not a 200 with one id per statement sent
    std::string firstFailure; // status and body of the first, for the report
};

// Sends every body once, spread evenly over kConnections connections; the
// clock runs from the first request to the last answer.
IngestRound ingestRound(const LrsEndpoint& lrs, const std::vector<std::string>& bodies);

// How many of `ids` the LRS returns, with that id, for GET ?statementId=.
int readBack(const LrsEndpoint& lrs, const std::vector<std::string>& ids);

double median(std::vector<double> values);
// The value at fraction p (0..1) of the sorted values, nearest rank.
double percentile(std::vector<double> values, double p);

} // namespace pelita::bench
