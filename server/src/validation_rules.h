#pragma once
// Internal to the statement validator: each rule checks one part of a
// statement and throws InvalidStatement naming the property that failed.
#include <initializer_list>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace pelita::server::rules {

struct InvalidStatement : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void reject(const std::string& path, const std::string& problem);

const nlohmann::json& require(const nlohmann::json& parent, const char* key, const std::string& path);
void onlyProperties(const nlohmann::json& object, std::initializer_list<const char*> allowed, const std::string& path);
// The object's "objectType", or `byDefault` when absent; rejects a non-string.
std::string objectTypeOf(const nlohmann::json& object, const char* byDefault, const std::string& path);
bool isLanguageTag(const std::string& tag);
void isObject(const nlohmann::json& value, const std::string& path);
void isString(const nlohmann::json& value, const std::string& path);
void isIri(const nlohmann::json& value, const std::string& path);
void isLanguageMap(const nlohmann::json& value, const std::string& path);
void isExtensions(const nlohmann::json& value, const std::string& path);

// Agent or Group; `requireIfi` for places where an anonymous Group is not allowed.
void isActor(const nlohmann::json& value, const std::string& path, bool requireIfi = false);
void isVerb(const nlohmann::json& value, const std::string& path);
void isActivity(const nlohmann::json& value, const std::string& path);
void isStatementObject(const nlohmann::json& value, const std::string& path, bool insideSubStatement);
// The parts a Statement and a SubStatement share: actor, verb, object, result,
// context, timestamp, attachments, and the rules that tie them together.
void isStatementBody(const nlohmann::json& value, const std::string& path, bool insideSubStatement);
void isAttachments(const nlohmann::json& value, const std::string& path);
void isResult(const nlohmann::json& value, const std::string& path);
void isContext(const nlohmann::json& value, const std::string& path);

} // namespace pelita::server::rules
