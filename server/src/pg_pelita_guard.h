#pragma once
// Internal to PgPelitaStore: each public call runs its work on a leased
// connection, again after another writer's race (pg_retry.h), and turns a
// storage fault into an error value naming what failed.
#include <nlohmann/json.hpp>

#include "pg_pelita_store.h"
#include "pg_retry.h"

namespace pelita::server {

template <typename T, typename E, typename Work>
Expected<T, E> PgPelitaStore::leased(const char* what, Work&& work) {
    const auto fail = [&](const char* why) { return storeFailure<T, E>(what, why); };
    try {
        return retryingLease(*pool_, [&](PgConnection& db) -> Expected<T, E> { return work(db); });
    } catch (const PgError& e) {
        return fail(e.what());
    } catch (const nlohmann::json::exception& e) { // a stored record that no longer reads
        return fail(e.what());
    }
}

} // namespace pelita::server
