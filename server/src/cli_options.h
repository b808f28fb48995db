#pragma once
// Command-line parsing for pelita-server: "--name value" pairs and flags.
// No I/O; the caller prints errors with the usage text and exits with 2.
#include <filesystem>
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

// Where a command's records and files are (storage.h):
//   --data DIR                   SQLite DIR/server.db, files in DIR;
//   --database URI               PostgreSQL, no files (an LRS only);
//   --database URI --data DIR    PostgreSQL, files (packages, keys, receipts,
//                                the dashboard's cache) in DIR.
struct StorageChoice {
    std::string location;           // for openStorage(): DIR or the URI
    std::filesystem::path filesDir; // DIR in both cases; empty for --database alone
};
// Errors: neither option, or a --database that is not a postgresql:// URI.
Expected<StorageChoice, std::string> storageChoice(const ParsedOptions& options);
// The same for a command that works on Pelita's files: --database without
// --data is an error that says so.
Expected<StorageChoice, std::string> storageWithFiles(const ParsedOptions& options);

// "HOST:PORT" with PORT in 0..65535 (0 = any free port).
Expected<ListenAddress, std::string> parseListenAddress(const std::string& text);

} // namespace pelita::server::cli
