// parseManifest(): course.json in a package, checked against the package schema
// (docs/package-format.md) before anything in the package is trusted.
#include <pelita/content/package.h>

#include "json_reader.h"
#include "package/text_checks.h"

#include <set>

namespace pelita::content {

using detail::JsonReader;

namespace {

std::uint64_t readSize(const JsonReader& r, const nlohmann::json& file, const std::string& at) {
    const auto& size = r.require(file, "size", at);
    if (!size.is_number_unsigned()) r.fail(at + ".size", "must be a whole number of bytes");
    return size.get<std::uint64_t>();
}

std::string readHash(const JsonReader& r, const nlohmann::json& file, const std::string& at) {
    std::string hash = r.string(file, "sha256", at);
    const bool hex = hash.find_first_not_of("0123456789abcdef") == std::string::npos;
    if (hash.size() != 64 || !hex) r.fail(at + ".sha256", "must be 64 lowercase hex digits (a SHA-256)");
    return hash;
}

void readFiles(const JsonReader& r, const nlohmann::json& doc, PackageManifest& m) {
    const auto& files = r.array(doc, "files", "");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string at = "files[" + std::to_string(i) + "]";
        PackageFile f;
        f.path = r.string(files[i], "path", at);
        if (auto problem = detail::entryNameProblem(f.path))
            r.fail(at + ".path", "\"" + f.path + "\" " + *problem);
        if (f.path == kManifestEntry || f.path == kSignatureEntry || f.path.back() == '/')
            r.fail(at + ".path", "\"" + f.path + "\" cannot be a course file");
        if (!seen.insert(detail::foldCase(f.path)).second)
            r.fail(at + ".path", "\"" + f.path + "\" is listed twice (names are compared ignoring case)");
        f.size = readSize(r, files[i], at);
        f.sha256 = readHash(r, files[i], at);
        m.files.push_back(std::move(f));
    }
}

// Lessons, quizzes and the cover name files; each must be one the manifest lists.
void requireListed(const JsonReader& r, const PackageManifest& m, const nlohmann::json& obj,
                   const std::string& key, const std::string& at) {
    const std::string path = r.string(obj, key, at);
    if (!m.find(path)) r.fail(at + "." + key, "\"" + path + "\" is not in \"files\"");
}

void readModules(const JsonReader& r, const nlohmann::json& doc, PackageManifest& m) {
    const auto& modules = r.array(doc, "modules", "");
    if (modules.empty()) r.fail("modules", "needs at least one module");
    for (std::size_t i = 0; i < modules.size(); ++i) {
        const std::string at = "modules[" + std::to_string(i) + "]";
        r.id(modules[i], "id", at);
        r.text(modules[i], "title", at);
        ++m.modules;
        for (const char* kind : {"lessons", "quizzes"}) {
            if (std::string(kind) == "quizzes" && !modules[i].contains("quizzes")) continue;
            const auto& items = r.array(modules[i], kind, at);
            for (std::size_t j = 0; j < items.size(); ++j) {
                const std::string item = at + "." + kind + "[" + std::to_string(j) + "]";
                r.id(items[j], "id", item);
                r.text(items[j], "title", item);
                requireListed(r, m, items[j], "file", item);
                ++(std::string(kind) == "lessons" ? m.lessons : m.quizzes);
            }
        }
    }
}

nlohmann::json parseJson(const JsonReader& r, const std::string& bytes) {
    if (!detail::isValidUtf8(bytes)) r.fail("", "is not valid UTF-8 text");
    try {
        return nlohmann::json::parse(bytes);
    } catch (const nlohmann::json::parse_error& e) {
        r.fail("", std::string("is not valid JSON: ") + e.what());
    }
}

} // namespace

std::uint64_t PackageManifest::totalBytes() const {
    std::uint64_t total = 0;
    for (const auto& f : files)
        total += f.size;
    return total;
}

const PackageFile* PackageManifest::find(std::string_view path) const {
    for (const auto& f : files)
        if (f.path == path) return &f;
    return nullptr;
}

Expected<PackageManifest, ContentError> parseManifest(std::string bytes) {
    const JsonReader r{std::filesystem::path(kManifestEntry)};
    try {
        PackageManifest m;
        const auto doc = parseJson(r, bytes);
        if (!doc.is_object()) r.fail("", "must be a JSON object");
        if (r.number(doc, "packageFormat", "", 0) != kPackageFormatVersion)
            r.fail("packageFormat", "must be " + std::to_string(kPackageFormatVersion) +
                                        " (made by a newer pelita-pack? update this kiosk)");
        if (r.number(doc, "schemaVersion", "", 0) != 1) r.fail("schemaVersion", "must be 1");
        m.iri = r.string(doc, "id", "");
        if (m.iri.rfind("https://", 0) != 0 && m.iri.rfind("http://", 0) != 0)
            r.fail("id", "must be an IRI starting with https://");
        m.version = r.string(doc, "version", "");
        m.title = r.text(doc, "title", "");
        if (doc.contains("description")) m.description = r.text(doc, "description", "");
        m.jpHours = r.number(doc, "jpHours", "", 0);
        if (m.jpHours < 0) r.fail("jpHours", "must not be negative");
        m.passMark = r.number(doc, "passMark", "", 0.7);
        if (m.passMark <= 0 || m.passMark > 1) r.fail("passMark", "must be above 0 and at most 1");
        readFiles(r, doc, m);
        if (doc.contains("cover")) {
            requireListed(r, m, doc, "cover", "");
            m.cover = doc["cover"].get<std::string>();
        }
        readModules(r, doc, m);
        m.bytes = std::move(bytes);
        return m;
    } catch (const ContentError& e) {
        return unexpected(e);
    }
}

int compareVersions(std::string_view a, std::string_view b) {
    auto next = [](std::string_view& s) {
        const std::size_t end = std::min(s.find_first_of(".-+"), s.size());
        std::string_view part = s.substr(0, end);
        s.remove_prefix(std::min(end + 1, s.size()));
        return part;
    };
    auto numeric = [](std::string_view p) {
        return !p.empty() && p.find_first_not_of("0123456789") == p.npos;
    };
    while (!a.empty() || !b.empty()) {
        std::string_view pa = next(a), pb = next(b);
        if (numeric(pa) && numeric(pb)) {
            while (pa.size() > 1 && pa.front() == '0')
                pa.remove_prefix(1);
            while (pb.size() > 1 && pb.front() == '0')
                pb.remove_prefix(1);
            if (pa.size() != pb.size()) return pa.size() < pb.size() ? -1 : 1;
        }
        if (const int c = pa.compare(pb); c != 0) return c < 0 ? -1 : 1;
    }
    return 0;
}

} // namespace pelita::content
