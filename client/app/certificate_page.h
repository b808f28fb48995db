#pragma once
// What the result and history screens show about certificates: the learner's
// certificates, the one just issued, whether printing works here, and the USB
// folders to choose from when more than one stick is in.
#include <pelita/sync/records_store.h>

#include <optional>
#include <string>
#include <vector>

namespace pelita::kiosk {

struct CertificatePage {
    std::vector<sync::Certificate> mine;        // the signed-in learner's, oldest first
    std::optional<sync::Certificate> issued;    // the open course's, shown on the result screen
    bool loading = false;
    bool canPrint = false;                      // `lp` exists on this kiosk
    bool busy = false;                          // printing or copying
    std::string paperProblem;                   // why a certificate's PDF could not be written
    // Several USB folders found: the learner picks one for `usbFor` (a certificate
    // number, or "csv" for the history export).
    std::vector<std::string> usbChoices;
    std::string usbFor;
};

} // namespace pelita::kiosk
