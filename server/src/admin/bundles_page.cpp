// USB records bundles: for an office with no link, a trainer carries the
// kiosk's bundle (`pelita export-records`) here. The admin uploads it; it is
// verified and stored exactly once (bundle_import.h, as `pelita-server
// import-bundle` does), and the signed receipt is offered for download, to
// carry back to the kiosk (`pelita import-receipt`). Every import is listed
// with its receipt, so a receipt lost on the way can be downloaded again.
#include "admin_pages.h"
#include "bundle_import.h"
#include "pelita_context.h"

namespace pelita::server::admin {

namespace {

constexpr int kListed = 100; // imports shown, newest first

std::string receiptHref(const std::string& bundleId) {
    return "/admin/bundles/receipt?id=" + httplib::detail::encode_query_param(bundleId);
}

Expected<AdminTable, std::string> importsTable(AdminVisit& visit, bool withLinks) {
    auto imports = visit.pelita.store->bundleImports(kListed);
    if (!imports) return unexpected(imports.error());
    const Words& w = visit.words;
    AdminTable table{{w("bundle.imported"), w("bundle.kiosk"), w("bundle.id"), w("bundle.accepted"),
                      w("bundle.rejected"), w("bundle.credential")},
                     {}, {}, withLinks ? w("bundle.receipt") : std::string()};
    for (const auto& r : *imports) {
        table.rows.push_back({displayTime(r.importedAt, ""), r.kioskId, r.bundleId, std::to_string(r.accepted),
                              std::to_string(r.rejected), r.credentialKey});
        if (!withLinks) continue;
        Html link;
        link.raw("<a").attr("href", receiptHref(r.bundleId)).raw(">").text(w("bundle.download")).raw("</a>");
        table.actions.push_back(std::move(link));
    }
    return table;
}

void showBundles(AdminVisit& visit, const Html& above) {
    const Words& w = visit.words;
    auto table = importsTable(visit, true);
    if (!table) return visit.problem(500, table.error());
    Html body;
    body.append(above);
    if (visit.canChange())
        body.raw("<section class=\"card\"><h2>")
            .text(w("bundle.upload_title"))
            .raw("</h2><p class=\"hint\">")
            .text(w("bundle.upload_hint"))
            .raw("</p><form method=\"post\" action=\"/admin/bundles/upload\" enctype=\"multipart/form-data\">")
            .append(csrfField(visit.session.csrfToken))
            .raw("<label>")
            .text(w("bundle.file"))
            .raw("<input type=\"file\" name=\"bundle\" required></label><button type=\"submit\">")
            .text(w("bundle.upload"))
            .raw("</button></form></section>");
    body.raw("<h2>").text(w("bundle.history")).raw("</h2>");
    body.append(tableHtml(*table, w("bundle.none")));
    body.raw("<p>").append(csvLink(w, "/admin/bundles.csv")).raw("</p>");
    visit.page("bundle.title", body);
}

// What came of an upload: the counts, each refused statement with the
// server's reason, and the receipt's download link.
Html outcomeNotice(const Words& w, const ImportedBundle& imported) {
    const auto& r = imported.receipt;
    Html shown;
    shown.raw("<div class=\"notice ok\" role=\"status\"><p>")
        .text(w("bundle.imported_ok", {{"kiosk", r.kioskId.empty() ? r.credentialKey : r.kioskId},
                                       {"accepted", std::to_string(r.accepted.size())},
                                       {"rejected", std::to_string(r.rejected.size())}}))
        .raw("</p>");
    if (!r.rejected.empty()) {
        shown.raw("<p>").text(w("bundle.rejected_list")).raw("</p><ul>");
        for (const auto& x : r.rejected)
            shown.raw("<li><code>").text(x.id).raw("</code>: HTTP ").text(std::to_string(x.status)).raw(" ")
                .text(x.reason).raw("</li>");
        shown.raw("</ul>");
    }
    shown.raw("<p><a class=\"button\"")
        .attr("href", receiptHref(r.bundleId))
        .raw(">")
        .text(w("bundle.download_receipt", {{"file", imported.receiptName}}))
        .raw("</a></p><p class=\"hint\">")
        .text(w("bundle.carry_back"))
        .raw("</p></div>");
    return shown;
}

void upload(AdminVisit& visit) {
    const Words& w = visit.words;
    const auto bytes = visit.field("bundle");
    if (bytes.empty()) {
        showBundles(visit, notice("error", w("bundle.no_file")));
        visit.res.status = 400;
        return;
    }
    auto imported = importBundle(visit.lrs, bytes);
    if (!imported) {
        showBundles(visit, notice("error", w("bundle.refused", {{"reason", imported.error().message}})));
        visit.res.status = imported.error().status;
        return;
    }
    showBundles(visit, outcomeNotice(w, *imported));
}

void downloadReceipt(AdminVisit& visit) {
    const auto id = visit.field("id");
    auto found = visit.pelita.store->bundleImport(id);
    if (!found) return visit.problem(500, found.error());
    if (!*found) return visit.problem(404, visit.words("bundle.unknown"));
    adminHeaders(visit.res);
    visit.res.set_header("Content-Disposition", "attachment; filename=\"" + (*found)->receiptName + "\"");
    visit.res.status = 200;
    visit.res.set_content((*found)->receiptText, "application/octet-stream");
}

} // namespace

void registerBundlesPage(AdminSite& site) {
    site.addMenuItem("/admin/bundles", "bundle.title");
    site.view("/admin/bundles", [](AdminVisit& visit) { showBundles(visit, {}); });
    site.view("/admin/bundles.csv", [](AdminVisit& visit) {
        auto table = importsTable(visit, false);
        if (!table) return visit.problem(500, table.error());
        visit.csv("usb-bundles.csv", *table);
    });
    site.view("/admin/bundles/receipt", downloadReceipt);
    site.change("/admin/bundles/upload", upload);
}

} // namespace pelita::server::admin
