#pragma once
// Crafting .pelita files byte by byte in tests, with libzip directly, so that the
// reader meets exactly the hostile or broken input a test names. Starts from the
// demo course's real files.
#include <pelita/content/package_keys.h>

#include "../support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <openssl/sha.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace pelita::test {

inline const std::filesystem::path kDemoCourse =
    std::filesystem::path(PELITA_SOURCE_DIR) / "assets/demo-course";

inline std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline std::string sha256Hex(const std::string& bytes) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
    std::ostringstream out;
    for (unsigned char c : digest)
        out << std::hex << (c >> 4) << (c & 15);
    return out.str();
}

struct ZipEntryDraft {
    std::string name; // raw bytes, stored as they are
    std::string bytes;
    bool deflate = false;
    zip_uint32_t unixMode = 0100644;
};

inline void writeZip(const std::filesystem::path& out, const std::vector<ZipEntryDraft>& entries) {
    int code = 0;
    zip_t* z = zip_open(out.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(z);
    for (const auto& e : entries) {
        zip_source_t* src = zip_source_buffer(z, e.bytes.data(), e.bytes.size(), 0);
        const zip_int64_t i = zip_file_add(z, e.name.c_str(), src, ZIP_FL_ENC_RAW);
        REQUIRE(i >= 0);
        const auto index = static_cast<zip_uint64_t>(i);
        zip_set_file_compression(z, index, e.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        zip_file_set_external_attributes(z, index, 0, ZIP_OPSYS_UNIX, e.unixMode << 16);
    }
    REQUIRE(zip_close(z) == 0);
}

// Replaces every occurrence of `from` in a file with `to` (same length): the way to
// make what libzip itself refuses to write, such as two entries with one name.
inline void patchBytes(const std::filesystem::path& file, const std::string& from, const std::string& to) {
    REQUIRE(from.size() == to.size());
    std::string bytes = readBytes(file);
    int count = 0;
    for (auto at = bytes.find(from); at != std::string::npos; at = bytes.find(from, at + 1), ++count)
        bytes.replace(at, from.size(), to);
    REQUIRE(count > 0);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

// The demo course as a package draft: change any part, then write().
struct PackageDraft {
    nlohmann::ordered_json course = nlohmann::ordered_json::parse(readBytes(kDemoCourse / "course.json"));
    std::vector<ZipEntryDraft> files = {
        {"lessons/01-asas-pelayanan.md", readBytes(kDemoCourse / "lessons/01-asas-pelayanan.md"), true},
        {"lessons/02-sikap-melayani.md", readBytes(kDemoCourse / "lessons/02-sikap-melayani.md"), true},
        {"quizzes/kuis-pelayanan-prima.json", readBytes(kDemoCourse / "quizzes/kuis-pelayanan-prima.json"),
         true}};
    std::vector<ZipEntryDraft> unlisted; // in the zip, not in the manifest
    std::optional<content::SecretKey> signer;
    std::optional<std::string> manifestOverride;  // course.json bytes as written
    std::optional<std::string> signatureOverride; // the signature entry as written

    // The manifest listing `files` with their real sizes and hashes.
    nlohmann::ordered_json manifest() const {
        nlohmann::ordered_json m = {{"packageFormat", 1}};
        for (const auto& [k, v] : course.items())
            m[k] = v;
        m["files"] = nlohmann::ordered_json::array();
        for (const auto& f : files)
            m["files"].push_back(
                {{"path", f.name}, {"size", f.bytes.size()}, {"sha256", sha256Hex(f.bytes)}});
        return m;
    }
    std::string manifestBytes() const {
        return manifestOverride ? *manifestOverride : manifest().dump(2) + "\n";
    }

    void write(const std::filesystem::path& out) const {
        std::vector<ZipEntryDraft> entries{{"course.json", manifestBytes(), true}};
        entries.insert(entries.end(), files.begin(), files.end());
        entries.insert(entries.end(), unlisted.begin(), unlisted.end());
        if (signatureOverride)
            entries.push_back({"signature", *signatureOverride});
        else if (signer)
            entries.push_back({"signature", content::signManifest(*signer, manifestBytes())});
        writeZip(out, entries);
    }
};

// A kiosk data folder in a temporary folder, trusting one publisher's key.
struct TrustingKiosk {
    TempDir dir;
    content::SecretKey publisher = content::generateKey("bkpsdm-test");
    std::filesystem::path data = dir / "kiosk";

    TrustingKiosk() {
        std::filesystem::create_directories(data / "trusted-keys");
        REQUIRE(content::writePublicKey(publisher.publicKey, data / "trusted-keys/bkpsdm-test.pub"));
    }
};

} // namespace pelita::test
