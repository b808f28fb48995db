#pragma once
// The query half of bench_lrs: GET statements?agent=...&limit=100 latency over
// HTTP with many statements stored, for a busy learner and an occasional one.
//
// The stored set: statement n belongs to busy learner n % 1000 (about count/1000
// statements each), except every 200th, which belongs to one of 1000 occasional
// learners (count/200 000 each, spread over the whole store, oldest to newest).
// It is loaded in-process through the storage's own batch path
// (StatementStore::storeAll, after prepareStatements: the same validation and
// indexing a POST gets), which is far quicker than HTTP for a million statements.
// Thread notes: one caller; runs its own loader threads.
#include <string>

namespace pelita::bench {

// Loads `count` statements into the empty storage at `location` (a data folder
// or a postgresql:// URI), then serves it with LrsServer on loopback and prints
// the load time and the latencies, each line starting with `name`.
// Throws std::runtime_error when loading or a query fails.
void benchAgentQueries(const std::string& name, const std::string& location, long count);

} // namespace pelita::bench
