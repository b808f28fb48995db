// Reading positions in records.db: saved per learner and lesson, the newest wins,
// and they survive closing and reopening the store (as after kill -9).
#include "sample_course.h"

#include <pelita/sync/kiosk_settings.h>

#include <cmath>

using namespace pelita;
using pelita::sync::RecordsStore;

TEST_CASE("a lesson never opened has no reading position", "[sync][store][reading]") {
    test::StoreFixture f;
    CHECK_FALSE(f.store->readingPosition(f.learner.nip, f.course.iri, "pengertian"));
    CHECK_FALSE(f.store->lastReading(f.learner.nip, f.course.iri));
}

TEST_CASE("a reading position is kept across reopening the store, and a later save replaces it",
          "[sync][store][reading]") {
    test::StoreFixture f;
    f.store->saveReadingPosition(f.learner.nip, f.course.iri, "pengertian", 7.25, 1000);
    f.store->saveReadingPosition(f.learner.nip, f.course.iri, "pengertian", 12.5, 2000);
    f.store.reset(); // nothing held in memory: the next store reads the file
    auto reopened = RecordsStore::open(f.dir.path());
    REQUIRE(reopened);
    auto& store = **reopened;
    CHECK(store.readingPosition(f.learner.nip, f.course.iri, "pengertian") == 12.5);
    auto last = store.lastReading(f.learner.nip, f.course.iri);
    REQUIRE(last);
    CHECK(last->lessonId == "pengertian");
    CHECK(last->position == 12.5);
    CHECK(last->atMs == 2000);
}

TEST_CASE("Lanjutkan is the lesson read most recently, per learner and course", "[sync][store][reading]") {
    test::StoreFixture f;
    const sync::Learner other{"199002022015032004", "Rina Marlina, S.Kom.", "Diskominfo", ""};
    REQUIRE(f.store->enrol(other));
    f.store->saveReadingPosition(f.learner.nip, f.course.iri, "standar", 3.0, 5000);
    f.store->saveReadingPosition(f.learner.nip, f.course.iri, "pengertian", 9.5, 6000);
    f.store->saveReadingPosition(f.learner.nip, "https://example.go.id/course/lain", "bab-1", 1.0, 9000);
    f.store->saveReadingPosition(other.nip, f.course.iri, "standar", 2.0, 8000);

    auto mine = f.store->lastReading(f.learner.nip, f.course.iri);
    REQUIRE(mine);
    CHECK(mine->lessonId == "pengertian");
    CHECK(mine->position == 9.5);
    auto theirs = f.store->lastReading(other.nip, f.course.iri);
    REQUIRE(theirs);
    CHECK(theirs->lessonId == "standar");
    CHECK(f.store->readingPosition(f.learner.nip, f.course.iri, "standar") == 3.0);

    // Going back to an earlier lesson makes it the one to continue.
    f.store->saveReadingPosition(f.learner.nip, f.course.iri, "standar", 4.0, 7000);
    CHECK(f.store->lastReading(f.learner.nip, f.course.iri)->lessonId == "standar");
}

TEST_CASE("a nonsensical reading position is stored as the top of the lesson", "[sync][store][reading]") {
    test::StoreFixture f;
    f.store->saveReadingPosition(f.learner.nip, f.course.iri, "pengertian", -3.0, 1000);
    CHECK(f.store->readingPosition(f.learner.nip, f.course.iri, "pengertian") == 0.0);
    f.store->saveReadingPosition(f.learner.nip, f.course.iri, "standar", std::nan(""), 1000);
    CHECK(f.store->readingPosition(f.learner.nip, f.course.iri, "standar") == 0.0);
}

TEST_CASE("a reading position for a learner who is not enrolled is refused", "[sync][store][reading]") {
    test::StoreFixture f;
    CHECK_THROWS_AS(f.store->saveReadingPosition("199912312020121001", f.course.iri, "pengertian", 1.0, 1000),
                    std::runtime_error);
    CHECK_FALSE(f.store->lastReading("199912312020121001", f.course.iri));
}

// The reading settings that go with positions: text size and contrast, per kiosk.
TEST_CASE("text scale and high contrast survive a restart; a scale out of range is brought inside",
          "[sync][settings][reading]") {
    test::StoreFixture f;
    auto defaults = sync::KioskSettings::load(*f.store);
    CHECK(defaults.textScale == 1.0);
    CHECK_FALSE(defaults.highContrast);

    defaults.textScale = 1.75;
    defaults.highContrast = true;
    defaults.save(*f.store);
    f.store.reset();
    auto store = std::move(RecordsStore::open(f.dir.path()).value());
    auto back = sync::KioskSettings::load(*store);
    CHECK(back.textScale == 1.75);
    CHECK(back.highContrast);

    store->setSetting("kiosk.text_scale", "5");
    CHECK(sync::KioskSettings::load(*store).textScale == 2.0);
    store->setSetting("kiosk.text_scale", "0.5");
    CHECK(sync::KioskSettings::load(*store).textScale == 1.0);
    store->setSetting("kiosk.text_scale", "besar");
    CHECK(sync::KioskSettings::load(*store).textScale == 1.0);
    CHECK(sync::clampTextScale(std::nan("")) == 1.0);
}
