#pragma once
// The kiosk's command line. `pelita` alone opens the kiosk; the commands are for
// trainers and scripts and never open a window.
#include <pelita/content/expected.h>

#include <filesystem>
#include <optional>
#include <string>

namespace pelita::kiosk::cli {

enum class Command { Kiosk, Sync, Config, Import, Uninstall, ExportRecords, ImportReceipt, Catalogue };

struct Options {
    Command command = Command::Kiosk;
    std::filesystem::path dataDir;               // --data; defaults to the user's data folder
    std::optional<std::string> server;           // --server URL
    std::optional<std::string> key, secret;      // config: the kiosk credential
    std::optional<std::string> homePage;         // config: the deployment's URL for learner accounts
    std::optional<std::string> language;         // --lang id|en
    std::optional<std::string> trainerPin;       // config --trainer-pin DIGITS ("-" = read a line from stdin)
    std::optional<std::string> idleMinutes;      // config --idle-minutes N
    std::optional<std::string> allowUnsigned;    // config --allow-unsigned yes|no
    std::optional<std::string> opd;              // config --opd NAME: the OPD the kiosk serves (its roster)
    std::filesystem::path automate;              // --automate SCRIPT.json
    bool kiosk = false;                          // --kiosk: fullscreen, left only through trainer mode
    std::filesystem::path assetsDir;             // --assets; defaults to <bin>/../share/pelita
    std::filesystem::path importPath;            // import: a .pelita, a course folder, or a folder holding them
    bool allowDowngrade = false;                 // import --allow-downgrade
    bool statusOnly = false;                     // sync --status: print the outbox, no network
    bool verbose = false;                        // sync --verbose: quarantined records, gzip figures
    std::string uninstallCourse;                 // uninstall: a course's folder name or IRI
    std::filesystem::path exportTo;              // export-records --to USBDIR
    bool showKey = false;                        // export-records --show-key: print the signing key only
    std::filesystem::path receiptFile;           // import-receipt FILE (a receipt, or a folder holding them)
    std::filesystem::path serverKeyFile;         // import-receipt --server-key FILE.pub: trust it from now on
    std::string downloadCourse;                  // catalogue --download IRI: the trainer's "Unduh"
    bool help = false;                           // --help: print usage(command) and exit 0
};

struct UsageError {
    std::string message;
};

Expected<Options, UsageError> parseOptions(int argc, char** argv);
std::string usage(Command command);

// Platform paths, in cli/platform_paths.cpp.
std::filesystem::path defaultDataDir();
std::filesystem::path executableDir(const char* argv0);

} // namespace pelita::kiosk::cli
