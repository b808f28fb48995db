// POST /pelita/v1/bundles (admin): a kiosk's USB records bundle, uploaded; the
// answer is the signed receipt file for the trainer to carry back.
#include "bundle_import.h"
#include "http_replies.h"
#include "pelita_routes.h"

namespace pelita::server {

namespace {

void postBundle(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    if (!admitPelita(req, res, context, {Role::Admin})) return;
    if (!req.params.empty()) return replyError(res, 400, "unknown query parameter \"" + req.params.begin()->first + "\"");
    auto imported = importBundle(context, req.body);
    if (!imported) return replyError(res, imported.error().status, imported.error().message);
    res.status = 200;
    res.set_header("Content-Disposition", "attachment; filename=\"" + imported->receiptName + "\"");
    res.set_header("X-Pelita-Accepted", std::to_string(imported->receipt.accepted.size()));
    res.set_header("X-Pelita-Rejected", std::to_string(imported->receipt.rejected.size()));
    res.set_content(imported->receiptText, "application/json");
}

} // namespace

void registerBundleRoutes(Routes& routes, LrsContext& context) {
    routes.add("POST", "/pelita/v1/bundles",
               [&context](const httplib::Request& req, httplib::Response& res) { postBundle(context, req, res); });
}

} // namespace pelita::server
