#pragma once
// Reading an ASN roster CSV uploaded on the Roster page: a header line naming
// the columns nip, nama (name), opd, jabatan (position), golongan, and
// optionally unit_kerja (unit); then one learner per line. Every row is
// checked, and every bad row is reported with its line and a reason (a
// translation key with values), so a file is imported whole or not at all.
// NIPs get the kiosk's own checks (pelita/content/nip.h); an id starting with a
// letter is another staff id (PPPK, honorer), as /pelita/v1/roster allows.
// No I/O; thread-safe.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <pelita/content/expected.h>

#include "pelita_store.h"

namespace pelita::server::admin {

struct RowProblem {
    int line = 0;      // 0: the file as a whole
    std::string key;   // e.g. "roster.error.golongan_unknown"
    std::map<std::string, std::string> values;
};

// `currentYear` bounds plausible NIP dates, as on the kiosk.
Expected<std::vector<RosterEntry>, std::vector<RowProblem>> readRosterImport(std::string_view csv, int currentYear);

// "III/a" for "III/a", "iii/A" or " III/a "; "IX" (PPPK); nothing when it is no golongan.
std::optional<std::string> canonicalGolongan(std::string_view text);

} // namespace pelita::server::admin
