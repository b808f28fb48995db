#include <pelita/sync/mandatory_courses.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <string_view>

namespace pelita::sync {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto blank = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && blank(text.back()))
        text.remove_suffix(1);
    return text;
}

// Empty on the assignment means everyone.
bool matches(const std::string& assigned, const std::string& learners) {
    return trimmed(assigned).empty() || sameName(assigned, learners);
}

bool dueSooner(const HomeCourse& a, const HomeCourse& b) {
    const bool aPassed = a.state == WajibState::Passed, bPassed = b.state == WajibState::Passed;
    if (aPassed != bPassed) return bPassed;
    return a.wajib->due < b.wajib->due; // YYYY-MM-DD sorts as dates do
}

} // namespace

std::optional<CalendarDate> parseIsoDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const CalendarDate d{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)),
                         std::stoi(text.substr(8, 2))};
    using namespace std::chrono;
    const year_month_day ymd{year{d.year}, month{static_cast<unsigned>(d.month)},
                             day{static_cast<unsigned>(d.day)}};
    if (!ymd.ok()) return std::nullopt;
    return d;
}

bool sameName(const std::string& a, const std::string& b) {
    const std::string_view x = trimmed(a), y = trimmed(b);
    return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](char p, char q) {
        return std::tolower(static_cast<unsigned char>(p)) == std::tolower(static_cast<unsigned char>(q));
    });
}

const std::string& learnerOpd(const Learner& learner) {
    return trimmed(learner.opd).empty() ? learner.unit : learner.opd;
}

bool assignmentApplies(const Assignment& assignment, const Learner& learner) {
    return matches(assignment.opd, learnerOpd(learner)) && matches(assignment.position, learner.position);
}

std::vector<HomeCourse> homeCourses(const std::vector<content::Course>& installed,
                                    const std::vector<Assignment>& assignments, const Learner& learner,
                                    const std::set<std::string>& passed, const std::string& today) {
    std::vector<HomeCourse> mandatory;
    for (const auto& a : assignments) {
        if (!assignmentApplies(a, learner)) continue;
        auto same = std::find_if(mandatory.begin(), mandatory.end(),
                                 [&](const HomeCourse& h) { return h.iri == a.courseIri; });
        if (same == mandatory.end()) {
            HomeCourse h{a.courseIri, nullptr, a, WajibState::Due};
            for (const auto& c : installed)
                if (c.iri == a.courseIri) h.course = &c;
            mandatory.push_back(std::move(h));
        } else if (a.due < same->wajib->due) {
            same->wajib = a; // assigned twice (its OPD and its position): the sooner date counts
        }
    }
    for (auto& h : mandatory) {
        if (passed.count(h.iri))
            h.state = WajibState::Passed;
        else if (h.wajib->due < today)
            h.state = WajibState::Overdue;
    }
    std::stable_sort(mandatory.begin(), mandatory.end(), dueSooner);
    for (const auto& c : installed) {
        const bool listed = std::any_of(mandatory.begin(), mandatory.end(),
                                        [&](const HomeCourse& h) { return h.iri == c.iri; });
        if (!listed) mandatory.push_back({c.iri, &c, std::nullopt, WajibState::NotMandatory});
    }
    return mandatory;
}

} // namespace pelita::sync
