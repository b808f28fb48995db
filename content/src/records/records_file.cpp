// The USB records trip's files: names, and writing them whole or not at all.
#include <pelita/content/records_files.h>

#include <pelita/content/disk_sync.h>

#include <cctype>

#include <fstream>
#include <random>

namespace pelita::content {

namespace fs = std::filesystem;

std::string recordsFileName(const std::string& kiosk, const std::string& isoTime, const char* extension) {
    std::string name = "pelita-";
    for (char c : kiosk.substr(0, 40)) name += std::isalnum(static_cast<unsigned char>(c)) || c == '-' ? c : '-';
    if (kiosk.empty()) name += "kiosk";
    name += '-';
    // 2026-11-28T03:04:05.123Z -> 20261128-030405
    std::size_t digits = 0;
    for (char c : isoTime.substr(0, 19)) {
        if (std::isdigit(static_cast<unsigned char>(c))) name += c, ++digits;
        if (digits == 8 && c == 'T') name += '-';
    }
    return name + extension;
}

bool writeFileAtomically(const fs::path& file, std::string_view bytes, std::string& error) {
    // A random suffix: two writers never share a temporary file.
    const auto temporary = file.parent_path() / ("." + file.filename().string() + ".partial-" +
                                                 std::to_string(std::random_device{}()));
    std::error_code ec;
    const auto fail = [&](const std::string& why) {
        error = why;
        fs::remove(temporary, ec);
        return false;
    };
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return fail("cannot create a file in " + file.parent_path().string());
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) return fail("could not write " + std::to_string(bytes.size()) + " bytes (is the disk full?)");
    }
    std::string flushError;
    if (!syncFileToDisk(temporary, flushError)) return fail(flushError);
    fs::rename(temporary, file, ec);
    if (ec) return fail("cannot name the file " + file.filename().string() + ": " + ec.message());
    syncFolderToDisk(file.parent_path());
    return true;
}

} // namespace pelita::content
