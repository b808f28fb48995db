#pragma once
// Roster pull: the learners of this kiosk's OPD from the server
// (GET /pelita/v1/roster, kiosk credential; docs/protocol.md), added to the records
// store so that staff can sign in without enrolling. A learner already on the
// kiosk is left exactly as it is (name, PIN, lockout); nobody is ever removed.
// Roster learners come without a PIN: they choose one at their first sign-in.
// The server sends a kiosk its roster once the kiosk is registered to an OPD: when
// it answers 403 and the settings name the kiosk's OPD (kiosk.opd), the kiosk
// registers itself (POST /pelita/v1/kiosks/register) and asks again.
//
// Threads: the caller's, with the caller's store and transport.
#include <pelita/content/expected.h>
#include <pelita/sync/catalogue_status.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/records_store.h>
#include <pelita/sync/transport.h>

#include <string>
#include <vector>

namespace pelita::sync {

// Reads the roster body ({"learners": [{"nip", "name", "opd", "unit", "position"}]}).
// A learner's unit is the roster's unit, or its OPD when the unit is blank. The
// error names the entry and field that is wrong.
Expected<std::vector<Learner>, std::string> parseRoster(const std::string& body);

struct RosterReport {
    RosterOutcome outcome = RosterOutcome::NotTried;
    std::size_t learners = 0;  // on the server's roster
    std::size_t added = 0;     // new on this kiosk
    std::string error;         // English detail unless Pulled
};

// Never throws: a store failure comes back as Failed with its message.
RosterReport pullRoster(RecordsStore& store, Transport& transport, const KioskSettings& settings);

} // namespace pelita::sync
