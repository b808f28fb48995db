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
    isStatementBody(st, path, false);
    if (auto t = st.find("stored"); t != st.end() && (!t->is_string() || !isIso8601Timestamp(t->get<std::string>())))
        reject(path + ".stored", "must be an ISO 8601 date and time");
    if (auto a = st.find("authority"); a != st.end()) isActor(*a, path + ".authority");
    if (auto v = st.find("version"); v != st.end()) {
        static const std::regex oneDotZero(R"(^1\.0(\.\d+)?$)");
        if (!v->is_string() || !std::regex_match(v->get<std::string>(), oneDotZero))
            reject(path + ".version", "must be a 1.0.x version");
    }
}

} // namespace

std::optional<std::string> validateStatement(const json& statement, const std::string& path) {
    try {
        checkStatement(statement, path);
        return std::nullopt;
    } catch (const InvalidStatement& e) {
        return e.what();
    } catch (const json::exception&) {
        // The rules check types before reading values; this is a last guard.
        return path + ": malformed statement";
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

std::optional<std::string> validateIri(const std::string& text, const std::string& param) {
    try {
        isIri(json(text), param);
        return std::nullopt;
    } catch (const InvalidStatement& e) {
        return e.what();
    }
}

} // namespace pelita::server
