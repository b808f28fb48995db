// Packages big enough that install and verify share their files out between
// lanes (threads): every byte still lands, and every bad file is still named.
#include <pelita/content/package_installer.h>
#include <pelita/content/package_verifier.h>

#include "../support/temp_dir.h"
#include "test_package_craft.h"

using namespace pelita::content;
using pelita::test::PackageDraft;
using pelita::test::TempDir;
namespace fs = std::filesystem;

namespace {

// Above the size where a second lane starts (8 MiB), in files of unequal sizes.
// All but one end part-way through a disk block, so each file's tail follows its
// directly written blocks through the page cache.
PackageDraft bigDraft(const SecretKey& signer) {
    PackageDraft draft;
    draft.signer = signer;
    for (int i = 0; i < 5; ++i) {
        const auto size = (static_cast<std::size_t>(2 + i) << 20) + static_cast<std::size_t>(i) * 1237;
        std::string bytes(size, '\0');
        for (std::size_t b = 0; b < bytes.size(); ++b)
            bytes[b] = static_cast<char>((b * 131 + static_cast<std::size_t>(i) * 7) & 0xff);
        draft.files.push_back({"media/video-" + std::to_string(i) + ".mp4", std::move(bytes)});
    }
    return draft;
}

using Kiosk = pelita::test::TrustingKiosk;

std::vector<std::string> pathsOf(const std::vector<ContentError>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.file.generic_string());
    return out;
}

} // namespace

TEST_CASE("a large package installs every byte, with progress that never goes back",
          "[content][package][install]") {
    Kiosk kiosk;
    const auto draft = bigDraft(kiosk.publisher);
    draft.write(kiosk.dir / "big.pelita");
    std::vector<std::uint64_t> done;
    std::uint64_t total = 0;
    InstallOptions options;
    options.progress = [&](std::uint64_t d, std::uint64_t t) {
        done.push_back(d);
        total = t;
    };
    auto installed = installPackage(kiosk.dir / "big.pelita", kiosk.data, options);
    REQUIRE(installed);
    REQUIRE_FALSE(done.empty());
    CHECK(done.back() == total);
    CHECK(std::is_sorted(done.begin(), done.end()));
    const auto folder = installed->course.root;
    for (const auto& f : draft.files) {
        INFO(f.name);
        CHECK(pelita::test::readBytes(folder / fs::u8path(f.name)) == f.bytes);
    }
}

TEST_CASE("in a large package, each damaged file is named, in manifest order",
          "[content][package][hostile]") {
    Kiosk kiosk;
    auto draft = bigDraft(kiosk.publisher);
    draft.manifestOverride = draft.manifest().dump(2);
    // The largest and the smallest media file land in different lanes.
    draft.files[3].bytes[12345] ^= 1;
    draft.files[7].bytes.back() ^= 1;
    draft.write(kiosk.dir / "damaged.pelita");
    VerifyOptions verify;
    verify.trusted.push_back(kiosk.publisher.publicKey);
    const auto check = verifyPackage(kiosk.dir / "damaged.pelita", verify);
    CHECK(pathsOf(check.problems) == std::vector<std::string>{draft.files[3].name, draft.files[7].name});

    SECTION("and the install writes nothing") {
        auto installed = installPackage(kiosk.dir / "damaged.pelita", kiosk.data, InstallOptions{});
        REQUIRE_FALSE(installed);
        CHECK(pathsOf(installed.error()).size() == 1);
        CHECK((!fs::exists(kiosk.data / "courses") || fs::is_empty(kiosk.data / "courses")));
    }
}
