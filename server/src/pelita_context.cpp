#include "pelita_context.h"

#include "pelita_sqlite_store.h"
#include "server_database.h"
#include "storage.h"

namespace pelita::server {

bool ContactClock::due(const std::string& credentialKey, std::int64_t nowMillis) {
    std::lock_guard lock(mutex_);
    auto [it, fresh] = lastWritten_.emplace(credentialKey, nowMillis);
    if (fresh) return true;
    if (nowMillis - it->second < kIntervalMillis) return false;
    it->second = nowMillis;
    return true;
}

Expected<std::shared_ptr<PelitaContext>, std::string> openPelitaContext(const std::string& location) {
    if (isPostgresLocation(location)) return std::shared_ptr<PelitaContext>();
    const std::filesystem::path dataDir = location;
    auto db = openServerDatabase(dataDir);
    if (!db) return unexpected(db.error());
    auto shelf = PackageShelf::open(dataDir / "packages");
    if (!shelf) return unexpected(shelf.error());
    auto context = std::make_shared<PelitaContext>();
    context->dataDir = dataDir;
    context->store = std::make_unique<SqlitePelitaStore>(std::move(db).value());
    context->publisher =
        std::make_unique<PackagePublisher>(dataDir / "trusted-keys", std::move(shelf).value(), *context->store);
    return context;
}

} // namespace pelita::server
