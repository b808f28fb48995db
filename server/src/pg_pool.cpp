#include "pg_pool.h"

namespace pelita::server {

PgPool::PgPool(std::string conninfo, std::size_t maxConnections)
    : conninfo_(std::move(conninfo)), maxConnections_(maxConnections == 0 ? 1 : maxConnections) {
    idle_.push_back(std::make_unique<PgConnection>(conninfo_));
    open_ = 1;
}

PgPool::Lease::~Lease() {
    if (pool_ && connection_) pool_->giveBack(std::move(connection_));
}

PgPool::Lease PgPool::lease() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [&] { return !idle_.empty() || open_ < maxConnections_; });
    if (!idle_.empty()) {
        auto connection = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(connection));
    }
    ++open_;
    lock.unlock();
    // Connect outside the lock: a slow or unreachable server must not stall
    // threads that could use an idle connection meanwhile.
    try {
        return Lease(*this, std::make_unique<PgConnection>(conninfo_));
    } catch (...) {
        std::lock_guard relock(mutex_);
        --open_;
        available_.notify_one();
        throw;
    }
}

void PgPool::giveBack(std::unique_ptr<PgConnection> connection) {
    std::lock_guard lock(mutex_);
    // A connection the server dropped is closed; the next lease opens a fresh one.
    if (connection->healthy()) idle_.push_back(std::move(connection));
    else --open_;
    available_.notify_one();
}

bool isRetryable(const PgError& e) {
    return e.sqlState() == "40001" || e.sqlState() == "40P01" || e.sqlState() == "23505";
}

} // namespace pelita::server
