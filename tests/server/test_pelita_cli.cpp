// `pelita-server publish` and `pelita-server roster import`: the real binary,
// run against the data directory of a server that is running.
#include <cstdlib>

#include <catch2/catch.hpp>

#include "pelita_fixture.h"

using nlohmann::json;
using pelita::test::PelitaServer;
using namespace pelita::test;

namespace {

struct Run {
    int code;
    std::string out, err;
};

Run pelitaServer(const TempDir& scratch, const std::string& args) {
    const auto out = scratch / "out.txt", err = scratch / "err.txt";
    const std::string command = std::string(PELITA_BIN_DIR) + "/pelita-server " + args + " >" + out.string() + " 2>" +
                                err.string();
    const int code = std::system(command.c_str());
    return {code, readBytes(out), readBytes(err)};
}

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

} // namespace

TEST_CASE("pelita-server publish verifies and lists a package like the endpoint", "[server][pelita][cli]") {
    PelitaServer s;
    const auto file = s.scratch / "pelayanan-prima.pelita";
    std::ofstream(file, std::ios::binary) << s.package("2.0.0");
    auto published = pelitaServer(s.scratch, "publish " + quoted(file) + " " + storageArgsFor(s.lrs.dataDir));
    INFO(published.err);
    CHECK(published.code == 0);
    CHECK(published.out.find("published https://pelita.sawahluntokota.go.id/course/pelayanan-prima 2.0.0") == 0);
    CHECK(published.out.find("sha256=" + sha256Hex(readBytes(file))) != std::string::npos);
    CHECK(s.catalogue()["courses"][0]["version"] == "2.0.0");

    auto again = pelitaServer(s.scratch, "publish " + quoted(file) + " " + storageArgsFor(s.lrs.dataDir));
    CHECK(again.code == 0);
    CHECK(again.out.find("already published") == 0);

    auto draft = s.draft("2.1.0");
    draft.signer.reset();
    std::ofstream(file, std::ios::binary | std::ios::trunc) << s.packageFrom(draft);
    auto unsigned_ = pelitaServer(s.scratch, "publish " + quoted(file) + " " + storageArgsFor(s.lrs.dataDir));
    CHECK(unsigned_.code != 0);
    CHECK(unsigned_.err.find("refused") != std::string::npos);
    CHECK(unsigned_.err.find("signature") != std::string::npos);
    CHECK(s.catalogue()["courses"][0]["version"] == "2.0.0");

    auto noData = pelitaServer(s.scratch, "publish " + quoted(file));
    CHECK(noData.code != 0);
    CHECK(noData.err.find("give --data DIR") != std::string::npos);
}

TEST_CASE("pelita-server roster import stores a CSV or names its bad lines", "[server][pelita][cli]") {
    PelitaServer s;
    const auto file = s.scratch / "roster.csv";
    std::ofstream(file) << "nip,name,opd,position\n" << kNipAni << ",Ani,Setda,Analis\n" << kNipBudi << ",Budi,Setda,\n";
    auto imported = pelitaServer(s.scratch, "roster import " + quoted(file) + " " + storageArgsFor(s.lrs.dataDir));
    INFO(imported.err);
    CHECK(imported.code == 0);
    CHECK(imported.out == "Setda\t2 learners\n");
    auto listed = s.admin().Get("/pelita/v1/roster?opd=Setda");
    REQUIRE(listed);
    CHECK(json::parse(listed->body)["learners"].size() == 2);

    std::ofstream(file, std::ios::trunc) << "nip,name,opd\n" << kNipCitra << ",Citra,Setda\n123,Salah,Setda\n";
    auto refused = pelitaServer(s.scratch, "roster import " + quoted(file) + " " + storageArgsFor(s.lrs.dataDir));
    CHECK(refused.code != 0);
    CHECK(refused.err.find("line 3: nip:") != std::string::npos);
    CHECK(json::parse(s.admin().Get("/pelita/v1/roster?opd=Setda")->body)["learners"].size() == 2);
}
