#include "validation_rules.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "agent_identity.h"
#include "uuid.h"

namespace pelita::server::rules {

using nlohmann::json;

void reject(const std::string& path, const std::string& problem) { throw InvalidStatement(path + ": " + problem); }

const json& require(const json& parent, const char* key, const std::string& path) {
    auto it = parent.find(key);
    if (it == parent.end() || it->is_null()) reject(path + "." + key, "missing");
    return *it;
}

void onlyProperties(const json& object, std::initializer_list<const char*> allowed, const std::string& path) {
    for (const auto& item : object.items()) {
        // A named reference, not a structured binding: clang 14 (the fuzz build)
        // cannot capture bindings in a lambda.
        const std::string& key = item.key();
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; });
        if (!known) reject(path + "." + key, "not an allowed property here");
    }
}

std::string objectTypeOf(const json& object, const char* byDefault, const std::string& path) {
    auto it = object.find("objectType");
    if (it == object.end()) return byDefault;
    isString(*it, path + ".objectType");
    return it->get<std::string>();
}

void isObject(const json& value, const std::string& path) {
    if (!value.is_object()) reject(path, "must be a JSON object");
}

void isString(const json& value, const std::string& path) {
    if (!value.is_string()) reject(path, "must be a string");
}

namespace {
bool isAsciiAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isAsciiAlnum(char c) { return isAsciiAlpha(c) || (c >= '0' && c <= '9'); }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// Scanned by hand, not with std::regex: every statement has a dozen IRIs and
// language tags, and libstdc++'s regex made them a visible part of ingest.
bool isAbsoluteIri(std::string_view text) {
    // An absolute IRI: a scheme (a letter, then letters, digits, + . -), a
    // colon, and at least one more character, none of them whitespace. Full
    // RFC 3987 parsing would refuse little more than this in practice.
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == text.size() || !isAsciiAlpha(text[0]))
        return false;
    for (std::size_t i = 1; i < colon; ++i)
        if (!isAsciiAlnum(text[i]) && text[i] != '+' && text[i] != '.' && text[i] != '-') return false;
    for (std::size_t i = colon + 1; i < text.size(); ++i)
        if (isSpace(text[i])) return false;
    return true;
}
} // namespace

void isIri(const json& value, const std::string& path) {
    if (!value.is_string() || !isAbsoluteIri(value.get_ref<const std::string&>())) reject(path, "must be an absolute IRI");
}

bool isLanguageTag(const std::string& tag) {
    // RFC 5646's shape: a primary subtag of 1-8 letters, then subtags of 1-8
    // letters or digits, each after a hyphen. Registry lookups (is "xx" a
    // language?) are beyond what an LRS must do.
    std::size_t start = 0;
    for (bool primary = true;; primary = false) {
        const auto end = std::min(tag.find('-', start), tag.size());
        const auto length = end - start;
        if (length < 1 || length > 8) return false;
        for (std::size_t i = start; i < end; ++i)
            if (primary ? !isAsciiAlpha(tag[i]) : !isAsciiAlnum(tag[i])) return false;
        if (end == tag.size()) return true;
        start = end + 1;
    }
}

void isLanguageMap(const json& value, const std::string& path) {
    isObject(value, path);
    for (const auto& [tag, text] : value.items()) {
        if (!isLanguageTag(tag)) reject(path + "." + tag, "not an RFC 5646 language tag");
        if (!text.is_string()) reject(path + "." + tag, "language map values must be strings");
    }
}

void isExtensions(const json& value, const std::string& path) {
    isObject(value, path);
    for (const auto& [key, unused] : value.items()) isIri(json(key), path + "." + key);
}

namespace {
void isIfi(const json& agent, const std::string& path) {
    if (auto it = agent.find("mbox"); it != agent.end())
        if (!it->is_string() || it->get<std::string>().rfind("mailto:", 0) != 0 || it->get<std::string>().size() < 10)
            reject(path + ".mbox", "must be a mailto: IRI");
    if (auto it = agent.find("mbox_sha1sum"); it != agent.end()) {
        static const std::regex hex(R"(^[0-9a-fA-F]{40}$)");
        if (!it->is_string() || !std::regex_match(it->get<std::string>(), hex))
            reject(path + ".mbox_sha1sum", "must be 40 hex digits");
    }
    if (auto it = agent.find("openid"); it != agent.end()) isIri(*it, path + ".openid");
    if (auto it = agent.find("account"); it != agent.end()) {
        const std::string at = path + ".account";
        isObject(*it, at);
        onlyProperties(*it, {"homePage", "name"}, at);
        isIri(require(*it, "homePage", at), at + ".homePage");
        isString(require(*it, "name", at), at + ".name");
    }
}
} // namespace

void isActor(const json& value, const std::string& path, bool requireIfi) {
    isObject(value, path);
    const auto type = objectTypeOf(value, "Agent", path);
    if (type != "Agent" && type != "Group") reject(path + ".objectType", "must be \"Agent\" or \"Group\"");
    if (auto name = value.find("name"); name != value.end()) isString(*name, path + ".name");
    const int ifis = countIfis(value);
    if (ifis > 1) reject(path, "has more than one inverse functional identifier (mbox, mbox_sha1sum, openid, account)");
    isIfi(value, path);
    if (type == "Agent") {
        onlyProperties(value, {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"}, path);
        if (ifis == 0) reject(path, "needs one inverse functional identifier (mbox, mbox_sha1sum, openid, account)");
        return;
    }
    onlyProperties(value, {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member"}, path);
    if (ifis == 0 && requireIfi) reject(path, "must be an identified Group here");
    auto members = value.find("member");
    if (ifis == 0 && (members == value.end() || !members->is_array() || members->empty()))
        reject(path + ".member", "an anonymous Group needs a non-empty member array");
    if (members == value.end()) return;
    if (!members->is_array()) reject(path + ".member", "must be an array");
    for (size_t i = 0; i < members->size(); ++i) {
        const std::string at = path + ".member[" + std::to_string(i) + "]";
        if ((*members)[i].is_object() && objectTypeOf((*members)[i], "Agent", at) != "Agent")
            reject(at + ".objectType", "Group members must be Agents");
        isActor((*members)[i], at);
    }
}

void isVerb(const json& value, const std::string& path) {
    isObject(value, path);
    onlyProperties(value, {"id", "display"}, path);
    isIri(require(value, "id", path), path + ".id");
    if (auto d = value.find("display"); d != value.end()) isLanguageMap(*d, path + ".display");
}

void isStatementObject(const json& value, const std::string& path, bool insideSubStatement) {
    isObject(value, path);
    const auto type = objectTypeOf(value, "Activity", path);
    if (type == "Activity") return isActivity(value, path);
    if (type == "Agent" || type == "Group") return isActor(value, path);
    if (type == "StatementRef") {
        onlyProperties(value, {"objectType", "id"}, path);
        const auto& id = require(value, "id", path);
        if (!id.is_string() || !isUuid(id.get<std::string>())) reject(path + ".id", "must be a UUID");
        return;
    }
    if (type == "SubStatement" && !insideSubStatement) {
        onlyProperties(value, {"objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"},
                       path);
        isStatementBody(value, path, true);
        return;
    }
    reject(path + ".objectType", insideSubStatement ? "a SubStatement cannot contain a SubStatement"
                                                    : "must be Activity, Agent, Group, StatementRef or SubStatement");
}

} // namespace pelita::server::rules
