// importBundle: who made the bundle, then every statement through writeStatements().
#include "bundle_import.h"

#include <algorithm>

#include "auth.h"
#include "bundle_receipt_key.h"
#include "iso8601.h"
#include "pelita_context.h"
#include "statements_write.h"

namespace pelita::server {

using nlohmann::json;

namespace {

// Statements go to storage in batches of this many, as a kiosk's network sync
// does (sync_tuning.h kBatchSize): one transaction each, so an import of
// thousands costs tens of disk flushes, not thousands.
constexpr std::size_t kImportBatch = 100;

BundleRefusal refused(const std::string& why) { return {400, "bundle refused: " + why}; }

// The live kiosk credential that made the bundle, checked against its signing key.
Expected<Credential, BundleRefusal> bundleMaker(LrsContext& context, const RecordsBundle& bundle) {
    auto credentials = context.credentials->list();
    if (!credentials) return unexpected(BundleRefusal{500, credentials.error()});
    auto found = std::find_if(credentials->begin(), credentials->end(),
                              [&](const Credential& c) { return c.key == bundle.credentialKey; });
    const std::string who = "kiosk " + bundle.credentialKey + (bundle.kioskId.empty() ? "" : " (" + bundle.kioskId + ")");
    if (found == credentials->end() || found->role != Role::Kiosk)
        return unexpected(refused(who + " is not a kiosk credential of this server"));
    if (found->revoked) return unexpected(refused(who + " was revoked on " + *found->revoked));
    auto known = context.pelita->store->kioskSigningKey(found->key);
    if (!known) return unexpected(BundleRefusal{500, known.error()});
    if (!*known)
        return unexpected(refused("no signing key is known for " + who +
                                  "; it sends one when it registers, or an admin sets it with "
                                  "`pelita-server kiosk-key set`"));
    const auto expected = content::publicKeyFromText(**known);
    if (!expected) return unexpected(BundleRefusal{500, "the signing key stored for " + who + " is malformed"});
    if (!content::sameKey(*expected, bundle.signer))
        return unexpected(refused("it was not signed with the key of " + who));
    return *found;
}

// Stores statements [first, first+count) of `all`, halving a refused batch until
// the refused statements are found one by one. Nothing but a storage fault stops it.
std::optional<BundleRefusal> ingest(LrsContext& context, const json& authority, const json& all, std::size_t first,
                                    std::size_t count, Receipt& receipt) {
    json batch = json::array();
    for (std::size_t i = first; i < first + count; ++i) batch.push_back(all[i]);
    const bool single = count == 1; // its errors then say "statement", not "statement[0]"
    auto stored = writeStatements(context, authority, batch, single, {});
    if (stored) {
        for (const auto& s : batch) receipt.accepted.push_back(s["id"].get<std::string>());
        return std::nullopt;
    }
    if (stored.error().status >= 500)
        return BundleRefusal{500, "storage failed; nothing is lost, import the same file again: " +
                                      stored.error().message};
    if (single) {
        receipt.rejected.push_back({all[first]["id"].get<std::string>(), stored.error().status, stored.error().message});
        return std::nullopt;
    }
    const auto half = count / 2;
    if (auto failed = ingest(context, authority, all, first, half, receipt)) return failed;
    return ingest(context, authority, all, first + half, count - half, receipt);
}

} // namespace

Expected<ImportedBundle, BundleRefusal> importBundle(LrsContext& context, std::string_view bundleBytes) {
    if (!context.pelita) return unexpected(BundleRefusal{503, "this server's storage has no Pelita store (PostgreSQL)"});
    auto bundle = readRecordsBundle(bundleBytes);
    if (!bundle) return unexpected(refused("the file " + bundle.error()));
    auto maker = bundleMaker(context, *bundle);
    if (!maker) return unexpected(maker.error());
    auto key = receiptKey(context.pelita->dataDir);
    if (!key) return unexpected(BundleRefusal{500, key.error()});

    Receipt receipt{bundle->bundleId, bundle->credentialKey, bundle->kioskId, nowUtcIso8601(), {}, {}};
    const auto authority = authorityFor(*maker, context.options.homePage);
    const auto& statements = bundle->statements;
    for (std::size_t first = 0; first < statements.size(); first += kImportBatch)
        if (auto failed = ingest(context, authority, statements, first,
                                 std::min(kImportBatch, statements.size() - first), receipt))
            return unexpected(*failed);
    auto text = signReceipt(receipt, *key);
    auto name = receiptFileName(receipt);
    const BundleImportRecord record{receipt.bundleId, receipt.credentialKey, receipt.kioskId, receipt.imported,
                                    static_cast<int>(receipt.accepted.size()),
                                    static_cast<int>(receipt.rejected.size()), name, text};
    if (auto noted = context.pelita->store->noteBundleImport(record); !noted)
        return unexpected(BundleRefusal{500, "the statements are stored, but the import could not be recorded (" +
                                                 noted.error() + "); import the same file again"});
    return ImportedBundle{std::move(receipt), std::move(text), std::move(name)};
}

} // namespace pelita::server
