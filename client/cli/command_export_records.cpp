// pelita export-records: the kiosk's unsent results onto a USB stick, for a
// trainer to carry to the server (sync/records_bundle.h).
#include "cli/commands.h"

#include <pelita/content/signed_document.h>
#include <pelita/sync/clock.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/records_bundle.h>

#include <iostream>

namespace pelita::kiosk::cli {

namespace {

// What an admin types into `pelita-server kiosk-key set` for a kiosk that never registered.
int showKey(const Options& o, const sync::RecordsStore& store) {
    auto key = sync::kioskSigningKey(o.dataDir);
    if (!key) return std::cerr << "pelita export-records: " << key.error().message << "\n", 1;
    const auto settings = sync::KioskSettings::load(store);
    std::cout << "key=" << (settings.key.empty() ? "(not set: pelita config --key KEY)" : settings.key) << "\n"
              << "signing-key=" << content::publicKeyText(key->publicKey) << "\n"
              << "signing-key-id=" << key->publicKey.keyId() << std::endl;
    return 0;
}

} // namespace

int runExportRecords(const Options& o) {
    auto store = sync::RecordsStore::open(o.dataDir);
    if (!store) return std::cerr << "pelita export-records: " << o.dataDir.string() << ": " << store.error().message << "\n", 1;
    if (o.showKey) return showKey(o, **store);
    auto exported = sync::exportRecords(**store, o.dataDir, o.exportTo, sync::nowMs());
    if (!exported) return std::cerr << "pelita export-records: " << exported.error().message << "\n", 1;
    if (exported->statements == 0) {
        std::cout << "nothing to carry: every result has reached the server already\n";
        return 0;
    }
    std::cout << "wrote " << exported->file.string() << "\n"
              << exported->statements << " result(s), " << exported->bytes << " bytes (" << exported->rawBytes
              << " bytes of JSON before compression), bundle " << exported->bundleId << "\n"
              << "They stay on this kiosk, marked carried, until the server's receipt or a sync confirms them.\n";
    return 0;
}

} // namespace pelita::kiosk::cli
