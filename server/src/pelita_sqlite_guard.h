#pragma once
// Internal to SqlitePelitaStore: every public call takes the connection's
// mutex and turns a storage fault into an error value naming what failed.
#include <nlohmann/json.hpp>

#include "pelita_sqlite_store.h"

namespace pelita::server {

template <typename T, typename E, typename Work>
Expected<T, E> SqlitePelitaStore::guarded(const char* what, Work&& work) {
    const auto fail = [&](const char* why) { return storeFailure<T, E>(what, why); };
    std::lock_guard lock(mutex_);
    try {
        return work();
    } catch (const SqliteError& e) {
        return fail(e.what());
    } catch (const nlohmann::json::exception& e) { // a stored record that no longer reads
        return fail(e.what());
    }
}

} // namespace pelita::server
