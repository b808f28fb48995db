#include "certificate/printer.h"
#include "certificate/removable_media.h"

#include <support/temp_dir.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace pelita;
using namespace pelita::certificate;

namespace {
std::string read(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
} // namespace

TEST_CASE("the folder from the setting is offered when it exists, and not when it does not") {
    test::TempDir dir;
    const auto folders = removableFolders(dir.path(), "nobody-pelita-test");
    REQUIRE(folders.size() == 1);
    CHECK(folders[0] == dir.path());
    CHECK(removableFolders(dir / "missing", "nobody-pelita-test").empty());
}

TEST_CASE("copying to a folder writes the whole file under its own name and leaves no temporary file") {
    test::TempDir dir;
    dir.write("data/certificates/PLT-2026-7F3KQ-9XM2A.pdf", std::string("%PDF-1.4\n\0binary", 16));
    std::filesystem::create_directories(dir / "usb");
    auto copied = copyToFolder(dir / "data/certificates/PLT-2026-7F3KQ-9XM2A.pdf", dir / "usb");
    REQUIRE(copied);
    CHECK(*copied == dir / "usb/PLT-2026-7F3KQ-9XM2A.pdf");
    CHECK(read(*copied) == std::string("%PDF-1.4\n\0binary", 16));
    CHECK(std::distance(std::filesystem::directory_iterator(dir / "usb"), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("copying fails with a reason when the source or the stick is gone") {
    test::TempDir dir;
    dir.write("a.pdf", "x");
    auto noStick = copyToFolder(dir / "a.pdf", dir / "pulled-out");
    REQUIRE_FALSE(noStick);
    CHECK(noStick.error().find("pulled-out") != std::string::npos);
    auto noFile = copyToFolder(dir / "missing.pdf", dir.path());
    REQUIRE_FALSE(noFile);
    CHECK(noFile.error().find("missing.pdf") != std::string::npos);
}

TEST_CASE("printing a missing file is refused before lp runs") {
    auto refused = printFile("/bin/true", "/nonexistent/certificate.pdf");
    REQUIRE(refused);
    CHECK(refused->find("missing") != std::string::npos);
    // A stand-in lp that fails is reported as a refusal.
    test::TempDir dir;
    dir.write("c.pdf", "%PDF");
    auto failed = printFile("/bin/false", dir / "c.pdf");
    REQUIRE(failed);
    CHECK(failed->find("lp exit status") != std::string::npos);
    CHECK_FALSE(printFile("/bin/true", dir / "c.pdf"));
}
