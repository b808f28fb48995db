#pragma once
// The records worker's side of certificates: plain functions the Controller runs
// as jobs (controller_certificate.cpp, controller_history.cpp).
//
// Threads: the records worker only (they read and write the store and the disk),
// except applyShelf(), which runs on the UI thread.
#include "app/certificate_page.h"

#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/records_store.h>

#include <filesystem>
#include <string>
#include <vector>

namespace pelita::kiosk {

// copyToUsb's `what` for the SIASN CSV, rather than a certificate number.
inline constexpr const char* kCsvExport = "csv";

// The learner's certificates, each with its PDF on disk (written now if missing,
// e.g. after a power cut between issuing and writing), and whether `lp` exists.
struct CertificateShelf {
    std::vector<sync::Certificate> mine;
    bool canPrint = false;
    std::string paperProblem;
};
CertificateShelf loadShelf(sync::RecordsStore& store, const std::string& nip, const sync::KioskSettings& settings,
                           const std::filesystem::path& dataDir);
void applyShelf(CertificatePage& page, CertificateShelf shelf);

// Saving a certificate's PDF, or the learner's SIASN CSV, to removable media.
// `folder` empty: the found folders are looked at; with exactly one it is used.
struct UsbOutcome {
    std::string savedTo;               // the file written
    std::vector<std::string> choices;  // several folders found: nothing written yet
    std::string error;
};
UsbOutcome saveToUsb(sync::RecordsStore& store, const std::string& what, const std::string& folder,
                     const std::string& nip, const std::filesystem::path& dataDir);

} // namespace pelita::kiosk
