#pragma once
// The printed certificate: an A4 landscape PDF (libharu) with the learner's name
// and NIP, the course, JP, date, number, the issuer, and a QR code (libqrencode)
// of the URL that verifies the number. DejaVu fonts are embedded, so it prints
// the same on any PC. Any thread; pure apart from reading the fonts and, for
// saveCertificatePdf, writing the file.
#include <pelita/content/expected.h>
#include <pelita/sync/records_store.h>

#include <filesystem>
#include <string>

namespace pelita::certificate {

// Debian's fonts-dejavu-core.
inline const std::filesystem::path kDejaVuFolder = "/usr/share/fonts/truetype/dejavu";

struct CertificatePaper {
    sync::Certificate certificate;
    std::string issuer;      // who issues it, e.g. "BKPSDM Kota Sawahlunto" (setting certificate.issuer)
    std::string verifyUrl;   // verificationUrl(): encoded in the QR code and printed under it
};

struct PaperError {
    std::string message;
};

// "<base>/pelita/v1/certificates/<id>": the server's public check of a number
// (docs/protocol.md). `base` is the server URL, or the deployment's home page
// when no server is configured yet; a trailing '/' is dropped.
std::string verificationUrl(const std::string& base, const std::string& id);

// The PDF's bytes.
Expected<std::string, PaperError> renderCertificatePdf(const CertificatePaper& paper,
                                                       const std::filesystem::path& fontFolder = kDejaVuFolder);

// <dataDir>/certificates/<number>.pdf
std::filesystem::path certificateFile(const std::filesystem::path& dataDir, const std::string& number);

// Renders and writes certificateFile() atomically (a temporary file beside it,
// flushed, renamed): a power cut leaves the whole PDF or none. Returns its path.
Expected<std::filesystem::path, PaperError> saveCertificatePdf(const CertificatePaper& paper,
                                                               const std::filesystem::path& dataDir,
                                                               const std::filesystem::path& fontFolder = kDejaVuFolder);

} // namespace pelita::certificate
