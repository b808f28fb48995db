// `pelita-server admin-user add|list|remove|password`: the accounts that log in
// to the /admin/ dashboard (admin_accounts.h). Passwords are read from the
// first line of standard input, so they never appear in the process list or
// the shell history. Works while the server runs, on SQLite (--data) or
// PostgreSQL (--database; the accounts need no files, so --data is optional).
#include <iostream>

#include <sodium.h>

#include "admin_accounts.h"
#include "cli_options.h"
#include "commands.h"

namespace pelita::server {

namespace {

const char* const kAdminUserUsage =
    "usage: pelita-server admin-user add NAME --role admin|reader --data DIR\n"
    "       pelita-server admin-user list --data DIR\n"
    "       pelita-server admin-user remove NAME --data DIR\n"
    "       pelita-server admin-user password NAME --data DIR\n"
    "\n"
    "add and password read the password (at least 10 characters) from the first\n"
    "line of standard input. An admin sees and changes everything on /admin/; a\n"
    "reader sees everything and changes nothing. remove and password log the\n"
    "user out everywhere. Instead of --data DIR, --database postgresql://... names\n"
    "the PostgreSQL database the server uses.\n";

int usageError(const std::string& message) {
    std::cerr << "pelita-server admin-user: " << message << "\n" << kAdminUserUsage;
    return 2;
}

int fail(const std::string& message) {
    std::cerr << "pelita-server admin-user: " << message << "\n";
    return 1;
}

std::optional<std::string> readPassword() {
    std::cerr << "password: " << std::flush;
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

} // namespace

int runAdminUserCommand(const std::vector<std::string>& args) {
    using admin::AdminAccounts;
    if (args.empty()) return usageError("missing command (add, list, remove or password)");
    const std::string command = args[0];
    if (command == "--help" || command == "-h") return std::cout << kAdminUserUsage, 0;
    const bool named = command == "add" || command == "remove" || command == "password";
    if (!named && command != "list") return usageError("unknown command " + command);
    if (named && (args.size() < 2 || args[1].rfind("--", 0) == 0)) return usageError(command + " needs a NAME");
    std::set<std::string> withValue = {"--data", "--database"};
    if (command == "add") withValue.insert("--role");
    auto options = cli::parseOptions({args.begin() + (named ? 2 : 1), args.end()}, withValue);
    if (!options) return usageError(options.error());
    if (options->help) return std::cout << kAdminUserUsage, 0;
    auto storage = cli::storageChoice(*options);
    if (!storage) return usageError(storage.error());
    std::optional<admin::AdminRole> role;
    if (command == "add" && !(role = admin::parseAdminRole(options->values["--role"])))
        return usageError("--role must be admin or reader");

    if (sodium_init() < 0) return fail("libsodium failed to initialise");
    auto accounts = AdminAccounts::openAt(storage->location);
    if (!accounts) return fail(accounts.error());
    if (command == "list") {
        auto users = (*accounts)->users();
        if (!users) return fail(users.error());
        for (const auto& u : *users) std::cout << u.username << "\t" << admin::adminRoleName(u.role) << "\t" << u.created << "\n";
        return 0;
    }
    const std::string& name = args[1];
    if (command == "remove") {
        auto removed = (*accounts)->removeUser(name);
        if (!removed) return fail(removed.error());
        if (!*removed) return fail("no user " + name);
        return std::cout << "removed " << name << std::endl, 0;
    }
    const auto password = readPassword();
    std::cerr << "\n";
    if (!password) return fail("no password on standard input");
    if (command == "add") {
        auto added = (*accounts)->addUser(name, *role, *password);
        if (!added) return fail(added.error());
        return std::cout << "added " << name << " (" << admin::adminRoleName(*role) << ")" << std::endl, 0;
    }
    auto changed = (*accounts)->setPassword(name, *password);
    if (!changed) return fail(changed.error());
    if (!*changed) return fail("no user " + name);
    return std::cout << "password changed for " << name << std::endl, 0;
}

} // namespace pelita::server
