#include "login_throttle.h"

#include <algorithm>

namespace pelita::server::admin {

std::int64_t LoginThrottle::waitMillis(const std::string& username, const std::string& address,
                                       std::int64_t nowMillis) {
    std::lock_guard lock(mutex_);
    std::int64_t until = 0;
    if (auto it = byUsername_.find(username); it != byUsername_.end()) until = std::max(until, it->second.notBefore);
    if (auto it = byAddress_.find(address); it != byAddress_.end()) until = std::max(until, it->second.notBefore);
    return std::max<std::int64_t>(0, until - nowMillis);
}

void LoginThrottle::note(Record& record, std::int64_t nowMillis) {
    ++record.failures;
    if (record.failures < kFreeFailures) return;
    const int doublings = std::min(record.failures - kFreeFailures, 20);
    record.notBefore = nowMillis + std::min(kMaxWaitMillis, kFirstWaitMillis << doublings);
}

void LoginThrottle::failed(const std::string& username, const std::string& address, std::int64_t nowMillis) {
    std::lock_guard lock(mutex_);
    // Guessing with endless made-up names must not grow memory without bound:
    // past kMaxEntries, records whose wait is over are forgotten.
    for (auto* records : {&byUsername_, &byAddress_})
        if (records->size() > kMaxEntries)
            std::erase_if(*records, [nowMillis](const auto& entry) { return entry.second.notBefore <= nowMillis; });
    note(byUsername_[username], nowMillis);
    note(byAddress_[address], nowMillis);
}

void LoginThrottle::succeeded(const std::string& username, const std::string& address) {
    std::lock_guard lock(mutex_);
    byUsername_.erase(username);
    byAddress_.erase(address);
}

} // namespace pelita::server::admin
