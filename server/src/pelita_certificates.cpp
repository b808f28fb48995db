#include "pelita_certificates.h"

#include <regex>

#include "pelita_catalogue.h"
#include "pelita_context.h"

namespace pelita::server {

using nlohmann::json;

namespace {

const json* extensionOf(const json& statement) {
    const auto result = statement.find("result");
    if (result == statement.end()) return nullptr;
    const auto extensions = result->find("extensions");
    if (extensions == result->end()) return nullptr;
    const auto certificate = extensions->find(kCertificateExtension);
    return certificate == extensions->end() ? nullptr : &*certificate;
}

std::optional<std::string> shapeProblem(const StatementToStore& s, const json& extension) {
    static const std::regex kId("^[A-Za-z0-9-]{6,64}$");
    if (s.verbId != kPassedVerb) return "only a passed statement (" + std::string(kPassedVerb) + ") may carry it";
    const auto& actor = s.statement["actor"];
    if (!actor.contains("account") || actor.value("objectType", "Agent") != "Agent")
        return std::string("the actor must be an Agent with an account (the learner's NIP)");
    if (s.statement["object"].value("objectType", "Activity") != "Activity")
        return std::string("the object must be the course Activity");
    if (!extension.is_object()) return std::string("must be an object {\"id\", \"jp\"}");
    for (const auto& [name, value] : extension.items())
        if (name != "id" && name != "jp") return "unknown property \"" + name + "\"";
    if (!extension.contains("id") || !extension["id"].is_string() ||
        !std::regex_match(extension["id"].get<std::string>(), kId))
        return std::string("id: must be 6-64 of A-Z, a-z, 0-9 and '-'");
    if (!extension.contains("jp") || !extension["jp"].is_number() || extension["jp"].get<double>() < 0)
        return std::string("jp: must be a number of JP hours, at least 0");
    return std::nullopt;
}

CertificateRecord recordFor(LrsContext& context, const StatementToStore& s, const json& extension) {
    const auto& st = s.statement;
    CertificateRecord c;
    c.id = extension["id"].get<std::string>();
    c.statementId = s.id;
    c.learnerName = st["actor"].value("name", "");
    c.nip = st["actor"]["account"]["name"].get<std::string>();
    c.courseIri = st["object"]["id"].get<std::string>();
    const auto name = st["object"].find("definition");
    if (name != st["object"].end() && name->contains("name"))
        c.courseTitle = (*name)["name"].get<std::map<std::string, std::string>>();
    if (c.courseTitle.empty()) // the catalogue knows the title when the statement did not say it
        if (auto all = context.pelita->store->packages())
            for (const auto& p : newestPerCourse(*all, std::nullopt))
                if (p.courseIri == c.courseIri) c.courseTitle = p.title;
    c.issued = st["timestamp"].get<std::string>();
    c.jpHours = extension["jp"].get<double>();
    const auto result = st["result"];
    if (result.contains("score") && result["score"].contains("scaled")) c.scaledScore = result["score"]["scaled"].get<double>();
    return c;
}

} // namespace

std::optional<CertificateRefusal> refuseCertificates(LrsContext& context, const std::vector<StatementToStore>& batch) {
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const auto* extension = extensionOf(batch[i].statement);
        if (!extension) continue;
        const auto where = "statement " + batch[i].id + ": result.extensions[\"" + kCertificateExtension + "\"]: ";
        if (auto problem = shapeProblem(batch[i], *extension)) return CertificateRefusal{400, where + *problem};
        if (!context.pelita) continue; // no Pelita store: the statement is kept, the certificate is not indexed
        const auto id = (*extension)["id"].get<std::string>();
        auto existing = context.pelita->store->certificate(id);
        if (!existing) return CertificateRefusal{500, existing.error()};
        if (*existing && (*existing)->statementId != batch[i].id)
            return CertificateRefusal{409, where + "certificate id " + id + " was already issued by statement " +
                                               (*existing)->statementId};
    }
    return std::nullopt;
}

std::optional<std::string> recordCertificates(LrsContext& context, const std::vector<StatementToStore>& batch) {
    if (!context.pelita) return std::nullopt;
    for (const auto& s : batch)
        if (const auto* extension = extensionOf(s.statement))
            if (auto added = context.pelita->store->addCertificate(recordFor(context, s, *extension)); !added)
                return added.error().message;
    return std::nullopt;
}

} // namespace pelita::server
