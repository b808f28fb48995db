#pragma once
// PackagePublisher: accepting a .pelita for kiosks to download. The package is
// verified exactly as a kiosk would (every file's SHA-256, the manifest schema,
// an Ed25519 signature by a key in DATA/trusted-keys/*.pub) before it is
// shelved under its hash and listed. POST /pelita/v1/packages and
// `pelita-server publish` both come here.
// Thread notes: any thread; the store and the shelf serialise what must be.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <pelita/content/expected.h>

#include "pelita_package_shelf.h"
#include "pelita_store.h"

namespace pelita::server {

struct PublishRefusal {
    int status = 400; // 400 refused package, 409 version clash, 500 storage
    std::vector<std::string> problems; // every problem found, each naming the entry
};

struct PublishOutcome {
    PublishedPackage package;
    bool alreadyPublished = false; // the very same bytes were published before
};

class PackagePublisher {
public:
    PackagePublisher(std::filesystem::path trustedKeysFolder, PackageShelf shelf, PelitaStore& store);

    Expected<PublishOutcome, PublishRefusal> publishBytes(std::string_view bytes);
    Expected<PublishOutcome, PublishRefusal> publishFile(const std::filesystem::path& file);

    const PackageShelf& shelf() const { return shelf_; }

private:
    Expected<PublishOutcome, PublishRefusal> publishStaged(const std::filesystem::path& staged);

    std::filesystem::path trustedKeysFolder_;
    PackageShelf shelf_;
    PelitaStore& store_;
};

} // namespace pelita::server
