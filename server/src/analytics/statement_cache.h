#pragma once
// Prepared statements kept for the life of a fold or a query batch: a million
// statements folded one by one would otherwise spend much of their time in
// sqlite3_prepare. Thread notes: belongs to the thread that owns the Db.
#include <map>
#include <memory>
#include <string_view>

#include "sqlite_db.h"

namespace pelita::server::analytics {

class StatementCache {
public:
    explicit StatementCache(Db& db) : db_(db) {}

    // The statement for `sql` (a string literal), reset and with no bindings.
    Statement& operator()(const char* sql) {
        auto& slot = statements_[sql];
        if (!slot) slot = std::make_unique<Statement>(db_, sql);
        else slot->reset();
        return *slot;
    }

    Db& db() { return db_; }

private:
    Db& db_;
    std::map<const char*, std::unique_ptr<Statement>> statements_;
};

} // namespace pelita::server::analytics
