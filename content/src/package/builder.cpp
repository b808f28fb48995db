// buildPackage() and signPackage(): what pelita-pack build and sign do.
#include <pelita/content/package_builder.h>
#include <pelita/content/package_verifier.h>
#include <pelita/content/quiz_file.h>

#include "package/lesson_references.h"
#include "quiz/question_bank.h"
#include "package/sha256.h"
#include "package/text_checks.h"
#include "package/zip_archive.h"
#include "package/zip_writer.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>

namespace pelita::content {

namespace fs = std::filesystem;

namespace {

// Files whose packaged bytes differ from the source: quiz JSON that names a
// question bank, with the bank's questions written in. Path -> bytes.
using Generated = std::map<std::string, std::string>;

Expected<nlohmann::ordered_json, ContentError> readSourceJson(const fs::path& root, const std::string& path) {
    std::ifstream in(root / fs::u8path(path), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto doc = nlohmann::ordered_json::parse(buffer.str(), nullptr, false);
    if (!doc.is_object()) return unexpected(ContentError{fs::u8path(path), 0, {}, "is not a JSON object"});
    return doc;
}

Expected<Generated, ContentError> quizzesFromBanks(const Course& course, const fs::path& source,
                                                   std::vector<ImportProblem>* warnings) {
    Generated out;
    for (const auto& module : course.modules)
        for (const auto& quiz : module.quizzes) {
            const std::string path = quiz.file.generic_string();
            auto doc = readSourceJson(source, path);
            if (!doc) return unexpected(doc.error());
            if (!doc->contains("questionsFrom")) continue;
            auto bank = detail::importQuestionBank(source, (*doc)["questionsFrom"].get<std::string>());
            if (!bank) return unexpected(bank.error());
            if (warnings) warnings->insert(warnings->end(), bank->warnings.begin(), bank->warnings.end());
            doc->erase("questionsFrom");
            auto& questions = (*doc)["questions"] = nlohmann::ordered_json::array();
            for (const auto& q : bank->questions)
                questions.push_back(nlohmann::ordered_json::parse(questionToJson(q).dump()));
            out.emplace(path, doc->dump(2) + "\n");
        }
    return out;
}

PackageFile describeBytes(const std::string& path, const std::string& bytes) {
    detail::Sha256 hash;
    hash.update(bytes.data(), bytes.size());
    return {path, bytes.size(), hash.hexDigest()};
}

Expected<PackageFile, ContentError> describeFile(const fs::path& root, const std::string& path) {
    std::ifstream in(root / fs::u8path(path), std::ios::binary);
    if (!in) return unexpected(ContentError{fs::u8path(path), 0, {}, "cannot be read"});
    detail::Sha256 hash;
    PackageFile file{path, 0, {}};
    std::vector<char> buffer(1u << 20);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
        hash.update(buffer.data(), static_cast<std::size_t>(in.gcount()));
        file.size += static_cast<std::uint64_t>(in.gcount());
    }
    file.sha256 = hash.hexDigest();
    return file;
}

// The source course.json with the package's fields added: its format version
// first, the list of files last. Author fields keep their order.
Expected<std::string, ContentError> manifestFor(const fs::path& source, const std::set<std::string>& paths,
                                                const Generated& generated) {
    auto authored = readSourceJson(source, std::string(kManifestEntry));
    if (!authored) return unexpected(authored.error());
    nlohmann::ordered_json manifest = {{"packageFormat", kPackageFormatVersion}};
    for (const auto& [key, value] : authored->items())
        if (key != "packageFormat" && key != "files") manifest[key] = value;
    manifest["files"] = nlohmann::ordered_json::array();
    for (const auto& path : paths) {
        auto made = generated.find(path);
        auto file = made != generated.end() ? describeBytes(path, made->second) : describeFile(source, path);
        if (!file) return unexpected(file.error());
        manifest["files"].push_back({{"path", file->path}, {"size", file->size}, {"sha256", file->sha256}});
    }
    return manifest.dump(2) + "\n";
}

ContentError writeFailure(const fs::path& output, const std::string& error) {
    return {output, 0, {}, error};
}

} // namespace

Expected<PackageManifest, ContentError> buildPackage(const fs::path& source, const fs::path& output,
                                                     const std::optional<SecretKey>& key,
                                                     std::vector<ImportProblem>* importWarnings) {
    auto course = loadCourse(source);
    if (!course) return unexpected(course.error());
    auto generated = quizzesFromBanks(*course, source, importWarnings);
    if (!generated) return unexpected(generated.error());
    auto authored = readSourceJson(source, std::string(kManifestEntry));
    if (!authored) return unexpected(authored.error());
    const auto cover = authored->contains("cover") && (*authored)["cover"].is_string()
                           ? (*authored)["cover"].get<std::string>()
                           : std::string();
    auto files = detail::collectCourseFiles(*course, cover);
    if (!files.problems.empty()) return unexpected(files.problems.front());
    auto bytes = manifestFor(source, files.paths, *generated);
    if (!bytes) return unexpected(bytes.error());
    auto manifest = parseManifest(*bytes);
    if (!manifest) return unexpected(manifest.error());

    std::string error;
    detail::ZipWriter zip;
    bool ok = zip.open(output, true, error) && zip.addBytes(std::string(kManifestEntry), *bytes, error);
    for (const auto& file : manifest->files) {
        auto made = generated->find(file.path);
        ok = ok && (made != generated->end()
                        ? zip.addBytes(file.path, made->second, error)
                        : zip.addFile(file.path, source / fs::u8path(file.path),
                                      detail::isCompressedMedia(file.path), error));
    }
    if (ok && key) ok = zip.addBytes(std::string(kSignatureEntry), signManifest(*key, *bytes), error);
    if (!ok || !zip.commit(error)) return unexpected(writeFailure(output, error));

    // Read back what was written, as a kiosk will: a file changed while it was
    // being packed must not slip through.
    VerifyOptions check;
    check.requireTrustedSigner = false;
    check.allowUnsigned = !key;
    auto result = verifyPackage(output, check);
    if (!result.ok()) {
        std::error_code ec;
        fs::remove(output, ec);
        return unexpected(result.problems.front());
    }
    return std::move(*manifest);
}

Expected<PackageManifest, ContentError> signPackage(const fs::path& package, const SecretKey& key) {
    std::string error;
    auto reader = detail::ZipReader::open(package, error);
    if (!reader) return unexpected(ContentError{package, 0, {}, error});
    std::optional<std::string> bytes;
    for (const auto& entry : reader->entries())
        if (entry.name == kManifestEntry)
            bytes = reader->readAll(entry, PackageLimits{}.maxManifestBytes, error);
    if (!bytes)
        return unexpected(
            ContentError{fs::path(kManifestEntry), 0, {}, error.empty() ? "is missing" : error});
    auto manifest = parseManifest(*bytes);
    if (!manifest) return unexpected(manifest.error());
    reader.reset();

    detail::ZipWriter zip;
    if (!zip.open(package, false, error) ||
        !zip.addBytes(std::string(kSignatureEntry), signManifest(key, *bytes), error) || !zip.commit(error))
        return unexpected(writeFailure(package, error));
    return std::move(*manifest);
}

} // namespace pelita::content
