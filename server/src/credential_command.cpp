// `pelita-server credential create|list|revoke`: manage the key/secret pairs
// kiosks and admins use, on SQLite (--data) or PostgreSQL (--database). Works
// while the server runs.
#include <iostream>
#include <memory>

#include <sodium.h>

#include "cli_options.h"
#include "commands.h"
#include "credentials.h"
#include "storage.h"

namespace pelita::server {

namespace {

const char* const kCredentialUsage =
    "usage: pelita-server credential create --data DIR --name NAME --role admin|kiosk|reader\n"
    "       pelita-server credential list --data DIR\n"
    "       pelita-server credential revoke --data DIR --key KEY\n"
    "\n"
    "Instead of --data DIR, --database postgresql://... names a PostgreSQL database.\n"
    "create prints key=<key> and secret=<secret>; the secret is shown only once.\n"
    "A revoked key is refused (HTTP 401) from then on.\n";

int usageError(const std::string& message) {
    std::cerr << "pelita-server credential: " << message << "\n" << kCredentialUsage;
    return 2;
}

std::unique_ptr<CredentialStore> openStore(const std::string& location) {
    auto storage = openStorage(location);
    if (!storage) {
        std::cerr << "pelita-server credential: " << storage.error() << "\n";
        return nullptr;
    }
    return std::move(storage->credentials);
}

int create(CredentialStore& store, const std::string& name, Role role) {
    auto made = store.create(name, role);
    if (!made) return std::cerr << "pelita-server credential: " << made.error() << "\n", 1;
    std::cout << "key=" << made->key << "\nsecret=" << made->secret << std::endl;
    return 0;
}

int list(CredentialStore& store) {
    auto all = store.list();
    if (!all) return std::cerr << "pelita-server credential: " << all.error() << "\n", 1;
    for (const auto& c : *all)
        std::cout << c.key << "\t" << roleName(c.role) << "\t" << (c.revoked ? "revoked " + *c.revoked : "live")
                  << "\t" << c.name << "\n";
    return 0;
}

int revoke(CredentialStore& store, const std::string& key) {
    auto done = store.revoke(key);
    if (!done) return std::cerr << "pelita-server credential: " << done.error() << "\n", 1;
    if (!*done) return std::cerr << "pelita-server credential: no credential with key " << key << "\n", 1;
    std::cout << "revoked " << key << std::endl;
    return 0;
}

} // namespace

int runCredentialCommand(const std::vector<std::string>& args) {
    if (args.empty()) return usageError("missing command (create, list or revoke)");
    const std::string command = args[0];
    if (command == "--help" || command == "-h") return std::cout << kCredentialUsage, 0;
    std::set<std::string> withValue = {"--data", "--database"};
    if (command == "create") withValue.insert({"--name", "--role"});
    else if (command == "revoke") withValue.insert("--key");
    else if (command != "list") return usageError("unknown command " + command);
    auto options = cli::parseOptions({args.begin() + 1, args.end()}, withValue);
    if (!options) return usageError(options.error());
    if (options->help) return std::cout << kCredentialUsage, 0;
    for (const auto& required : withValue)
        if (required != "--data" && required != "--database" && !options->values.count(required))
            return usageError(required + " is required");
    auto storage = cli::storageChoice(*options); // credentials need no files: --data is ignored beside --database
    if (!storage) return usageError(storage.error());
    std::optional<Role> role;
    if (command == "create" && !(role = parseRole(options->values["--role"])))
        return usageError("--role must be admin, kiosk or reader");

    if (sodium_init() < 0) return std::cerr << "pelita-server credential: libsodium failed to initialise\n", 1;
    auto store = openStore(storage->location);
    if (!store) return 1;
    if (command == "create") return create(*store, options->values["--name"], *role);
    if (command == "list") return list(*store);
    return revoke(*store, options->values["--key"]);
}

} // namespace pelita::server
