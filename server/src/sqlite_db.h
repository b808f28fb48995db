#pragma once
// Small RAII wrappers over SQLite for the server's storage layer.
// Db owns one connection; Statement owns one prepared statement; Transaction
// rolls back in its destructor unless commit() was called.
// Thread notes: a Db and everything made from it belong to one thread at a time;
// the stores that own a Db guard it with their own mutex.
// Errors inside this layer are thrown as SqliteError; the stores turn them into
// values at their public boundary.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace pelita::server {

class SqliteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Db {
public:
    // Opens (creating if needed) the database file; throws SqliteError on failure.
    explicit Db(const std::filesystem::path& file);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    void exec(std::string_view sql);
    std::int64_t lastInsertRowId() const;
    sqlite3* handle() const { return db_; }

    // Shared by every Db of this process on the same file: Transaction holds it
    // from BEGIN IMMEDIATE to the end. A writer that finds the file busy then
    // waits on this mutex and starts the moment the other commits, instead of
    // in SQLite's busy handler, which sleeps 1, 2, 5, 10... ms between tries
    // (the LRS's writes and the dashboard's fold share server.db: those sleeps
    // were a third of a sync's time on loopback). Other processes still meet
    // the busy handler. Recursive: a thread already writing on one connection
    // gets SQLite's own answer on another, as before.
    std::recursive_mutex& writeLock() const { return *writeLock_; }

private:
    sqlite3* db_ = nullptr;
    std::shared_ptr<std::recursive_mutex> writeLock_;
};

class Statement {
public:
    Statement(Db& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bindNull(int index);
    // Binds NULL when `text` is empty.
    Statement& bindOptional(int index, const std::optional<std::string>& text);
    Statement& bindBlob(int index, std::string_view bytes);

    // Returns true while a row is available; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    std::string columnText(int index) const;
    std::string columnBlob(int index) const;
    std::int64_t columnInt(int index) const;
    bool columnIsNull(int index) const;

private:
    Db& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Transaction {
public:
    // BEGIN IMMEDIATE: take the write lock up front, so a reader never has to
    // be upgraded mid-transaction (which would fail with SQLITE_BUSY). Holds
    // Db::writeLock() until it ends, so writers of this process queue on it.
    explicit Transaction(Db& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Db& db_;
    std::unique_lock<std::recursive_mutex> writing_;
    bool done_ = false;
};

} // namespace pelita::server
