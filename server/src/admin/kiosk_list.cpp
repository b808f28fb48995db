// What the Overview and Kiosks pages both show about kiosks, and small
// presentation helpers the pages share.
#include <algorithm>

#include "admin_pages.h"
#include "lrs_routes.h"
#include "pelita_context.h"

namespace pelita::server::admin {

Expected<std::vector<KioskView>, std::string> listKiosks(AdminVisit& visit) {
    auto credentials = visit.lrs.credentials->list();
    if (!credentials) return unexpected(credentials.error());
    auto records = visit.pelita.store->kiosks();
    if (!records) return unexpected(records.error());
    std::vector<KioskView> kiosks;
    for (const auto& c : *credentials) {
        if (c.role != Role::Kiosk) continue;
        KioskView view{c, {}};
        view.record.credentialKey = c.key;
        const auto known = std::find_if(records->begin(), records->end(),
                                        [&](const KioskRecord& k) { return k.credentialKey == c.key; });
        if (known != records->end()) view.record = *known;
        kiosks.push_back(std::move(view));
    }
    std::stable_sort(kiosks.begin(), kiosks.end(), [](const KioskView& a, const KioskView& b) {
        const bool aLive = !a.credential.revoked, bLive = !b.credential.revoked;
        if (aLive != bLive) return aLive;
        if (a.record.opd != b.record.opd) return a.record.opd < b.record.opd;
        return a.credential.name < b.credential.name;
    });
    return kiosks;
}

std::string displayTime(const std::string& iso, const std::string& never) {
    if (iso.size() < 16) return never;
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
}

Html csvLink(const Words& words, const std::string& href) {
    Html html;
    return html.raw("<a class=\"csv\" download").attr("href", href).raw(">").text(words("export.csv")).raw("</a>");
}

Html notice(const std::string& kind, const std::string& text) {
    Html html;
    return html.raw("<p").attr("class", "notice " + kind).raw(" role=\"status\">").text(text).raw("</p>");
}

} // namespace pelita::server::admin
