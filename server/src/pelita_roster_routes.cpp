// PUT /pelita/v1/roster (admin: replace OPDs' learner lists) and
// GET /pelita/v1/roster (a kiosk: its own OPD's learners; admin/reader: any).
#include <map>

#include "analytics/analytics_feed.h"
#include "http_replies.h"
#include "pelita_records_json.h"
#include "pelita_roster.h"
#include "pelita_routes.h"
#include "text_case.h"

namespace pelita::server {

using nlohmann::json;

namespace {

void replyProblems(httplib::Response& res, const RosterProblems& problems) {
    replyJson(res, 400, {{"error", "roster refused: " + problems.front() +
                                       (problems.size() > 1 ? " (and more, see problems)" : "")},
                         {"problems", problems}});
}

void putRoster(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    if (!admitPelita(req, res, context, {Role::Admin})) return;
    const auto type = lowerAscii(req.get_header_value("Content-Type"));
    Expected<std::vector<RosterEntry>, RosterProblems> parsed = unexpected(RosterProblems{});
    if (isJsonContentType(type)) {
        const json body = json::parse(req.body, nullptr, false);
        if (body.is_discarded()) return replyProblems(res, {"the body is not valid JSON"});
        parsed = parseRosterJson(body);
    } else if (type.rfind("text/csv", 0) == 0) {
        parsed = parseRosterCsv(req.body);
    } else {
        return replyError(res, 415, "send the roster as application/json or text/csv");
    }
    if (!parsed) return replyProblems(res, parsed.error());
    if (auto stored = context.pelita->store->replaceRoster(*parsed); !stored) return replyError(res, 500, stored.error());
    if (context.dashboardFeed) context.dashboardFeed->pelitaChanged();
    std::map<std::string, int> perOpd;
    for (const auto& e : *parsed) ++perOpd[e.opd];
    replyJson(res, 200, {{"learners", parsed->size()}, {"opds", perOpd}});
}

void getRoster(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    auto who = admitPelita(req, res, context, {Role::Admin, Role::Reader, Role::Kiosk});
    if (!who) return;
    std::optional<std::string> opd;
    if (!readOpdScope(context, *who, req, res, "roster", opd)) return;
    auto learners = context.pelita->store->roster(opd);
    if (!learners) return replyError(res, 500, learners.error());
    auto list = json::array();
    for (const auto& e : *learners) list.push_back(toJson(e));
    replyJson(res, 200, {{"opd", opd ? json(*opd) : json()}, {"learners", list}});
}

} // namespace

void registerRosterRoutes(Routes& routes, LrsContext& context) {
    routes.add("PUT", "/pelita/v1/roster",
               [&context](const httplib::Request& req, httplib::Response& res) { putRoster(context, req, res); });
    routes.add("GET", "/pelita/v1/roster",
               [&context](const httplib::Request& req, httplib::Response& res) { getRoster(context, req, res); });
}

} // namespace pelita::server
