// GET /pelita/v1/assignments: the mandatory (Wajib) courses. A kiosk gets
// those of its registered OPD and those for every OPD; it matches positions
// itself, per learner. Admin and reader credentials get all, or one OPD's
// with ?opd=. Each carries the course's title from its newest listed
// package, so a kiosk can show it before the course is installed.
#include "http_replies.h"
#include "pelita_catalogue.h"
#include "pelita_routes.h"

namespace pelita::server {

using nlohmann::json;

namespace {

void getAssignments(LrsContext& context, const httplib::Request& req, httplib::Response& res) {
    auto who = admitPelita(req, res, context, {Role::Admin, Role::Reader, Role::Kiosk});
    if (!who) return;
    std::optional<std::string> opd;
    if (!readOpdScope(context, *who, req, res, "assignments", opd)) return;
    auto& store = *context.pelita->store;
    auto assigned = store.assignments(opd);
    if (!assigned) return replyError(res, 500, assigned.error());
    auto packages = store.packages();
    if (!packages) return replyError(res, 500, packages.error());
    const auto listed = listedPerCourse(std::move(*packages), std::nullopt);
    auto list = json::array();
    for (const auto& a : *assigned) {
        json title = json::object();
        for (const auto& p : listed)
            if (p.courseIri == a.courseIri) title = p.title;
        list.push_back({{"id", a.id}, {"course", a.courseIri}, {"title", title}, {"opd", a.opd},
                        {"position", a.position}, {"due", a.due}});
    }
    replyJson(res, 200, {{"opd", opd ? json(*opd) : json()}, {"assignments", list}});
}

} // namespace

void registerAssignmentRoutes(Routes& routes, LrsContext& context) {
    routes.add("GET", "/pelita/v1/assignments", [&context](const httplib::Request& req, httplib::Response& res) {
        getAssignments(context, req, res);
    });
}

} // namespace pelita::server
