// Rules for the parts a Statement and a SubStatement share, and for
// attachment metadata (see validation_rules.h).
#include <regex>

#include "iso8601.h"
#include "validation_rules.h"

namespace pelita::server::rules {

using nlohmann::json;

namespace {
constexpr const char* kVoidedVerb = "http://adlnet.gov/expapi/verbs/voided";
} // namespace

void isAttachments(const json& value, const std::string& path) {
    if (!value.is_array()) reject(path, "must be an array");
    for (size_t i = 0; i < value.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        const auto& a = value[i];
        isObject(a, at);
        onlyProperties(a, {"usageType", "display", "description", "contentType", "length", "sha2", "fileUrl"}, at);
        isIri(require(a, "usageType", at), at + ".usageType");
        isLanguageMap(require(a, "display", at), at + ".display");
        if (auto d = a.find("description"); d != a.end()) isLanguageMap(*d, at + ".description");
        static const std::regex mediaType(R"(^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(\s*;.*)?$)");
        const auto& type = require(a, "contentType", at);
        if (!type.is_string() || !std::regex_match(type.get<std::string>(), mediaType))
            reject(at + ".contentType", "must be an Internet media type, e.g. application/pdf");
        const auto& length = require(a, "length", at);
        if (!length.is_number_integer() || length.get<std::int64_t>() < 0)
            reject(at + ".length", "must be a non-negative integer");
        // SHA-224, -256, -384 or -512, in hex.
        static const std::regex sha2(R"(^([0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$)");
        const auto& hash = require(a, "sha2", at);
        if (!hash.is_string() || !std::regex_match(hash.get<std::string>(), sha2))
            reject(at + ".sha2", "must be a SHA-2 hash in hex");
        if (auto url = a.find("fileUrl"); url != a.end()) isIri(*url, at + ".fileUrl");
    }
}

void isStatementBody(const json& value, const std::string& path, bool insideSubStatement) {
    isActor(require(value, "actor", path), path + ".actor");
    const auto& verb = require(value, "verb", path);
    isVerb(verb, path + ".verb");
    const auto& object = require(value, "object", path);
    isStatementObject(object, path + ".object", insideSubStatement);
    const auto objectType = objectTypeOf(object, "Activity", path + ".object");
    if (!insideSubStatement && verb["id"] == kVoidedVerb && objectType != "StatementRef")
        reject(path + ".object", "a voiding statement's object must be a StatementRef to the voided statement");
    if (auto r = value.find("result"); r != value.end()) isResult(*r, path + ".result");
    if (auto c = value.find("context"); c != value.end()) {
        isContext(*c, path + ".context");
        // Data 2.4.6: revision and platform describe an Activity, so they need one.
        for (const char* onlyForActivities : {"revision", "platform"})
            if (c->contains(onlyForActivities) && objectType != "Activity")
                reject(path + ".context." + onlyForActivities, "only allowed when the object is an Activity");
    }
    if (auto t = value.find("timestamp"); t != value.end() && (!t->is_string() || !isIso8601Timestamp(t->get<std::string>())))
        reject(path + ".timestamp", "must be an ISO 8601 date and time");
    if (auto att = value.find("attachments"); att != value.end()) isAttachments(*att, path + ".attachments");
}

} // namespace pelita::server::rules
