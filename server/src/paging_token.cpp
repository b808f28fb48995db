#include "paging_token.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace pelita::server {

using nlohmann::json;

std::string encodePagingToken(const StatementQuery& q) {
    json t{{"asc", q.ascending}, {"limit", q.limit}};
    if (q.agentKey) t["agent"] = *q.agentKey;
    if (q.verbId) t["verb"] = *q.verbId;
    if (q.after) t["after"] = *q.after;
    if (q.upTo) t["upTo"] = *q.upTo;
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
    if (!t.is_object() || !t.contains("asc") || !t["asc"].is_boolean() || !t.contains("limit") ||
        !t["limit"].is_number_unsigned())
        return std::nullopt;
    StatementQuery q;
    q.ascending = t["asc"].get<bool>();
    q.limit = t["limit"].get<std::size_t>();
    if (t.contains("agent") && t["agent"].is_string()) q.agentKey = t["agent"].get<std::string>();
    if (t.contains("verb") && t["verb"].is_string()) q.verbId = t["verb"].get<std::string>();
    if (t.contains("after") && t["after"].is_number_integer()) q.after = t["after"].get<std::int64_t>();
    if (t.contains("upTo") && t["upTo"].is_number_integer()) q.upTo = t["upTo"].get<std::int64_t>();
    if (q.limit == 0 || !q.after || !q.upTo) return std::nullopt;
    return q;
}

} // namespace pelita::server
