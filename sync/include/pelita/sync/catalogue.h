#pragma once
// The server's course catalogue as the kiosk reads it (GET /pelita/v1/catalogue,
// docs/protocol.md), and what each entry offers this kiosk: a new course, a newer
// version, or nothing. Pure data; any thread.
#include <pelita/content/course.h>
#include <pelita/content/expected.h>

#include <cstdint>
#include <string>
#include <vector>

namespace pelita::sync {

struct CatalogueEntry {
    std::string iri;
    std::string version;
    content::LocalizedText title;
    double jpHours = 0;
    std::uint64_t size = 0;                   // bytes of the package file
    std::string sha256;                       // of the whole package file
    std::string url;                          // server-relative, e.g. /pelita/v1/packages/<sha256>
};

enum class Offer {
    NewCourse,  // not installed here
    Update,     // a newer version than the installed one
    Installed,  // this version (or a newer one) is installed
};

struct CatalogueOffer {
    CatalogueEntry entry;
    Offer offer = Offer::NewCourse;
    std::string installedVersion; // empty for a new course
};

// Parses the catalogue body. The error names the entry and field that is wrong.
Expected<std::vector<CatalogueEntry>, std::string> parseCatalogue(const std::string& body);

// Sets each entry against the installed courses, in the catalogue's order.
std::vector<CatalogueOffer> offersFor(const std::vector<CatalogueEntry>& catalogue,
                                      const std::vector<content::Course>& installed);

// The title in `language` ("id" matches "id-ID"), else Indonesian, else any,
// else the course IRI.
std::string titleIn(const CatalogueEntry& entry, const std::string& language);

} // namespace pelita::sync
