#include <pelita/content/quiz_response.h>

namespace pelita::content {

namespace {
std::vector<std::string> splitOn(std::string_view text, std::string_view separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t at = text.find(separator, start);
        parts.emplace_back(
            text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + separator.size();
    }
}
} // namespace

std::string joinResponseList(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += kResponseListSeparator;
        out += items[i];
    }
    return out;
}

std::vector<std::string> splitResponseList(std::string_view response) {
    if (response.empty()) return {};
    return splitOn(response, kResponseListSeparator);
}

std::string joinMatchResponse(const std::vector<MatchedPair>& pairs) {
    std::vector<std::string> items;
    items.reserve(pairs.size());
    for (const auto& [prompt, target] : pairs)
        items.push_back(prompt + std::string(kResponsePairSeparator) + target);
    return joinResponseList(items);
}

std::vector<MatchedPair> splitMatchResponse(std::string_view response) {
    std::vector<MatchedPair> pairs;
    for (const auto& item : splitResponseList(response)) {
        const std::size_t at = item.find(kResponsePairSeparator);
        if (at == std::string::npos)
            pairs.emplace_back(item, "");
        else
            pairs.emplace_back(item.substr(0, at), item.substr(at + kResponsePairSeparator.size()));
    }
    return pairs;
}

} // namespace pelita::content
