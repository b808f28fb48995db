#pragma once
// PgPool: the PostgreSQL connections one pelita-server shares between its stores.
// Why a pool and not one connection behind a mutex: PostgreSQL runs each
// connection's queries in its own backend process, so requests on different
// HTTP worker threads (reads, document writes, credential checks) proceed in
// parallel instead of queueing on one socket. The pool is capped near the
// HTTP worker count, since no more than that can be busy at once.
// Thread notes: any thread may lease(); a Lease belongs to the thread that took it.
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pg_connection.h"

namespace pelita::server {

class PgPool {
public:
    // Opens the first connection at once, so a wrong conninfo fails here
    // (PgError, with host, port and libpq's message); the rest open on demand.
    PgPool(std::string conninfo, std::size_t maxConnections);

    class Lease {
    public:
        Lease(PgPool& pool, std::unique_ptr<PgConnection> connection) : pool_(&pool), connection_(std::move(connection)) {}
        ~Lease();
        Lease(Lease&& other) noexcept = default;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Lease& operator=(Lease&&) = delete;
        PgConnection& operator*() { return *connection_; }
        PgConnection* operator->() { return connection_.get(); }

    private:
        PgPool* pool_;
        std::unique_ptr<PgConnection> connection_;
    };

    // A connection for the caller's exclusive use until the Lease ends. Waits
    // when every connection is leased; throws PgError when it cannot connect.
    Lease lease();

private:
    void giveBack(std::unique_ptr<PgConnection> connection);

    const std::string conninfo_;
    const std::size_t maxConnections_;
    std::mutex mutex_;
    std::condition_variable available_;
    std::vector<std::unique_ptr<PgConnection>> idle_;
    std::size_t open_ = 0; // idle + leased
};

// SQLSTATEs after which running the same transaction again can succeed:
// serialization failure, deadlock, and a unique key another writer took first.
bool isRetryable(const PgError& e);

} // namespace pelita::server
