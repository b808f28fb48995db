// POST /pelita/v1/kiosks/register (a kiosk says who it is) and
// GET /pelita/v1/kiosks (every kiosk credential, for the admin dashboard).
#include <algorithm>

#include <pelita/content/signed_document.h>

#include "bundle_receipt_key.h"
#include "http_replies.h"
#include "iso8601.h"
#include "pelita_records_json.h"
#include "pelita_routes.h"

namespace pelita::server {

using nlohmann::json;

namespace {

// The optional "signingKey": the Ed25519 public key (base64) the kiosk signs its
// USB records bundles with (bundle_import.h). Nothing when absent; an error text when malformed.
std::optional<std::string> readSigningKey(const json& body, std::optional<std::string>& key) {
    const auto found = body.find("signingKey");
    if (found == body.end()) return std::nullopt;
    if (!found->is_string() || !content::publicKeyFromText(found->get<std::string>()))
        return "signingKey: must be a 32-byte Ed25519 public key in base64";
    key = found->get<std::string>();
    return std::nullopt;
}

// The registration's text fields: required, non-blank, at most `max` bytes.
std::optional<std::string> readRegistration(const json& body, KioskRecord& kiosk) {
    if (!body.is_object()) return "the body must be a JSON object {kioskId, name, opd, appVersion}";
    const std::pair<const char*, std::string*> fields[] = {
        {"kioskId", &kiosk.kioskId}, {"name", &kiosk.name}, {"opd", &kiosk.opd}, {"appVersion", &kiosk.appVersion}};
    for (const auto& item : body.items()) {
        const std::string& name = item.key(); // named: clang 14 cannot capture a binding
        if (name != "signingKey" &&
            std::none_of(std::begin(fields), std::end(fields), [&](const auto& f) { return name == f.first; }))
            return "unknown property \"" + name + "\"";
    }
    for (const auto& [name, target] : fields) {
        const auto found = body.find(name);
        if (found == body.end()) return std::string(name) + ": missing";
        if (!found->is_string() || found->get<std::string>().find_first_not_of(" \t") == std::string::npos)
            return std::string(name) + ": must be a non-empty string";
        if (found->get<std::string>().size() > 200) return std::string(name) + ": at most 200 bytes";
        *target = found->get<std::string>();
    }
    return std::nullopt;
}

void registerKiosk(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    auto who = admitPelita(req, res, context, {Role::Kiosk});
    if (!who) return;
    KioskRecord kiosk;
    const auto registration = json::parse(req.body, nullptr, false);
    if (auto problem = readRegistration(registration, kiosk)) return replyError(res, 400, *problem);
    std::optional<std::string> signingKey;
    if (auto problem = readSigningKey(registration, signingKey)) return replyError(res, 400, *problem);
    kiosk.credentialKey = who->key;
    kiosk.registered = nowUtcIso8601();
    if (auto stored = context.pelita->store->registerKiosk(kiosk); !stored) return replyError(res, 500, stored.error());
    if (signingKey)
        if (auto stored = context.pelita->store->setKioskSigningKey(who->key, *signingKey); !stored)
            return replyError(res, 500, stored.error());
    auto saved = context.pelita->store->kiosk(who->key);
    if (!saved || !*saved) return replyError(res, 500, saved ? "the registration was not kept" : saved.error());
    auto body = toJson(**saved);
    body["credentialName"] = who->name;
    // The key the kiosk checks the server's receipts for USB bundles with.
    auto receipts = receiptKey(context.pelita->dataDir);
    if (!receipts) return replyError(res, 500, receipts.error());
    body["receiptKey"] = content::publicKeyText(receipts->publicKey);
    replyJson(res, 200, body);
}

void listKiosks(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    if (!admitPelita(req, res, context, {Role::Admin, Role::Reader})) return;
    if (!req.params.empty()) return replyError(res, 400, "unknown query parameter \"" + req.params.begin()->first + "\"");
    auto credentials = context.credentials->list();
    if (!credentials) return replyError(res, 500, credentials.error());
    auto kiosks = context.pelita->store->kiosks();
    if (!kiosks) return replyError(res, 500, kiosks.error());
    auto list = json::array();
    for (const auto& c : *credentials) {
        if (c.role != Role::Kiosk) continue;
        auto known = std::find_if(kiosks->begin(), kiosks->end(), [&](const auto& k) { return k.credentialKey == c.key; });
        auto entry = toJson(known != kiosks->end() ? *known : KioskRecord{c.key, {}, {}, {}, {}, {}, {}, std::nullopt});
        entry["credentialName"] = c.name;
        entry["revoked"] = c.revoked ? json(*c.revoked) : json();
        list.push_back(std::move(entry));
    }
    replyJson(res, 200, {{"kiosks", list}});
}

} // namespace

void registerKioskRoutes(Routes& routes, LrsContext& context) {
    routes.add("POST", "/pelita/v1/kiosks/register",
               [&context](const httplib::Request& req, httplib::Response& res) { registerKiosk(context, req, res); });
    routes.add("GET", "/pelita/v1/kiosks",
               [&context](const httplib::Request& req, httplib::Response& res) { listKiosks(context, req, res); });
}

} // namespace pelita::server
