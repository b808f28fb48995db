#include "statement_validator.h"

#include <regex>

#include "iso8601.h"
#include "uuid.h"
#include "validation_rules.h"

namespace pelita::server {

using nlohmann::json;
using namespace rules;

namespace {

void checkStatement(const json& st, const std::string& path) {
    isObject(st, path);
    onlyProperties(st, {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
                        "version", "attachments"},
                   path);
    if (auto id = st.find("id"); id != st.end() && (!id->is_string() || !isUuid(id->get<std::string>())))
        reject(path + ".id", "must be a UUID");
    isActor(require(st, "actor", path), path + ".actor");
    isVerb(require(st, "verb", path), path + ".verb");
    isStatementObject(require(st, "object", path), path + ".object", false);
    if (auto r = st.find("result"); r != st.end()) isResult(*r, path + ".result");
    if (auto c = st.find("context"); c != st.end()) isContext(*c, path + ".context");
    for (const char* time : {"timestamp", "stored"})
        if (auto t = st.find(time); t != st.end() && (!t->is_string() || !isIso8601Timestamp(t->get<std::string>())))
            reject(path + "." + time, "must be an ISO 8601 date and time");
    if (auto a = st.find("authority"); a != st.end()) isActor(*a, path + ".authority");
    if (auto v = st.find("version"); v != st.end()) {
        static const std::regex oneDotZero(R"(^1\.0(\.\d+)?$)");
        if (!v->is_string() || !std::regex_match(v->get<std::string>(), oneDotZero))
            reject(path + ".version", "must be a 1.0.x version");
    }
    if (auto att = st.find("attachments"); att != st.end()) {
        // Only fileUrl attachments can arrive as application/json; each needs its metadata.
        if (!att->is_array()) reject(path + ".attachments", "must be an array");
        for (size_t i = 0; i < att->size(); ++i) {
            const std::string at = path + ".attachments[" + std::to_string(i) + "]";
            const auto& a = (*att)[i];
            isObject(a, at);
            isIri(require(a, "usageType", at), at + ".usageType");
            isLanguageMap(require(a, "display", at), at + ".display");
            isString(require(a, "contentType", at), at + ".contentType");
            if (!require(a, "length", at).is_number_integer()) reject(at + ".length", "must be an integer");
            isString(require(a, "sha2", at), at + ".sha2");
            isIri(require(a, "fileUrl", at), at + ".fileUrl");
        }
    }
}

} // namespace

std::optional<std::string> validateStatement(const json& statement, const std::string& path) {
    try {
        checkStatement(statement, path);
        return std::nullopt;
    } catch (const InvalidStatement& e) {
        return e.what();
    }
}

std::optional<std::string> validateAgentFilter(const json& agent) {
    try {
        isActor(agent, "agent", true);
        return std::nullopt;
    } catch (const InvalidStatement& e) {
        return e.what();
    }
}

} // namespace pelita::server
