#include <pelita/sync/catalogue.h>

#include <pelita/content/package.h>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace pelita::sync {

using nlohmann::json;

namespace {

bool isSha256(const std::string& s) {
    return s.size() == 64 &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

Expected<CatalogueEntry, std::string> readEntry(const json& j, const std::string& at) {
    if (!j.is_object()) return unexpected(at + ": is not an object");
    auto text = [&](const char* field) -> std::string {
        const auto it = j.find(field);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    CatalogueEntry e;
    e.iri = text("id");
    e.version = text("version");
    e.sha256 = text("sha256");
    e.url = text("url");
    if (e.iri.empty()) return unexpected(at + ".id: is missing");
    if (e.version.empty()) return unexpected(at + ".version: is missing");
    if (!isSha256(e.sha256)) return unexpected(at + ".sha256: is not 64 lower-case hex digits");
    if (e.url.empty() || e.url.front() != '/') return unexpected(at + ".url: is not a path on the server");
    const auto size = j.find("size");
    if (size == j.end() || !size->is_number_unsigned()) return unexpected(at + ".size: is not a byte count");
    e.size = size->get<std::uint64_t>();
    if (const auto jp = j.find("jpHours"); jp != j.end() && jp->is_number()) e.jpHours = jp->get<double>();
    if (const auto title = j.find("title"); title != j.end() && title->is_object())
        for (const auto& [lang, value] : title->items())
            if (value.is_string()) e.title.byLanguage[lang] = value.get<std::string>();
    return e;
}

} // namespace

Expected<std::vector<CatalogueEntry>, std::string> parseCatalogue(const std::string& body) {
    const json doc = json::parse(body, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return unexpected(std::string("catalogue: is not a JSON object"));
    const auto courses = doc.find("courses");
    if (courses == doc.end() || !courses->is_array())
        return unexpected(std::string("catalogue.courses: is missing or not a list"));
    std::vector<CatalogueEntry> entries;
    for (std::size_t i = 0; i < courses->size(); ++i) {
        auto entry = readEntry((*courses)[i], "catalogue.courses[" + std::to_string(i) + "]");
        if (!entry) return unexpected(entry.error());
        entries.push_back(std::move(*entry));
    }
    return entries;
}

std::vector<CatalogueOffer> offersFor(const std::vector<CatalogueEntry>& catalogue,
                                      const std::vector<content::Course>& installed) {
    std::vector<CatalogueOffer> offers;
    for (const auto& entry : catalogue) {
        CatalogueOffer offer{entry, Offer::NewCourse, {}};
        const auto course = std::find_if(installed.begin(), installed.end(),
                                         [&](const content::Course& c) { return c.iri == entry.iri; });
        if (course != installed.end()) {
            offer.installedVersion = course->version;
            offer.offer = content::compareVersions(entry.version, course->version) > 0 ? Offer::Update
                                                                                      : Offer::Installed;
        }
        offers.push_back(std::move(offer));
    }
    return offers;
}

std::string titleIn(const CatalogueEntry& entry, const std::string& language) {
    return entry.title.empty() ? entry.iri : entry.title.get(language);
}

} // namespace pelita::sync
