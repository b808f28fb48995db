#include <pelita/sync/roster_pull.h>

#include <nlohmann/json.hpp>

namespace pelita::sync {

using nlohmann::json;

Expected<std::vector<Learner>, std::string> parseRoster(const std::string& body) {
    const json doc = json::parse(body, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return unexpected(std::string("roster: is not a JSON object"));
    const auto list = doc.find("learners");
    if (list == doc.end() || !list->is_array()) return unexpected(std::string("roster.learners: is missing or not a list"));
    std::vector<Learner> learners;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& j = (*list)[i];
        const std::string at = "roster.learners[" + std::to_string(i) + "]";
        if (!j.is_object()) return unexpected(at + ": is not an object");
        auto text = [&](const char* field) {
            const auto it = j.find(field);
            return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        Learner l{text("nip"), text("name"), text("unit"), text("position"), text("opd")};
        if (l.nip.empty()) return unexpected(at + ".nip: is missing");
        if (l.name.empty()) return unexpected(at + ".name: is missing");
        if (l.unit.empty()) l.unit = text("opd");
        learners.push_back(std::move(l));
    }
    return learners;
}

namespace {

// POST /pelita/v1/kiosks/register with the OPD of the kiosk settings: the server
// reads the kiosk's roster OPD from it. The credential key names the kiosk.
bool registerKiosk(Transport& transport, const KioskSettings& settings, const HttpHeaders& auth) {
    const json body = {{"kioskId", settings.key}, {"name", "Kios " + settings.key}, {"opd", settings.opd},
                       {"appVersion", PELITA_VERSION}};
    return transport.post(settings.serverUrl + "/pelita/v1/kiosks/register", auth, body.dump()).status == 200;
}

} // namespace

RosterReport pullRoster(RecordsStore& store, Transport& transport, const KioskSettings& settings) {
    RosterReport report;
    const HttpHeaders auth{basicAuthHeader(settings.key, settings.secret)};
    const std::string url = settings.serverUrl + "/pelita/v1/roster";
    HttpResult answer = transport.get(url, auth);
    // Not registered yet: a kiosk that knows its OPD registers itself and asks again.
    if (answer.status == 403 && !settings.opd.empty() && registerKiosk(transport, settings, auth))
        answer = transport.get(url, auth);
    report.outcome = RosterOutcome::Failed;
    if (!answer.reached()) {
        report.error = answer.error;
        return report;
    }
    if (answer.status == 403) {
        // The server reads a kiosk's OPD from its registration; its words say what to do.
        report.outcome = RosterOutcome::NotRegistered;
        report.error = "The server gives a kiosk its OPD's roster once the kiosk is registered to the OPD "
                       "(pelita config --opd): " + answer.body.substr(0, 300);
        return report;
    }
    if (answer.status != 200) {
        report.error = "The server answered " + std::to_string(answer.status) + " for the roster";
        return report;
    }
    auto learners = parseRoster(answer.body);
    if (!learners) {
        report.error = learners.error();
        return report;
    }
    report.learners = learners->size();
    try {
        for (const auto& learner : *learners) {
            // Whoever is here already keeps their PIN, lockout and the name they enrolled with;
            // only an OPD the kiosk did not know is noted (mandatory courses name OPDs).
            if (store.learner(learner.nip)) {
                store.noteLearnerOpd(learner.nip, learner.opd);
                continue;
            }
            if (auto added = store.enrol(learner); !added) {
                report.error = added.error().message;
                return report;
            }
            ++report.added;
        }
    } catch (const std::exception& e) {
        report.error = e.what();
        return report;
    }
    report.outcome = RosterOutcome::Pulled;
    return report;
}

} // namespace pelita::sync
