#pragma once
// Checks a .pelita file without unpacking it: every entry name, the manifest's
// schema, the signature, and (with checkFiles) every listed file's size, SHA-256
// and text encoding. It reports every problem found, each naming the entry.
// Any thread; reads only the package file.
#include <pelita/content/package.h>
#include <pelita/content/package_keys.h>

#include <filesystem>
#include <optional>
#include <vector>

namespace pelita::content {

enum class SignatureState {
    Missing, // no `signature` entry
    Invalid, // present, but it does not verify against the manifest: always refused
    Valid,   // verifies, but its key is not among the trusted keys given
    Trusted, // verifies, with a trusted key
};

struct VerifyOptions {
    std::vector<PublicKey> trusted;
    // false: any valid signature passes (pelita-pack verify without --trust).
    bool requireTrustedSigner = true;
    bool allowUnsigned = false; // the kiosk setting for test courses: unsigned or untrusted is accepted
    bool checkFiles = true;     // false: names, manifest and signature only (inspect)
    PackageLimits limits;
};

struct PackageCheck {
    std::optional<PackageManifest> manifest; // when course.json could be read and passed its schema
    SignatureState signature = SignatureState::Missing;
    std::string signerKeyId, signerName; // from the signature entry / the trusted key
    std::vector<ContentError> problems;  // empty when the package passes

    bool ok() const { return problems.empty(); }
};

PackageCheck verifyPackage(const std::filesystem::path& package, const VerifyOptions& options);

} // namespace pelita::content
