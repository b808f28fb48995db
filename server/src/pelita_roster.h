#pragma once
// The learner roster as an admin uploads it: a JSON array of
// {nip, name, opd, unit?, position?} or a CSV file with a header line naming
// those columns (Indonesian names work too: nama, unit_kerja, jabatan).
// Every problem is reported, each with its CSV line or JSON index, e.g.
// "line 4: nip: must be 18 digits (a PNS NIP) or start with a letter (another staff id)".
// No I/O; thread-safe.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <pelita/content/expected.h>

#include "pelita_store.h"

namespace pelita::server {

using RosterProblems = std::vector<std::string>;

Expected<std::vector<RosterEntry>, RosterProblems> parseRosterCsv(std::string_view text);
Expected<std::vector<RosterEntry>, RosterProblems> parseRosterJson(const nlohmann::json& body);

// Nothing for a valid PNS NIP (18 digits: birth date, TMT CPNS year and month,
// gender 1/2, sequence) or another staff id (a letter, then 2-31 of A-Z a-z
// 0-9 . - /); else what is wrong with it.
std::optional<std::string> staffIdProblem(std::string_view id);

// "1985**********1001": enough to recognise one's own NIP on a public page.
std::string maskedNip(const std::string& nip);

} // namespace pelita::server
