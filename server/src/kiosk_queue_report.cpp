#include "kiosk_queue_report.h"

#include <charconv>
#include <string_view>

#include "iso8601.h"

namespace pelita::server {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// A count or an age: decimal digits only, and below a bound no real kiosk
// reaches (a billion results, or about 30 years).
std::optional<std::int64_t> count(std::string_view digits) {
    constexpr std::int64_t kMost = 1'000'000'000;
    std::int64_t value = 0;
    if (digits.empty() || digits.size() > 10) return std::nullopt;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size() || value < 0 || value > kMost)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<KioskQueue> readQueueReport(const std::string& header, std::int64_t nowMillis) {
    std::optional<std::int64_t> waiting, quarantined, oldestAge;
    std::string_view rest = header;
    while (!rest.empty()) {
        const auto end = rest.find(';');
        const auto part = trimmed(rest.substr(0, end));
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        const auto equals = part.find('=');
        if (equals == std::string_view::npos) return std::nullopt;
        const auto name = trimmed(part.substr(0, equals));
        auto& slot = name == "waiting" ? waiting : name == "quarantined" ? quarantined : oldestAge;
        if (name != "waiting" && name != "quarantined" && name != "oldest-age") continue; // later additions
        if (slot) return std::nullopt;
        slot = count(trimmed(part.substr(equals + 1)));
        if (!slot) return std::nullopt;
    }
    if (!waiting || !quarantined || (*waiting > 0) != oldestAge.has_value()) return std::nullopt;
    KioskQueue queue{*waiting, *quarantined, {}, utcIso8601(nowMillis)};
    if (oldestAge) queue.oldestWaiting = utcIso8601(nowMillis - *oldestAge * 1000);
    return queue;
}

std::string queueNews(const std::optional<KioskQueue>& queue) {
    if (!queue) return "-";
    return (queue->waiting > 0 ? "waiting/" : "empty/") + std::to_string(queue->quarantined);
}

} // namespace pelita::server
