#include "paging_token.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include "statement_format.h"

namespace pelita::server {

using nlohmann::json;

namespace {

template <typename T>
void putOptional(json& t, const char* key, const std::optional<T>& value) {
    if (value) t[key] = *value;
}

void takeOptional(const json& t, const char* key, std::optional<std::string>& into) {
    if (auto it = t.find(key); it != t.end() && it->is_string()) into = it->get<std::string>();
}

} // namespace

std::string encodePagingToken(const StatementQuery& q) {
    json t{{"asc", q.ascending}, {"limit", q.limit}, {"format", q.format}, {"att", q.attachments},
           {"rAg", q.relatedAgents}, {"rAc", q.relatedActivities}};
    putOptional(t, "agent", q.agentKey);
    putOptional(t, "verb", q.verbId);
    putOptional(t, "activity", q.activityId);
    putOptional(t, "reg", q.registration);
    putOptional(t, "since", q.since);
    putOptional(t, "until", q.until);
    putOptional(t, "after", q.after);
    putOptional(t, "upTo", q.upTo);
    const std::string raw = t.dump();
    const int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    std::string out(sodium_base64_ENCODED_LEN(raw.size(), variant), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size(), variant);
    out.resize(out.find('\0'));
    return out;
}

std::optional<StatementQuery> decodePagingToken(const std::string& token) {
    std::string raw(token.size(), '\0');
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(raw.data()), raw.size(), token.data(), token.size(), nullptr,
                          &length, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        return std::nullopt;
    raw.resize(length);
    const json t = json::parse(raw, nullptr, false);
    if (!t.is_object()) return std::nullopt;
    for (const char* flag : {"asc", "att", "rAg", "rAc"})
        if (!t.contains(flag) || !t[flag].is_boolean()) return std::nullopt;
    if (!t.contains("limit") || !t["limit"].is_number_unsigned() || !t.contains("format") || !t["format"].is_string())
        return std::nullopt;
    if (!t.contains("after") || !t["after"].is_number_integer() || !t.contains("upTo") || !t["upTo"].is_number_integer())
        return std::nullopt;
    StatementQuery q;
    q.ascending = t["asc"].get<bool>();
    q.attachments = t["att"].get<bool>();
    q.relatedAgents = t["rAg"].get<bool>();
    q.relatedActivities = t["rAc"].get<bool>();
    q.limit = t["limit"].get<std::size_t>();
    q.format = t["format"].get<std::string>();
    q.after = t["after"].get<std::int64_t>();
    q.upTo = t["upTo"].get<std::int64_t>();
    takeOptional(t, "agent", q.agentKey);
    takeOptional(t, "verb", q.verbId);
    takeOptional(t, "activity", q.activityId);
    takeOptional(t, "reg", q.registration);
    takeOptional(t, "since", q.since);
    takeOptional(t, "until", q.until);
    if (q.limit == 0 || !isStatementFormat(q.format)) return std::nullopt;
    return q;
}

} // namespace pelita::server
