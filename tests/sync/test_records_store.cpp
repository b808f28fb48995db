#include "sample_course.h"

#include <sqlite3.h>

#include <set>

using namespace pelita;
using pelita::sync::RecordsStore;

namespace {

std::set<std::string> tablesIn(const std::filesystem::path& db) {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(db.string().c_str(), &h) == SQLITE_OK);
    std::set<std::string> names;
    sqlite3_exec(h, "SELECT name FROM sqlite_master WHERE type='table'",
                 [](void* out, int, char** values, char**) {
                     static_cast<std::set<std::string>*>(out)->insert(values[0]);
                     return 0;
                 },
                 &names, nullptr);
    sqlite3_close(h);
    return names;
}

nlohmann::json statementWithId(const std::string& id) { return nlohmann::json{{"id", id}}; }

void setUserVersion(const std::filesystem::path& db, int version) {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(db.string().c_str(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, ("PRAGMA user_version = " + std::to_string(version)).c_str(), nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_close(h);
}

} // namespace

TEST_CASE("a new store creates the current schema in WAL mode", "[sync][store]") {
    test::TempDir dir;
    auto store = RecordsStore::open(dir.path() / "data");
    REQUIRE(store);
    CHECK((*store)->schemaVersion() == RecordsStore::kSchemaVersion);
    auto tables = tablesIn(dir.path() / "data" / "records.db");
    for (const char* t : {"learners", "lesson_progress", "quiz_attempts", "quiz_answers", "outbox", "settings",
                          "reading_positions", "quarantine"})
        CHECK(tables.count(t) == 1);
    // WAL mode leaves its -wal file beside the database while a connection is open.
    CHECK(std::filesystem::exists(dir.path() / "data" / "records.db-wal"));
}

TEST_CASE("reopening the store keeps learners, progress and settings", "[sync][store]") {
    test::StoreFixture f;
    f.store->completeLesson(f.learner.nip, f.course.iri, "pengertian", {});
    f.store->setSetting("kiosk.language", "en");
    f.store.reset();

    auto again = RecordsStore::open(f.dir.path());
    REQUIRE(again);
    CHECK((*again)->schemaVersion() == RecordsStore::kSchemaVersion);
    auto learner = (*again)->learner(f.learner.nip);
    REQUIRE(learner);
    CHECK(learner->name == f.learner.name);
    CHECK(learner->position == "Analis SDM");
    CHECK((*again)->completedLessons(f.learner.nip, f.course.iri) == std::vector<std::string>{"pengertian"});
    CHECK((*again)->setting("kiosk.language") == "en");
}

TEST_CASE("a version 1 database is migrated with its records kept", "[sync][store]") {
    test::StoreFixture f;
    f.store->completeLesson(f.learner.nip, f.course.iri, "pengertian",
                            {statementWithId("6f1c1d0e-0000-4000-8000-000000000003")});
    f.store.reset();
    // Turn the file back into what a version 1 kiosk wrote.
    {
        sqlite3* h = nullptr;
        REQUIRE(sqlite3_open((f.dir.path() / "records.db").string().c_str(), &h) == SQLITE_OK);
        const char* downgrade = "DROP TABLE assignments; ALTER TABLE learners DROP COLUMN opd;"
                                "DROP TABLE certificates; DROP TABLE reading_positions; DROP TABLE quarantine;"
                                "ALTER TABLE learners DROP COLUMN pin_hash;"
                                "ALTER TABLE learners DROP COLUMN failed_pins;"
                                "ALTER TABLE learners DROP COLUMN locked_until;"
                                "ALTER TABLE quiz_attempts DROP COLUMN seed;"
                                "ALTER TABLE quiz_attempts DROP COLUMN elapsed_ms;"
                                "ALTER TABLE quiz_attempts DROP COLUMN current_question;"
                                "ALTER TABLE quiz_attempts DROP COLUMN course_version;"
                                "ALTER TABLE quiz_attempts DROP COLUMN taken_from;"
                                "ALTER TABLE outbox DROP COLUMN carried_at; PRAGMA user_version = 1;";
        REQUIRE(sqlite3_exec(h, downgrade, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(h);
    }
    REQUIRE(tablesIn(f.dir.path() / "records.db").count("quarantine") == 0);

    auto again = RecordsStore::open(f.dir.path());
    REQUIRE(again);
    CHECK((*again)->schemaVersion() == RecordsStore::kSchemaVersion);
    CHECK(tablesIn(f.dir.path() / "records.db").count("quarantine") == 1);
    CHECK((*again)->learner(f.learner.nip).has_value());
    CHECK((*again)->completedLessons(f.learner.nip, f.course.iri) == std::vector<std::string>{"pengertian"});
    CHECK((*again)->pendingCount() == 1);
}

TEST_CASE("a database from a newer Pelita is refused with a clear message", "[sync][store]") {
    test::TempDir dir;
    { REQUIRE(RecordsStore::open(dir.path())); }
    setUserVersion(dir.path() / "records.db", 7);
    auto store = RecordsStore::open(dir.path());
    REQUIRE_FALSE(store);
    CHECK_THAT(store.error().message, Catch::Contains("newer version of Pelita"));
    CHECK_THAT(store.error().message, Catch::Contains("schema 7"));
}

TEST_CASE("a data folder that cannot be created is an error value", "[sync][store]") {
    test::TempDir dir;
    dir.write("occupied", "a file, not a folder");
    auto store = RecordsStore::open(dir.path() / "occupied" / "data");
    REQUIRE_FALSE(store);
    CHECK_FALSE(store.error().message.empty());
}

TEST_CASE("enrolling the same NIP twice is refused", "[sync][store]") {
    test::StoreFixture f;
    auto again = f.store->enrol(f.learner);
    REQUIRE_FALSE(again);
    CHECK_THAT(again.error().message, Catch::Contains(f.learner.nip));
    CHECK(f.store->learners().size() == 1);
}

TEST_CASE("completing a lesson twice keeps one progress row", "[sync][store]") {
    test::StoreFixture f;
    f.store->completeLesson(f.learner.nip, f.course.iri, "standar", {});
    f.store->completeLesson(f.learner.nip, f.course.iri, "standar", {});
    CHECK(f.store->completedLessons(f.learner.nip, f.course.iri).size() == 1);
    CHECK(f.store->completedLessons(f.learner.nip, "https://other/course").empty());
}

TEST_CASE("progress for a learner who is not enrolled is refused", "[sync][store]") {
    test::StoreFixture f;
    auto st = statementWithId("6f1c1d0e-0000-4000-8000-000000000001");
    CHECK_THROWS_AS(f.store->completeLesson("199001012015011001", f.course.iri, "standar", {st}), std::runtime_error);
    CHECK(f.store->pendingCount() == 0);
}

TEST_CASE("two connections share one records file", "[sync][store]") {
    test::StoreFixture f;
    auto second = RecordsStore::open(f.dir.path());
    REQUIRE(second);
    f.store->completeLesson(f.learner.nip, f.course.iri, "pengertian",
                            {statementWithId("6f1c1d0e-0000-4000-8000-000000000002")});
    CHECK((*second)->pendingCount() == 1);
    (*second)->markSent({(*second)->pendingStatements(10).at(0).seq});
    CHECK(f.store->pendingCount() == 0);
}
