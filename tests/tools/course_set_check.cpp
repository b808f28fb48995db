// course_set_check DATA: loads the kiosk's courses as the kiosk does at start and
// prints "slug version" for each. Exits 1 if a course does not load, a staging or
// retired folder survived, or an installed file differs from what its course.json
// lists (a mix of two versions).
#include <pelita/content/course_library.h>
#include <pelita/content/package.h>

#include <openssl/sha.h>

#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;
using namespace pelita::content;

namespace {

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string sha256Hex(const std::string& bytes) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
    std::ostringstream out;
    for (unsigned char c : digest)
        out << std::hex << (c >> 4) << (c & 15);
    return out.str();
}

// A torn file, or one left from the other version, does not match the manifest.
int checkFiles(const fs::path& folder) {
    auto manifest = parseManifest(readFile(folder / "course.json"));
    if (!manifest) return 0; // a source-folder install has no file list
    int bad = 0;
    for (const auto& f : manifest->files) {
        if (sha256Hex(readFile(folder / fs::u8path(f.path))) != f.sha256) {
            std::cout << "MIX " << (folder / f.path).string() << " differs from its course.json\n";
            ++bad;
        }
    }
    return bad;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: course_set_check DATA\n";
        return 2;
    }
    const fs::path data = argv[1];
    const auto library = loadInstalledCourses(data);
    int bad = 0;
    for (const auto& course : library.courses) {
        std::cout << courseSlug(course) << " " << course.version << "\n";
        bad += checkFiles(course.root);
    }
    for (const auto& problem : library.problems) {
        std::cout << "PROBLEM " << problem.describe() << "\n";
        ++bad;
    }
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(data / "courses", ec))
        if (entry.path().filename().string()[0] == '.') {
            std::cout << "LEFTOVER " << entry.path().filename().string() << "\n";
            ++bad;
        }
    return bad == 0 ? 0 : 1;
}
