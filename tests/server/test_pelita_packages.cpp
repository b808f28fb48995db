// /pelita/v1/ packages: publishing (admin only, verified first), the catalogue,
// and downloads with HTTP Range.
#include <catch2/catch.hpp>

#include "pelita_fixture.h"

using nlohmann::json;
using pelita::test::PelitaServer;
namespace fs = std::filesystem;

namespace {

std::size_t shelvedFiles(const PelitaServer& s) {
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(s.lrs.dataDir / "packages")) n += e.path().extension() == ".pelita";
    return n;
}

} // namespace

TEST_CASE("a signed package is published, listed and downloaded whole", "[server][pelita][packages]") {
    PelitaServer s;
    const auto bytes = s.package("1.0.0");
    auto res = s.publish(bytes);
    REQUIRE(res);
    INFO(res->body);
    REQUIRE(res->status == 201);
    const auto published = json::parse(res->body);
    const auto sha = pelita::test::sha256Hex(bytes);
    CHECK(published["sha256"] == sha);
    CHECK(published["id"] == "https://pelita.sawahluntokota.go.id/course/pelayanan-prima");
    CHECK(published["signerKeyId"] == s.publisher.publicKey.keyId());
    CHECK(published["signerName"] == "bkpsdm-test");
    CHECK(published["url"] == "/pelita/v1/packages/" + sha);
    CHECK(res->get_header_value("Location") == "/pelita/v1/packages/" + sha);

    const auto catalogue = s.catalogue();
    REQUIRE(catalogue["courses"].size() == 1);
    const auto& course = catalogue["courses"][0];
    CHECK(course["version"] == "1.0.0");
    CHECK(course["title"]["id-ID"] == "Pelayanan Prima bagi ASN");
    CHECK(course["title"]["en-US"] == "Service Excellence for Civil Servants");
    CHECK(course["jpHours"] == 2);
    CHECK(course["size"] == bytes.size());
    CHECK(course["sha256"] == sha);
    CHECK_FALSE(course["published"].get<std::string>().empty());

    auto download = s.kiosk().Get(course["url"].get<std::string>().c_str());
    REQUIRE(download);
    CHECK(download->status == 200);
    CHECK(download->body == bytes);
    CHECK(download->get_header_value("ETag") == "\"" + sha + "\"");
    CHECK(download->get_header_value("Accept-Ranges") == "bytes");

    auto head = s.reader().Head(course["url"].get<std::string>().c_str());
    REQUIRE(head);
    CHECK(head->status == 200);
    CHECK(head->body.empty());
    CHECK(head->get_header_value("Content-Length") == std::to_string(bytes.size()));

    SECTION("the same bytes again are already published") {
        auto again = s.publish(bytes);
        REQUIRE(again);
        CHECK(again->status == 200);
        CHECK(json::parse(again->body)["alreadyPublished"] == true);
        CHECK(s.catalogue()["courses"].size() == 1);
    }
    SECTION("an unknown hash is a 404") {
        auto missing = s.kiosk().Get(("/pelita/v1/packages/" + std::string(64, 'a')).c_str());
        REQUIRE(missing);
        CHECK(missing->status == 404);
        auto notAHash = s.kiosk().Get("/pelita/v1/packages/course.pelita");
        REQUIRE(notAHash);
        CHECK(notAHash->status == 404);
    }
}

TEST_CASE("package downloads answer byte ranges", "[server][pelita][packages][range]") {
    PelitaServer s;
    const auto bytes = s.package("1.0.0");
    REQUIRE(s.publish(bytes)->status == 201);
    const auto url = "/pelita/v1/packages/" + pelita::test::sha256Hex(bytes);
    const auto size = std::to_string(bytes.size());
    auto get = [&](const std::string& range) {
        auto res = s.kiosk().Get(url.c_str(), {{"Range", range}});
        REQUIRE(res);
        return res;
    };

    auto middle = get("bytes=10-19");
    CHECK(middle->status == 206);
    CHECK(middle->body == bytes.substr(10, 10));
    CHECK(middle->get_header_value("Content-Range") == "bytes 10-19/" + size);

    auto resume = get("bytes=100-");
    CHECK(resume->status == 206);
    CHECK(resume->body == bytes.substr(100));

    auto tail = get("bytes=-7");
    CHECK(tail->status == 206);
    CHECK(tail->body == bytes.substr(bytes.size() - 7));

    auto pastEnd = get("bytes=5-999999999");
    CHECK(pastEnd->status == 206);
    CHECK(pastEnd->body == bytes.substr(5));
    CHECK(pastEnd->get_header_value("Content-Range") == "bytes 5-" + std::to_string(bytes.size() - 1) + "/" + size);

    auto outside = get("bytes=" + size + "-");
    CHECK(outside->status == 416);
    CHECK(outside->get_header_value("Content-Range") == "bytes */" + size);
    CHECK(json::parse(outside->body)["error"].get<std::string>().find(size + " bytes") != std::string::npos);

    auto malformed = get("bytes=20-10");
    CHECK(malformed->status == 416);
    auto words = get("pages=1-2");
    CHECK(words->status == 416);

    auto staleIfRange = s.kiosk().Get(url.c_str(), {{"Range", "bytes=10-19"}, {"If-Range", "\"other\""}});
    REQUIRE(staleIfRange);
    CHECK(staleIfRange->status == 200);
    CHECK(staleIfRange->body == bytes);
}

