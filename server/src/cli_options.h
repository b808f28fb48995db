#pragma once
// Command-line parsing for pelita-server: "--name value" pairs and flags.
// No I/O; the caller prints errors with the usage text and exits with 2.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <pelita/content/expected.h>

namespace pelita::server::cli {

struct ParsedOptions {
    std::map<std::string, std::string> values; // "--data" -> "DIR"
    bool help = false;
};

// `withValue`: options that take a value. "--help"/"-h" is always allowed.
// Errors: an unknown option, a missing value, or an option given twice.
Expected<ParsedOptions, std::string> parseOptions(const std::vector<std::string>& args,
                                                  const std::set<std::string>& withValue);

struct ListenAddress {
    std::string host;
    int port = 0;
};

// The storage location from exactly one of "--data DIR" (SQLite) and
// "--database postgresql://..." (PostgreSQL); see storage.h.
Expected<std::string, std::string> storageLocation(const ParsedOptions& options);

// "HOST:PORT" with PORT in 0..65535 (0 = any free port).
Expected<ListenAddress, std::string> parseListenAddress(const std::string& text);

} // namespace pelita::server::cli
