#include "sample_course.h"

#include <pelita/sync/kiosk_settings.h>

using namespace pelita;

TEST_CASE("a new kiosk has defaults and no server", "[sync][settings]") {
    test::StoreFixture f;
    auto s = sync::KioskSettings::load(*f.store);
    CHECK_FALSE(s.hasServer());
    CHECK(s.homePage == "https://pelita.sawahluntokota.go.id");
    CHECK(s.language == "id");
    CHECK(s.key.empty());
}

TEST_CASE("settings survive a save, a restart and a load", "[sync][settings]") {
    test::StoreFixture f;
    sync::KioskSettings s;
    s.serverUrl = "https://lrs.example.go.id/";
    s.key = "kiosk-7";
    s.secret = "rahasia";
    s.homePage = "https://pelita.example.go.id";
    s.language = "en";
    s.save(*f.store);
    f.store.reset();

    auto store = std::move(sync::RecordsStore::open(f.dir.path()).value());
    auto back = sync::KioskSettings::load(*store);
    CHECK(back.hasServer());
    CHECK(back.serverUrl == "https://lrs.example.go.id"); // trailing slash dropped
    CHECK(back.key == "kiosk-7");
    CHECK(back.secret == "rahasia");
    CHECK(back.homePage == "https://pelita.example.go.id");
    CHECK(back.language == "en");

    back.serverUrl.clear();
    back.save(*store);
    CHECK_FALSE(sync::KioskSettings::load(*store).hasServer());
}
