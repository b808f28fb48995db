#pragma once
// What the /pelita/v1/ handlers share: the PelitaStore, the package publisher
// (with its shelf) and the clock that spaces out "last contact" writes. Held by
// LrsContext::pelita; absent on PostgreSQL without a files directory, and
// then every /pelita/v1/ resource answers 503.
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

class PgPool;

// Whether a credential's last contact is worth writing again. Writing it on
// every request would add a disk write to each statement batch; once a minute
// is plenty for spotting kiosks that went silent for hours or days. A contact
// with other news (queueNews(), kiosk_queue_report.h: the queue emptied, or
// results were quarantined) is written at once, so the Kiosks page is not a
// minute behind a kiosk that just finished sending.
class ContactClock {
public:
    static constexpr std::int64_t kIntervalMillis = 60'000;
    bool due(const std::string& credentialKey, std::int64_t nowMillis, const std::string& news = {});

private:
    struct Written {
        std::int64_t at = 0;
        std::string news;
    };
    std::mutex mutex_;
    std::map<std::string, Written> lastWritten_;
};

struct PelitaContext {
    std::unique_ptr<PelitaStore> store;
    std::unique_ptr<PackagePublisher> publisher;
    ContactClock contacts;
    std::filesystem::path dataDir; // where the receipt key for USB bundles lives (bundle_receipt_key.h)
    // On PostgreSQL: the pool `store` runs on, which the admin accounts share
    // (admin_routes.cpp). Null on SQLite.
    std::shared_ptr<PgPool> pgPool;
};

// For a data directory (SQLite): the store on DIR/server.db, packages in
// DIR/packages/, trusted publisher keys in DIR/trusted-keys/. For a PostgreSQL
// location the records are in the database (PgPelitaStore) and the files in
// `filesDir` (storage.h filesDirFor()); without one: nothing (not an error).
// `pool`: PostgreSQL connections to share (the server passes its storage's);
// without it the context opens a small pool of its own.
Expected<std::shared_ptr<PelitaContext>, std::string> openPelitaContext(const std::string& location,
                                                                      const std::filesystem::path& filesDir = {},
                                                                      std::shared_ptr<PgPool> pool = nullptr);

} // namespace pelita::server
