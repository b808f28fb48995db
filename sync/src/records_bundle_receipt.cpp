// Records carried by hand, kiosk side: checking and applying the server's receipt.
#include <pelita/content/records_files.h>
#include <pelita/content/signed_document.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/records_bundle.h>

#include <cstdint>
#include <limits>
#include <map>
#include <tuple>

namespace pelita::sync {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The receipt's payload once its signature is checked: what the server decided.
struct ReceiptDecisions {
    std::string bundleId;
    std::string credentialKey;
    std::vector<std::string> accepted;
    std::vector<std::tuple<std::string, int, std::string>> rejected; // id, HTTP status, reason
};

Expected<ReceiptDecisions, BundleError> readDecisions(const std::string& payloadText) {
    const auto payload = json::parse(payloadText, nullptr, false);
    const auto bad = [] { return unexpected(BundleError{"the receipt is signed but its contents are not a receipt"}); };
    if (!payload.is_object() || !payload.contains("format") || payload["format"] != 1) return bad();
    ReceiptDecisions d;
    try {
        d.bundleId = payload.at("bundleId").get<std::string>();
        d.credentialKey = payload.at("kiosk").at("credentialKey").get<std::string>();
        d.accepted = payload.at("accepted").get<std::vector<std::string>>();
        for (const auto& r : payload.at("rejected"))
            d.rejected.emplace_back(r.at("id").get<std::string>(), r.at("status").get<int>(),
                                    r.at("reason").get<std::string>());
    } catch (const json::exception&) {
        return bad();
    }
    return d;
}

} // namespace

Expected<content::PublicKey, BundleError> trustServerReceiptKey(const fs::path& dataDir, const fs::path& file) {
    auto key = content::readPublicKey(file);
    if (!key) return unexpected(BundleError{"not a server receipt key: " + key.error().describe()});
    const auto target = dataDir / kServerReceiptKeyFile;
    std::error_code ec;
    fs::remove(target, ec); // a trainer replacing the key means it
    if (auto written = content::writePublicKey(*key, target); !written)
        return unexpected(BundleError{"cannot install the server receipt key: " + written.error().describe()});
    return std::move(key).value();
}

Expected<ReceiptApplied, BundleError> applyReceipt(RecordsStore& store, const fs::path& dataDir,
                                                   std::string_view receiptBytes) {
    std::error_code ec;
    const auto trustedFile = dataDir / kServerReceiptKeyFile;
    if (!fs::exists(trustedFile, ec))
        return unexpected(BundleError{"this kiosk does not know the server's receipt key yet: install it once with "
                                      "--server-key FILE.pub (from `pelita-server kiosk-key receipt`)"});
    auto trusted = content::readPublicKey(trustedFile);
    if (!trusted) return unexpected(BundleError{"the installed server receipt key: " + trusted.error().describe()});
    auto opened = content::openSignedDocument(receiptBytes, content::kRecordsReceiptPurpose);
    if (!opened) return unexpected(BundleError{"receipt refused: the file " + opened.error()});
    if (!content::sameKey(opened->signer, *trusted))
        return unexpected(BundleError{"receipt refused: it was not signed by the server this kiosk trusts"});
    auto decisions = readDecisions(opened->payload);
    if (!decisions) return unexpected(decisions.error());
    const auto settings = KioskSettings::load(store);
    if (decisions->credentialKey != settings.key)
        return unexpected(BundleError{"receipt refused: it answers a bundle from kiosk " + decisions->credentialKey +
                                      ", not from this kiosk (" + settings.key + ")"});

    std::map<std::string, std::int64_t> waiting; // statement id -> outbox seq, pending only
    for (const auto& item : store.pendingStatements(static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max()))) waiting[item.statementId] = item.seq;
    ReceiptApplied applied;
    applied.bundleId = decisions->bundleId;
    std::vector<std::int64_t> confirmed;
    for (const auto& id : decisions->accepted) {
        auto found = waiting.find(id);
        if (found == waiting.end()) {
            ++applied.notWaiting;
            continue;
        }
        confirmed.push_back(found->second);
        waiting.erase(found); // an id listed twice is confirmed once
    }
    try {
        store.markSent(confirmed);
        applied.confirmed = confirmed.size();
        for (const auto& [id, status, reason] : decisions->rejected) {
            auto found = waiting.find(id);
            if (found == waiting.end()) {
                ++applied.notWaiting;
                continue;
            }
            store.quarantine(found->second, "HTTP " + std::to_string(status) + ": " + reason, status);
            waiting.erase(found);
            ++applied.quarantined;
        }
    } catch (const std::exception& e) {
        return unexpected(BundleError{std::string("the receipt is valid but the outbox could not be updated (apply "
                                                  "it again): ") + e.what()});
    }
    return applied;
}

} // namespace pelita::sync
