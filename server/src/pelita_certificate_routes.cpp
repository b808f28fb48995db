// GET /pelita/v1/certificates/{id}: the public check of a paper certificate.
// No credentials: whoever holds the paper (an employer, an auditor) can check it.
#include "http_replies.h"
#include "pelita_certificates.h"
#include "pelita_roster.h"
#include "pelita_routes.h"

namespace pelita::server {

using nlohmann::json;

namespace {

void getCertificate(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    if (!context.pelita) return replyError(res, 503, "certificate checks are not available with this storage yet");
    const std::string id = req.matches[1];
    const auto unknown = "no certificate " + id + " was issued by this server";
    auto found = context.pelita->store->certificate(id);
    if (!found) return replyError(res, 500, found.error());
    if (!*found) return replyError(res, 404, unknown);
    const auto& c = **found;
    // A voided passed statement withdraws its certificate.
    auto statement = context.statements->findById(c.statementId);
    if (!statement) return replyError(res, 500, statement.error());
    if (!*statement || (*statement)->voided) return replyError(res, 404, unknown + " (or it was withdrawn)");
    replyJson(res, 200,
              {{"id", c.id},
               {"learnerName", c.learnerName},
               {"nip", maskedNip(c.nip)},
               {"course", {{"id", c.courseIri}, {"title", c.courseTitle}}},
               {"date", c.issued},
               {"jpHours", c.jpHours},
               {"scaledScore", c.scaledScore ? json(*c.scaledScore) : json()}});
}

} // namespace

void registerCertificateRoutes(Routes& routes, LrsContext& context) {
    routes.add("GET", "/pelita/v1/certificates/([^/]+)",
               [&context](const httplib::Request& req, httplib::Response& res) { getCertificate(context, req, res); });
}

} // namespace pelita::server
