#pragma once
// A learner's completions as CSV in the shape of SIASN's "riwayat kursus" (the
// fields of BKN's kursus/save), one row per certificate, so an operator can
// enter or upload them. Each column and its source: docs/siasn-export.md. Pure.
#include <pelita/sync/records_store.h>

#include <string>
#include <string_view>
#include <vector>

namespace pelita::certificate {

// What the kiosk cannot know about SIASN's references, from settings (siasn.*);
// empty when unset, for the operator to fill in.
struct SiasnOptions {
    std::string issuer;                  // institusiPenyelenggara (certificate.issuer)
    std::string instansiId;              // siasn.instansi_id
    std::string jenisDiklatId;           // siasn.jenis_diklat_id
    std::string jenisKursusSertipikat;   // siasn.jenis_kursus_sertipikat
};

// The header line's columns, in order.
const std::vector<std::string>& siasnColumns();

// UTF-8 with a byte-order mark (so spreadsheet programs read accents right),
// comma-separated, CRLF line ends, quoted as RFC 4180 where a field needs it.
std::string siasnCourseCsv(const std::vector<sync::Certificate>& certificates, const SiasnOptions& options);

// One CSV field: quoted, with quotes doubled, when it holds a comma, quote or line break.
std::string csvField(std::string_view value);

// "riwayat-kursus-<NIP>.csv"
std::string siasnFileName(const std::string& nip);

} // namespace pelita::certificate
