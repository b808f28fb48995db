#include "pelita_catalogue.h"

#include <map>

#include <pelita/content/package.h>

#include "pelita_records_json.h"

namespace pelita::server {

std::vector<PublishedPackage> newestPerCourse(const std::vector<PublishedPackage>& all,
                                              const std::optional<std::string>& since) {
    std::map<std::string, const PublishedPackage*> newest;
    for (const auto& p : all) {
        auto [it, fresh] = newest.emplace(p.courseIri, &p);
        if (!fresh && content::compareVersions(p.version, it->second->version) > 0) it->second = &p;
    }
    std::vector<PublishedPackage> listed;
    for (const auto& [iri, p] : newest)
        if (!since || p->published > *since) listed.push_back(*p);
    return listed;
}

std::string packagePath(const std::string& sha256) { return "/pelita/v1/packages/" + sha256; }

nlohmann::json catalogueJson(const std::vector<PublishedPackage>& listed) {
    auto courses = nlohmann::json::array();
    for (const auto& p : listed) {
        auto course = toJson(p);
        course["url"] = packagePath(p.sha256);
        courses.push_back(std::move(course));
    }
    return {{"courses", courses}};
}

std::vector<PublishedPackage> listedPerCourse(std::vector<PublishedPackage> all,
                                              const std::optional<std::string>& since) {
    // A withdrawn version is not offered; the course's newest listed one is.
    std::erase_if(all, [](const PublishedPackage& p) { return p.withdrawn.has_value(); });
    return newestPerCourse(all, since);
}

} // namespace pelita::server
