#pragma once
// KioskSettings: where this kiosk sends its records and as whom, kept in the
// records store's settings table. Threads: as the RecordsStore passed in.
#include <pelita/sync/records_store.h>
#include <pelita/sync/sync_tuning.h>
#include <pelita/sync/transport.h>

#include <string>

namespace pelita::sync {

// A text scale inside 1.0..2.0: below 1 (or not a number) is 1, above 2 is 2.
double clampTextScale(double scale);

struct KioskSettings {
    std::string serverUrl;   // e.g. "https://pelita.example.go.id"; empty = no server yet
    std::string key;         // the kiosk's credential, issued by the server
    std::string secret;
    std::string homePage = "https://pelita.sawahluntokota.go.id"; // xAPI account homePage of learners
    std::string language = "id";                                   // UI language
    // sync.ca_bundle: a PEM file of extra CA certificates, for a server whose
    // certificate comes from a government CA the system store lacks. Empty = system store.
    std::string caBundle;
    // sync.max_bytes_per_second: the kiosk's cap on its own traffic, each direction
    // (tuning::kDefaultMaxBytesPerSecond says why); 0 = no cap.
    std::size_t maxBytesPerSecond = tuning::kDefaultMaxBytesPerSecond;
    // kiosk.idle_minutes: a signed-in learner with no input this long is signed out
    // (client/app/idle.h). Fractions allowed; not a positive number = the default.
    double idleMinutes = 10;
    // packages.allow_unsigned: install unsigned or untrusted packages. Only for a
    // trainer trying out a test course; off on every kiosk in the field.
    bool allowUnsignedPackages = false;
    // kiosk.text_scale: text and controls at 1.0 (100 %) to 2.0 (200 %) of their
    // normal size, for readers who need large type. Outside that range: the nearest end.
    double textScale = 1.0;
    // kiosk.high_contrast: the black, white and yellow theme.
    bool highContrast = false;
    // kiosk.opd: the OPD this kiosk serves, written exactly as in the server's roster.
    // When the server wants the kiosk registered before it sends the roster, the
    // engine registers it to this OPD (roster_pull.h). Empty = the admin's business.
    std::string opd;

    // True when a server URL is set; without one, records simply wait in the outbox.
    bool hasServer() const { return !serverUrl.empty(); }
    LinkSettings link() const { return {caBundle, maxBytesPerSecond}; }

    // Missing keys keep the defaults above.
    static KioskSettings load(const RecordsStore& store);
    // All fields in one transaction. Throws std::runtime_error as RecordsStore writes do.
    void save(RecordsStore& store) const;
};

} // namespace pelita::sync
