// Who may use /pelita/v1/, and the kiosks' last-contact times.
#include "http_replies.h"
#include "iso8601.h"
#include "kiosk_queue_report.h"
#include "pelita_routes.h"

namespace pelita::server {

void noteKioskContact(LrsContext& context, const Credential& who, const httplib::Request& req) {
    if (who.role != Role::Kiosk || !context.pelita) return;
    const auto now = nowEpochMillis();
    std::optional<KioskQueue> queue;
    if (req.has_header(kQueueHeader)) queue = readQueueReport(req.get_header_value(kQueueHeader), now);
    if (!context.pelita->contacts.due(who.key, now, queueNews(queue))) return;
    // A failed write only makes the dashboard's "last contact" older; the
    // request itself must not fail for it.
    (void)context.pelita->store->noteContact(who.key, utcIso8601(now), queue);
}

std::optional<Credential> admitPelita(const httplib::Request& req, httplib::Response& res, LrsContext& context,
                                      std::initializer_list<Role> roles) {
    if (!context.pelita) {
        replyError(res, 503, "Pelita's /pelita/v1/ resources are not available with this storage yet "
                             "(they need a data directory)");
        return std::nullopt;
    }
    auto who = identify(req, res, context);
    if (!who) return std::nullopt;
    for (const Role allowed : roles)
        if (who->role == allowed) return who;
    std::string names;
    for (const Role allowed : roles) names += (names.empty() ? "" : " or ") + roleName(allowed);
    replyError(res, 403, "this needs the " + names + " role; this credential has the " + roleName(who->role) + " role");
    return std::nullopt;
}

bool readOpdScope(LrsContext& context, const Credential& who, const httplib::Request& req, httplib::Response& res,
                  const std::string& what, std::optional<std::string>& opd) {
    const auto refuse = [&res](int status, const std::string& message) {
        replyError(res, status, message);
        return false;
    };
    for (const auto& [name, value] : req.params)
        if (name != "opd") return refuse(400, "unknown query parameter \"" + name + "\"");
    opd.reset();
    if (req.has_param("opd")) opd = req.get_param_value("opd");
    if (who.role != Role::Kiosk) return true;
    auto kiosk = context.pelita->store->kiosk(who.key);
    if (!kiosk) return refuse(500, kiosk.error());
    if (!*kiosk || (*kiosk)->opd.empty())
        return refuse(403, "register this kiosk first (POST /pelita/v1/kiosks/register): a kiosk reads its own OPD's " +
                               what);
    if (opd && *opd != (*kiosk)->opd)
        return refuse(403, "this kiosk is registered to OPD \"" + (*kiosk)->opd + "\" and may read only that OPD's " +
                               what);
    opd = (*kiosk)->opd;
    return true;
}

} // namespace pelita::server
