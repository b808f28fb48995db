// Reading records bundles (gunzip, envelope, payload shape); writing receipts.
#include "bundle_format.h"

#include <pelita/content/gzip.h>

namespace pelita::server {

using nlohmann::json;

namespace {

const json* stringField(const json& object, const char* name) {
    auto found = object.find(name);
    return found != object.end() && found->is_string() && !found->get<std::string>().empty() ? &*found : nullptr;
}

} // namespace

Expected<RecordsBundle, std::string> readRecordsBundle(std::string_view fileBytes) {
    // The cap keeps a small hostile file from filling the server's memory.
    auto text = content::gunzip(fileBytes, kMaxBundleBytes);
    if (!text) return unexpected(text.error());
    auto opened = content::openSignedDocument(*text, content::kRecordsBundlePurpose);
    if (!opened) return unexpected(opened.error());
    const auto payload = json::parse(opened->payload, nullptr, false);
    if (!payload.is_object() || !payload.contains("format") || payload["format"] != 1)
        return unexpected(std::string("holds no records in a format this server knows (format 1)"));
    const json* kiosk = payload.contains("kiosk") && payload["kiosk"].is_object() ? &payload["kiosk"] : nullptr;
    const json* key = kiosk ? stringField(*kiosk, "credentialKey") : nullptr;
    const json* id = stringField(payload, "bundleId");
    if (!key || !id || !payload.contains("statements") || !payload["statements"].is_array())
        return unexpected(std::string("lacks its bundle id, kiosk credential or statements"));
    const auto& statements = payload["statements"];
    for (std::size_t i = 0; i < statements.size(); ++i)
        if (!statements[i].is_object() || !stringField(statements[i], "id"))
            return unexpected("statement " + std::to_string(i) + " has no id: every carried statement keeps the id "
                                                                  "the kiosk made");
    RecordsBundle bundle;
    bundle.bundleId = id->get<std::string>();
    bundle.credentialKey = key->get<std::string>();
    if (auto* kioskId = stringField(*kiosk, "kioskId")) bundle.kioskId = kioskId->get<std::string>();
    if (auto* created = stringField(payload, "created")) bundle.created = created->get<std::string>();
    bundle.statements = statements;
    bundle.signer = opened->signer;
    return bundle;
}

json receiptJson(const Receipt& r) {
    json rejected = json::array();
    for (const auto& x : r.rejected) rejected.push_back({{"id", x.id}, {"status", x.status}, {"reason", x.reason}});
    return {{"format", 1},
            {"bundleId", r.bundleId},
            {"kiosk", {{"credentialKey", r.credentialKey}, {"kioskId", r.kioskId}}},
            {"imported", r.imported},
            {"accepted", r.accepted},
            {"rejected", rejected}};
}

std::string signReceipt(const Receipt& receipt, const content::SecretKey& serverKey) {
    return content::signDocument(serverKey, content::kRecordsReceiptPurpose, receiptJson(receipt).dump(1));
}

std::string receiptFileName(const Receipt& receipt) {
    return content::recordsFileName(receipt.kioskId.empty() ? receipt.credentialKey.substr(0, 12) : receipt.kioskId, receipt.imported,
                                    content::kRecordsReceiptExtension);
}

} // namespace pelita::server
