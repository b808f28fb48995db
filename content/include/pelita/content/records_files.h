#pragma once
// The files of the USB records trip, shared by the kiosk (writes bundles, reads
// receipts) and pelita-server (the other way round): their names, the purposes
// signed into them (signed_document.h), and how they are written.
// Formats: docs/protocol.md, "Records carried by hand". Any thread.
#include <filesystem>
#include <string>
#include <string_view>

namespace pelita::content {

inline constexpr const char* kRecordsBundlePurpose = "pelita-records-bundle/1";
inline constexpr const char* kRecordsReceiptPurpose = "pelita-records-receipt/1";
inline constexpr const char* kRecordsBundleExtension = ".pelita-records";
inline constexpr const char* kRecordsReceiptExtension = ".pelita-receipt";

// "pelita-<kiosk>-<YYYYMMDD-HHMMSS><extension>" from an ISO 8601 UTC time
// ("2026-11-28T03:04:05.123Z"). The kiosk part keeps letters, digits and '-'
// (at most 40), so any name is safe on a FAT-formatted stick.
std::string recordsFileName(const std::string& kiosk, const std::string& isoTime, const char* extension);

// Writes `bytes` to `file` so that it is either there whole or not at all, even
// on a USB stick that fills up or is pulled out: a hidden temporary file beside
// it, flushed, then renamed over `file`, and the folder flushed. On failure the
// temporary file is removed and `error` says why.
bool writeFileAtomically(const std::filesystem::path& file, std::string_view bytes, std::string& error);

} // namespace pelita::content
