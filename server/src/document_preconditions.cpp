#include "document_preconditions.h"

#include <algorithm>
#include <sstream>

namespace pelita::server {

namespace {

std::optional<std::vector<std::string>> tagList(const httplib::Request& req, const char* header) {
    if (!req.has_header(header)) return std::nullopt;
    std::vector<std::string> tags;
    std::stringstream items(req.get_header_value(header));
    std::string item;
    while (std::getline(items, item, ',')) {
        const auto first = item.find_first_not_of(" \t"), last = item.find_last_not_of(" \t");
        if (first == std::string::npos) continue;
        item = item.substr(first, last - first + 1);
        if (item.rfind("W/", 0) == 0) item = item.substr(2); // a weak tag compares by its value
        if (item.size() >= 2 && item.front() == '"' && item.back() == '"') item = item.substr(1, item.size() - 2);
        tags.push_back(item);
    }
    return tags;
}

bool matchesAny(const std::vector<std::string>& tags, const std::optional<Document>& current) {
    if (!current) return false;
    return std::any_of(tags.begin(), tags.end(), [&](const std::string& t) { return t == "*" || t == current->etag; });
}

} // namespace

Preconditions readPreconditions(const httplib::Request& req) {
    return Preconditions{tagList(req, "If-Match"), tagList(req, "If-None-Match")};
}

std::optional<DocumentRefusal> checkPreconditions(const Preconditions& p, const std::optional<Document>& current,
                                                  bool refuseBlindOverwrite) {
    if (p.ifMatch && !matchesAny(*p.ifMatch, current))
        return DocumentRefusal{412, "If-Match: the document has changed (or does not exist)"};
    if (p.ifNoneMatch && matchesAny(*p.ifNoneMatch, current))
        return DocumentRefusal{412, "If-None-Match: the document already exists"};
    if (refuseBlindOverwrite && current && !p.ifMatch && !p.ifNoneMatch)
        return DocumentRefusal{409, "the document exists; send If-Match with its ETag (or If-None-Match: *) to "
                                    "say whether to overwrite it"};
    return std::nullopt;
}

} // namespace pelita::server
