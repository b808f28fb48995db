// Mandatory (Wajib) courses against the real pelita-server: an admin assigns a
// course on the dashboard, the kiosk pulls its OPD's set and keeps it; an
// unassigned course goes at the next pull; a bad answer or a dropped link keeps
// the last set; an assigned course downloads without the trainer asking; and a
// records.db from before the assignments table keeps its records.
#include "course_server.h"

#include <support/fault_proxy.h>

#include <pelita/content/course_library.h>
#include <pelita/sync/assignments_pull.h>
#include <pelita/sync/curl_transport.h>
#include <pelita/sync/pull_pass.h>
#include <pelita/sync/roster_pull.h>

#include <httplib.h>
#include <sqlite3.h>

#include <cstdlib>
#include <map>
#include <regex>

using namespace pelita;
namespace fs = std::filesystem;

namespace {

const std::string kOpd = "Sekretariat Daerah";
const std::string kPassword = "sandi-admin-uji-wajib";

// The dashboard as an admin's browser uses it: logged in, posting forms with the
// session's CSRF token.
class Dashboard {
public:
    explicit Dashboard(test::CourseServer& cs) : client_("127.0.0.1", cs.server.port()) {
        client_.set_read_timeout(60, 0); // logging in checks an Argon2id hash: slow on a busy machine
        const std::string command = "printf '%s\\n' " + kPassword + " | " + PELITA_BIN_DIR +
                                    "/pelita-server admin-user add kepala --role admin --data " +
                                    cs.server.dataDir().string() + " > " + (cs.dir / "admin.out").string() +
                                    " 2>&1";
        REQUIRE(std::system(command.c_str()) == 0);
        get("/admin/login");
        const auto in = post("/admin/login", {{"username", "kepala"}, {"password", kPassword}});
        REQUIRE(in);
        REQUIRE(in->status == 303);
        get("/admin/assignments"); // the session's token
    }

    void assign(const std::string& opd, const std::string& position, const std::string& due) {
        const auto res =
            post("/admin/assignments/add",
                 {{"course", test::kDemoCourseIri}, {"opd", opd}, {"position", position}, {"due", due}});
        REQUIRE(res);
        INFO(res->body);
        REQUIRE(res->status == 200);
    }

    void unassign(std::int64_t id) {
        const auto res = post("/admin/assignments/remove", {{"id", std::to_string(id)}});
        REQUIRE(res);
        REQUIRE(res->status < 400);
    }

private:
    httplib::Result get(const std::string& path) { return remember(client_.Get(path.c_str(), cookies())); }
    httplib::Result post(const std::string& path, httplib::Params form) {
        form.emplace("csrf", csrf_);
        return remember(client_.Post(path.c_str(), cookies(), form));
    }
    httplib::Headers cookies() const {
        std::string all;
        for (const auto& [name, value] : cookies_)
            all += (all.empty() ? "" : "; ") + name + "=" + value;
        return {{"Cookie", all}};
    }
    httplib::Result remember(httplib::Result res) {
        if (!res) return res;
        for (const auto& [name, value] : res->headers)
            if (name == "Set-Cookie") {
                const auto eq = value.find('=');
                cookies_[value.substr(0, eq)] = value.substr(eq + 1, value.find(';') - eq - 1);
            }
        static const std::regex kToken("name=\"csrf\" value=\"([0-9a-f]+)\"");
        if (std::smatch m; std::regex_search(res->body, m, kToken)) csrf_ = m[1];
        return res;
    }

    httplib::Client client_;
    std::map<std::string, std::string> cookies_;
    std::string csrf_;
};

// The kiosk names its OPD (pelita config --opd) and registers itself at the roster pull.
void registerKiosk(test::CourseServer& cs) {
    auto settings = sync::KioskSettings::load(*cs.kiosk.store);
    settings.opd = kOpd;
    settings.save(*cs.kiosk.store);
    sync::CurlTransport transport;
    REQUIRE(sync::pullRoster(*cs.kiosk.store, transport, settings).outcome == sync::RosterOutcome::Pulled);
}

sync::AssignmentsReport pull(test::CourseServer& cs) {
    sync::CurlTransport transport;
    return sync::pullAssignments(*cs.kiosk.store, transport, sync::KioskSettings::load(*cs.kiosk.store));
}

void pointKioskAt(test::CourseServer& cs, const std::string& url) {
    auto settings = sync::KioskSettings::load(*cs.kiosk.store);
    settings.serverUrl = url;
    settings.save(*cs.kiosk.store);
}

} // namespace

