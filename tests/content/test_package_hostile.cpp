// Hostile and broken packages: each is refused with a message naming the entry.
#include <pelita/content/package_installer.h>
#include <pelita/content/package_verifier.h>

#include "../support/temp_dir.h"
#include "test_package_craft.h"

using namespace pelita::content;
using pelita::test::PackageDraft;
using pelita::test::TempDir;

namespace {

// Verifies the draft as a kiosk trusting `signer` would, and returns every problem.
std::vector<std::string> problemsOf(const PackageDraft& draft, const PackageLimits& limits = {}) {
    TempDir dir;
    draft.write(dir / "course.pelita");
    VerifyOptions options;
    if (draft.signer) options.trusted.push_back(draft.signer->publicKey);
    options.limits = limits;
    std::vector<std::string> out;
    for (const auto& p : verifyPackage(dir / "course.pelita", options).problems)
        out.push_back(p.describe());
    return out;
}

bool mentions(const std::vector<std::string>& problems, const std::string& entry, const std::string& words) {
    for (const auto& p : problems)
        if (p.rfind(entry + ":", 0) == 0 && p.find(words) != std::string::npos) return true;
    return false;
}

PackageDraft signedDraft() {
    PackageDraft draft;
    draft.signer = generateKey("test-publisher");
    return draft;
}

} // namespace

TEST_CASE("a genuine crafted package passes, so the refusals below are about their one change",
          "[content][package]") {
    CHECK(problemsOf(signedDraft()).empty());
}

TEST_CASE("entry names that escape the course folder are refused", "[content][package][hostile]") {
    for (const auto& [name, words] :
         std::vector<std::pair<std::string, std::string>>{{"../evil.md", "\"..\""},
                                                          {"lessons/../../evil.md", "\"..\""},
                                                          {"/etc/evil.md", "absolute"},
                                                          {"C:/evil.md", "drive letter"},
                                                          {"lessons\\evil.md", "backslash"}}) {
        auto draft = signedDraft();
        draft.unlisted.push_back({name, "# jahat\n"});
        const auto problems = problemsOf(draft);
        INFO(name);
        CHECK(mentions(problems, name, words));
    }
}

TEST_CASE("symbolic links and device entries are refused", "[content][package][hostile]") {
    for (const zip_uint32_t mode : {0120777u, 0020644u, 0060644u, 0010644u}) {
        auto draft = signedDraft();
        draft.files[0].unixMode = mode;
        INFO(mode);
        CHECK(mentions(problemsOf(draft), "lessons/01-asas-pelayanan.md", "symbolic link or device"));
    }
}

TEST_CASE("two entries with one name are refused", "[content][package][hostile]") {
    TempDir dir;
    auto draft = signedDraft();
    draft.unlisted.push_back({"lessons/01-asas-pelayanaX.md", "# pengganti\n"});
    draft.write(dir / "twice.pelita");
    pelita::test::patchBytes(dir / "twice.pelita", "lessons/01-asas-pelayanaX.md",
                             "lessons/01-asas-pelayanan.md");
    VerifyOptions options;
    options.trusted.push_back(draft.signer->publicKey);
    std::vector<std::string> problems;
    for (const auto& p : verifyPackage(dir / "twice.pelita", options).problems)
        problems.push_back(p.describe());
    CHECK(mentions(problems, "lessons/01-asas-pelayanan.md", "appears twice"));
}

TEST_CASE("names that differ only in case are refused as duplicates", "[content][package][hostile]") {
    auto draft = signedDraft();
    draft.unlisted.push_back({"Lessons/01-Asas-Pelayanan.md", "# pengganti\n"});
    CHECK(mentions(problemsOf(draft), "Lessons/01-Asas-Pelayanan.md",
                   "same name as \"lessons/01-asas-pelayanan.md\""));
}

TEST_CASE("an entry the manifest does not list is refused", "[content][package][hostile]") {
    auto draft = signedDraft();
    draft.unlisted.push_back({"lessons/tambahan.md", "# tidak terdaftar\n"});
    CHECK(mentions(problemsOf(draft), "lessons/tambahan.md", "not listed in course.json"));
}

TEST_CASE("a listed file missing from the zip is refused", "[content][package][hostile]") {
    auto draft = signedDraft();
    draft.manifestOverride = draft.manifest().dump(2);
    draft.files.pop_back();
    CHECK(mentions(problemsOf(draft), "quizzes/kuis-pelayanan-prima.json", "missing from the package"));
}

TEST_CASE("a size or hash that disagrees with the manifest is refused", "[content][package][hostile]") {
    SECTION("size") {
        auto draft = signedDraft();
        auto manifest = draft.manifest();
        manifest["files"][1]["size"] = draft.files[1].bytes.size() + 1;
        draft.manifestOverride = manifest.dump(2);
        CHECK(mentions(problemsOf(draft), "lessons/02-sikap-melayani.md", "but course.json says"));
    }
    SECTION("hash, same size") {
        auto draft = signedDraft();
        draft.manifestOverride = draft.manifest().dump(2);
        draft.files[1].bytes[10] ^= 1;
        CHECK(mentions(problemsOf(draft), "lessons/02-sikap-melayani.md", "does not match its SHA-256"));
    }
}

