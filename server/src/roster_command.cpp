// `pelita-server roster import FILE --data DIR [--database URI]`: what PUT
// /pelita/v1/roster does, from the shell. FILE is CSV with a header line, or a .json array.
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli_options.h"
#include "commands.h"
#include "pelita_context.h"
#include "pelita_roster.h"

namespace pelita::server {

namespace {

const char* const kRosterUsage =
    "usage: pelita-server roster import FILE.csv --data DIR [--database postgresql://...]\n"
    "\n"
    "Replaces the learners of every OPD named in FILE (CSV with the header\n"
    "nip,name,opd,unit,position, or a .json array of those objects). Learners\n"
    "of other OPDs are kept. Nothing is changed if any line has a problem.\n";

int usageError(const std::string& message) {
    std::cerr << "pelita-server roster: " << message << "\n" << kRosterUsage;
    return 2;
}

} // namespace

int runRosterCommand(const std::vector<std::string>& args) {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) return std::cout << kRosterUsage, 0;
    if (args.size() < 2 || args[0] != "import") return usageError("expected: roster import FILE --data DIR");
    const std::filesystem::path file = args[1];
    auto options = cli::parseOptions({args.begin() + 2, args.end()}, {"--data", "--database"});
    if (!options) return usageError(options.error());
    auto storage = cli::storageWithFiles(*options);
    if (!storage) return usageError(storage.error());
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::cerr << "pelita-server roster: cannot read " << file.string() << "\n", 1;
    std::stringstream text;
    text << in.rdbuf();
    const bool json = file.extension() == ".json";
    const auto parsed = json ? parseRosterJson(nlohmann::json::parse(text.str(), nullptr, false))
                             : parseRosterCsv(text.str());
    if (!parsed) {
        std::cerr << "pelita-server roster: " << file.string() << " refused, nothing changed:\n";
        for (const auto& problem : parsed.error()) std::cerr << "  " << problem << "\n";
        return 1;
    }
    auto pelita = openPelitaContext(storage->location, storage->filesDir);
    if (!pelita) return std::cerr << "pelita-server roster: " << pelita.error() << "\n", 1;
    if (auto stored = (*pelita)->store->replaceRoster(*parsed); !stored)
        return std::cerr << "pelita-server roster: " << stored.error() << "\n", 1;
    std::map<std::string, int> perOpd;
    for (const auto& e : *parsed) ++perOpd[e.opd];
    for (const auto& [opd, count] : perOpd) std::cout << opd << "\t" << count << " learners\n";
    return 0;
}

} // namespace pelita::server
