#include "certificate/siasn_export.h"

#include "certificate/certificate_dates.h"

#include <cmath>

namespace pelita::certificate {

const std::vector<std::string>& siasnColumns() {
    static const std::vector<std::string> columns = {
        "nipBaru",       "pnsOrangId", "id",         "instansiId",      "institusiPenyelenggara", "jenisDiklatId",
        "jenisKursus",   "jenisKursusSertipikat",    "jumlahJam",       "lokasiId",               "namaKursus",
        "nomorSertipikat", "tahunKursus", "tanggalKursus", "tanggalSelesaiKursus"};
    return columns;
}

std::string csvField(std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string siasnCourseCsv(const std::vector<sync::Certificate>& certificates, const SiasnOptions& options) {
    std::string csv = "\xEF\xBB\xBF"; // UTF-8 byte-order mark
    const auto line = [&csv](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) csv += (i ? "," : "") + csvField(fields[i]);
        csv += "\r\n";
    };
    line(siasnColumns());
    for (const auto& c : certificates) {
        // SIASN takes whole hours; a course's JP is whole in practice, rounded if not.
        const auto hours = std::to_string(std::lround(c.jpHours));
        line({c.nip, "", "", options.instansiId, options.issuer, options.jenisDiklatId, "",
              options.jenisKursusSertipikat, hours, "", c.courseTitle, c.id, std::to_string(localYearOf(c.issuedAtMs)),
              siasnDate(c.startedAtMs), siasnDate(c.issuedAtMs)});
    }
    return csv;
}

std::string siasnFileName(const std::string& nip) { return "riwayat-kursus-" + nip + ".csv"; }

} // namespace pelita::certificate
