// Roster pull against the real pelita-server: a registered kiosk gets its OPD's
// learners, who can then sign in once they choose a PIN; learners already on the
// kiosk keep their PIN and name, and nobody is removed.
#include "course_server.h"

#include <pelita/sync/curl_transport.h>
#include <pelita/sync/roster_pull.h>

#include <cstdlib>

using namespace pelita;
namespace fs = std::filesystem;

namespace {

const std::string kOpd = "Badan Kepegawaian dan Pengembangan SDM";

// Loads a roster CSV into the server, as an admin does with `pelita-server roster import`.
void importRoster(test::CourseServer& cs, const std::string& csv) {
    cs.dir.write("roster.csv", csv);
    const std::string command = std::string(PELITA_BIN_DIR) + "/pelita-server roster import " +
                                (cs.dir / "roster.csv").string() + " --data " + cs.server.dataDir().string() +
                                " > " + (cs.dir / "roster.out").string() + " 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
}

void registerKiosk(test::CourseServer& cs) {
    sync::CurlTransport transport;
    const auto answer = transport.post(cs.server.url() + "/pelita/v1/kiosks/register",
                                       {sync::basicAuthHeader(cs.server.key(), cs.server.secret())},
                                       R"({"kioskId":"KIOS-BKPSDM-01","name":"Kios BKPSDM","opd":")" + kOpd +
                                           R"(","appVersion":"test"})");
    REQUIRE(answer.status == 200);
}

sync::RosterReport pull(test::CourseServer& cs) {
    sync::CurlTransport transport;
    return sync::pullRoster(*cs.kiosk.store, transport, sync::KioskSettings::load(*cs.kiosk.store));
}

} // namespace

TEST_CASE("a registered kiosk adds its OPD's learners and leaves its own learners as they are", "[sync][roster]") {
    test::CourseServer cs;
    // The fixture's learner (NIP 198501012010011001) enrolled here with a PIN.
    REQUIRE(cs.kiosk.store->resetPin(cs.kiosk.learner.nip, "135790"));
    importRoster(cs, "nip,name,opd,unit,position\n"
                     "198501012010011001,Siti Aminah,\"" + kOpd + "\",Bidang Mutasi,Analis\n"
                     "199002152015032002,Rina Marlina,\"" + kOpd + "\",,Pengelola Data\n"
                     "198703102012121003,Budi Santoso,\"" + kOpd + "\",Bidang Diklat,\n"
                     "197512312000031004,Other OPD Person,Dinas Pendidikan,,\n");
    registerKiosk(cs);

    const auto first = pull(cs);
    CHECK(first.error == "");
    CHECK(first.outcome == sync::RosterOutcome::Pulled);
    CHECK(first.learners == 3);
    CHECK(first.added == 2);
    const auto rina = cs.kiosk.store->learner("199002152015032002");
    REQUIRE(rina);
    CHECK(rina->name == "Rina Marlina");
    CHECK(rina->unit == kOpd); // no unit on the roster: the OPD stands in
    CHECK(rina->position == "Pengelola Data");
    CHECK(cs.kiosk.store->learner("198703102012121003")->unit == "Bidang Diklat");
    CHECK_FALSE(cs.kiosk.store->learner("197512312000031004"));

    // The learner who was here keeps the name and PIN they enrolled with.
    const auto siti = cs.kiosk.store->learner(cs.kiosk.learner.nip);
    REQUIRE(siti);
    CHECK(siti->name == cs.kiosk.learner.name);
    CHECK(cs.kiosk.store->checkPin(siti->nip, "135790", 0).outcome == sync::PinCheck::Outcome::Ok);
    // Roster learners have no PIN yet: they choose one at their first sign-in.
    CHECK(cs.kiosk.store->checkPin(rina->nip, "000000", 0).outcome == sync::PinCheck::Outcome::NoPin);

    SECTION("pulling again adds nothing and removes no one, not even a learner the roster dropped") {
        REQUIRE(cs.kiosk.store->resetPin(rina->nip, "246810"));
        importRoster(cs, "nip,name,opd\n198703102012121003,Budi Santoso,\"" + kOpd + "\"\n");
        const auto again = pull(cs);
        CHECK(again.outcome == sync::RosterOutcome::Pulled);
        CHECK(again.learners == 1);
        CHECK(again.added == 0);
        CHECK(cs.kiosk.store->learners().size() == 3);
        CHECK(cs.kiosk.store->checkPin(rina->nip, "246810", 0).outcome == sync::PinCheck::Outcome::Ok);
    }
}

TEST_CASE("a kiosk that knows its OPD registers itself and gets that OPD's roster", "[sync][roster]") {
    test::CourseServer cs;
    importRoster(cs, "nip,name,opd\n199002152015032002,Rina Marlina,\"" + kOpd + "\"\n"
                     "197512312000031004,Other OPD Person,Dinas Pendidikan\n");
    auto settings = sync::KioskSettings::load(*cs.kiosk.store);
    settings.opd = kOpd; // pelita config --opd
    settings.save(*cs.kiosk.store);
    const auto report = pull(cs);
    CHECK(report.error == "");
    CHECK(report.outcome == sync::RosterOutcome::Pulled);
    CHECK(report.added == 1);
    CHECK(cs.kiosk.store->learner("199002152015032002"));
    CHECK_FALSE(cs.kiosk.store->learner("197512312000031004"));
}

TEST_CASE("a kiosk not registered to an OPD is told so and its learners stay", "[sync][roster]") {
    test::CourseServer cs;
    const auto report = pull(cs);
    CHECK(report.outcome == sync::RosterOutcome::NotRegistered);
    CHECK(report.error.find("register") != std::string::npos);
    CHECK(cs.kiosk.store->learners().size() == 1);
}

TEST_CASE("a roster answer the kiosk cannot read is refused, naming the entry and field", "[sync][roster]") {
    CHECK(sync::parseRoster("[]").error() == "roster: is not a JSON object");
    CHECK(sync::parseRoster(R"({"opd": "X"})").error() == "roster.learners: is missing or not a list");
    CHECK(sync::parseRoster(R"({"learners": [{"nip": "1", "name": "A"}, {"name": "B"}]})").error() ==
          "roster.learners[1].nip: is missing");
    CHECK(sync::parseRoster(R"({"learners": [{"nip": "1"}]})").error() == "roster.learners[0].name: is missing");
    const auto ok = sync::parseRoster(R"({"learners": [{"nip": "1", "name": "A", "opd": "Setda", "unit": ""}]})");
    REQUIRE(ok);
    REQUIRE(ok->size() == 1);
    CHECK(ok->front().unit == "Setda");
}
