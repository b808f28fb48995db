#include "request_log.h"

#include <chrono>
#include <cmath>

#include <nlohmann/json.hpp>

namespace pelita::server {

namespace {
thread_local std::chrono::steady_clock::time_point requestStart;
thread_local std::string requestCredential;
} // namespace

void noteRequestCredential(const std::string& name) { requestCredential = name; }

void installRequestLog(httplib::Server& http, std::function<void(const std::string&)> log) {
    if (!log) return;
    http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        requestStart = std::chrono::steady_clock::now();
        requestCredential.clear();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    http.set_logger([log = std::move(log)](const httplib::Request& req, const httplib::Response& res) {
        const auto elapsed = std::chrono::steady_clock::now() - requestStart;
        const double ms = std::chrono::duration<double, std::milli>(elapsed).count();
        nlohmann::json line{{"method", req.method}, {"path", req.path}, {"status", res.status},
                            {"ms", std::round(ms * 10) / 10}, {"credential", requestCredential}};
        log(line.dump());
    });
}

} // namespace pelita::server
