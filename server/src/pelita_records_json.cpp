#include "pelita_records_json.h"

namespace pelita::server {

using nlohmann::json;

json toJson(const PublishedPackage& p) {
    return {{"id", p.courseIri},     {"version", p.version},         {"title", p.title},
            {"jpHours", p.jpHours},  {"size", p.sizeBytes},          {"sha256", p.sha256},
            {"signerKeyId", p.signerKeyId}, {"signerName", p.signerName}, {"published", p.published}};
}

PublishedPackage publishedPackageFromJson(const json& j) {
    PublishedPackage p;
    p.courseIri = j.at("id").get<std::string>();
    p.version = j.at("version").get<std::string>();
    p.title = j.at("title").get<std::map<std::string, std::string>>();
    p.jpHours = j.at("jpHours").get<double>();
    p.sizeBytes = j.at("size").get<std::uint64_t>();
    p.sha256 = j.at("sha256").get<std::string>();
    p.signerKeyId = j.at("signerKeyId").get<std::string>();
    p.signerName = j.at("signerName").get<std::string>();
    p.published = j.at("published").get<std::string>();
    return p;
}

json toJson(const CertificateRecord& c) {
    json j = {{"id", c.id},         {"statementId", c.statementId}, {"learnerName", c.learnerName},
              {"nip", c.nip},       {"courseId", c.courseIri},      {"courseTitle", c.courseTitle},
              {"issued", c.issued}, {"jpHours", c.jpHours}};
    j["scaledScore"] = c.scaledScore ? json(*c.scaledScore) : json();
    return j;
}

CertificateRecord certificateFromJson(const json& j) {
    CertificateRecord c;
    c.id = j.at("id").get<std::string>();
    c.statementId = j.at("statementId").get<std::string>();
    c.learnerName = j.at("learnerName").get<std::string>();
    c.nip = j.at("nip").get<std::string>();
    c.courseIri = j.at("courseId").get<std::string>();
    c.courseTitle = j.at("courseTitle").get<std::map<std::string, std::string>>();
    c.issued = j.at("issued").get<std::string>();
    c.jpHours = j.at("jpHours").get<double>();
    if (!j.at("scaledScore").is_null()) c.scaledScore = j.at("scaledScore").get<double>();
    return c;
}

json toJson(const KioskRecord& k) {
    auto orNull = [](const std::string& text) { return text.empty() ? json() : json(text); };
    return {{"key", k.credentialKey},          {"kioskId", orNull(k.kioskId)},       {"name", orNull(k.name)},
            {"opd", orNull(k.opd)},            {"appVersion", orNull(k.appVersion)}, {"registered", orNull(k.registered)},
            {"lastContact", orNull(k.lastContact)},    {"queue", k.queue ? toJson(*k.queue) : json()}};
}

json toJson(const KioskQueue& q) {
    return {{"waiting", q.waiting},
            {"quarantined", q.quarantined},
            {"oldestWaiting", q.oldestWaiting.empty() ? json() : json(q.oldestWaiting)},
            {"reported", q.reported}};
}

json toJson(const RosterEntry& r) {
    return {{"nip", r.nip}, {"name", r.name}, {"opd", r.opd}, {"unit", r.unit}, {"position", r.position}};
}

} // namespace pelita::server
