#include "sqlite_db.h"

#include <sqlite3.h>

#include <map>

namespace pelita::server {

namespace {

// The write lock of `file`, shared by every open Db on it (the key is the
// canonical path; a file that cannot be resolved, or ":memory:", gets its own).
std::shared_ptr<std::recursive_mutex> writeLockOf(const std::filesystem::path& file) {
    static std::mutex registryMutex;
    static std::map<std::string, std::weak_ptr<std::recursive_mutex>> registry;
    std::error_code ec;
    const auto canonical = std::filesystem::weakly_canonical(file, ec);
    if (ec || file.empty() || file == ":memory:") return std::make_shared<std::recursive_mutex>();
    std::lock_guard lock(registryMutex);
    std::erase_if(registry, [](const auto& entry) { return entry.second.expired(); }); // files no longer open
    auto& slot = registry[canonical.string()];
    auto shared = slot.lock();
    if (!shared) slot = shared = std::make_shared<std::recursive_mutex>();
    return shared;
}

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
    throw SqliteError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}
} // namespace

Db::Db(const std::filesystem::path& file) {
    const int rc = sqlite3_open_v2(file.string().c_str(), &db_,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw SqliteError("cannot open " + file.string() + ": " + message);
    }
    // A CLI command may touch the file while the server writes; wait instead of failing.
    sqlite3_busy_timeout(db_, 5000);
    writeLock_ = writeLockOf(file);
}

Db::~Db() { sqlite3_close(db_); }

void Db::exec(std::string_view sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw SqliteError(message);
    }
}

std::int64_t Db::lastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

Statement::Statement(Db& db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
        fail(db.handle(), "prepare");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(db_.handle(), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_.handle(), "bind");
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_.handle(), "bind");
    return *this;
}

Statement& Statement::bindOptional(int index, const std::optional<std::string>& text) {
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    if (sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(db_.handle(), "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_.handle(), "step");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::columnText(int index) const {
    const auto* text = sqlite3_column_text(stmt_, index);
    if (!text) return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_column_bytes(stmt_, index)));
}

std::string Statement::columnBlob(int index) const {
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt_, index));
    if (!bytes) return {};
    return std::string(bytes, static_cast<size_t>(sqlite3_column_bytes(stmt_, index)));
}

std::int64_t Statement::columnInt(int index) const { return sqlite3_column_int64(stmt_, index); }

bool Statement::columnIsNull(int index) const { return sqlite3_column_type(stmt_, index) == SQLITE_NULL; }

Transaction::Transaction(Db& db) : db_(db), writing_(db.writeLock()) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (done_) return;
    // Never throw from a destructor: a failed rollback leaves SQLite to roll back
    // the open transaction when the connection closes.
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
    writing_.unlock();
}

} // namespace pelita::server
