// /admin/bundles: a kiosk's USB records bundle uploaded by an admin is stored
// once, its receipt offered and listed for download again; a tampered bundle
// or a reader changes nothing.
#include <catch2/catch.hpp>

#include "test_admin_fixture.h"
#include "test_bundle_fixture.h"

using nlohmann::json;
using namespace pelita::test;

namespace {

std::size_t storedCount(const PelitaServer& s) { return s.lrs.getList("limit=0")["statements"].size(); }

// The receipt link's href on a page, unescaped ("&amp;" never occurs in it:
// the id is a UUID).
std::string receiptLink(const std::string& page) {
    const std::string start = "href=\"/admin/bundles/receipt?id=";
    const auto at = page.find(start);
    if (at == std::string::npos) return {};
    const auto from = at + 6; // after href="
    return page.substr(from, page.find('"', from) - from);
}

} // namespace

TEST_CASE("an uploaded bundle is stored once and its receipt can be downloaded, then again", "[server][pelita][admin]") {
    AdminDesk desk;
    CarryingKiosk kiosk{.credential = desk.s.kioskKey};
    const auto receiptKey = registerWithKey(desk.s, kiosk);
    auto carried = statements(4);
    carried[2]["verb"]["id"] = "not an IRI"; // the server refuses this one, and keeps the rest
    const auto file = kiosk.bundle(carried);
    auto admin = desk.admin();

    auto page = admin.get("/admin/bundles");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->body.find("Belum ada bundel yang diimpor.") != std::string::npos);

    auto first = admin.upload("/admin/bundles/upload", "bundle", "kios.pelita-records", file, "application/octet-stream");
    REQUIRE(first);
    INFO(first->body.substr(0, 4000));
    CHECK(first->status == 200);
    CHECK(first->body.find("3 rekaman diterima (baru atau sudah ada), 1 ditolak") != std::string::npos);
    CHECK(first->body.find(carried[2]["id"].get<std::string>()) != std::string::npos);
    CHECK(storedCount(desk.s) == 3);

    const auto link = receiptLink(first->body);
    REQUIRE_FALSE(link.empty());
    auto receipt = admin.get(link);
    REQUIRE(receipt);
    CHECK(receipt->status == 200);
    CHECK(receipt->get_header_value("Content-Disposition").find(".pelita-receipt") != std::string::npos);
    const auto payload = openReceipt(receipt->body, receiptKey);
    CHECK(payload["accepted"].size() == 3);
    CHECK(payload["rejected"].size() == 1);

    // The same file again: nothing new is stored; the list keeps one row for it.
    auto again = admin.upload("/admin/bundles/upload", "bundle", "kios.pelita-records", file, "application/octet-stream");
    REQUIRE(again);
    CHECK(again->status == 200);
    CHECK(storedCount(desk.s) == 3);
    auto listed = admin.get("/admin/bundles.csv");
    REQUIRE(listed);
    CHECK(listed->status == 200);
    const auto& csv = listed->body;
    CHECK(csv.find("KIOS-SETDA-01") != std::string::npos);
    CHECK(csv.find("KIOS-SETDA-01", csv.find("KIOS-SETDA-01") + 1) == std::string::npos);

    // The reader sees the list and may download the receipt, but cannot upload.
    auto reader = desk.reader();
    auto readerPage = reader.get("/admin/bundles");
    REQUIRE(readerPage);
    CHECK(readerPage->status == 200);
    CHECK(readerPage->body.find("/admin/bundles/upload") == std::string::npos);
    CHECK(reader.get(link)->status == 200);
    auto refused = reader.upload("/admin/bundles/upload", "bundle", "kios.pelita-records",
                                 kiosk.bundle(statements(1)), "application/octet-stream");
    REQUIRE(refused);
    CHECK(refused->status == 403);
    CHECK(storedCount(desk.s) == 3);
}

TEST_CASE("a tampered or empty bundle upload stores nothing and says why", "[server][pelita][admin]") {
    AdminDesk desk;
    CarryingKiosk kiosk{.credential = desk.s.kioskKey};
    registerWithKey(desk.s, kiosk);
    auto admin = desk.admin();

    // Signed by another key than the one the kiosk registered.
    CarryingKiosk impostor{.credential = desk.s.kioskKey};
    auto forged = admin.upload("/admin/bundles/upload", "bundle", "x.pelita-records", impostor.bundle(statements(2)),
                               "application/octet-stream");
    REQUIRE(forged);
    CHECK(forged->status == 400);
    CHECK(forged->body.find("Bundel ditolak, tidak ada yang disimpan") != std::string::npos);
    CHECK(forged->body.find("not signed with the key of") != std::string::npos);

    auto garbage = admin.upload("/admin/bundles/upload", "bundle", "x.pelita-records", "not a bundle at all",
                                "application/octet-stream");
    REQUIRE(garbage);
    CHECK(garbage->status == 400);

    auto empty = admin.upload("/admin/bundles/upload", "bundle", "x.pelita-records", "", "application/octet-stream");
    REQUIRE(empty);
    CHECK(empty->status == 400);
    CHECK(empty->body.find("Pilih berkas bundel dahulu.") != std::string::npos);

    CHECK(storedCount(desk.s) == 0);
    auto unknown = admin.get("/admin/bundles/receipt?id=00000000-0000-4000-8000-000000000000");
    REQUIRE(unknown);
    CHECK(unknown->status == 404);
}
