// `pelita-server import-bundle FILE --data DIR` (what POST /pelita/v1/bundles
// does, from the shell) and `pelita-server kiosk-key set|show` (a kiosk's
// bundle signing key, for a kiosk that never had a link to register with).
// Both work while the server runs (SQLite WAL, or PostgreSQL with --database
// URI --data DIR).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <pelita/content/records_files.h>
#include <pelita/content/signed_document.h>
#include <sodium.h>

#include "analytics/analytics_feed.h"
#include "bundle_import.h"
#include "bundle_receipt_key.h"
#include "cli_options.h"
#include "commands.h"
#include "pelita_context.h"
#include "storage.h"

namespace pelita::server {

namespace {

const char* const kImportUsage =
    "usage: pelita-server import-bundle FILE.pelita-records --data DIR [--database URI] [--receipt OUT]\n"
    "                                   [--home-page URL]\n"
    "\n"
    "Checks the kiosk's signature on a records bundle carried on USB, stores each of its\n"
    "statements once, and writes the signed receipt the trainer carries back to the kiosk:\n"
    "to OUT (a file or a folder), or beside FILE. Give the same --home-page as the server.\n"
    "Importing the same bundle again stores nothing new. With --database (PostgreSQL),\n"
    "DIR holds the server's files: its receipt key and the dashboard's cache.\n";

const char* const kKioskKeyUsage =
    "usage: pelita-server kiosk-key set --data DIR [--database URI] --key KEY --public-key FILE.pub|BASE64\n"
    "       pelita-server kiosk-key show --data DIR [--database URI] --key KEY\n"
    "       pelita-server kiosk-key receipt --data DIR [--database URI]\n"
    "\n"
    "set: the key kiosk credential KEY signs its USB records bundles with (from\n"
    "`pelita export-records --show-key` on that kiosk); a kiosk that registers sends it itself.\n"
    "receipt: where the server's receipt key is (DIR/receipt-signing.pub), for kiosks to trust.\n";

int usageError(const char* command, const char* usage, const std::string& message) {
    std::cerr << "pelita-server " << command << ": " << message << "\n" << usage;
    return 2;
}

std::optional<std::string> readWholeFile(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

// An LrsContext on the storage without the HTTP side, as the server's routes see it.
Expected<std::unique_ptr<LrsContext>, std::string> openContext(const cli::StorageChoice& where,
                                                               const std::string& homePage) {
    if (sodium_init() < 0) return unexpected(std::string("libsodium failed to initialise"));
    auto storage = openStorage(where.location, where.filesDir);
    if (!storage) return unexpected(storage.error());
    auto pelita = openPelitaContext(where.location, where.filesDir);
    if (!pelita) return unexpected(pelita.error());
    auto context = std::make_unique<LrsContext>();
    context->options.homePage = homePage;
    context->statements = std::move(storage->statements);
    context->documents = std::move(storage->documents);
    context->credentials = std::move(storage->credentials);
    context->pelita = std::move(pelita).value();
    context->dashboard = std::move(storage->dashboard);
    context->dashboardFeed = std::move(storage->dashboardFeed);
    return context;
}

} // namespace

int runImportBundleCommand(const std::vector<std::string>& args) {
    const char* name = "import-bundle";
    if (args.empty()) return usageError(name, kImportUsage, "missing FILE");
    if (args[0] == "--help" || args[0] == "-h") return std::cout << kImportUsage, 0;
    if (args[0].rfind("--", 0) == 0) return usageError(name, kImportUsage, "the bundle file comes first");
    auto options =
        cli::parseOptions({args.begin() + 1, args.end()}, {"--data", "--database", "--receipt", "--home-page"});
    if (!options) return usageError(name, kImportUsage, options.error());
    if (options->help) return std::cout << kImportUsage, 0;
    auto storage = cli::storageWithFiles(*options);
    if (!storage) return usageError(name, kImportUsage, storage.error());
    const auto bytes = readWholeFile(args[0]);
    if (!bytes) return std::cerr << "pelita-server import-bundle: cannot read " << args[0] << "\n", 1;
    const auto homePage = options->values.count("--home-page") ? options->values["--home-page"] : LrsOptions{}.homePage;
    auto context = openContext(*storage, homePage);
    if (!context) return std::cerr << "pelita-server import-bundle: " << context.error() << "\n", 1;
    auto imported = importBundle(**context, *bytes);
    if (!imported) return std::cerr << "pelita-server import-bundle: " << args[0] << ": " << imported.error().message << "\n", 1;

    namespace fs = std::filesystem;
    fs::path out = options->values.count("--receipt") ? fs::path(options->values["--receipt"])
                                                      : fs::path(args[0]).parent_path();
    std::error_code ec;
    if (fs::is_directory(out, ec) || out.empty()) out /= imported->receiptName;
    std::string error;
    if (!content::writeFileAtomically(out, imported->receiptText, error))
        return std::cerr << "pelita-server import-bundle: the bundle is stored, but the receipt could not be written: "
                         << error << " (import the same file again to get it)\n", 1;
    // Leave the dashboard current: a server running on the same data dir
    // would otherwise fold these only at its next periodic check.
    if ((*context)->dashboardFeed && !(*context)->dashboardFeed->drain())
        std::cerr << "pelita-server import-bundle: the dashboard's figures are not updated yet; the server folds them "
                     "when it next runs\n";
    const auto& r = imported->receipt;
    std::cout << "bundle " << r.bundleId << " from kiosk " << (r.kioskId.empty() ? r.credentialKey : r.kioskId) << ": "
              << r.accepted.size() << " accepted (new or already stored), " << r.rejected.size() << " rejected\n";
    for (const auto& x : r.rejected) std::cout << "  rejected " << x.id << ": HTTP " << x.status << ": " << x.reason << "\n";
    std::cout << "receipt=" << out.string() << std::endl;
    return 0;
}

int runKioskKeyCommand(const std::vector<std::string>& args) {
    const char* name = "kiosk-key";
    if (args.empty()) return usageError(name, kKioskKeyUsage, "missing set, show or receipt");
    if (args[0] == "--help" || args[0] == "-h") return std::cout << kKioskKeyUsage, 0;
    const std::string action = args[0];
    if (action != "set" && action != "show" && action != "receipt")
        return usageError(name, kKioskKeyUsage, "unknown action \"" + action + "\"");
    auto options =
        cli::parseOptions({args.begin() + 1, args.end()}, {"--data", "--database", "--key", "--public-key"});
    if (!options) return usageError(name, kKioskKeyUsage, options.error());
    if (options->help) return std::cout << kKioskKeyUsage, 0;
    auto& v = options->values;
    auto storage = cli::storageWithFiles(*options);
    if (!storage) return usageError(name, kKioskKeyUsage, storage.error());
    if (action != "receipt" && !v.count("--key")) return usageError(name, kKioskKeyUsage, "--key is required");
    if (action == "set" && !v.count("--public-key")) return usageError(name, kKioskKeyUsage, "--public-key is required");
    auto context = openContext(*storage, LrsOptions{}.homePage);
    if (!context) return std::cerr << "pelita-server kiosk-key: " << context.error() << "\n", 1;
    if (action == "receipt") {
        auto key = receiptKey(storage->filesDir);
        if (!key) return std::cerr << "pelita-server kiosk-key: " << key.error() << "\n", 1;
        std::cout << "receipt-key=" << content::publicKeyText(key->publicKey) << "\nfile="
                  << (storage->filesDir / kReceiptPublicKeyFile).string() << std::endl;
        return 0;
    }
    auto& store = *(*context)->pelita->store;
    if (action == "show") {
        auto known = store.kioskSigningKey(v["--key"]);
        if (!known) return std::cerr << "pelita-server kiosk-key: " << known.error() << "\n", 1;
        if (!*known) return std::cerr << "pelita-server kiosk-key: no signing key is known for " << v["--key"] << "\n", 1;
        return std::cout << "signing-key=" << **known << std::endl, 0;
    }
    auto credentials = (*context)->credentials->list();
    if (!credentials) return std::cerr << "pelita-server kiosk-key: " << credentials.error() << "\n", 1;
    const bool isKiosk = std::any_of(credentials->begin(), credentials->end(),
                                     [&](const Credential& c) { return c.key == v["--key"] && c.role == Role::Kiosk; });
    if (!isKiosk) return std::cerr << "pelita-server kiosk-key: " << v["--key"] << " is not a kiosk credential\n", 1;
    // A .pub file from the kiosk, or the key's text as `pelita export-records --show-key` prints it.
    auto key = content::publicKeyFromText(v["--public-key"]);
    if (!key) {
        auto fromFile = content::readPublicKey(v["--public-key"]);
        if (!fromFile) return std::cerr << "pelita-server kiosk-key: --public-key: " << fromFile.error().describe() << "\n", 1;
        key = *fromFile;
    }
    if (auto stored = store.setKioskSigningKey(v["--key"], content::publicKeyText(*key)); !stored)
        return std::cerr << "pelita-server kiosk-key: " << stored.error() << "\n", 1;
    std::cout << "signing-key=" << content::publicKeyText(*key) << " (key id " << key->keyId() << ") set for "
              << v["--key"] << std::endl;
    return 0;
}

} // namespace pelita::server
