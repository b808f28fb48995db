// pelita-pack keygen.
#include <pelita/content/package_keys.h>

#include "pack_commands.h"

#include <iostream>

namespace pelita::pack {

namespace {

constexpr const char* kUsage =
    "Usage: pelita-pack keygen NAME\n"
    "  Makes a publisher key pair in the current folder: NAME.key, the secret key\n"
    "  (readable by you only: keep it off USB sticks and never share it), and\n"
    "  NAME.pub, the public key that kiosks put in their trusted-keys/ folder.\n"
    "  NAME uses letters, digits, '-' and '_', e.g. bkpsdm-sawahlunto.\n";

bool validName(const std::string& name) {
    if (name.empty()) return false;
    for (const char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_'))
            return false;
    return true;
}

} // namespace

int runKeygen(const std::vector<std::string>& argv) {
    auto line = parseCommand("keygen", kUsage, argv, 1);
    if (line.exitCode) return *line.exitCode;
    const std::string& name = line.args.positional[0];
    if (!validName(name)) return usageError("keygen", "\"" + name + "\" is not a usable key name", kUsage);
    const auto key = content::generateKey(name);
    auto secret = content::writeSecretKey(key, name + ".key");
    if (!secret) {
        std::cerr << "pelita-pack keygen: " << secret.error().describe() << "\n";
        return 1;
    }
    auto pub = content::writePublicKey(key.publicKey, name + ".pub");
    if (!pub) {
        std::cerr << "pelita-pack keygen: " << pub.error().describe() << "\n";
        return 1;
    }
    std::cout << "wrote " << name << ".key (secret) and " << name << ".pub (public), key id "
              << key.publicKey.keyId() << "\n";
    return 0;
}

} // namespace pelita::pack
