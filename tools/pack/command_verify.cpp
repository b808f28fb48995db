// pelita-pack verify and inspect.
#include <pelita/content/package_verifier.h>

#include "pack_commands.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace pelita::pack {

namespace fs = std::filesystem;
using namespace pelita::content;

namespace {

constexpr const char* kVerifyUsage =
    "Usage: pelita-pack verify PKG [--trust KEY.pub ...]\n"
    "  Checks everything a kiosk checks: entry names, course.json, every file's size\n"
    "  and SHA-256, and the signature. With --trust, the signer must be one of those\n"
    "  keys; without, any valid signature passes. Prints each problem found and exits 1,\n"
    "  or exits 0 when every check passes.\n";

constexpr const char* kInspectUsage =
    "Usage: pelita-pack inspect PKG [--json]\n"
    "  Shows what the package holds: course, version, JP, modules, files, signer.\n"
    "  It does not read the files themselves; verify does.\n";

const char* stateName(SignatureState s) {
    switch (s) {
    case SignatureState::Missing:
        return "missing";
    case SignatureState::Invalid:
        return "invalid";
    case SignatureState::Valid:
        return "valid";
    case SignatureState::Trusted:
        return "trusted";
    }
    return "";
}

std::string signatureLine(const PackageCheck& check) {
    switch (check.signature) {
    case SignatureState::Missing:
        return "not signed";
    case SignatureState::Invalid:
        return "INVALID signature";
    case SignatureState::Valid:
        return "signed by key " + check.signerKeyId;
    case SignatureState::Trusted:
        return "signed by key " + check.signerKeyId + " (trusted: " + check.signerName + ")";
    }
    return "";
}

void printProblems(const fs::path& package, const PackageCheck& check) {
    for (const auto& p : check.problems)
        std::cout << package.string() << ": " << p.describe() << "\n";
}

nlohmann::json inspectJson(const PackageCheck& check) {
    nlohmann::json out = {
        {"signature", {{"state", stateName(check.signature)}, {"keyId", check.signerKeyId}}},
        {"problems", nlohmann::json::array()}};
    for (const auto& p : check.problems)
        out["problems"].push_back(p.describe());
    if (!check.manifest) return out;
    const auto& m = *check.manifest;
    out.update({{"id", m.iri},
                {"version", m.version},
                {"title", m.title.byLanguage},
                {"description", m.description.byLanguage},
                {"jpHours", m.jpHours},
                {"passMark", m.passMark},
                {"cover", m.cover},
                {"modules", m.modules},
                {"lessons", m.lessons},
                {"quizzes", m.quizzes},
                {"totalBytes", m.totalBytes()},
                {"files", nlohmann::json::array()}});
    for (const auto& f : m.files)
        out["files"].push_back({{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}});
    return out;
}

void inspectText(const PackageCheck& check) {
    if (check.manifest) {
        const auto& m = *check.manifest;
        for (const auto& [language, title] : m.title.byLanguage)
            std::cout << title << " (" << language << ")\n";
        std::cout << "  id:         " << m.iri << "\n"
                  << "  version:    " << m.version << "\n"
                  << "  JP hours:   " << m.jpHours << ", pass mark " << m.passMark * 100 << " %\n"
                  << "  contents:   " << m.modules << " modules, " << m.lessons << " lessons, " << m.quizzes
                  << " quizzes" << (m.cover.empty() ? "" : ", cover " + m.cover) << "\n"
                  << "  files:      " << m.files.size() << ", " << m.totalBytes() << " bytes unpacked\n";
        for (const auto& f : m.files)
            std::cout << "    " << f.path << "  " << f.size << " bytes\n";
    }
    std::cout << "  signature:  " << signatureLine(check) << "\n";
    for (const auto& p : check.problems)
        std::cout << "  problem:    " << p.describe() << "\n";
}

} // namespace

int runVerify(const std::vector<std::string>& argv) {
    auto line = parseCommand("verify", kVerifyUsage, argv, 1, {"--trust"});
    if (line.exitCode) return *line.exitCode;
    VerifyOptions options;
    for (const auto& file : line.args.values["--trust"]) {
        auto key = readPublicKey(fs::u8path(file));
        if (!key) return usageError("verify", key.error().describe(), kVerifyUsage);
        options.trusted.push_back(std::move(*key));
    }
    options.requireTrustedSigner = !options.trusted.empty();
    const fs::path package = fs::u8path(line.args.positional[0]);
    const auto check = verifyPackage(package, options);
    if (!check.ok()) {
        printProblems(package, check);
        return 1;
    }
    std::cout << package.string() << ": ok, " << check.manifest->title.get("id") << " "
              << check.manifest->version << ", " << check.manifest->files.size() << " files checked, "
              << signatureLine(check) << "\n";
    return 0;
}

int runInspect(const std::vector<std::string>& argv) {
    auto line = parseCommand("inspect", kInspectUsage, argv, 1, {}, {"--json"});
    if (line.exitCode) return *line.exitCode;
    VerifyOptions options;
    options.requireTrustedSigner = false;
    options.allowUnsigned = true;
    options.checkFiles = false;
    const auto check = verifyPackage(fs::u8path(line.args.positional[0]), options);
    if (line.args.flags.count("--json"))
        std::cout << inspectJson(check).dump(2) << "\n";
    else
        inspectText(check);
    return check.manifest ? 0 : 1;
}

} // namespace pelita::pack