TEST_CASE("a package that fails verification is refused with every problem and leaves nothing",
          "[server][pelita][packages][refused]") {
    PelitaServer s;
    auto refused = [&](const std::string& bytes, const std::string& expected) {
        auto res = s.publish(bytes);
        REQUIRE(res);
        INFO(res->body);
        CHECK(res->status == 400);
        const auto body = json::parse(res->body);
        REQUIRE(body["problems"].is_array());
        const auto all = body["problems"].dump();
        CHECK(all.find(expected) != std::string::npos);
        CHECK(s.catalogue()["courses"].empty());
        CHECK(shelvedFiles(s) == 0);
        CHECK(std::distance(fs::directory_iterator(s.lrs.dataDir / "packages"), fs::directory_iterator()) == 0);
        return body;
    };

    SECTION("unsigned") {
        auto draft = s.draft("1.0.0");
        draft.signer.reset();
        refused(s.packageFrom(draft), "signature");
    }
    SECTION("signed by a key the server does not trust") {
        auto draft = s.draft("1.0.0");
        draft.signer = pelita::content::generateKey("stranger");
        refused(s.packageFrom(draft), "signature");
    }
    SECTION("a lesson changed after signing, and an extra file") {
        auto draft = s.draft("1.0.0");
        draft.manifestOverride = draft.manifestBytes();
        draft.files[0].bytes += "\nTambahan yang tidak ditandatangani.\n";
        draft.unlisted.push_back({"notes.txt", "draft", true});
        const auto body = refused(s.packageFrom(draft), "lessons/01-asas-pelayanan.md");
        CHECK(body["problems"].dump().find("notes.txt") != std::string::npos);
    }
    SECTION("not a zip at all") {
        refused("this is not a package", "package");
    }
    SECTION("no trusted keys: the message says where they go") {
        fs::remove_all(s.lrs.dataDir / "trusted-keys");
        refused(s.package("1.0.0"), "trusted-keys");
    }
}

TEST_CASE("only an admin publishes; every credential reads the catalogue", "[server][pelita][packages][roles]") {
    PelitaServer s;
    const auto bytes = s.package("1.0.0");
    auto byKiosk = s.kiosk().Post("/pelita/v1/packages", bytes, "application/zip");
    REQUIRE(byKiosk);
    CHECK(byKiosk->status == 403);
    CHECK(json::parse(byKiosk->body)["error"].get<std::string>().find("admin") != std::string::npos);
    auto byReader = s.reader().Post("/pelita/v1/packages", bytes, "application/zip");
    REQUIRE(byReader);
    CHECK(byReader->status == 403);
    auto anonymous = s.lrs.bareClient().Post("/pelita/v1/packages", bytes, "application/zip");
    REQUIRE(anonymous);
    CHECK(anonymous->status == 401);
    auto anonymousCatalogue = s.lrs.bareClient().Get("/pelita/v1/catalogue");
    REQUIRE(anonymousCatalogue);
    CHECK(anonymousCatalogue->status == 401);
    CHECK(s.catalogue()["courses"].empty());
    for (const auto& who : {s.readerKey, s.adminKey}) {
        auto res = s.lrs.clientAs(who).Get("/pelita/v1/catalogue");
        REQUIRE(res);
        CHECK(res->status == 200);
    }
}

TEST_CASE("the catalogue lists each course's newest version; older ones stay downloadable",
          "[server][pelita][packages][versions]") {
    PelitaServer s;
    const auto v1 = s.package("1.9.0"), v2 = s.package("1.10.0");
    REQUIRE(s.publish(v2)->status == 201);
    REQUIRE(s.publish(v1)->status == 201); // an older version may still be published, for the archive
    auto catalogue = s.catalogue();
    REQUIRE(catalogue["courses"].size() == 1);
    CHECK(catalogue["courses"][0]["version"] == "1.10.0");
    auto old = s.kiosk().Get(("/pelita/v1/packages/" + pelita::test::sha256Hex(v1)).c_str());
    REQUIRE(old);
    CHECK(old->status == 200);
    CHECK(old->body == v1);

    SECTION("one version with other contents is a conflict") {
        auto draft = s.draft("1.10.0");
        draft.files[0].bytes += "\nRevisi.\n";
        auto clash = s.publish(s.packageFrom(draft));
        REQUIRE(clash);
        CHECK(clash->status == 409);
        CHECK(json::parse(clash->body)["error"].get<std::string>().find("1.10.0") != std::string::npos);
        CHECK(s.catalogue()["courses"][0]["sha256"] == pelita::test::sha256Hex(v2));
    }
    SECTION("since keeps courses published after it") {
        CHECK(s.catalogue("since=2000-01-01T00:00:00Z")["courses"].size() == 1);
        CHECK(s.catalogue("since=2999-01-01T00:00:00%2B07:00")["courses"].empty());
        auto bad = s.kiosk().Get("/pelita/v1/catalogue?since=yesterday");
        REQUIRE(bad);
        CHECK(bad->status == 400);
        auto unknown = s.kiosk().Get("/pelita/v1/catalogue?course=x");
        REQUIRE(unknown);
        CHECK(unknown->status == 400);
    }
}
