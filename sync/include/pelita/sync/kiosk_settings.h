#pragma once
// KioskSettings: where this kiosk sends its records and as whom, kept in the
// records store's settings table. Threads: as the RecordsStore passed in.
#include <pelita/sync/records_store.h>

#include <string>

namespace pelita::sync {

struct KioskSettings {
    std::string serverUrl;   // e.g. "https://pelita.example.go.id"; empty = no server yet
    std::string key;         // the kiosk's credential, issued by the server
    std::string secret;
    std::string homePage = "https://pelita.sawahluntokota.go.id"; // xAPI account homePage of learners
    std::string language = "id";                                   // UI language

    // True when a server URL is set; without one, records simply wait in the outbox.
    bool hasServer() const { return !serverUrl.empty(); }

    // Missing keys keep the defaults above.
    static KioskSettings load(const RecordsStore& store);
    // All fields in one transaction. Throws std::runtime_error as RecordsStore writes do.
    void save(RecordsStore& store) const;
};

} // namespace pelita::sync
