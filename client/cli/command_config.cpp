#include "cli/commands.h"

#include <pelita/sync/kiosk_settings.h>

#include <iostream>

namespace pelita::kiosk::cli {

int runConfig(const Options& o) {
    auto store = sync::RecordsStore::open(o.dataDir);
    if (!store) {
        std::cerr << "pelita config: " << o.dataDir.string() << ": " << store.error().message << "\n";
        return 1;
    }
    auto settings = sync::KioskSettings::load(**store);
    const bool changing = o.server || o.key || o.secret || o.homePage || o.language;
    if (o.server) settings.serverUrl = *o.server;
    if (o.key) settings.key = *o.key;
    if (o.secret) settings.secret = *o.secret;
    if (o.homePage) settings.homePage = *o.homePage;
    if (o.language) settings.language = *o.language;
    if (changing) {
        if (!settings.serverUrl.empty() && settings.serverUrl.rfind("http://", 0) != 0 &&
            settings.serverUrl.rfind("https://", 0) != 0) {
            std::cerr << "pelita config: --server must start with http:// or https://\n";
            return 2;
        }
        try {
            settings.save(**store);
        } catch (const std::exception& e) {
            std::cerr << "pelita config: could not save: " << e.what() << "\n";
            return 1;
        }
    }
    std::cout << "server=" << settings.serverUrl << "\n"
              << "key=" << settings.key << "\n"
              << "secret=" << (settings.secret.empty() ? "" : "(set)") << "\n"
              << "home-page=" << settings.homePage << "\n"
              << "lang=" << settings.language << "\n";
    return 0;
}

} // namespace pelita::kiosk::cli
