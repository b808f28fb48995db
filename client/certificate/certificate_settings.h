#pragma once
// The kiosk settings certificates use, from the records store's settings table.
// Threads: as the RecordsStore.
#include "certificate/siasn_export.h"

#include <pelita/sync/records_store.h>

#include <filesystem>
#include <string>

namespace pelita::certificate {

struct CertificateSettings {
    // certificate.issuer: who issues the kiosk's certificates, printed on them and
    // SIASN's institusiPenyelenggara, e.g. "BKPSDM Kota Sawahlunto".
    std::string issuer = "Kios Pelita";
    // certificate.usb_folder: one more place "Simpan ke USB" offers (a shared
    // folder, or a stick the desktop mounts elsewhere). Empty = none.
    std::filesystem::path usbFolder;
    SiasnOptions siasn;   // siasn.* (siasn_export.h); siasn.issuer is `issuer`

    static CertificateSettings load(const sync::RecordsStore& store);
};

} // namespace pelita::certificate
