#include "lrs_load.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <thread>

#include <httplib.h>

using nlohmann::json;

namespace pelita::bench {

namespace {

httplib::Client clientFor(const LrsEndpoint& lrs) {
    httplib::Client c("127.0.0.1", lrs.port);
    c.set_basic_auth(lrs.user.c_str(), lrs.password.c_str());
    c.set_default_headers({{"X-Experience-API-Version", "1.0.3"}});
    c.set_read_timeout(300, 0);
    c.set_keep_alive(true);
    // As libcurl does by default: without it every POST's body waits for the
    // LRS's delayed ACK of its headers (40 ms), which capped every LRS here at
    // 8 connections x 50 statements / 40 ms = 10 000 statements/s.
    c.set_tcp_nodelay(true);
    return c;
}

json learnerAccount(long learner) {
    return {{"homePage", "https://pelita.example.go.id"}, {"name", std::to_string(198500000000000000L + learner)}};
}

// A 200 whose body lists one id per statement sent: anything else failed.
bool accepted(const httplib::Result& res) {
    if (!res || res->status != 200) return false;
    const auto ids = json::parse(res->body, nullptr, false);
    return ids.is_array() && ids.size() == static_cast<std::size_t>(kBatch);
}

} // namespace

std::string statementId(long n) {
    char id[37];
    std::snprintf(id, sizeof id, "%08lx-0000-4000-8000-%012ld", n >> 20, n);
    return id;
}

json statement(long n, long learner) {
    return {{"id", statementId(n)},
            {"actor", {{"objectType", "Agent"}, {"account", learnerAccount(learner)}}},
            {"verb", {{"id", "http://adlnet.gov/expapi/verbs/answered"}}},
            {"object", {{"id", "https://pelita.example.go.id/course/etika/q" + std::to_string(n % 40)}}},
            {"result", {{"score", {{"scaled", 0.5}}}, {"success", true}}}};
}

std::string learnerAgent(long learner) { return json{{"account", learnerAccount(learner)}}.dump(); }

std::vector<std::string> ingestBodies(long firstId, int batches) {
    std::vector<std::string> bodies;
    long n = firstId;
    for (int b = 0; b < batches; ++b) {
        json batch = json::array();
        for (int i = 0; i < kBatch; ++i, ++n) batch.push_back(statement(n, n % kLearners));
        bodies.push_back(batch.dump());
    }
    return bodies;
}

IngestRound ingestRound(const LrsEndpoint& lrs, const std::vector<std::string>& bodies) {
    IngestRound round;
    std::atomic<int> failures{0};
    std::mutex firstFailureMutex;
    const auto begin = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < kConnections; ++c)
        threads.emplace_back([&, c] {
            auto client = clientFor(lrs);
            for (std::size_t b = static_cast<std::size_t>(c); b < bodies.size(); b += kConnections) {
                auto res = client.Post(lrs.statementsPath.c_str(), bodies[b], "application/json");
                if (accepted(res)) continue;
                if (failures++ == 0) {
                    std::lock_guard lock(firstFailureMutex);
                    round.firstFailure = res ? std::to_string(res->status) + " " + res->body.substr(0, 300)
                                             : "no answer (" + httplib::to_string(res.error()) + ")";
                }
            }
        });
    for (auto& t : threads) t.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    round.failedBatches = failures;
    round.statementsPerSecond = static_cast<double>(bodies.size() * kBatch) / seconds;
    return round;
}

int readBack(const LrsEndpoint& lrs, const std::vector<std::string>& ids) {
    auto client = clientFor(lrs);
    int found = 0;
    for (const auto& id : ids) {
        auto res = client.Get((lrs.statementsPath + "?statementId=" + id).c_str());
        if (!res || res->status != 200) continue;
        const auto body = json::parse(res->body, nullptr, false);
        if (body.is_object() && body.value("id", "") == id) ++found;
    }
    return found;
}

double median(std::vector<double> values) { return percentile(std::move(values), 0.5); }

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

} // namespace pelita::bench
