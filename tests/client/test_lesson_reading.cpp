// The lesson player's logic without a window: the reading position goes to
// records.db as the learner scrolls, comes back when the lesson is opened again
// (also by a new kiosk process, as after kill -9), and "Lanjutkan" names the
// lesson read last. Also the pure parts: position <-> scroll offset, lesson links.
#include "app/controller.h"
#include "views/lesson_links.h"
#include "views/lesson_position.h"

#include <pelita/content/course_library.h>
#include <pelita/content/course_loader.h>
#include "../support/temp_dir.h"
#include "queue_pump.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace pelita;
using namespace pelita::kiosk;

namespace {

const sync::Learner kLearner{"198703152012012003", "Yusuf Hamdani, S.E.", "Diskominfo", ""};
const char* kCourse = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima";

// One kiosk "process": a records worker and a controller over a data folder,
// with the main-thread queue pumped by hand.
struct Kiosk {
    AppState state;
    platform::MainThreadQueue queue;
    std::unique_ptr<RecordsWorker> worker;
    std::unique_ptr<Controller> controller;

    explicit Kiosk(const std::filesystem::path& data) {
        worker = std::make_unique<RecordsWorker>(data, queue);
        controller = std::make_unique<Controller>(state, *worker, queue, Controller::Hooks{});
        controller->start();
        pumpUntil([&] { return state.screen == Screen::Learners; });
        state.learner = kLearner; // signed in (the PIN is another test's business)
    }
    ~Kiosk() {
        worker.reset(); // finishes queued writes first
        queue.drain();
    }
    template <class Done> void pumpUntil(Done done) { pelita::test::pumpQueueUntil(queue, done); }
    void apply(Intent intent) { controller->apply(intent); }
    void openLesson(const std::string& id) {
        apply(intent::OpenLesson{id});
        pumpUntil([&] { return !state.lesson.loading; });
    }
    void settle() { pumpUntil([&] { return state.unsavedWrites == 0; }); }
};

struct KioskData {
    test::TempDir dir;
    KioskData() {
        auto store = sync::RecordsStore::open(dir.path());
        REQUIRE(store);
        REQUIRE((*store)->enrol(kLearner));
        REQUIRE(content::installCourseFolder(std::filesystem::path(PELITA_SOURCE_DIR) / "assets/demo-course",
                                             dir.path()));
    }
};

} // namespace

TEST_CASE("a lesson reopens where the learner stopped, also in a new kiosk process", "[client][lesson]") {
    KioskData data;
    {
        Kiosk kiosk(data.dir.path());
        kiosk.apply(intent::OpenCourse{kCourse});
        kiosk.openLesson("asas-pelayanan");
        CHECK(kiosk.state.lesson.restorePosition < 0); // never read: from the top
        CHECK_FALSE(kiosk.state.lesson.document.blocks.empty());
        kiosk.apply(intent::ReadAt{"asas-pelayanan", 6.25});
        kiosk.apply(intent::ReadAt{"asas-pelayanan", 11.5}); // while the first write is in flight
        kiosk.settle();
        kiosk.apply(intent::BackToCourse{});
        kiosk.settle();
    } // the process ends; nothing is kept but records.db
    auto store = sync::RecordsStore::open(data.dir.path());
    REQUIRE(store);
    CHECK((*store)->readingPosition(kLearner.nip, kCourse, "asas-pelayanan") == 11.5);

    Kiosk again(data.dir.path());
    again.apply(intent::OpenCourse{kCourse});
    again.pumpUntil([&] { return again.state.lastReading.has_value(); });
    CHECK(again.state.lastReading->lessonId == "asas-pelayanan");
    again.openLesson("asas-pelayanan");
    CHECK(again.state.lesson.restorePosition == 11.5);
}

TEST_CASE("leaving a lesson saves the last place even when scrolling never settled", "[client][lesson]") {
    KioskData data;
    Kiosk kiosk(data.dir.path());
    kiosk.apply(intent::OpenCourse{kCourse});
    kiosk.openLesson("asas-pelayanan");
    kiosk.apply(intent::ReadAt{"asas-pelayanan", 3.0});
    kiosk.apply(intent::ReadAt{"asas-pelayanan", 4.5});
    // A link to the next lesson, at once: the first lesson's place is still saved.
    kiosk.openLesson("sikap-melayani");
    kiosk.settle();
    kiosk.apply(intent::ReadAt{"sikap-melayani", 2.0});
    kiosk.settle();
    kiosk.apply(intent::ReadAt{"asas-pelayanan", 9.0}); // a stale report from the other lesson: ignored
    kiosk.settle();

    auto store = sync::RecordsStore::open(data.dir.path());
    REQUIRE(store);
    CHECK((*store)->readingPosition(kLearner.nip, kCourse, "asas-pelayanan") == 4.5);
    CHECK((*store)->readingPosition(kLearner.nip, kCourse, "sikap-melayani") == 2.0);
    CHECK(kiosk.state.lastReading->lessonId == "sikap-melayani");

    kiosk.openLesson("asas-pelayanan");
    CHECK(kiosk.state.lesson.restorePosition == 4.5);
}

