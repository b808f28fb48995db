#pragma once
// Kiosk-shaped xAPI statements for the dashboard benchmarks (bench_analytics,
// bench_dashboard_pages): 5 000 learners in 50 OPDs, 40 courses of one
// 10-question quiz each; attempts with answers, verdicts, and course passes
// with certificates. Learners differ in skill and questions in difficulty, so
// the figures have something to show. Deterministic (fixed seed).
#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pelita::bench {

using nlohmann::json;

constexpr int kOpds = 50, kPerOpd = 100, kCourses = 40, kQuestions = 10;
inline const std::string kT = "http://adlnet.gov/expapi/activities/";
inline const std::string kV = "http://adlnet.gov/expapi/verbs/";

inline std::string uuid(std::uint64_t n, int kind) {
    char id[40];
    std::snprintf(id, sizeof id, "%08x-0000-4000-8000-%012llx", kind, static_cast<unsigned long long>(n));
    return id;
}

// A valid NIP per learner (under 5 994): born 1 Jan 1980, TMT 2005-01..03,
// gender digit 1 or 2, sequence 001-999.
inline std::string nip(int learner) {
    char text[40];
    std::snprintf(text, sizeof text, "1980010120050%d%d%03d", 1 + learner / 1998, 1 + (learner / 999) % 2,
                  learner % 999 + 1);
    return text;
}

inline json activity(const std::string& id, const std::string& type, const std::string& name) {
    return {{"id", id}, {"definition", {{"type", kT + type}, {"name", {{"id-ID", name}}}}}};
}

// Kiosk-shaped statements, `count` of them, in attempts of 13 plus course passes.
class Generator {
public:
    json next() {
        if (pending_.empty()) refill();
        json s = std::move(pending_.back());
        pending_.pop_back();
        return s;
    }

private:
    void refill() {
        const int learner = static_cast<int>(rng_() % (kOpds * kPerOpd));
        const int course = static_cast<int>(rng_() % kCourses);
        const std::string c = "https://pelita.example/course/c" + std::to_string(course);
        const json actor = {{"objectType", "Agent"}, {"name", "Peserta " + std::to_string(learner)},
                            {"account", {{"homePage", "https://pelita.example/"}, {"name", nip(learner)}}}};
        const std::string registration = uuid(++attempts_, 1);
        const json quiz = activity(c + "/quiz/q", "assessment", "Kuis " + std::to_string(course));
        const json grouping = json::array({activity(c, "course", "Kursus " + std::to_string(course))});
        const json moduleContext = {{"registration", registration},
                                    {"contextActivities", {{"parent", json::array({activity(c + "/module/m", "module", "Modul")})},
                                                           {"grouping", grouping}}}};
        const json quizContext = {{"registration", registration},
                                  {"contextActivities", {{"parent", json::array({quiz})}, {"grouping", grouping}}}};
        char day[40];
        std::snprintf(day, sizeof day, "2026-%02d-%02dT%02d:00:00+07:00", 1 + static_cast<int>(rng_() % 11),
                      1 + static_cast<int>(rng_() % 28), 8 + static_cast<int>(rng_() % 8));
        std::vector<json> out;
        auto statement = [&](const std::string& verb, json object, json context) {
            out.push_back({{"id", uuid(++statements_, 2)}, {"actor", actor}, {"verb", {{"id", kV + verb}}},
                           {"object", std::move(object)}, {"context", std::move(context)}, {"timestamp", day}});
            return &out.back();
        };
        statement("attempted", quiz, moduleContext);
        // Learners differ in skill and questions in difficulty, so the figures have something to show.
        const double skill = 0.3 + 0.6 * ((learner * 7919) % 100) / 100.0;
        int right = 0;
        for (int q = 0; q < kQuestions; ++q) {
            const double difficulty = 0.1 * q;
            const bool ok = std::uniform_real_distribution<double>(0, 1)(rng_) < skill + 0.3 - difficulty;
            right += ok;
            json object = {{"id", c + "/quiz/q/question/" + std::to_string(q)},
                           {"definition", {{"type", kT + "cmi.interaction"}, {"interactionType", "choice"},
                                           {"description", {{"id-ID", "Soal " + std::to_string(q)}}},
                                           {"correctResponsesPattern", {"a"}}}}};
            auto* s = statement("answered", object, quizContext);
            (*s)["result"] = {{"response", ok ? "a" : std::string(1, static_cast<char>('b' + rng_() % 3))},
                              {"success", ok}};
        }
        const double scaled = right / static_cast<double>(kQuestions);
        for (const auto* verb : {"completed", scaled >= 0.6 ? "passed" : "failed"})
            (*statement(verb, quiz, moduleContext))["result"] = {{"score", {{"scaled", scaled}}}, {"success", scaled >= 0.6}};
        if (scaled >= 0.6) {
            auto* pass = statement("passed", activity(c, "course", "Kursus " + std::to_string(course)), json::object());
            (*pass)["result"] = {{"success", true}, {"score", {{"scaled", scaled}}},
                                 {"extensions", {{"https://pelita.sawahluntokota.go.id/xapi/extensions/certificate",
                                                  {{"id", "PLT-" + registration.substr(0, 8) + registration.substr(24)},
                                                   {"jp", 2 + course % 4}}}}}};
        }
        std::reverse(out.begin(), out.end());
        pending_ = std::move(out);
    }

    std::mt19937_64 rng_{20261128};
    std::uint64_t attempts_ = 0, statements_ = 0;
    std::vector<json> pending_;
};

// The roster those learners come from: OPD i/100, position "Jabatan i%10".
inline json rosterBody() {
    json learners = json::array();
    for (int i = 0; i < kOpds * kPerOpd; ++i)
        learners.push_back({{"nip", nip(i)}, {"name", "Peserta " + std::to_string(i)},
                            {"opd", "OPD " + std::to_string(i / kPerOpd)}, {"unit", "Unit"},
                            {"position", "Jabatan " + std::to_string(i % 10)}});
    return learners;
}

} // namespace pelita::bench
