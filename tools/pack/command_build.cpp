// pelita-pack build and sign.
#include <pelita/content/package_builder.h>

#include "pack_commands.h"

#include <iostream>

namespace pelita::pack {

namespace fs = std::filesystem;
using namespace pelita::content;

namespace {

constexpr const char* kBuildUsage =
    "Usage: pelita-pack build SRC -o OUT.pelita [--key KEYFILE]\n"
    "  Checks the course in folder SRC as a kiosk would (course.json, every lesson and\n"
    "  quiz, every image and link in the lessons) and packs it into OUT.pelita with the\n"
    "  files it uses. With --key (from pelita-pack keygen) the package is signed.\n"
    "  A quiz JSON may take its questions from a Moodle export with\n"
    "  \"questionsFrom\": \"quizzes/bank.gift\" (GIFT) or \"quizzes/bank.txt\" (Aiken); the\n"
    "  package then holds them as quiz JSON, and what was imported differently is listed.\n"
    "  A problem stops the build, naming the file and line to fix.\n";

constexpr const char* kSignUsage =
    "Usage: pelita-pack sign PKG --key KEYFILE\n"
    "  Signs the package PKG with the secret key KEYFILE, replacing any signature it had.\n";

// Errors inside the course name files relative to it; show where they really are.
std::string located(const fs::path& source, const ContentError& e) {
    ContentError shown = e;
    if (shown.file.is_relative()) shown.file = source / shown.file;
    return shown.describe();
}

std::optional<SecretKey> loadKey(const std::string& command, const std::string* file) {
    if (!file) return std::nullopt;
    auto key = readSecretKey(fs::u8path(*file));
    if (!key) {
        std::cerr << "pelita-pack " << command << ": " << key.error().describe() << "\n";
        return std::nullopt;
    }
    return std::move(*key);
}

} // namespace

int runBuild(const std::vector<std::string>& argv) {
    auto line = parseCommand("build", kBuildUsage, argv, 1, {"-o", "--output", "--key"});
    if (line.exitCode) return *line.exitCode;
    const std::string* out = line.args.value("-o") ? line.args.value("-o") : line.args.value("--output");
    if (!out) return usageError("build", "-o OUT.pelita is needed", kBuildUsage);
    const std::string* keyFile = line.args.value("--key");
    auto key = loadKey("build", keyFile);
    if (keyFile && !key) return 1;

    const fs::path source = fs::u8path(line.args.positional[0]);
    std::vector<ImportProblem> warnings;
    auto built = buildPackage(source, fs::u8path(*out), key, &warnings);
    for (const auto& w : warnings) {
        ImportProblem shown = w;
        shown.file = (source / fs::u8path(w.file)).string();
        std::cerr << "warning: " << shown.describe() << "\n";
    }
    if (!built) {
        std::cerr << "pelita-pack build: " << located(source, built.error()) << "\n";
        return 1;
    }
    std::cout << "built " << *out << ": " << built->title.get("id") << " " << built->version << ", "
              << built->files.size() << " files, " << built->totalBytes() << " bytes, "
              << (key ? "signed by key " + key->publicKey.keyId() : std::string("not signed")) << "\n";
    return 0;
}

int runSign(const std::vector<std::string>& argv) {
    auto line = parseCommand("sign", kSignUsage, argv, 1, {"--key"});
    if (line.exitCode) return *line.exitCode;
    if (!line.args.value("--key")) return usageError("sign", "--key KEYFILE is needed", kSignUsage);
    auto key = loadKey("sign", line.args.value("--key"));
    if (!key) return 1;
    const fs::path package = fs::u8path(line.args.positional[0]);
    auto signedPackage = signPackage(package, *key);
    if (!signedPackage) {
        std::cerr << "pelita-pack sign: " << package.string() << ": " << signedPackage.error().describe()
                  << "\n";
        return 1;
    }
    std::cout << "signed " << package.string() << " with key " << key->publicKey.keyId() << " ("
              << key->publicKey.name << ")\n";
    return 0;
}

} // namespace pelita::pack