TEST_CASE("a lesson's images are decoded off the UI thread; a missing one says why", "[client][lesson]") {
    KioskData data;
    Kiosk kiosk(data.dir.path());
    kiosk.apply(intent::OpenCourse{kCourse});
    kiosk.openLesson("asas-pelayanan");
    REQUIRE(kiosk.state.lesson.images.count("../gambar/alur-layanan.png") == 1);
    kiosk.pumpUntil([&] { return !kiosk.state.lesson.images.at("../gambar/alur-layanan.png").loading; });
    const LessonImage& image = kiosk.state.lesson.images.at("../gambar/alur-layanan.png");
    CHECK(image.problem.empty());
    CHECK(image.width == 960);
    REQUIRE(image.rgba);
    CHECK(image.rgba->size() == static_cast<std::size_t>(image.width * image.height * 4));

    // The installed copy damaged after install: a notice in place of the picture.
    const content::Course* course = kiosk.state.openCourse();
    REQUIRE(course);
    std::ofstream(course->root / "gambar/alur-layanan.png", std::ios::binary | std::ios::trunc) << "bukan gambar";
    kiosk.openLesson("sikap-melayani");
    kiosk.openLesson("asas-pelayanan");
    kiosk.pumpUntil([&] { return !kiosk.state.lesson.images.at("../gambar/alur-layanan.png").loading; });
    const LessonImage& broken = kiosk.state.lesson.images.at("../gambar/alur-layanan.png");
    CHECK_FALSE(broken.rgba);
    CHECK(broken.problem.find("alur-layanan.png") != std::string::npos);
}

TEST_CASE("an image's pixels go once its texture is made, and come back if asked", "[client][lesson]") {
    const std::string picture = "../gambar/alur-layanan.png";
    KioskData data;
    Kiosk kiosk(data.dir.path());
    kiosk.apply(intent::OpenCourse{kCourse});
    kiosk.openLesson("asas-pelayanan");
    kiosk.pumpUntil([&] { return !kiosk.state.lesson.images.at(picture).loading; });
    REQUIRE(kiosk.state.lesson.images.at(picture).rgba);

    kiosk.apply(intent::ImageShown{"sikap-melayani", picture}); // another lesson's: ignored
    CHECK(kiosk.state.lesson.images.at(picture).rgba);
    kiosk.apply(intent::ImageShown{"asas-pelayanan", picture});
    const LessonImage& shown = kiosk.state.lesson.images.at(picture);
    CHECK_FALSE(shown.rgba);
    CHECK(shown.shown());
    CHECK(shown.width == 960); // the view still lays it out at its size
    CHECK(shown.problem.empty());
    CHECK(kiosk.state.screen == Screen::Lesson);

    // The view lost the texture: decoded again, off the UI thread.
    kiosk.apply(intent::ImageNeeded{"asas-pelayanan", picture});
    CHECK(kiosk.state.lesson.images.at(picture).loading);
    kiosk.pumpUntil([&] { return !kiosk.state.lesson.images.at(picture).loading; });
    const LessonImage& again = kiosk.state.lesson.images.at(picture);
    CHECK_FALSE(again.shown());
    REQUIRE(again.rgba);
    CHECK(again.rgba->size() == static_cast<std::size_t>(again.width * again.height * 4));
}

TEST_CASE("a reading position means the same place at any text size", "[client][lesson]") {
    // Four blocks at 100 %, and the same blocks twice as tall at 200 %.
    const std::vector<float> small{0, 100, 150, 400};
    const std::vector<float> large{0, 200, 300, 800};
    const double position = views::positionAt(small, 500, 275); // half-way into block 2
    CHECK(position == Approx(2.5));
    CHECK(views::offsetFor(large, 1000, position) == Approx(550));
    CHECK(views::positionAt(large, 1000, views::offsetFor(large, 1000, position)) == Approx(position));
    CHECK(views::positionAt(small, 500, 0) == 0);
    CHECK(views::offsetFor(small, 500, 0) == 0);
    CHECK(views::offsetFor(small, 500, 40.0) == 400); // the lesson got shorter: its last block
    CHECK(views::offsetFor({}, 0, 3.0) == 0);
}

TEST_CASE("links in a lesson open other lessons by file or id; the web is never opened", "[client][lesson]") {
    auto course = content::loadCourse(std::filesystem::path(PELITA_SOURCE_DIR) / "assets/demo-course");
    REQUIRE(course);
    const content::Lesson& first = *course->findLesson("asas-pelayanan");
    using views::LinkKind;
    auto target = views::resolveLink(*course, first, "02-sikap-melayani.md");
    CHECK(target.kind == LinkKind::Lesson);
    CHECK(target.lessonId == "sikap-melayani");
    CHECK(views::resolveLink(*course, first, "./02-sikap-melayani.md#menangani-keluhan").lessonId == "sikap-melayani");
    CHECK(views::resolveLink(*course, first, "sikap-melayani").lessonId == "sikap-melayani");
    CHECK(views::resolveLink(*course, first, "https://peraturan.bpk.go.id/").kind == LinkKind::External);
    CHECK(views::resolveLink(*course, first, "www.lapor.go.id").kind == LinkKind::External);
    CHECK(views::resolveLink(*course, first, "mailto:bkpsdm@sawahluntokota.go.id").kind == LinkKind::External);
    CHECK(views::resolveLink(*course, first, "../gambar/alur-layanan.png").kind == LinkKind::External);
    CHECK(views::resolveLink(*course, first, "#ringkasan").kind == LinkKind::Anchor);
    CHECK(views::previousLesson(*course, "sikap-melayani") == "asas-pelayanan");
    CHECK(views::previousLesson(*course, "asas-pelayanan").empty());
}
