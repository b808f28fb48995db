// SqlitePelitaStore: the log of USB records bundles imported, with each one's
// latest receipt (table pelita_bundle_imports, schema version 6).
#include "pelita_sqlite_guard.h"

namespace pelita::server {

namespace {

BundleImportRecord recordAt(Statement& row) {
    return {row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
            static_cast<int>(row.columnInt(4)), static_cast<int>(row.columnInt(5)), row.columnText(6),
            row.columnText(7)};
}

constexpr const char* kColumns = "SELECT bundle_id, credential_key, kiosk_id, imported_at, accepted, rejected, "
                                 "receipt_name, receipt_text FROM pelita_bundle_imports ";

} // namespace

Expected<Stored, std::string> SqlitePelitaStore::noteBundleImport(const BundleImportRecord& r) {
    return guarded<Stored>("cannot record the bundle import", [&] {
        Statement upsert(*db_, "INSERT INTO pelita_bundle_imports (bundle_id, credential_key, kiosk_id, imported_at, "
                               "accepted, rejected, receipt_name, receipt_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT(bundle_id) DO UPDATE SET credential_key = excluded.credential_key, "
                               "kiosk_id = excluded.kiosk_id, imported_at = excluded.imported_at, "
                               "accepted = excluded.accepted, rejected = excluded.rejected, "
                               "receipt_name = excluded.receipt_name, receipt_text = excluded.receipt_text");
        upsert.bind(1, r.bundleId).bind(2, r.credentialKey).bind(3, r.kioskId).bind(4, r.importedAt);
        upsert.bind(5, std::int64_t{r.accepted}).bind(6, std::int64_t{r.rejected});
        upsert.bind(7, r.receiptName).bind(8, r.receiptText).run();
        return Stored{};
    });
}

Expected<std::vector<BundleImportRecord>, std::string> SqlitePelitaStore::bundleImports(int limit) {
    return guarded<std::vector<BundleImportRecord>>("cannot read the bundle imports", [&] {
        Statement select(*db_, std::string(kColumns) + "ORDER BY imported_at DESC, bundle_id LIMIT ?");
        select.bind(1, std::int64_t{limit});
        std::vector<BundleImportRecord> found;
        while (select.step()) found.push_back(recordAt(select));
        return found;
    });
}

Expected<std::optional<BundleImportRecord>, std::string> SqlitePelitaStore::bundleImport(const std::string& bundleId) {
    return guarded<std::optional<BundleImportRecord>>("cannot read the bundle import", [&] {
        Statement select(*db_, std::string(kColumns) + "WHERE bundle_id = ?");
        select.bind(1, bundleId);
        std::optional<BundleImportRecord> found;
        if (select.step()) found = recordAt(select);
        return found;
    });
}

} // namespace pelita::server
