// GET /pelita/v1/catalogue, GET /pelita/v1/packages/{sha256} (with Range) and
// POST /pelita/v1/packages (publishing, admin only).
#include <fstream>

#include "analytics/analytics_feed.h"
#include "http_replies.h"
#include "iso8601.h"
#include "pelita_catalogue.h"
#include "pelita_records_json.h"
#include "pelita_routes.h"

namespace pelita::server {

namespace {

constexpr std::size_t kChunkBytes = 256 * 1024;

void getCatalogue(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    if (!admitPelita(req, res, context, {Role::Admin, Role::Kiosk, Role::Reader})) return;
    std::optional<std::string> since;
    for (const auto& [name, value] : req.params) {
        if (name != "since") return replyError(res, 400, "unknown query parameter \"" + name + "\"");
        if (!(since = toUtcIso8601(value))) return replyError(res, 400, "since: must be an ISO 8601 date and time");
    }
    auto all = context.pelita->store->packages();
    if (!all) return replyError(res, 500, all.error());
    replyJson(res, 200, catalogueJson(listedPerCourse(std::move(*all), since)));
}

// The one byte range to send, or nothing for the whole file. A Range the file
// cannot satisfy sets `unsatisfiable`. Several ranges, or an If-Range that
// names another version, get the whole file, as RFC 7233 allows.
std::optional<std::pair<std::uint64_t, std::uint64_t>> requestedRange(const httplib::Request& req, std::uint64_t size,
                                                                      const std::string& etag, bool& unsatisfiable) {
    unsatisfiable = false;
    if (req.ranges.size() != 1) return std::nullopt;
    if (req.has_header("If-Range") && req.get_header_value("If-Range") != etag) return std::nullopt;
    const auto [first, last] = req.ranges.front(); // -1: absent
    if (first < 0) { // "bytes=-N": the last N bytes
        unsatisfiable = last <= 0 || size == 0;
        if (unsatisfiable) return std::nullopt;
        const auto length = std::min<std::uint64_t>(static_cast<std::uint64_t>(last), size);
        return std::make_pair(size - length, size - 1);
    }
    unsatisfiable = static_cast<std::uint64_t>(first) >= size;
    if (unsatisfiable) return std::nullopt;
    const auto end = last < 0 ? size - 1 : std::min<std::uint64_t>(static_cast<std::uint64_t>(last), size - 1);
    return std::make_pair(static_cast<std::uint64_t>(first), end);
}

void getPackage(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    if (!admitPelita(req, res, context, {Role::Admin, Role::Kiosk, Role::Reader})) return;
    const std::string sha256 = req.matches[1];
    if (!isSha256Hex(sha256)) return replyError(res, 404, "no package " + sha256 + " (packages are named by SHA-256)");
    auto found = context.pelita->store->package(sha256);
    if (!found) return replyError(res, 500, found.error());
    if (!*found) return replyError(res, 404, "no published package with SHA-256 " + sha256);
    const auto file = context.pelita->publisher->shelf().fileFor(sha256);
    std::error_code ec;
    const std::uint64_t size = std::filesystem::file_size(file, ec);
    if (ec) return replyError(res, 500, "package file " + file.filename().string() + " is missing: " + ec.message());
    const std::string etag = "\"" + sha256 + "\"";
    bool unsatisfiable = false;
    const auto range = requestedRange(req, size, etag, unsatisfiable);
    // httplib would apply the Range header again to whatever we answer, without
    // clamping it to the file: we answer ranges ourselves, so it must not.
    const_cast<httplib::Request&>(req).ranges.clear();
    res.set_header("ETag", etag);
    res.set_header("Accept-Ranges", "bytes");
    if (unsatisfiable) {
        res.set_header("Content-Range", "bytes */" + std::to_string(size));
        return replyError(res, 416, "the range lies outside the package's " + std::to_string(size) + " bytes");
    }
    const std::uint64_t offset = range ? range->first : 0;
    const std::uint64_t length = range ? range->second - range->first + 1 : size;
    res.status = range ? 206 : 200;
    if (range)
        res.set_header("Content-Range", "bytes " + std::to_string(range->first) + "-" + std::to_string(range->second) +
                                            "/" + std::to_string(size));
    auto in = std::make_shared<std::ifstream>(file, std::ios::binary);
    res.set_content_provider(length, "application/zip",
                             [in, offset](std::size_t at, std::size_t wanted, httplib::DataSink& sink) {
                                 std::string chunk(std::min(wanted, kChunkBytes), '\0');
                                 in->seekg(static_cast<std::streamoff>(offset + at));
                                 in->read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
                                 if (in->gcount() <= 0) return false;
                                 return sink.write(chunk.data(), static_cast<std::size_t>(in->gcount()));
                             });
}

void postPackage(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    if (!admitPelita(req, res, context, {Role::Admin})) return;
    if (req.body.empty()) return replyError(res, 400, "the body must be the .pelita file");
    auto outcome = context.pelita->publisher->publishBytes(req.body);
    if (outcome && context.dashboardFeed) context.dashboardFeed->pelitaChanged(); // the course's JP
    if (!outcome) {
        const auto& refusal = outcome.error();
        nlohmann::json body{{"error", "package refused: " + refusal.problems.front() +
                                          (refusal.problems.size() > 1 ? " (and more, see problems)" : "")},
                            {"problems", refusal.problems}};
        return replyJson(res, refusal.status, body);
    }
    auto body = toJson(outcome->package);
    body["url"] = packagePath(outcome->package.sha256);
    body["alreadyPublished"] = outcome->alreadyPublished;
    res.set_header("Location", packagePath(outcome->package.sha256));
    replyJson(res, outcome->alreadyPublished ? 200 : 201, body);
}

} // namespace

void registerPackageRoutes(Routes& routes, LrsContext& context) {
    routes.add("GET", "/pelita/v1/catalogue",
               [&context](const httplib::Request& req, httplib::Response& res) { getCatalogue(context, req, res); });
    routes.add("POST", "/pelita/v1/packages",
               [&context](const httplib::Request& req, httplib::Response& res) { postPackage(context, req, res); });
    routes.add("GET", "/pelita/v1/packages/([^/]+)",
               [&context](const httplib::Request& req, httplib::Response& res) { getPackage(context, req, res); });
}

} // namespace pelita::server
