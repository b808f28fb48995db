#pragma once
// Internal RAII wrappers around the SQLite C API, in the manner of SQLiteCpp.
// Every failure throws std::runtime_error with SQLite's message; destructors never throw.
//
// Threads: a Database and its Statements belong to the thread that opened them.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace pelita::sync::sqlite {

class Database {
public:
    // Opens (creating if needed) the file. Throws on failure.
    explicit Database(const std::filesystem::path& file);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(const std::string& sql);   // one or more statements, no results
    int pragmaInt(const std::string& name);
    sqlite3* handle() const { return db_; }
    sqlite3* release();                   // hands the connection over; the Database becomes empty

private:
    sqlite3* db_ = nullptr;
};

// A prepared statement. bind() indexes start at 1, column() at 0, as in SQLite.
class Statement {
public:
    Statement(sqlite3* db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const std::string& value);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bindNull(int index);

    bool step();        // true while a row is available
    void run();         // steps to completion, for writes
    void reset();       // ready to step again with new bindings

    std::string text(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE on construction: taking the write lock up front means two
// connections never deadlock upgrading a read to a write. Rolls back in its
// destructor unless commit() was called.
class Transaction {
public:
    explicit Transaction(sqlite3* db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    sqlite3* db_;
    bool done_ = false;
};

[[noreturn]] void fail(sqlite3* db, const std::string& what);

} // namespace pelita::sync::sqlite
