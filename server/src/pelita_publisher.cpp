#include "pelita_publisher.h"

#include <pelita/content/package_verifier.h>

#include "iso8601.h"

namespace pelita::server {

namespace fs = std::filesystem;

namespace {

PublishRefusal refusal(int status, std::string problem) { return PublishRefusal{status, {std::move(problem)}}; }

// The staging file's name means nothing to the publisher: call it "package".
std::vector<std::string> describeProblems(std::vector<content::ContentError> problems, const fs::path& staged) {
    std::vector<std::string> described;
    for (auto& p : problems) {
        if (p.file == staged) p.file = "package";
        described.push_back(p.describe());
    }
    return described;
}

} // namespace

PackagePublisher::PackagePublisher(fs::path trustedKeysFolder, PackageShelf shelf, PelitaStore& store)
    : trustedKeysFolder_(std::move(trustedKeysFolder)), shelf_(std::move(shelf)), store_(store) {}

Expected<PublishOutcome, PublishRefusal> PackagePublisher::publishBytes(std::string_view bytes) {
    auto staged = shelf_.stageBytes(bytes);
    if (!staged) return unexpected(refusal(500, staged.error()));
    return publishStaged(*staged);
}

Expected<PublishOutcome, PublishRefusal> PackagePublisher::publishFile(const fs::path& file) {
    auto staged = shelf_.stageCopy(file);
    if (!staged) return unexpected(refusal(400, staged.error()));
    return publishStaged(*staged);
}

Expected<PublishOutcome, PublishRefusal> PackagePublisher::publishStaged(const fs::path& staged) {
    // Keys are read on every publish, so adding a .pub needs no restart.
    const auto trusted = content::loadTrustedKeys(trustedKeysFolder_);
    content::VerifyOptions options;
    options.trusted = trusted.keys;
    const auto check = content::verifyPackage(staged, options);
    if (!check.ok()) {
        shelf_.discard(staged);
        auto problems = describeProblems(check.problems, staged);
        if (trusted.keys.empty())
            problems.push_back("no trusted publisher keys in " + trustedKeysFolder_.string() +
                               " (copy the publisher's NAME.pub there)");
        return unexpected(PublishRefusal{400, std::move(problems)});
    }
    const auto sha256 = fileSha256(staged);
    std::error_code ec;
    const auto size = fs::file_size(staged, ec);
    if (!sha256 || ec) return shelf_.discard(staged), unexpected(refusal(500, "cannot read the staged package"));
    auto existing = store_.package(*sha256);
    if (!existing) return shelf_.discard(staged), unexpected(refusal(500, existing.error()));
    if (*existing) return shelf_.discard(staged), PublishOutcome{**existing, true};

    const auto& manifest = *check.manifest;
    PublishedPackage record{*sha256,      manifest.iri,      manifest.version, manifest.title.byLanguage,
                            manifest.jpHours, size,          check.signerKeyId, check.signerName,
                            nowUtcIso8601()};
    auto shelved = shelf_.shelve(staged, *sha256);
    if (!shelved) return unexpected(refusal(500, shelved.error()));
    auto added = store_.addPackage(record);
    if (!added) {
        shelf_.discard(*shelved); // a new hash: no other record names this file
        const bool clash = added.error().kind == PelitaStoreError::Kind::Conflict;
        return unexpected(refusal(clash ? 409 : 500, added.error().message));
    }
    return PublishOutcome{record, false};
}

} // namespace pelita::server
