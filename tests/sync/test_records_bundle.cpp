// Records carried by hand, the kiosk's half: exporting the outbox to a USB
// bundle and applying the server's receipt (sync/records_bundle.h).
#include "sync_test_statements.h"

#include <pelita/content/gzip.h>
#include <pelita/content/records_files.h>
#include <pelita/content/signed_document.h>
#include <pelita/sync/records_bundle.h>

#include <fstream>
#include <sstream>

using namespace pelita;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string gunzip(const std::string& bytes) {
    auto text = content::gunzip(bytes, std::size_t{1} << 30);
    REQUIRE(text);
    return *text;
}

std::vector<fs::path> filesIn(const fs::path& folder) {
    std::vector<fs::path> all;
    for (const auto& e : fs::directory_iterator(folder)) all.push_back(e.path());
    return all;
}

// The server's side of the trip, as pelita-server signs it (docs/protocol.md).
struct FakeServer {
    content::SecretKey key = content::generateKey("test server");
    fs::path publicFile;

    explicit FakeServer(const test::TempDir& dir) : publicFile(dir / "receipt-signing.pub") {
        REQUIRE(content::writePublicKey(key.publicKey, publicFile));
    }
    std::string receipt(const std::string& kiosk, const std::vector<std::string>& accepted,
                        const json& rejected = json::array()) const {
        const json payload = {{"format", 1},         {"bundleId", "b-1"},
                              {"kiosk", {{"credentialKey", kiosk}, {"kioskId", ""}}},
                              {"imported", "2026-11-28T03:04:05.000Z"},
                              {"accepted", accepted}, {"rejected", rejected}};
        return content::signDocument(key, content::kRecordsReceiptPurpose, payload.dump());
    }
};

} // namespace

TEST_CASE("export writes every pending statement into one signed bundle and marks them carried", "[sync][bundle]") {
    test::StoreFixture f;
    const auto ids = test::queueStubs(f, 5);
    test::TempDir usb;
    auto exported = sync::exportRecords(*f.store, f.dir.path(), usb.path(), 1'795'000'000'000);
    REQUIRE(exported);
    CHECK(exported->statements == 5);
    CHECK(exported->file.filename() == "pelita-kiosk-1-20261118-110640.pelita-records");
    CHECK(filesIn(usb.path()) == std::vector<fs::path>{exported->file}); // no temporary file left
    CHECK(exported->bytes == fs::file_size(exported->file));

    auto opened = content::openSignedDocument(gunzip(readFile(exported->file)), content::kRecordsBundlePurpose);
    REQUIRE(opened);
    auto key = sync::kioskSigningKey(f.dir.path());
    REQUIRE(key);
    CHECK(content::sameKey(opened->signer, key->publicKey));
    const auto payload = json::parse(opened->payload);
    CHECK(payload["kiosk"]["credentialKey"] == "kiosk-1");
    CHECK(payload["bundleId"] == exported->bundleId);
    std::vector<std::string> carried;
    for (const auto& s : payload["statements"]) carried.push_back(s["id"]);
    CHECK(carried == ids);

    const auto counts = f.store->outboxCounts();
    CHECK(counts.pending == 5); // carried, not dropped
    CHECK(counts.carried == 5);

    SECTION("a second export carries them all again, in a new bundle") {
        auto again = sync::exportRecords(*f.store, f.dir.path(), usb.path(), 1'795'000'060'000);
        REQUIRE(again);
        CHECK(again->statements == 5);
        CHECK(again->bundleId != exported->bundleId);
        CHECK(filesIn(usb.path()).size() == 2);
    }
}

TEST_CASE("export refuses without a credential or a USB folder, and marks nothing", "[sync][bundle]") {
    test::StoreFixture f;
    test::TempDir usb;
    SECTION("no credential") {
        test::queueStubs(f, 3, false);
        auto exported = sync::exportRecords(*f.store, f.dir.path(), usb.path(), 1'795'000'000'000);
        REQUIRE_FALSE(exported);
        CHECK(exported.error().message.find("pelita config --key") != std::string::npos);
    }
    SECTION("the folder is not there (stick pulled)") {
        test::queueStubs(f, 3);
        auto exported = sync::exportRecords(*f.store, f.dir.path(), usb / "gone", 1'795'000'000'000);
        REQUIRE_FALSE(exported);
        CHECK(exported.error().message.find("is not a folder") != std::string::npos);
    }
    CHECK(filesIn(usb.path()).empty());
    CHECK(f.store->outboxCounts().carried == 0);
    CHECK(f.store->pendingCount() == 3);
}

