#pragma once
// LoginThrottle: slows down password guessing on /admin/login. Failures are
// counted per username and per client address; after kFreeFailures the next
// attempt must wait, and each further failure doubles the wait, up to
// kMaxWaitMillis. A success clears the username's and the address's count.
// Counts live in memory: a restart forgives, which only helps an admin who
// locked themselves out. Thread notes: any thread.
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace pelita::server::admin {

class LoginThrottle {
public:
    static constexpr int kFreeFailures = 3;
    static constexpr std::int64_t kFirstWaitMillis = 2'000;
    static constexpr std::int64_t kMaxWaitMillis = 15 * 60'000;
    static constexpr std::size_t kMaxEntries = 10'000;

    // Milliseconds until this username from this address may try again; 0: now.
    std::int64_t waitMillis(const std::string& username, const std::string& address, std::int64_t nowMillis);
    void failed(const std::string& username, const std::string& address, std::int64_t nowMillis);
    void succeeded(const std::string& username, const std::string& address);

private:
    struct Record {
        int failures = 0;
        std::int64_t notBefore = 0;
    };
    void note(Record& record, std::int64_t nowMillis);

    std::mutex mutex_;
    std::map<std::string, Record> byUsername_;
    std::map<std::string, Record> byAddress_;
};

} // namespace pelita::server::admin
