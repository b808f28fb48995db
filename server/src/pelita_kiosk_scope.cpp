#include "pelita_kiosk_scope.h"

#include "agent_identity.h"
#include "auth.h"
#include "pelita_context.h"
#include "statement_validator.h"

namespace pelita::server {

using nlohmann::json;

namespace {

std::string ownAuthorityKey(const LrsContext& context, const Credential& who) {
    return *ifiKey(authorityFor(who, context.options.homePage));
}

bool onOwnRoster(LrsContext& context, const Credential& who, const json& agent) {
    if (!context.pelita || !agent.contains("account") || !agent["account"].contains("name")) return false;
    auto kiosk = context.pelita->store->kiosk(who.key);
    if (!kiosk || !*kiosk || (*kiosk)->opd.empty()) return false;
    auto learner = context.pelita->store->learner(agent["account"]["name"].get<std::string>());
    return learner && *learner && (*learner)->opd == (*kiosk)->opd;
}

bool sentStatementsAbout(LrsContext& context, const Credential& who, const std::string& agentKey) {
    StatementQuery q;
    q.agentKey = agentKey;
    q.authorityKey = ownAuthorityKey(context, who);
    q.limit = 1;
    auto page = context.statements->query(q);
    return page && !page->statements.empty();
}

} // namespace

void limitToOwnStatements(const LrsContext& context, const Credential& who, StatementQuery& query) {
    if (who.role == Role::Kiosk) query.authorityKey = ownAuthorityKey(context, who);
}

std::optional<std::string> foreignStatement(const LrsContext& context, const Credential& who, const json& statement) {
    if (who.role != Role::Kiosk) return std::nullopt;
    const auto authority = statement.find("authority");
    if (authority != statement.end() && ifiKey(*authority) == ownAuthorityKey(context, who)) return std::nullopt;
    return std::string("a kiosk may read only the statements it stored itself");
}

std::optional<std::string> foreignDocuments(LrsContext& context, const Credential& who,
                                            const DocumentResource& resource, const httplib::Request& req) {
    if (who.role != Role::Kiosk) return std::nullopt;
    if (resource.kind == DocumentKind::ActivityProfile)
        return req.method == "GET" ? std::nullopt
                                   : std::optional<std::string>("a kiosk may read activity profiles but not change them");
    // A missing or malformed agent is the handler's 400, not a refusal.
    const json agent = json::parse(req.get_param_value("agent"), nullptr, false);
    if (agent.is_discarded() || validateAgentFilter(agent)) return std::nullopt;
    if (onOwnRoster(context, who, agent) || sentStatementsAbout(context, who, *ifiKey(agent))) return std::nullopt;
    return std::string("a kiosk may use the documents only of learners on its OPD's roster "
                       "or whose statements it sent");
}

} // namespace pelita::server
