#include "cli/commands.h"

#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/pin_trainer.h>

#include <charconv>
#include <iostream>
#include <string>

namespace pelita::kiosk::cli {

namespace {

// --idle-minutes: a positive number of minutes; fractions are for tests and demos.
std::optional<double> parseMinutes(const std::string& text) {
    double minutes = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), minutes);
    if (ec != std::errc() || end != text.data() + text.size() || !(minutes > 0) || minutes > 24 * 60)
        return std::nullopt;
    return minutes;
}

// "-" reads the PIN from stdin, so it appears in neither the shell history nor `ps`.
std::string trainerPinFrom(const std::string& given) {
    if (given != "-") return given;
    std::string line;
    std::getline(std::cin, line);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    return line;
}

} // namespace

int runConfig(const Options& o) {
    auto store = sync::RecordsStore::open(o.dataDir);
    if (!store) {
        std::cerr << "pelita config: " << o.dataDir.string() << ": " << store.error().message << "\n";
        return 1;
    }
    auto settings = sync::KioskSettings::load(**store);
    const bool changing =
        o.server || o.key || o.secret || o.homePage || o.language || o.idleMinutes || o.allowUnsigned || o.opd;
    if (o.server) settings.serverUrl = *o.server;
    if (o.key) settings.key = *o.key;
    if (o.secret) settings.secret = *o.secret;
    if (o.homePage) settings.homePage = *o.homePage;
    if (o.opd) settings.opd = *o.opd;
    if (o.language) settings.language = *o.language;
    if (o.idleMinutes) {
        auto minutes = parseMinutes(*o.idleMinutes);
        if (!minutes) {
            std::cerr << "pelita config: --idle-minutes must be a number of minutes above 0, e.g. 10\n";
            return 2;
        }
        settings.idleMinutes = *minutes;
    }
    if (o.allowUnsigned) {
        if (*o.allowUnsigned != "yes" && *o.allowUnsigned != "no") {
            std::cerr << "pelita config: --allow-unsigned must be yes or no\n";
            return 2;
        }
        settings.allowUnsignedPackages = *o.allowUnsigned == "yes";
    }
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
    if (o.trainerPin) {
        if (auto problem = sync::setTrainerPin(**store, trainerPinFrom(*o.trainerPin))) {
            std::cerr << "pelita config: " << problem->message << "\n";
            return 2;
        }
    }
    std::cout << "server=" << settings.serverUrl << "\n"
              << "key=" << settings.key << "\n"
              << "secret=" << (settings.secret.empty() ? "" : "(set)") << "\n"
              << "home-page=" << settings.homePage << "\n"
              << "opd=" << settings.opd << "\n"
              << "lang=" << settings.language << "\n"
              << "idle-minutes=" << settings.idleMinutes << "\n"
              << "allow-unsigned=" << (settings.allowUnsignedPackages ? "yes" : "no") << "\n"
              << "trainer-pin=" << (sync::hasTrainerPin(**store) ? "(set)" : "(not set)") << "\n";
    return 0;
}

} // namespace pelita::kiosk::cli