TEST_CASE("export with nothing pending writes nothing", "[sync][bundle]") {
    test::StoreFixture f;
    test::queueStubs(f, 0);
    test::TempDir usb;
    auto exported = sync::exportRecords(*f.store, f.dir.path(), usb.path(), 1'795'000'000'000);
    REQUIRE(exported);
    CHECK(exported->statements == 0);
    CHECK(filesIn(usb.path()).empty());
}

TEST_CASE("a receipt confirms what the server accepted and quarantines what it refused", "[sync][bundle]") {
    test::StoreFixture f;
    const auto ids = test::queueStubs(f, 5);
    test::TempDir keys;
    FakeServer server(keys);
    REQUIRE(sync::trustServerReceiptKey(f.dir.path(), server.publicFile));
    const auto receipt = server.receipt(
        "kiosk-1", {ids[0], ids[1], ids[2]}, json::array({{{"id", ids[3]}, {"status", 400}, {"reason", "statement.verb.id: not an IRI"}}}));

    auto applied = sync::applyReceipt(*f.store, f.dir.path(), receipt);
    REQUIRE(applied);
    CHECK(applied->confirmed == 3);
    CHECK(applied->quarantined == 1);
    CHECK(applied->notWaiting == 0);
    const auto pending = f.store->pendingStatements(10);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].statementId == ids[4]); // the server never saw it: it stays
    const auto quarantined = f.store->quarantined();
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].statementId == ids[3]);
    CHECK(quarantined[0].httpStatus == 400);
    CHECK(quarantined[0].reason == "HTTP 400: statement.verb.id: not an IRI");
    CHECK(f.store->outboxCounts().sent == 3);

    SECTION("applying it again changes nothing") {
        auto twice = sync::applyReceipt(*f.store, f.dir.path(), receipt);
        REQUIRE(twice);
        CHECK(twice->confirmed == 0);
        CHECK(twice->quarantined == 0);
        CHECK(twice->notWaiting == 4);
        CHECK(f.store->pendingCount() == 1);
        CHECK(f.store->quarantineCount() == 1);
    }
}

TEST_CASE("a receipt for statements a sync already delivered is harmless", "[sync][bundle]") {
    test::StoreFixture f;
    const auto ids = test::queueStubs(f, 3);
    test::TempDir usb, keys;
    REQUIRE(sync::exportRecords(*f.store, f.dir.path(), usb.path(), 1'795'000'000'000));
    std::vector<std::int64_t> seqs;
    for (const auto& item : f.store->pendingStatements(10)) seqs.push_back(item.seq);
    f.store->markSent(seqs); // the network got there first
    FakeServer server(keys);
    REQUIRE(sync::trustServerReceiptKey(f.dir.path(), server.publicFile));
    auto applied = sync::applyReceipt(*f.store, f.dir.path(), server.receipt("kiosk-1", ids));
    REQUIRE(applied);
    CHECK(applied->confirmed == 0);
    CHECK(applied->notWaiting == 3);
    CHECK(f.store->outboxCounts().sent == 3);
    CHECK(f.store->quarantineCount() == 0);
}

TEST_CASE("a receipt that is not trusted, altered or for another kiosk changes nothing", "[sync][bundle]") {
    test::StoreFixture f;
    const auto ids = test::queueStubs(f, 2);
    test::TempDir keys;
    FakeServer server(keys);
    std::string receipt = server.receipt("kiosk-1", ids);
    std::string expected;

    SECTION("no server key installed yet") {
        expected = "does not know the server's receipt key";
    }
    SECTION("signed by another server") {
        test::TempDir otherKeys;
        FakeServer other(otherKeys);
        REQUIRE(sync::trustServerReceiptKey(f.dir.path(), other.publicFile));
        expected = "not signed by the server this kiosk trusts";
    }
    SECTION("one character changed") {
        REQUIRE(sync::trustServerReceiptKey(f.dir.path(), server.publicFile));
        const auto at = receipt.find(ids[0]);
        REQUIRE(at != std::string::npos);
        receipt[at] = receipt[at] == 'a' ? 'b' : 'a';
        expected = "changed after it was signed";
    }
    SECTION("made for another kiosk") {
        REQUIRE(sync::trustServerReceiptKey(f.dir.path(), server.publicFile));
        receipt = server.receipt("kiosk-2", ids);
        expected = "not from this kiosk";
    }
    SECTION("a bundle is not a receipt") {
        REQUIRE(sync::trustServerReceiptKey(f.dir.path(), server.publicFile));
        receipt = content::signDocument(server.key, content::kRecordsBundlePurpose, "{}");
        expected = "not a \"pelita-records-receipt/1\" file";
    }
    auto applied = sync::applyReceipt(*f.store, f.dir.path(), receipt);
    REQUIRE_FALSE(applied);
    CHECK(applied.error().message.find(expected) != std::string::npos);
    CHECK(f.store->pendingCount() == 2);
    CHECK(f.store->quarantineCount() == 0);
}
