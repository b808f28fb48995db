#pragma once
// PelitaServer: a RunningLrs with what the /pelita/v1/ tests need: a trusted
// publisher key in DATA/trusted-keys, admin and reader credentials, and
// helpers to make packages (from the demo course) and to call the resources.
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "content/test_package_craft.h"
#include "lrs_fixture.h"

namespace pelita::test {

struct PelitaServer {
    PelitaServer();

    // The demo course at `version`, signed by `signer` (the trusted key unless
    // told otherwise; nothing: unsigned), as the bytes of a .pelita file.
    std::string package(const std::string& version) const;
    std::string packageFrom(const PackageDraft& draft) const;
    PackageDraft draft(const std::string& version) const;

    httplib::Result publish(const std::string& bytes) const;
    nlohmann::json catalogue(const std::string& query = "") const;
    // Registers `kiosk` as a kiosk of `opd`; REQUIREs success.
    void registerKiosk(const server::NewCredential& kiosk, const std::string& opd) const;
    httplib::Result putRoster(const std::string& body, const std::string& contentType) const;

    httplib::Client admin() const { return lrs.clientAs(adminKey); }
    httplib::Client reader() const { return lrs.clientAs(readerKey); }
    httplib::Client kiosk() const { return lrs.clientAs(kioskKey); }

    RunningLrs lrs; // first: it initialises libsodium, which generateKey() needs
    content::SecretKey publisher;
    server::NewCredential adminKey, readerKey, kioskKey;
    TempDir scratch;
};

// A roster line's worth of learner: valid NIPs for tests.
inline const char* const kNipAni = "198501012010012001";
inline const char* const kNipBudi = "197903152005011002";
inline const char* const kNipCitra = "199211202019032003";

// An Agent for a learner NIP, as the kiosk writes it.
nlohmann::json learnerAgent(const std::string& nip);

} // namespace pelita::test
