#include <pelita/sync/kiosk_settings.h>

namespace pelita::sync {
namespace {
// Setting keys, stable across versions: a kiosk keeps its settings through upgrades.
constexpr const char* kServerUrl = "server.url";
constexpr const char* kKey = "server.key";
constexpr const char* kSecret = "server.secret";
constexpr const char* kHomePage = "kiosk.homePage";
constexpr const char* kLanguage = "kiosk.language";
} // namespace

KioskSettings KioskSettings::load(const RecordsStore& store) {
    KioskSettings s;
    auto read = [&](const char* key, std::string& field) {
        if (auto v = store.setting(key)) field = *v;
    };
    read(kServerUrl, s.serverUrl);
    read(kKey, s.key);
    read(kSecret, s.secret);
    read(kHomePage, s.homePage);
    read(kLanguage, s.language);
    return s;
}

void KioskSettings::save(RecordsStore& store) const {
    // A trailing slash would make "<url>//xapi/statements"; store the URL without it.
    std::string url = serverUrl;
    while (!url.empty() && url.back() == '/') url.pop_back();
    store.setSettings({{kServerUrl, url}, {kKey, key}, {kSecret, secret}, {kHomePage, homePage}, {kLanguage, language}});
}

} // namespace pelita::sync
