#pragma once
// What the /pelita/v1/ handlers share: the PelitaStore, the package publisher
// (with its shelf) and the clock that spaces out "last contact" writes. Held by
// LrsContext::pelita; absent when the storage has no PelitaStore yet (today:
// PostgreSQL), and then every /pelita/v1/ resource answers 503.
// Thread notes: everything here is safe from any worker thread.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <pelita/content/expected.h>

#include "pelita_publisher.h"
#include "pelita_store.h"

namespace pelita::server {

// Whether a credential's last contact is worth writing again. Writing it on
// every request would add a disk write to each statement batch; once a minute
// is plenty for spotting kiosks that went silent for hours or days.
class ContactClock {
public:
    static constexpr std::int64_t kIntervalMillis = 60'000;
    bool due(const std::string& credentialKey, std::int64_t nowMillis);

private:
    std::mutex mutex_;
    std::map<std::string, std::int64_t> lastWritten_;
};

struct PelitaContext {
    std::unique_ptr<PelitaStore> store;
    std::unique_ptr<PackagePublisher> publisher;
    ContactClock contacts;
    std::filesystem::path dataDir; // where the receipt key for USB bundles lives (bundle_receipt_key.h)
};

// For a data directory (SQLite): the store on DIR/server.db, packages in
// DIR/packages/, trusted publisher keys in DIR/trusted-keys/. For a PostgreSQL
// location: nothing (not an error) until a PostgreSQL PelitaStore exists.
Expected<std::shared_ptr<PelitaContext>, std::string> openPelitaContext(const std::string& location);

} // namespace pelita::server
