#pragma once
// retryingLease: runs `work(connection)` on a connection leased from `pool`,
// and runs it again, on a fresh transaction, when PostgreSQL says that can
// succeed (pg_pool.h isRetryable: serialization failure, deadlock, a unique
// key another writer took first). The last PgError is rethrown.
// Thread notes: as PgPool::lease(); `work` runs on the calling thread.
#include "pg_pool.h"

namespace pelita::server {

// A retry only outlives another writer's race; a real fault must be reported,
// not looped on.
inline constexpr int kPgAttempts = 3;

template <typename Work>
decltype(auto) retryingLease(PgPool& pool, Work&& work) {
    for (int attempt = 1;; ++attempt) {
        try {
            auto db = pool.lease();
            return work(*db);
        } catch (const PgError& e) {
            if (!isRetryable(e) || attempt >= kPgAttempts) throw;
        }
    }
}

} // namespace pelita::server