TEST_CASE("the kiosk keeps its OPD's mandatory courses; an unassigned one goes at the next pull",
          "[sync][wajib]") {
    test::CourseServer cs;
    cs.publish(cs.build("1.0.0", 1000));
    registerKiosk(cs);
    Dashboard admin(cs);
    admin.assign(kOpd, "", "2026-12-31");
    admin.assign("", "Analis Kebijakan", "2027-03-01");
    admin.assign("Dinas Kesehatan", "", "2026-10-01"); // another OPD's: not this kiosk's

    const auto first = pull(cs);
    CHECK(first.error == "");
    CHECK(first.outcome == sync::RosterOutcome::Pulled);
    CHECK(first.assignments == 2);
    CHECK(first.changed);
    auto kept = cs.kiosk.store->assignments();
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].courseIri == test::kDemoCourseIri);
    CHECK(kept[0].opd == kOpd);
    CHECK(kept[0].position == "");
    CHECK(kept[0].due == "2026-12-31");
    CHECK(kept[0].title.at("id-ID") == "Pelayanan Prima bagi ASN");
    CHECK(kept[1].opd == "");
    CHECK(kept[1].position == "Analis Kebijakan");

    const auto again = pull(cs);
    CHECK(again.outcome == sync::RosterOutcome::Pulled);
    CHECK_FALSE(again.changed);

    admin.unassign(kept[0].id);
    const auto after = pull(cs);
    CHECK(after.changed);
    CHECK(after.assignments == 1);
    kept = cs.kiosk.store->assignments();
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].position == "Analis Kebijakan");
}

TEST_CASE("a bad answer, a dropped link or a refusal keeps the last set", "[sync][wajib]") {
    test::CourseServer cs;
    cs.publish(cs.build("1.0.0", 1000));
    registerKiosk(cs);
    Dashboard(cs).assign(kOpd, "", "2026-12-31");
    REQUIRE(pull(cs).assignments == 1);
    test::FaultProxy proxy(cs.server.port());
    pointKioskAt(cs, proxy.url());

    SECTION("an answer that is not the list") {
        proxy.answer(200); // {"error": ...}
        const auto report = pull(cs);
        CHECK(report.outcome == sync::RosterOutcome::Failed);
        CHECK(report.error == "assignments.assignments: is missing or not a list");
        CHECK(report.assignments == 1);
    }
    SECTION("the server drops the connection") {
        proxy.resetResponseAfter(0);
        const auto report = pull(cs);
        CHECK(report.outcome == sync::RosterOutcome::Failed);
        CHECK(report.error != "");
        CHECK(report.assignments == 1);
    }
    SECTION("the server refuses the kiosk") {
        proxy.answer(403);
        const auto report = pull(cs);
        CHECK(report.outcome == sync::RosterOutcome::NotRegistered);
        CHECK(report.error.find("registered") != std::string::npos);
    }
    SECTION("the server fails") {
        proxy.answer(500);
        const auto report = pull(cs);
        CHECK(report.outcome == sync::RosterOutcome::Failed);
        CHECK(report.error == "The server answered 500 for the mandatory courses");
    }
    const auto kept = cs.kiosk.store->assignments();
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].due == "2026-12-31");
    // And the link back: the next good pull works as before.
    proxy.heal();
    CHECK(pull(cs).outcome == sync::RosterOutcome::Pulled);
}

TEST_CASE(
    "an assigned course downloads and installs without the trainer asking; roster learners get their OPD",
    "[sync][wajib][pull]") {
    test::CourseServer cs;
    cs.publish(cs.build("1.0.0", 1000));
    cs.trustPublisher();
    cs.dir.write("roster.csv", "nip,name,opd,unit,position\n"
                               "198501012010012001,Ani Lestari,\"" +
                                   kOpd +
                                   "\",Bagian Umum,Analis Kebijakan\n"
                                   "198501012010011001,Siti Aminah,\"" +
                                   kOpd + "\",Bagian Umum,Analis SDM\n");
    const std::string command = std::string(PELITA_BIN_DIR) + "/pelita-server roster import " +
                                (cs.dir / "roster.csv").string() + " --data " + cs.server.dataDir().string() +
                                " > " + (cs.dir / "roster.out").string() + " 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    auto settings = sync::KioskSettings::load(*cs.kiosk.store);
    settings.opd = kOpd; // registers itself at the roster pull
    settings.save(*cs.kiosk.store);
    const fs::path data = cs.kiosk.dir.path();

    sync::CurlTransport transport;
    sync::CatalogueStatus status;
    REQUIRE(sync::runPullPass(*cs.kiosk.store, transport, data, status) == sync::PullOutcome::Done);
    CHECK(status.assignments == sync::RosterOutcome::Pulled);
    CHECK(status.assignmentCount == 0);
    REQUIRE(status.find(test::kDemoCourseIri));
    CHECK(status.find(test::kDemoCourseIri)->state ==
          sync::DownloadState::Offered); // new, not mandatory: waits
    CHECK(content::loadInstalledCourses(data).courses.empty());
    // The roster's OPD, beside the unit; noted too for the learner who enrolled here.
    CHECK(cs.kiosk.store->learner("198501012010012001")->opd == kOpd);
    CHECK(cs.kiosk.store->learner("198501012010012001")->unit == "Bagian Umum");
    CHECK(cs.kiosk.store->learner(cs.kiosk.learner.nip)->opd == kOpd);

    Dashboard(cs).assign(kOpd, "", "2026-12-31");
    REQUIRE(sync::runPullPass(*cs.kiosk.store, transport, data, status) == sync::PullOutcome::Done);
    CHECK(status.assignmentCount == 1);
    CHECK(status.assignmentChanges == 1);
    CHECK(status.find(test::kDemoCourseIri)->state == sync::DownloadState::Installed);
    const auto installed = content::loadInstalledCourses(data).courses;
    REQUIRE(installed.size() == 1);
    CHECK(installed[0].iri == test::kDemoCourseIri);
    CHECK(sync::coursesAskedFor(*cs.kiosk.store).empty());
}

