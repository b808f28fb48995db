#include "pelita_roster.h"

#include <algorithm>
#include <map>

#include "pelita_csv.h"
#include "text_case.h"

namespace pelita::server {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxFieldBytes = 200;
constexpr std::size_t kMaxProblems = 50; // a wrong file would otherwise answer thousands of lines

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool isDigits(std::string_view s) { return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos; }
int number(std::string_view s) { return std::stoi(std::string(s)); }

bool realDate(int year, int month, int day) {
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month != 2 || day <= 28 || leap;
}

bool validUtf8(const std::string& text) {
    try {
        (void)json(text).dump(-1, ' ', false, json::error_handler_t::strict);
        return true;
    } catch (const json::type_error&) {
        return false;
    }
}

// Checks one learner; `where` prefixes each problem ("line 4" or "[3]").
void checkEntry(const RosterEntry& e, const std::string& where, RosterProblems& problems) {
    if (auto problem = staffIdProblem(e.nip)) problems.push_back(where + ": nip: " + *problem);
    const std::pair<const char*, const std::string*> texts[] = {
        {"name", &e.name}, {"opd", &e.opd}, {"unit", &e.unit}, {"position", &e.position}};
    for (const auto& [name, value] : texts) {
        const bool required = std::string_view(name) == "name" || std::string_view(name) == "opd";
        if (required && value->find_first_not_of(" \t") == std::string::npos)
            problems.push_back(where + ": " + name + ": missing");
        else if (value->size() > kMaxFieldBytes)
            problems.push_back(where + ": " + name + ": at most " + std::to_string(kMaxFieldBytes) + " bytes");
        else if (!validUtf8(*value))
            problems.push_back(where + ": " + name + ": is not valid UTF-8 (save the file as CSV UTF-8)");
    }
}

// The column a header names, or nothing.
std::optional<int> columnFor(const std::string& header) {
    static const std::map<std::string, int> kColumns = {
        {"nip", 0},  {"name", 1},       {"nama", 1},       {"opd", 2},        {"unit", 3},
        {"unit_kerja", 3}, {"unit kerja", 3}, {"position", 4}, {"jabatan", 4}};
    auto found = kColumns.find(lowerAscii(trimmed(header)));
    if (found == kColumns.end()) return std::nullopt;
    return found->second;
}

Expected<std::vector<RosterEntry>, RosterProblems> finish(std::vector<RosterEntry> entries,
                                                          const std::vector<std::string>& where,
                                                          RosterProblems problems) {
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (auto [it, fresh] = seen.emplace(entries[i].nip, i); !fresh)
            problems.push_back(where[i] + ": nip: " + entries[i].nip + " is also on " + where[it->second]);
    if (entries.empty() && problems.empty()) problems.push_back("the roster lists no learners");
    if (problems.size() > kMaxProblems) {
        const auto more = problems.size() - kMaxProblems;
        problems.resize(kMaxProblems);
        problems.push_back("... and " + std::to_string(more) + " more problems");
    }
    if (!problems.empty()) return unexpected(std::move(problems));
    return entries;
}

} // namespace

std::optional<std::string> staffIdProblem(std::string_view id) {
    if (!id.empty() && std::isalpha(static_cast<unsigned char>(id[0]))) {
        if (id.size() < 3 || id.size() > 32 ||
            id.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-/") != id.npos)
            return "another staff id must be 3-32 of A-Z, a-z, 0-9, '.', '-', '/'";
        return std::nullopt;
    }
    if (id.size() != 18 || !isDigits(id))
        return "must be 18 digits (a PNS NIP) or start with a letter (another staff id)";
    if (!realDate(number(id.substr(0, 4)), number(id.substr(4, 2)), number(id.substr(6, 2))))
        return "digits 1-8 are not a real birth date (YYYYMMDD)";
    const int tmtMonth = number(id.substr(12, 2));
    if (tmtMonth < 1 || tmtMonth > 12) return "digits 9-14 are not a real TMT CPNS year and month (YYYYMM)";
    if (id[14] != '1' && id[14] != '2') return "digit 15 must be 1 or 2";
    if (id.substr(15) == "000") return "the last 3 digits cannot be 000";
    return std::nullopt;
}

std::string maskedNip(const std::string& nip) {
    if (nip.size() <= 8) return std::string(nip.size(), '*');
    return nip.substr(0, 4) + std::string(nip.size() - 8, '*') + nip.substr(nip.size() - 4);
}

Expected<std::vector<RosterEntry>, RosterProblems> parseRosterCsv(std::string_view text) {
    auto records = readCsv(text);
    if (!records) return unexpected(RosterProblems{records.error()});
    if (records->empty()) return unexpected(RosterProblems{"the file is empty; it needs a header line: nip,name,opd,unit,position"});
    RosterProblems problems;
    const auto& header = records->front();
    std::vector<int> columns;
    for (const auto& name : header.fields) {
        auto column = columnFor(name);
        if (!column) problems.push_back("line " + std::to_string(header.line) + ": unknown column \"" + name +
                                        "\" (expected nip, name, opd, unit, position)");
        else if (std::count(columns.begin(), columns.end(), *column)) problems.push_back("line 1: column \"" + name + "\" given twice");
        columns.push_back(column.value_or(-1));
    }
    for (int required : {0, 1, 2})
        if (!std::count(columns.begin(), columns.end(), required))
            problems.push_back(std::string("line 1: the header needs the column ") +
                               (required == 0 ? "nip" : required == 1 ? "name" : "opd"));
    if (!problems.empty()) return unexpected(std::move(problems));
    std::vector<RosterEntry> entries;
    std::vector<std::string> where;
    for (auto r = records->begin() + 1; r != records->end(); ++r) {
        const auto at = "line " + std::to_string(r->line);
        if (r->fields.size() != columns.size()) {
            problems.push_back(at + ": has " + std::to_string(r->fields.size()) + " fields; the header has " +
                               std::to_string(columns.size()));
            continue;
        }
        RosterEntry e;
        std::string* targets[] = {&e.nip, &e.name, &e.opd, &e.unit, &e.position};
        for (std::size_t i = 0; i < columns.size(); ++i) *targets[columns[i]] = trimmed(r->fields[i]);
        checkEntry(e, at, problems);
        entries.push_back(std::move(e));
        where.push_back(at);
    }
    return finish(std::move(entries), where, std::move(problems));
}

Expected<std::vector<RosterEntry>, RosterProblems> parseRosterJson(const json& body) {
    if (!body.is_array()) return unexpected(RosterProblems{"the body must be a JSON array of learners (or text/csv)"});
    RosterProblems problems;
    std::vector<RosterEntry> entries;
    std::vector<std::string> where;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const auto at = "[" + std::to_string(i) + "]";
        const auto& item = body[i];
        if (!item.is_object()) {
            problems.push_back(at + ": must be an object {nip, name, opd, unit, position}");
            continue;
        }
        RosterEntry e;
        std::string* targets[] = {&e.nip, &e.name, &e.opd, &e.unit, &e.position};
        for (const auto& [name, value] : item.items()) {
            auto column = columnFor(name);
            if (!column || name != lowerAscii(name)) problems.push_back(at + ": unknown property \"" + name + "\"");
            else if (!value.is_string()) problems.push_back(at + ": " + name + ": must be a string");
            else *targets[*column] = value.get<std::string>();
        }
        checkEntry(e, at, problems);
        entries.push_back(std::move(e));
        where.push_back(at);
    }
    return finish(std::move(entries), where, std::move(problems));
}

} // namespace pelita::server
