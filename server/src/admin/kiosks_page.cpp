// Kiosks: every kiosk credential with its OPD, app version, registration,
// last contact and queue health; registering a new kiosk (its credential is
// shown once) and revoking one.
#include <algorithm>

#include "admin_pages.h"
#include "iso8601.h"
#include "lrs_routes.h"
#include "pelita_context.h"

namespace pelita::server::admin {

namespace {

// Results that have waited this long on a kiosk that still talks to the
// server mean its sending is stuck (a kiosk that was offline reports its
// backlog once, then the empty queue as soon as it has sent it).
constexpr std::int64_t kStuckMillis = 24LL * 60 * 60 * 1000;

bool needsAttention(const std::optional<KioskQueue>& queue, std::int64_t nowMillis) {
    if (!queue) return false;
    return queue->quarantined > 0 ||
           (queue->waiting > 0 && queue->oldestWaiting < utcIso8601(nowMillis - kStuckMillis));
}

// The queue as words: "Semua terkirim", or what waits since when and what is
// quarantined, led by "Perlu perhatian" when a trainer should look.
std::string queueHealth(const Words& w, const std::optional<KioskQueue>& queue, std::int64_t nowMillis) {
    if (!queue) return w("kiosk.queue_unknown");
    if (queue->waiting == 0 && queue->quarantined == 0) return w("kiosk.queue_empty");
    std::string text = needsAttention(queue, nowMillis) ? w("kiosk.queue_attention") + ": " : "";
    if (queue->waiting > 0)
        text += w("kiosk.queue_waiting", {{"count", std::to_string(queue->waiting)},
                                          {"since", displayTime(queue->oldestWaiting, "?")}});
    if (queue->waiting > 0 && queue->quarantined > 0) text += "; ";
    if (queue->quarantined > 0) text += w("kiosk.queue_quarantined", {{"count", std::to_string(queue->quarantined)}});
    return text;
}

Expected<AdminTable, std::string> kioskTable(AdminVisit& visit, bool withActions, int* attention = nullptr) {
    auto kiosks = listKiosks(visit);
    if (!kiosks) return unexpected(kiosks.error());
    const Words& w = visit.words;
    const auto now = nowEpochMillis();
    AdminTable table{{w("kiosk.name"), w("kiosk.opd"), w("kiosk.app_version"), w("kiosk.registered"),
                      w("kiosk.last_contact"), w("kiosk.queue"), w("kiosk.status"), w("kiosk.key")},
                     {}, {}, w("kiosk.actions")};
    for (const auto& k : *kiosks) {
        const auto status = k.credential.revoked ? w("kiosk.revoked") + " " + displayTime(*k.credential.revoked, "")
                                                 : w("kiosk.live");
        if (attention && !k.credential.revoked && needsAttention(k.record.queue, now)) ++*attention;
        table.rows.push_back({k.credential.name, k.record.opd, k.record.appVersion,
                              displayTime(k.record.registered, w("kiosk.not_yet")),
                              displayTime(k.record.lastContact, w("kiosk.never")), queueHealth(w, k.record.queue, now),
                              status, k.credential.key});
        if (!withActions) continue;
        Html action;
        if (!k.credential.revoked)
            action.raw("<form method=\"post\" action=\"/admin/kiosks/revoke\" class=\"inline\">")
                .append(csrfField(visit.session.csrfToken))
                .raw("<input type=\"hidden\" name=\"key\"")
                .attr("value", k.credential.key)
                .raw("><button type=\"submit\" class=\"danger\">")
                .text(w("kiosk.revoke"))
                .raw("</button></form>");
        table.actions.push_back(std::move(action));
    }
    return table;
}

void showKiosks(AdminVisit& visit, const Html& above) {
    const Words& w = visit.words;
    int attention = 0;
    auto table = kioskTable(visit, visit.canChange(), &attention);
    if (!table) return visit.problem(500, table.error());
    Html body;
    body.append(above);
    if (attention > 0)
        body.append(notice("error", w("kiosk.attention_notice", {{"count", std::to_string(attention)}})));
    body.append(tableHtml(*table, w("kiosk.none")));
    body.raw("<p>").append(csvLink(w, "/admin/kiosks.csv")).raw("</p>");
    if (visit.canChange())
        body.raw("<section class=\"card\"><h2>")
            .text(w("kiosk.register_title"))
            .raw("</h2><form method=\"post\" action=\"/admin/kiosks/register\">")
            .append(csrfField(visit.session.csrfToken))
            .raw("<label>")
            .text(w("kiosk.name"))
            .raw("<input name=\"name\" required maxlength=\"200\"></label><label>")
            .text(w("kiosk.opd"))
            .raw("<input name=\"opd\" maxlength=\"200\"></label><button type=\"submit\">")
            .text(w("kiosk.register"))
            .raw("</button></form></section>");
    visit.page("kiosk.title", body);
}

void registerKiosk(AdminVisit& visit) {
    const Words& w = visit.words;
    const auto name = visit.field("name");
    const auto opd = visit.field("opd");
    if (name.find_first_not_of(" \t") == std::string::npos || name.size() > 200 || opd.size() > 200)
        return showKiosks(visit, notice("error", w("kiosk.name_needed")));
    auto made = visit.lrs.credentials->create(name, Role::Kiosk);
    if (!made) return visit.problem(500, made.error());
    if (!opd.empty()) {
        // The OPD until the kiosk registers itself and says its own.
        KioskRecord record{made->key, {}, name, opd, {}, {}, {}, std::nullopt};
        if (auto stored = visit.pelita.store->registerKiosk(record); !stored) return visit.problem(500, stored.error());
    }
    Html shown;
    shown.raw("<div class=\"notice ok credential\" role=\"status\"><p>")
        .text(w("kiosk.registered_once", {{"name", name}}))
        .raw("</p><pre>key=")
        .text(made->key)
        .raw("\nsecret=")
        .text(made->secret)
        .raw("</pre></div>");
    showKiosks(visit, shown);
}

void revokeKiosk(AdminVisit& visit) {
    const auto key = visit.field("key");
    auto credentials = visit.lrs.credentials->list();
    if (!credentials) return visit.problem(500, credentials.error());
    const bool isKiosk = std::any_of(credentials->begin(), credentials->end(),
                                     [&](const Credential& c) { return c.key == key && c.role == Role::Kiosk; });
    if (!isKiosk) return visit.problem(404, visit.words("kiosk.unknown"));
    auto done = visit.lrs.credentials->revoke(key);
    if (!done) return visit.problem(500, done.error());
    showKiosks(visit, notice("ok", visit.words("kiosk.revoked_done")));
}

} // namespace

void registerKiosksPage(AdminSite& site) {
    site.addMenuItem("/admin/kiosks", "kiosk.title");
    site.view("/admin/kiosks", [](AdminVisit& visit) { showKiosks(visit, {}); });
    site.view("/admin/kiosks.csv", [](AdminVisit& visit) {
        auto table = kioskTable(visit, false);
        if (!table) return visit.problem(500, table.error());
        visit.csv("kiosks.csv", *table);
    });
    site.change("/admin/kiosks/register", registerKiosk);
    site.change("/admin/kiosks/revoke", revokeKiosk);
}

} // namespace pelita::server::admin
