// Records carried by hand, kiosk side: the signing key and writing a bundle.
#include <pelita/content/gzip.h>
#include <pelita/content/records_files.h>
#include <pelita/content/signed_document.h>
#include <pelita/sync/clock.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/records_bundle.h>
#include <pelita/sync/uuid.h>

#include <limits>

namespace pelita::sync {

namespace fs = std::filesystem;
using nlohmann::json;

Expected<content::SecretKey, BundleError> kioskSigningKey(const fs::path& dataDir) {
    const auto file = dataDir / kKioskSigningKeyFile;
    std::error_code ec;
    if (!fs::exists(file, ec))
        if (auto written = content::writeSecretKey(content::generateKey("pelita kiosk"), file); !written)
            return unexpected(BundleError{"cannot make this kiosk's signing key: " + written.error().describe()});
    auto key = content::readSecretKey(file);
    if (!key) return unexpected(BundleError{"cannot read this kiosk's signing key: " + key.error().describe()});
    return std::move(key).value();
}

Expected<ExportedBundle, BundleError> exportRecords(RecordsStore& store, const fs::path& dataDir, const fs::path& toDir,
                                                    std::int64_t now) {
    const auto settings = KioskSettings::load(store);
    if (settings.key.empty())
        return unexpected(BundleError{"this kiosk has no credential yet, so the server could not tell who made the "
                                      "records: set it first with `pelita config --key KEY --secret SECRET`"});
    std::error_code ec;
    if (!fs::is_directory(toDir, ec))
        return unexpected(BundleError{toDir.string() + " is not a folder (is the USB stick mounted?)"});
    auto key = kioskSigningKey(dataDir);
    if (!key) return unexpected(key.error());

    ExportedBundle exported;
    const auto pending = store.pendingStatements(static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max()));
    if (pending.empty()) return exported;
    json statements = json::array();
    std::vector<std::int64_t> seqs;
    for (const auto& item : pending) {
        auto statement = json::parse(item.body, nullptr, false);
        if (!statement.is_object())
            return unexpected(BundleError{"outbox entry " + std::to_string(item.seq) + " is not a JSON statement"});
        statements.push_back(std::move(statement));
        seqs.push_back(item.seq);
        exported.rawBytes += item.body.size();
    }
    const auto kioskId = store.setting("kiosk.id").value_or("");
    exported.bundleId = newUuid();
    const json payload = {{"format", 1},
                          {"bundleId", exported.bundleId},
                          {"kiosk", {{"credentialKey", settings.key}, {"kioskId", kioskId}}},
                          {"created", isoTimestamp(now)},
                          {"statements", std::move(statements)}};
    const auto file = content::gzipCompress(content::signDocument(*key, content::kRecordsBundlePurpose, payload.dump()));
    exported.file = toDir / content::recordsFileName(kioskId.empty() ? settings.key.substr(0, 12) : kioskId,
                                                     isoTimestamp(now), content::kRecordsBundleExtension);
    std::string error;
    if (!content::writeFileAtomically(exported.file, file, error))
        return unexpected(BundleError{"could not write the bundle to " + toDir.string() + ": " + error +
                                      ". Nothing was marked carried"});
    exported.statements = seqs.size();
    exported.bytes = file.size();
    try {
        store.markCarried(seqs, now);
    } catch (const std::exception& e) {
        // The bundle is whole and good; only the "carried" note is missing.
        return unexpected(BundleError{exported.file.string() + " was written, but the outbox could not note it: " +
                                      e.what()});
    }
    return exported;
}

} // namespace pelita::sync
