// Roster learners and the catalogue on the kiosk, without a window: a learner the
// server's roster brought (no PIN) chooses one at first sign-in and is in; a
// learner with a PIN cannot choose another that way; "Unduh" reaches the sync
// engine only in trainer mode; a course the engine installs shows up, but never
// under a learner who is inside a course.
#include "app/controller.h"

#include <pelita/content/course_library.h>
#include <pelita/sync/pin.h>
#include "../support/temp_dir.h"
#include "queue_pump.h"

#include <catch2/catch.hpp>


using namespace pelita;
using namespace pelita::kiosk;

namespace {

const sync::Learner kRosterLearner{"199002152015032002", "Rina Marlina", "BKPSDM", ""};
const sync::Learner kEnrolled{"198703152012012003", "Yusuf Hamdani, S.E.", "Diskominfo", ""};

struct RosterKiosk {
    test::TempDir dir;
    AppState state;
    platform::MainThreadQueue queue;
    std::vector<std::string> downloads; // what reached the engine's download()
    std::unique_ptr<RecordsWorker> worker;
    std::unique_ptr<Controller> controller;

    RosterKiosk() {
        {
            auto store = sync::RecordsStore::open(dir.path());
            REQUIRE(store);
            REQUIRE((*store)->enrol(kRosterLearner));            // as the roster pull adds them
            REQUIRE((*store)->enrol(kEnrolled, "135790"));       // enrolled here, with a PIN
        }
        Controller::Hooks hooks;
        hooks.downloadCourse = [this](const std::string& iri) { downloads.push_back(iri); };
        worker = std::make_unique<RecordsWorker>(dir.path(), queue);
        controller = std::make_unique<Controller>(state, *worker, queue, hooks);
        controller->start();
        pumpUntil([&] { return state.screen == Screen::Learners; });
    }
    ~RosterKiosk() {
        worker.reset();
        queue.drain();
    }
    template <class Done> void pumpUntil(Done done) { pelita::test::pumpQueueUntil(queue, done); }
    // Lets every job queued so far finish and deliver its result.
    void settle() {
        bool flushed = false;
        worker->post([this, &flushed](sync::RecordsStore&) { queue.post([&flushed] { flushed = true; }); }, {});
        pumpUntil([&] { return flushed; });
    }
    sync::PinCheck check(const std::string& nip, const std::string& pin) {
        auto store = sync::RecordsStore::open(dir.path());
        REQUIRE(store);
        return (*store)->checkPin(nip, pin, 0);
    }
};

} // namespace

TEST_CASE("a roster learner with no PIN chooses one at first sign-in and is signed in", "[client][roster]") {
    RosterKiosk k;
    k.controller->apply(intent::SignIn{kRosterLearner.nip});
    k.pumpUntil([&] { return k.state.login.choosingFirstPin; });
    CHECK(k.state.screen == Screen::Login);

    k.controller->apply(intent::ChooseFirstPin{"246810", "246811"});
    REQUIRE(k.state.notice);
    CHECK(k.state.notice->key == "login.pin_error.mismatch");
    k.controller->apply(intent::ChooseFirstPin{"12", "12"});
    CHECK(k.state.notice->key == sync::pinProblemKey(sync::PinProblem::Length));
    CHECK(k.state.screen == Screen::Login);

    k.controller->apply(intent::ChooseFirstPin{"246810", "246810"});
    k.pumpUntil([&] { return k.state.screen == Screen::Home; });
    REQUIRE(k.state.learner);
    CHECK(k.state.learner->nip == kRosterLearner.nip);
    k.settle();
    CHECK(k.check(kRosterLearner.nip, "246810").outcome == sync::PinCheck::Outcome::Ok);
}

TEST_CASE("a learner who has a PIN gets the PIN pad, and cannot choose a new PIN there", "[client][roster]") {
    RosterKiosk k;
    k.controller->apply(intent::SignIn{kEnrolled.nip});
    k.settle();
    CHECK(k.state.screen == Screen::Login);
    CHECK_FALSE(k.state.login.choosingFirstPin);
    k.controller->apply(intent::ChooseFirstPin{"999999", "999999"});
    k.settle();
    CHECK(k.state.screen == Screen::Login);
    CHECK_FALSE(k.state.learner);
    CHECK(k.check(kEnrolled.nip, "135790").outcome == sync::PinCheck::Outcome::Ok);
}

TEST_CASE("Unduh reaches the sync engine only in trainer mode", "[client][catalogue]") {
    RosterKiosk k;
    const std::string iri = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima";
    k.controller->apply(intent::DownloadCourse{iri});
    CHECK(k.downloads.empty());
    k.state.trainerMode = true; // signed in with the trainer PIN (another test's business)
    k.controller->apply(intent::DownloadCourse{iri});
    CHECK(k.downloads == std::vector<std::string>{iri});
}

TEST_CASE("a course the engine installed appears once the learner is out of the course they are in",
          "[client][catalogue]") {
    RosterKiosk k;
    REQUIRE(k.state.courses.empty());
    REQUIRE(content::installCourseFolder(std::filesystem::path(PELITA_SOURCE_DIR) / "assets/demo-course",
                                         k.dir.path()));
    k.state.learner = kEnrolled;
    k.state.screen = Screen::Course; // inside another course
    k.controller->coursesDownloaded();
    k.settle();
    CHECK(k.state.courses.empty());
    CHECK(k.state.coursesStale);

    k.controller->apply(intent::GoHome{});
    k.pumpUntil([&] { return k.state.courses.size() == 1; });
    CHECK_FALSE(k.state.coursesStale);
}
