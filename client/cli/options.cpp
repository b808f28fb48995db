#include "cli/options.h"

#include <map>
#include <vector>

namespace pelita::kiosk::cli {

namespace {

const std::map<std::string, Command> kCommands = {
    {"sync", Command::Sync}, {"config", Command::Config}, {"import", Command::Import},
    {"uninstall", Command::Uninstall}, {"export-records", Command::ExportRecords},
    {"import-receipt", Command::ImportReceipt}, {"catalogue", Command::Catalogue}};

} // namespace

std::string usage(Command command) {
    switch (command) {
    case Command::Sync:
        return "Usage: pelita sync --data DIR [--server URL] [--status] [--verbose]\n"
               "  Sends the kiosk's saved results to the server once, in batches, and says what it did.\n"
               "  Then reads the roster and the course catalogue, and downloads and installs\n"
               "  updates and the courses asked for (pelita catalogue --download), resuming any\n"
               "  download cut short before.\n"
               "  Exits 0 when the outbox is empty and every download went well, 1 otherwise.\n"
               "  --status   prints the outbox, the quarantine and the last success; no network\n"
               "  --verbose  also lists quarantined records with the server's reasons, and the\n"
               "             bytes sent against the raw JSON (the gzip saving)\n";
    case Command::Config:
        return "Usage: pelita config --data DIR [--server URL] [--key KEY] [--secret SECRET]\n"
               "                    [--home-page URL] [--lang id|en]\n"
               "                    [--trainer-pin DIGITS|-] [--idle-minutes N]\n"
               "                    [--allow-unsigned yes|no] [--opd NAME]\n"
               "  Sets where this kiosk sends results and with which credential (from\n"
               "  `pelita-server credential create`). With no options, prints the settings.\n"
               "  --trainer-pin   the PIN that opens trainer mode, 6 to 12 digits, kept only as\n"
               "                  an Argon2id hash; \"-\" reads it from the first line of stdin\n"
               "                  (so it stays out of the shell history). Also ends a lockout.\n"
               "  --idle-minutes  sign a learner out after N minutes without input (default 10)\n"
               "  --allow-unsigned yes lets `pelita import` install unsigned or untrusted\n"
               "                  packages: for trying out a test course only (default no)\n"
               "  --opd           the OPD this kiosk serves, exactly as in the server's roster: the\n"
               "                  kiosk registers to it and its staff appear on the start screen\n";
    case Command::Import:
        return "Usage: pelita import PATH --data DIR [--allow-downgrade]\n"
               "  Installs the package PATH (.pelita), or every package found under the folder\n"
               "  PATH (a USB stick), or the course source folder PATH and course folders directly\n"
               "  under it. Packages must be signed by a key in DIR/trusted-keys/, unless\n"
               "  `pelita config --allow-unsigned yes` was set for a test course. A newer version\n"
               "  replaces the installed course; an older one needs --allow-downgrade. Anything\n"
               "  that fails a check is refused with the reason, and what was installed stays.\n";
    case Command::Uninstall:
        return "Usage: pelita uninstall COURSE --data DIR\n"
               "  Removes the installed course COURSE (its folder name, e.g. pelayanan-prima, or\n"
               "  its IRI). Learners' results and progress stay in the records database.\n";
    case Command::ExportRecords:
        return "Usage: pelita export-records --data DIR --to USBDIR\n"
               "       pelita export-records --data DIR --show-key\n"
               "  Writes every result still waiting for the server into one signed, compressed file\n"
               "  on USBDIR, pelita-<kiosk>-<YYYYMMDD-HHMMSS>.pelita-records (UTC), for a trainer to\n"
               "  carry to the server (`pelita-server import-bundle`). The results stay on the kiosk,\n"
               "  marked carried, until a receipt or a sync confirms them.\n"
               "  --show-key  prints this kiosk's credential key and signing key (for\n"
               "              `pelita-server kiosk-key set`) and writes nothing\n";
    case Command::ImportReceipt:
        return "Usage: pelita import-receipt FILE|USBDIR --data DIR [--server-key FILE.pub]\n"
               "  Applies the server's receipt for a carried bundle (or every receipt in USBDIR):\n"
               "  results the server accepted leave the outbox, results it refused go to quarantine\n"
               "  with its reason. A receipt not signed by the trusted server key is refused.\n"
               "  --server-key  trust this receipt key from now on (from `pelita-server kiosk-key receipt`)\n";
    case Command::Catalogue:
        return "Usage: pelita catalogue --data DIR [--download COURSE-IRI]\n"
               "  Lists the courses the server offers this kiosk: new ones, updates of installed\n"
               "  ones, and those installed already, with version and size.\n"
               "  --download  asks for a new course, as the trainer's \"Unduh\": the kiosk (or\n"
               "              `pelita sync`) downloads and installs it at its next sync.\n"
               "  Updates of installed courses need no asking: every sync downloads them.\n";
    case Command::Kiosk:
        break;
    }
    return "Usage: pelita [--data DIR] [--server URL] [--lang id|en] [--kiosk] [--automate SCRIPT.json]\n"
           "              [--assets DIR]\n"
           "       pelita sync|config|import|uninstall|catalogue|export-records|import-receipt ... (see pelita COMMAND --help)\n"
           "  Opens the Pelita learning kiosk. Results are saved in DIR (default: your data folder)\n"
           "  and sent to the server whenever it can be reached.\n"
           "  --kiosk    fills the screen and ignores requests to close the window (Alt+F4, the\n"
           "             window manager's close): only \"Keluar dari kiosk\" in trainer mode ends it.\n"
           "  --automate runs a UI script (docs/automation.md) and exits 0 when every step held.\n";
}

Expected<Options, UsageError> parseOptions(int argc, char** argv) {
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    std::size_t i = 0;
    if (!args.empty() && kCommands.count(args[0])) o.command = kCommands.at(args[i++]);

    auto value = [&](const std::string& flag) -> Expected<std::string, UsageError> {
        if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0)
            return unexpected(UsageError{flag + " needs a value"});
        return args[++i];
    };
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool kiosk = o.command == Command::Kiosk, config = o.command == Command::Config;
        std::optional<std::string>* target = nullptr;
        if (a == "--help" || a == "-h") {
            o.help = true;
            return o;
        }
        if (a == "--data" || a == "--automate" || a == "--assets") {
            auto v = value(a);
            if (!v) return unexpected(v.error());
            if (a == "--automate" && !kiosk) return unexpected(UsageError{a + " only applies to the kiosk window"});
            (a == "--data" ? o.dataDir : a == "--automate" ? o.automate : o.assetsDir) = std::filesystem::u8path(*v);
            continue;
        }
        const bool installs = o.command == Command::Import || o.command == Command::Uninstall;
        if (a == "--server" && !installs) target = &o.server;
        if (a == "--lang" && (kiosk || config)) target = &o.language;
        if (config && a == "--key") target = &o.key;
        if (config && a == "--secret") target = &o.secret;
        if (config && a == "--home-page") target = &o.homePage;
        if (config && a == "--trainer-pin") target = &o.trainerPin;
        if (config && a == "--idle-minutes") target = &o.idleMinutes;
        if (config && a == "--allow-unsigned") target = &o.allowUnsigned;
        if (config && a == "--opd") target = &o.opd;
        if (target) {
            auto v = value(a);
            if (!v) return unexpected(v.error());
            *target = *v;
            continue;
        }
        if (kiosk && a == "--kiosk") {
            o.kiosk = true;
            continue;
        }
        if (o.command == Command::Sync && (a == "--status" || a == "--verbose")) {
            (a == "--status" ? o.statusOnly : o.verbose) = true;
            continue;
        }
        if (o.command == Command::Import && a == "--allow-downgrade") {
            o.allowDowngrade = true;
            continue;
        }
        if (o.command == Command::Import && a.rfind("--", 0) != 0 && o.importPath.empty()) {
            o.importPath = std::filesystem::u8path(a);
            continue;
        }
        if (o.command == Command::ExportRecords && (a == "--to" || a == "--show-key")) {
            if (a == "--show-key") {
                o.showKey = true;
                continue;
            }
            auto v = value(a);
            if (!v) return unexpected(v.error());
            o.exportTo = std::filesystem::u8path(*v);
            continue;
        }
        if (o.command == Command::Catalogue && a == "--download") {
            auto v = value(a);
            if (!v) return unexpected(v.error());
            o.downloadCourse = *v;
            continue;
        }
        if (o.command == Command::ImportReceipt && a == "--server-key") {
            auto v = value(a);
            if (!v) return unexpected(v.error());
            o.serverKeyFile = std::filesystem::u8path(*v);
            continue;
        }
        if (o.command == Command::ImportReceipt && a.rfind("--", 0) != 0 && o.receiptFile.empty()) {
            o.receiptFile = std::filesystem::u8path(a);
            continue;
        }
        if (o.command == Command::Uninstall && a.rfind("--", 0) != 0 && o.uninstallCourse.empty()) {
            o.uninstallCourse = a;
            continue;
        }
        return unexpected(UsageError{"unknown option \"" + a + "\""});
    }
    if (o.language && *o.language != "id" && *o.language != "en")
        return unexpected(UsageError{"--lang must be id or en"});
    if (o.command == Command::Import && o.importPath.empty())
        return unexpected(UsageError{"import needs the PATH of a package, a course folder or a USB stick"});
    if (o.command == Command::Uninstall && o.uninstallCourse.empty())
        return unexpected(UsageError{"uninstall needs the COURSE to remove (its folder name or IRI)"});
    if (o.command == Command::ExportRecords && o.exportTo.empty() && !o.showKey)
        return unexpected(UsageError{"export-records needs --to USBDIR (the USB stick's folder)"});
    if (o.command == Command::ImportReceipt && o.receiptFile.empty() && o.serverKeyFile.empty())
        return unexpected(UsageError{"import-receipt needs the receipt FILE (or the USB folder holding it)"});
    if (o.dataDir.empty()) o.dataDir = defaultDataDir();
    return o;
}

} // namespace pelita::kiosk::cli
