#include "roster_import.h"

#include <algorithm>
#include <cctype>

#include <pelita/content/nip.h>

#include "pelita_csv.h"
#include "pelita_roster.h" // staffIdProblem
#include "text_case.h"

namespace pelita::server::admin {

namespace {

enum Column { Nip, Name, Opd, Position, Golongan, Unit, kColumns };
constexpr const char* kColumnNames[kColumns] = {"nip", "nama", "opd", "jabatan", "golongan", "unit_kerja"};
constexpr std::size_t kMaxFieldBytes = 200;
constexpr std::size_t kMaxProblems = 100; // a wrong file would otherwise list thousands

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

std::optional<Column> columnFor(const std::string& header) {
    static const std::map<std::string, Column> kNames = {
        {"nip", Nip},           {"nama", Name},      {"name", Name},       {"opd", Opd},
        {"jabatan", Position},  {"position", Position}, {"golongan", Golongan}, {"unit_kerja", Unit},
        {"unit kerja", Unit},   {"unit", Unit}};
    const auto found = kNames.find(lowerAscii(trimmed(header)));
    if (found == kNames.end()) return std::nullopt;
    return found->second;
}

bool validUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
        i += length;
    }
    return true;
}

void checkRow(const RosterEntry& e, int line, int currentYear, std::vector<RowProblem>& problems) {
    const bool otherStaffId = !e.nip.empty() && std::isalpha(static_cast<unsigned char>(e.nip[0]));
    if (otherStaffId) {
        if (staffIdProblem(e.nip)) problems.push_back({line, "roster.error.staff_id", {{"id", e.nip}}});
    } else if (const auto nip = content::checkNip(e.nip, currentYear); nip != content::NipProblem::None) {
        problems.push_back({line, "roster." + content::nipProblemKey(nip), {{"nip", e.nip}}});
    }
    if (e.name.empty()) problems.push_back({line, "roster.error.name_missing", {}});
    if (e.opd.empty()) problems.push_back({line, "roster.error.opd_missing", {}});
    if (e.golongan.empty() && !otherStaffId) problems.push_back({line, "roster.error.golongan_missing", {}});
    for (const auto* text : {&e.name, &e.opd, &e.position, &e.unit}) {
        if (text->size() > kMaxFieldBytes)
            problems.push_back({line, "roster.error.too_long", {{"max", std::to_string(kMaxFieldBytes)}}});
        else if (!validUtf8(*text))
            problems.push_back({line, "roster.error.not_utf8", {}});
    }
}

} // namespace

std::optional<std::string> canonicalGolongan(std::string_view text) {
    static const char* const kRoman[] = {"I",   "II",   "III",  "IV", "V",   "VI",  "VII",  "VIII", "IX",
                                         "X",   "XI",   "XII",  "XIII", "XIV", "XV", "XVI", "XVII"};
    const auto value = trimmed(text);
    const auto slash = value.find('/');
    std::string roman = value.substr(0, slash);
    std::transform(roman.begin(), roman.end(), roman.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    const auto rank = std::find(std::begin(kRoman), std::end(kRoman), roman) - std::begin(kRoman);
    if (rank == std::end(kRoman) - std::begin(kRoman)) return std::nullopt;
    if (slash == std::string::npos) return roman; // a PPPK golongan, I to XVII
    // A PNS golongan: I to IV, with ruang a-d (IV goes up to e).
    if (rank > 3 || value.size() != slash + 2) return std::nullopt;
    const char ruang = static_cast<char>(std::tolower(static_cast<unsigned char>(value[slash + 1])));
    if (ruang < 'a' || ruang > (rank == 3 ? 'e' : 'd')) return std::nullopt;
    return roman + "/" + ruang;
}

Expected<std::vector<RosterEntry>, std::vector<RowProblem>> readRosterImport(std::string_view csv, int currentYear) {
    auto records = readCsv(csv);
    if (!records) return unexpected(std::vector<RowProblem>{{0, "roster.error.csv", {{"why", records.error()}}}});
    if (records->empty()) return unexpected(std::vector<RowProblem>{{0, "roster.error.empty", {}}});
    std::vector<RowProblem> problems;
    const auto& header = records->front();
    std::vector<Column> columns;
    for (const auto& name : header.fields) {
        const auto column = columnFor(name);
        if (!column) problems.push_back({header.line, "roster.error.header_unknown", {{"column", name}}});
        else if (std::count(columns.begin(), columns.end(), *column))
            problems.push_back({header.line, "roster.error.header_twice", {{"column", name}}});
        columns.push_back(column.value_or(kColumns));
    }
    for (Column needed : {Nip, Name, Opd, Position, Golongan})
        if (!std::count(columns.begin(), columns.end(), needed))
            problems.push_back({header.line, "roster.error.header_missing", {{"column", kColumnNames[needed]}}});
    if (!problems.empty()) return unexpected(std::move(problems));

    std::vector<RosterEntry> entries;
    std::map<std::string, int> lineOf;
    for (auto r = records->begin() + 1; r != records->end() && problems.size() < kMaxProblems; ++r) {
        if (r->fields.size() != columns.size()) {
            problems.push_back({r->line, "roster.error.field_count",
                                {{"fields", std::to_string(r->fields.size())}, {"expected", std::to_string(columns.size())}}});
            continue;
        }
        RosterEntry e;
        std::string* targets[kColumns] = {&e.nip, &e.name, &e.opd, &e.position, &e.golongan, &e.unit};
        for (std::size_t i = 0; i < columns.size(); ++i) *targets[columns[i]] = trimmed(r->fields[i]);
        if (!e.golongan.empty()) {
            if (const auto golongan = canonicalGolongan(e.golongan)) e.golongan = *golongan;
            else problems.push_back({r->line, "roster.error.golongan_unknown", {{"value", e.golongan}}});
        }
        checkRow(e, r->line, currentYear, problems);
        if (const auto [it, fresh] = lineOf.emplace(e.nip, r->line); !fresh)
            problems.push_back({r->line, "roster.error.duplicate", {{"nip", e.nip}, {"line", std::to_string(it->second)}}});
        entries.push_back(std::move(e));
    }
    if (problems.size() >= kMaxProblems) problems.push_back({0, "roster.error.too_many", {}});
    if (entries.empty() && problems.empty()) problems.push_back({0, "roster.error.no_learners", {}});
    if (!problems.empty()) return unexpected(std::move(problems));
    return entries;
}

} // namespace pelita::server::admin
