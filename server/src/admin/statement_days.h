#pragma once
// StatementDays: how many statements the LRS stored on each of the last days,
// for the Overview's chart. Reads the statements table's `stored` index only
// (a range over the last days, never every statement). SQLite only.
// Thread notes: any thread; one read connection under a mutex.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <pelita/content/expected.h>

#include "sqlite_db.h"

namespace pelita::server::admin {

class StatementDays {
public:
    static Expected<std::unique_ptr<StatementDays>, std::string> open(const std::filesystem::path& dataDir);
    explicit StatementDays(std::unique_ptr<Db> db) : db_(std::move(db)) {}

    // One ("YYYY-MM-DD", count) per UTC day, oldest first, ending today, zero
    // days included.
    Expected<std::vector<std::pair<std::string, std::int64_t>>, std::string> lastDays(int days, std::int64_t nowMillis);

private:
    std::mutex mutex_;
    std::unique_ptr<Db> db_;
};

} // namespace pelita::server::admin
