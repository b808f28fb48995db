#include <pelita/sync/assignments_pull.h>
#include <pelita/sync/mandatory_courses.h>

#include <nlohmann/json.hpp>

namespace pelita::sync {

using nlohmann::json;

namespace {

// One entry, or the name of its field that is wrong.
Expected<Assignment, std::string> readAssignment(const json& j, const std::string& at) {
    if (!j.is_object()) return unexpected(at + ": is not an object");
    const auto id = j.find("id");
    if (id == j.end() || !id->is_number_integer())
        return unexpected(at + ".id: is missing or not a whole number");
    auto text = [&](const char* field) -> Expected<std::string, std::string> {
        const auto it = j.find(field);
        if (it == j.end() || it->is_null()) return std::string();
        if (!it->is_string()) return unexpected(at + "." + field + ": is not text");
        return it->get<std::string>();
    };
    Assignment a;
    a.id = id->get<std::int64_t>();
    const std::pair<const char*, std::string*> fields[] = {
        {"course", &a.courseIri}, {"opd", &a.opd}, {"position", &a.position}, {"due", &a.due}};
    for (const auto& [field, into] : fields) {
        auto value = text(field);
        if (!value) return unexpected(value.error());
        *into = std::move(*value);
    }
    if (a.courseIri.empty()) return unexpected(at + ".course: is missing");
    if (!parseIsoDate(a.due)) return unexpected(at + ".due: is not a date (YYYY-MM-DD): \"" + a.due + "\"");
    if (const auto title = j.find("title"); title != j.end() && !title->is_null()) {
        if (!title->is_object()) return unexpected(at + ".title: is not an object of languages");
        for (const auto& [language, value] : title->items()) {
            if (!value.is_string()) return unexpected(at + ".title." + language + ": is not text");
            a.title[language] = value.get<std::string>();
        }
    }
    return a;
}

} // namespace

Expected<std::vector<Assignment>, std::string> parseAssignments(const std::string& body) {
    const json doc = json::parse(body, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return unexpected(std::string("assignments: is not a JSON object"));
    const auto list = doc.find("assignments");
    if (list == doc.end() || !list->is_array())
        return unexpected(std::string("assignments.assignments: is missing or not a list"));
    std::vector<Assignment> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto a = readAssignment((*list)[i], "assignments[" + std::to_string(i) + "]");
        if (!a) return unexpected(a.error());
        out.push_back(std::move(*a));
    }
    return out;
}

AssignmentsReport pullAssignments(RecordsStore& store, Transport& transport, const KioskSettings& settings) {
    AssignmentsReport report;
    report.outcome = RosterOutcome::Failed;
    const HttpResult answer = transport.get(settings.serverUrl + "/pelita/v1/assignments",
                                            {basicAuthHeader(settings.key, settings.secret)});
    try {
        // Whatever goes wrong below, the kiosk keeps the set it has.
        report.assignments = store.assignments().size();
        if (!answer.reached()) {
            report.error = answer.error;
            return report;
        }
        if (answer.status == 403) {
            // The roster pull has already tried registering; the server's words say what is missing.
            report.outcome = RosterOutcome::NotRegistered;
            report.error =
                "The server gives a kiosk its OPD's mandatory courses once the kiosk is registered to "
                "the OPD (pelita config --opd): " +
                answer.body.substr(0, 300);
            return report;
        }
        if (answer.status != 200) {
            report.error =
                "The server answered " + std::to_string(answer.status) + " for the mandatory courses";
            return report;
        }
        auto assignments = parseAssignments(answer.body);
        if (!assignments) {
            report.error = assignments.error();
            return report;
        }
        report.changed = store.replaceAssignments(*assignments);
        report.assignments = assignments->size();
    } catch (const std::exception& e) {
        report.error = e.what();
        return report;
    }
    report.outcome = RosterOutcome::Pulled;
    return report;
}

} // namespace pelita::sync
