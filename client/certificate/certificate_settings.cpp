#include "certificate/certificate_settings.h"

namespace pelita::certificate {

CertificateSettings CertificateSettings::load(const sync::RecordsStore& store) {
    CertificateSettings s;
    const auto read = [&store](const char* key, std::string& into) {
        if (auto value = store.setting(key); value && !value->empty()) into = *value;
    };
    read("certificate.issuer", s.issuer);
    std::string folder;
    read("certificate.usb_folder", folder);
    s.usbFolder = folder;
    s.siasn.issuer = s.issuer;
    read("siasn.instansi_id", s.siasn.instansiId);
    read("siasn.jenis_diklat_id", s.siasn.jenisDiklatId);
    read("siasn.jenis_kursus_sertipikat", s.siasn.jenisKursusSertipikat);
    return s;
}

} // namespace pelita::certificate
