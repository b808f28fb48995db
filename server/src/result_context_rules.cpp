// Rules for a statement's "result" and "context" parts (see validation_rules.h).
#include <regex>

#include "uuid.h"
#include "validation_rules.h"

namespace pelita::server::rules {

using nlohmann::json;

namespace {

void isScore(const json& score, const std::string& path) {
    isObject(score, path);
    onlyProperties(score, {"scaled", "raw", "min", "max"}, path);
    for (const auto& [key, value] : score.items())
        if (!value.is_number()) reject(path + "." + key, "must be a number");
    if (auto s = score.find("scaled"); s != score.end() && (s->get<double>() < -1.0 || s->get<double>() > 1.0))
        reject(path + ".scaled", "must be between -1 and 1");
    const auto raw = score.find("raw"), min = score.find("min"), max = score.find("max");
    if (min != score.end() && max != score.end() && min->get<double>() > max->get<double>())
        reject(path + ".min", "must not be greater than max");
    if (raw != score.end() && min != score.end() && raw->get<double>() < min->get<double>())
        reject(path + ".raw", "must not be less than min");
    if (raw != score.end() && max != score.end() && raw->get<double>() > max->get<double>())
        reject(path + ".raw", "must not be greater than max");
}

void isActivityList(const json& value, const std::string& path) {
    // xAPI allows a single Activity here; LRSs store it as given.
    if (value.is_object()) return isActivity(value, path);
    if (!value.is_array()) reject(path, "must be an Activity or an array of Activities");
    for (size_t i = 0; i < value.size(); ++i) isActivity(value[i], path + "[" + std::to_string(i) + "]");
}

} // namespace

void isResult(const json& value, const std::string& path) {
    isObject(value, path);
    onlyProperties(value, {"score", "success", "completion", "response", "duration", "extensions"}, path);
    if (auto s = value.find("score"); s != value.end()) isScore(*s, path + ".score");
    for (const char* flag : {"success", "completion"})
        if (auto f = value.find(flag); f != value.end() && !f->is_boolean())
            reject(path + "." + flag, "must be true or false");
    if (auto r = value.find("response"); r != value.end()) isString(*r, path + ".response");
    if (auto d = value.find("duration"); d != value.end()) {
        static const std::regex duration(R"(^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$)");
        if (!d->is_string() || !std::regex_match(d->get<std::string>(), duration))
            reject(path + ".duration", "must be an ISO 8601 duration, e.g. PT1M30S");
    }
    if (auto e = value.find("extensions"); e != value.end()) isExtensions(*e, path + ".extensions");
}

void isContext(const json& value, const std::string& path) {
    isObject(value, path);
    onlyProperties(value, {"registration", "instructor", "team", "contextActivities", "revision", "platform",
                           "language", "statement", "extensions"},
                   path);
    if (auto r = value.find("registration"); r != value.end() && (!r->is_string() || !isUuid(r->get<std::string>())))
        reject(path + ".registration", "must be a UUID");
    if (auto i = value.find("instructor"); i != value.end()) isActor(*i, path + ".instructor");
    if (auto t = value.find("team"); t != value.end()) {
        if (!t->is_object() || objectTypeOf(*t, "Agent", path + ".team") != "Group") reject(path + ".team", "must be a Group");
        isActor(*t, path + ".team");
    }
    if (auto ca = value.find("contextActivities"); ca != value.end()) {
        const std::string at = path + ".contextActivities";
        isObject(*ca, at);
        onlyProperties(*ca, {"parent", "grouping", "category", "other"}, at);
        for (const auto& [key, list] : ca->items()) isActivityList(list, at + "." + key);
    }
    for (const char* text : {"revision", "platform"})
        if (auto t = value.find(text); t != value.end()) isString(*t, path + "." + text);
    if (auto l = value.find("language"); l != value.end() && (!l->is_string() || !isLanguageTag(l->get<std::string>())))
        reject(path + ".language", "must be an RFC 5646 language tag");
    if (auto s = value.find("statement"); s != value.end()) {
        if (!s->is_object() || objectTypeOf(*s, "", path + ".statement") != "StatementRef")
            reject(path + ".statement", "must be a StatementRef");
        isStatementObject(*s, path + ".statement", true);
    }
    if (auto e = value.find("extensions"); e != value.end()) isExtensions(*e, path + ".extensions");
}

} // namespace pelita::server::rules
