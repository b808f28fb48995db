#include "pelita_context.h"

#include "pelita_sqlite_store.h"
#include "pg_pelita_store.h"
#include "server_database.h"
#include "storage.h"

namespace pelita::server {

bool ContactClock::due(const std::string& credentialKey, std::int64_t nowMillis, const std::string& news) {
    std::lock_guard lock(mutex_);
    auto [it, fresh] = lastWritten_.emplace(credentialKey, Written{nowMillis, news});
    if (fresh) return true;
    if (nowMillis - it->second.at < kIntervalMillis && news == it->second.news) return false;
    it->second = Written{nowMillis, news};
    return true;
}

namespace {

// The files beside the records: packages on the shelf, trusted publisher
// keys, the USB receipt key; the same layout on either backend.
Expected<std::shared_ptr<PelitaContext>, std::string> withFiles(std::unique_ptr<PelitaStore> store,
                                                                const std::filesystem::path& filesDir) {
    auto shelf = PackageShelf::open(filesDir / "packages");
    if (!shelf) return unexpected(shelf.error());
    auto context = std::make_shared<PelitaContext>();
    context->dataDir = filesDir;
    context->store = std::move(store);
    context->publisher =
        std::make_unique<PackagePublisher>(filesDir / "trusted-keys", std::move(shelf).value(), *context->store);
    return context;
}

} // namespace

Expected<std::shared_ptr<PelitaContext>, std::string> openPelitaContext(const std::string& location,
                                                                      const std::filesystem::path& filesDir,
                                                                      std::shared_ptr<PgPool> pool) {
    if (isPostgresLocation(location)) {
        if (filesDir.empty()) return std::shared_ptr<PelitaContext>();
        if (!pool) {
            auto opened = openPelitaPool(location);
            if (!opened) return unexpected(opened.error());
            pool = std::move(opened).value();
        }
        auto context = withFiles(std::make_unique<PgPelitaStore>(pool), filesDir);
        if (context) (*context)->pgPool = std::move(pool);
        return context;
    }
    const std::filesystem::path dataDir = location;
    auto db = openServerDatabase(dataDir);
    if (!db) return unexpected(db.error());
    return withFiles(std::make_unique<SqlitePelitaStore>(std::move(db).value()), dataDir);
}

} // namespace pelita::server