TEST_CASE("zip bombs are refused by ratio and by total size", "[content][package][hostile]") {
    SECTION("an entry that unpacks far larger than it is packed") {
        auto draft = signedDraft();
        draft.files.push_back({"media/nol.txt", std::string(20u << 20, '0'), true});
        CHECK(mentions(problemsOf(draft), "media/nol.txt", "times larger than it is packed"));
    }
    SECTION("a package larger than the kiosk accepts") {
        PackageLimits small;
        small.maxTotalBytes = 4096;
        CHECK(mentions(problemsOf(signedDraft(), small), "package", "more than the 4096"));
    }
}

TEST_CASE("invalid UTF-8 in names and in text is refused", "[content][package][hostile]") {
    SECTION("name") {
        auto draft = signedDraft();
        draft.unlisted.push_back({"lessons/\xff\xfe.md", "# x\n"});
        CHECK(mentions(problemsOf(draft), "lessons/\\xFF\\xFE.md", "not valid UTF-8"));
    }
    SECTION("lesson text, even with a matching hash") {
        auto draft = signedDraft();
        draft.files[0].bytes += "\xc3\x28 rusak\n";
        CHECK(mentions(problemsOf(draft), "lessons/01-asas-pelayanan.md", "not valid UTF-8 text"));
    }
}

TEST_CASE("a truncated zip is refused", "[content][package][hostile]") {
    TempDir dir;
    signedDraft().write(dir / "cut.pelita");
    const auto size = std::filesystem::file_size(dir / "cut.pelita");
    for (const auto keep : {size / 2, size - 10}) {
        auto bytes = pelita::test::readBytes(dir / "cut.pelita").substr(0, keep);
        std::ofstream(dir / "short.pelita", std::ios::binary | std::ios::trunc) << bytes;
        const auto check = verifyPackage(dir / "short.pelita", VerifyOptions{});
        REQUIRE(check.problems.size() == 1);
        CHECK_THAT(check.problems[0].describe(), Catch::Contains("not a complete zip file"));
    }
}

TEST_CASE("a manifest that fails its schema is refused with the field", "[content][package][hostile]") {
    auto broken = [](auto change) {
        auto draft = signedDraft();
        auto manifest = draft.manifest();
        change(manifest);
        draft.manifestOverride = manifest.dump(2);
        return problemsOf(draft);
    };
    CHECK(mentions(broken([](auto& m) { m["files"][0]["sha256"] = "abc"; }), "course.json",
                   "files[0].sha256: must be 64"));
    CHECK(mentions(broken([](auto& m) { m.erase("packageFormat"); }), "course.json",
                   "packageFormat: must be 1"));
    CHECK(mentions(broken([](auto& m) { m["files"].erase(0); }), "course.json",
                   "modules[0].lessons[0].file: \"lessons/01-asas-pelayanan.md\" is not in \"files\""));
    CHECK(
        mentions(broken([](auto& m) { m["files"][0]["path"] = "../x.md"; }), "course.json", "files[0].path"));
    CHECK(mentions(broken([](auto& m) { m["files"][0]["size"] = -1; }), "course.json", "files[0].size"));
    auto draft = signedDraft();
    draft.manifestOverride = "{ \"packageFormat\": 1, ";
    CHECK(mentions(problemsOf(draft), "course.json", "is not valid JSON"));
}

TEST_CASE("a bad, missing or untrusted signature is refused", "[content][package][hostile]") {
    SECTION("the manifest was changed after signing") {
        auto draft = signedDraft();
        draft.signatureOverride = signManifest(*draft.signer, draft.manifestBytes());
        auto manifest = draft.manifest();
        manifest["jpHours"] = 40;
        draft.manifestOverride = manifest.dump(2);
        CHECK(mentions(problemsOf(draft), "signature", "does not match course.json"));
    }
    SECTION("garbage") {
        auto draft = signedDraft();
        draft.signatureOverride = "not a signature";
        CHECK(mentions(problemsOf(draft), "signature", "is not an ed25519 signature"));
    }
    SECTION("missing") {
        PackageDraft draft;
        CHECK(mentions(problemsOf(draft), "signature", "is missing"));
    }
    SECTION("by a key the kiosk does not trust") {
        TempDir dir;
        auto draft = signedDraft();
        draft.write(dir / "c.pelita");
        VerifyOptions options;
        options.trusted.push_back(generateKey("someone-else").publicKey);
        const auto check = verifyPackage(dir / "c.pelita", options);
        CHECK(check.signature == SignatureState::Valid);
        REQUIRE(check.problems.size() == 1);
        CHECK_THAT(check.problems[0].describe(),
                   Catch::Contains("is by key " + draft.signer->publicKey.keyId()));
        options.allowUnsigned = true;
        CHECK(verifyPackage(dir / "c.pelita", options).ok());
    }
}

TEST_CASE("a refused install writes nothing, inside the kiosk or outside it", "[content][package][hostile]") {
    TempDir dir;
    const auto data = dir / "kiosk";
    auto draft = signedDraft();
    draft.unlisted.push_back({"../../evil.md", "# jahat\n"});
    draft.write(dir / "evil.pelita");
    std::filesystem::create_directories(data / "trusted-keys");
    REQUIRE(writePublicKey(draft.signer->publicKey, data / "trusted-keys/test.pub"));
    auto result = installPackage(dir / "evil.pelita", data, InstallOptions{});
    REQUIRE_FALSE(result);
    CHECK_FALSE(std::filesystem::exists(dir / "evil.md"));
    CHECK_FALSE(std::filesystem::exists(data.parent_path().parent_path() / "evil.md"));
    CHECK((!std::filesystem::exists(data / "courses") || std::filesystem::is_empty(data / "courses")));
}
