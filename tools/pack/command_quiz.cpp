// pelita-pack quiz import: turns a Moodle GIFT or Aiken export into Pelita's quiz JSON.
#include "pack_commands.h"

#include <pelita/content/aiken.h>
#include <pelita/content/gift.h>
#include <pelita/content/quiz_file.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace pelita::pack {

namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    "Usage: pelita-pack quiz import FILE [--format gift|aiken] [-o OUT.json]\n"
    "  Reads a question bank exported from Moodle and writes it as Pelita quiz JSON\n"
    "  (to OUT.json, or to standard output). A summary and every warning go to\n"
    "  standard error. The format follows the file's extension (.gift, .aiken)\n"
    "  unless --format says otherwise. Malformed input: FILE:LINE:COL: message, exit 1.\n";

std::string formatOf(const Args& args, const fs::path& file) {
    if (const std::string* f = args.value("--format")) return *f;
    const std::string ext = file.extension().string();
    if (ext == ".gift") return "gift";
    if (ext == ".aiken") return "aiken";
    return {};
}

// Writes beside the target, then renames, so a failed write never leaves half a file.
bool writeAtomically(const fs::path& out, const std::string& text, std::string& why) {
    const fs::path partial = out.string() + ".partial";
    {
        std::ofstream file(partial, std::ios::binary | std::ios::trunc);
        file << text;
        if (!file.flush()) {
            why = "cannot write " + partial.string();
            return false;
        }
    }
    std::error_code ec;
    fs::rename(partial, out, ec);
    if (ec) {
        fs::remove(partial, ec);
        why = "cannot write " + out.string() + ": " + ec.message();
        return false;
    }
    return true;
}

std::string summary(const nlohmann::json& quiz) {
    std::map<std::string, int> byType;
    for (const auto& q : quiz["questions"]) ++byType[q.value("type", "?")];
    std::ostringstream out;
    out << quiz["questions"].size() << " question(s)";
    const char* sep = ": ";
    for (const auto& [type, count] : byType) {
        out << sep << count << " " << type;
        sep = ", ";
    }
    return out.str();
}

} // namespace

int runQuiz(const std::vector<std::string>& argv) {
    if (argv.empty() || argv[0] != "import") {
        if (!argv.empty() && (argv[0] == "--help" || argv[0] == "-h")) {
            std::cout << kUsage;
            return 0;
        }
        return usageError("quiz", "the only quiz command is \"import\"", kUsage);
    }
    auto cmd = parseCommand("quiz import", kUsage, {argv.begin() + 1, argv.end()}, 1, {"--format", "-o"});
    if (cmd.exitCode) return *cmd.exitCode;
    const fs::path file = fs::u8path(cmd.args.positional[0]);
    const std::string format = formatOf(cmd.args, file);
    if (format != "gift" && format != "aiken")
        return usageError("quiz import", format.empty() ? "say --format gift or --format aiken"
                                                        : "--format must be gift or aiken, not \"" + format + "\"",
                          kUsage);

    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << file.string() << ": cannot be read\n";
        return 1;
    }
    std::stringstream text;
    text << in.rdbuf();
    const std::string shownAs = file.filename().string();
    auto imported = format == "gift" ? content::importGift(text.str(), shownAs)
                                     : content::importAiken(text.str(), shownAs);
    if (!imported) {
        std::cerr << imported.error().describe() << "\n";
        return 1;
    }
    const nlohmann::json quiz = content::quizFileJson(imported->questions);
    for (const auto& warning : imported->warnings) std::cerr << "warning: " << warning.describe() << "\n";
    std::cerr << shownAs << ": " << summary(quiz) << ", " << imported->warnings.size() << " warning(s)\n";

    const std::string json = quiz.dump(2) + "\n";
    if (const std::string* out = cmd.args.value("-o")) {
        std::string why;
        if (!writeAtomically(fs::u8path(*out), json, why)) {
            std::cerr << "pelita-pack quiz import: " << why << "\n";
            return 1;
        }
    } else {
        std::cout << json;
    }
    return 0;
}

} // namespace pelita::pack
