// Db::writeLock(): two connections of this process to one file take turns
// writing through the in-process lock, not through SQLite's busy handler
// (which sleeps between tries). Shown with the busy handler switched off on the
// second connection: without the shared lock its BEGIN IMMEDIATE would fail at
// once with "database is locked".
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "sqlite_db.h"
#include "support/temp_dir.h"

using pelita::server::Db;
using pelita::server::Statement;
using pelita::server::Transaction;

namespace {
std::int64_t rows(Db& db) {
    Statement count(db, "SELECT count(*) FROM t");
    count.step();
    return count.columnInt(0);
}
} // namespace

TEST_CASE("writers of one file in one process wait for each other's commit, not for SQLite's busy handler",
          "[server][sqlite]") {
    pelita::test::TempDir dir;
    const auto file = dir.path() / "shared.db";
    Db first(file), second(file);
    first.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER)");
    sqlite3_busy_timeout(second.handle(), 0); // no busy handler: SQLITE_BUSY at once
    CHECK(&first.writeLock() == &second.writeLock());

    std::atomic<bool> secondDone{false};
    std::string secondError;
    std::thread other;
    {
        Transaction tx(first);
        first.exec("INSERT INTO t VALUES (1)");
        other = std::thread([&] {
            try {
                Transaction mine(second); // waits here until `tx` commits
                second.exec("INSERT INTO t VALUES (2)");
                mine.commit();
                secondDone = true;
            } catch (const std::exception& e) {
                secondError = e.what();
            }
        });
        // The other writer cannot get in while this transaction is open.
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        CHECK_FALSE(secondDone);
        tx.commit();
    }
    other.join();
    CHECK(secondError == "");
    CHECK(secondDone);
    CHECK(rows(first) == 2);

    SECTION("a transaction that rolls back lets the next writer in too") {
        {
            Transaction abandoned(first);
            first.exec("INSERT INTO t VALUES (3)");
        } // rolled back
        Transaction next(second);
        second.exec("INSERT INTO t VALUES (4)");
        next.commit();
        CHECK(rows(first) == 3);
    }
}

TEST_CASE("different files have different write locks", "[server][sqlite]") {
    pelita::test::TempDir dir;
    std::filesystem::create_directories(dir.path() / "sub");
    Db a(dir.path() / "a.db"), b(dir.path() / "b.db"), again(dir.path() / "sub" / ".." / "a.db");
    CHECK(&a.writeLock() != &b.writeLock());
    CHECK(&a.writeLock() == &again.writeLock()); // the same file by another spelling
}