TEST_CASE("an assignments answer the kiosk cannot read is refused, naming the entry and field",
          "[sync][wajib]") {
    CHECK(sync::parseAssignments("[]").error() == "assignments: is not a JSON object");
    CHECK(sync::parseAssignments(R"({"opd": "X"})").error() ==
          "assignments.assignments: is missing or not a list");
    const std::string good = R"({"id": 1, "course": "https://e.go.id/c", "due": "2026-12-31"})";
    CHECK(
        sync::parseAssignments(R"({"assignments": [)" + good + R"(, {"course": "c", "due": "2026-12-31"}]})")
            .error() == "assignments[1].id: is missing or not a whole number");
    CHECK(sync::parseAssignments(R"({"assignments": [{"id": 1, "due": "2026-12-31"}]})").error() ==
          "assignments[0].course: is missing");
    CHECK(sync::parseAssignments(R"({"assignments": [{"id": 1, "course": "c", "due": "31-12-2026"}]})")
              .error() == "assignments[0].due: is not a date (YYYY-MM-DD): \"31-12-2026\"");
    CHECK(sync::parseAssignments(
              R"({"assignments": [{"id": 1, "course": "c", "opd": 7, "due": "2026-12-31"}]})")
              .error() == "assignments[0].opd: is not text");
    CHECK(sync::parseAssignments(
              R"({"assignments": [{"id": 1, "course": "c", "due": "2026-12-31", "title": "T"}]})")
              .error() == "assignments[0].title: is not an object of languages");
    const auto ok = sync::parseAssignments(
        R"({"opd": null, "assignments": [{"id": 4, "course": "c", "title": {"id-ID": "K", "en-US": "C"},
            "opd": "", "position": "Analis", "due": "2027-03-01"}]})");
    REQUIRE(ok);
    REQUIRE(ok->size() == 1);
    CHECK(ok->front().id == 4);
    CHECK(ok->front().title.at("en-US") == "C");
    CHECK(ok->front().position == "Analis");
}

TEST_CASE("a records.db of schema 3 gains the assignments and keeps its records", "[sync][wajib][store]") {
    test::StoreFixture f;
    f.store->completeLesson(f.learner.nip, f.course.iri, "pengertian", {});
    f.store->setSetting("kiosk.language", "en");
    f.store.reset();
    { // Back to how a v3 kiosk left it.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open((f.dir.path() / "records.db").string().c_str(), &db) == SQLITE_OK);
        CHECK(sqlite3_exec(
                  db,
                  "DROP TABLE assignments; ALTER TABLE learners DROP COLUMN opd;"
                  " ALTER TABLE quiz_attempts DROP COLUMN taken_from; PRAGMA user_version = 3;",
                  nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    auto store = sync::RecordsStore::open(f.dir.path());
    REQUIRE(store);
    CHECK((*store)->schemaVersion() == sync::RecordsStore::kSchemaVersion);
    const auto learner = (*store)->learner(f.learner.nip);
    REQUIRE(learner);
    CHECK(learner->unit == f.learner.unit);
    CHECK(learner->opd == "");
    CHECK((*store)->completedLessons(f.learner.nip, f.course.iri) == std::vector<std::string>{"pengertian"});
    CHECK((*store)->setting("kiosk.language") == "en");
    CHECK((*store)->assignments().empty());
    CHECK((*store)->replaceAssignments({{7, "https://e.go.id/c", {}, "", "", "2026-12-31"}}));
    CHECK((*store)->assignments().size() == 1);
}
