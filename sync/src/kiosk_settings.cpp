#include <pelita/sync/kiosk_settings.h>

#include <charconv>
#include <cstdio>
#include <string>

namespace pelita::sync {
namespace {
// Setting keys, stable across versions: a kiosk keeps its settings through upgrades.
constexpr const char* kServerUrl = "server.url";
constexpr const char* kKey = "server.key";
constexpr const char* kSecret = "server.secret";
constexpr const char* kHomePage = "kiosk.homePage";
constexpr const char* kLanguage = "kiosk.language";
constexpr const char* kCaBundle = "sync.ca_bundle";
constexpr const char* kMaxBytesPerSecond = "sync.max_bytes_per_second";
constexpr const char* kIdleMinutes = "kiosk.idle_minutes";
constexpr const char* kAllowUnsigned = "packages.allow_unsigned";
constexpr const char* kTextScale = "kiosk.text_scale";
constexpr const char* kHighContrast = "kiosk.high_contrast";
constexpr const char* kOpd = "kiosk.opd";
// "10", "0.25": the shortest text that reads back as the same number.
std::string formatMinutes(double minutes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", minutes);
    return buffer;
}
} // namespace

double clampTextScale(double scale) {
    if (!(scale >= 1.0)) return 1.0; // also NaN
    return scale > 2.0 ? 2.0 : scale;
}

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
    read(kCaBundle, s.caBundle);
    read(kOpd, s.opd);
    if (auto v = store.setting(kMaxBytesPerSecond)) {
        // A hand-edited value that is not a number keeps the default rather than
        // lifting the cap.
        std::size_t parsed = 0;
        auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), parsed);
        if (ec == std::errc() && end == v->data() + v->size()) s.maxBytesPerSecond = parsed;
    }
    if (auto v = store.setting(kIdleMinutes)) {
        // Not a positive number: keep the default rather than never signing anyone out.
        double minutes = 0;
        auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), minutes);
        if (ec == std::errc() && end == v->data() + v->size() && minutes > 0) s.idleMinutes = minutes;
    }
    // Anything but an explicit "yes" keeps the safe default.
    s.allowUnsignedPackages = store.setting(kAllowUnsigned) == std::optional<std::string>("yes");
    if (auto v = store.setting(kTextScale)) {
        double scale = 0;
        auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), scale);
        if (ec == std::errc() && end == v->data() + v->size()) s.textScale = clampTextScale(scale);
    }
    s.highContrast = store.setting(kHighContrast) == std::optional<std::string>("yes");
    return s;
}

void KioskSettings::save(RecordsStore& store) const {
    // A trailing slash would make "<url>//xapi/statements"; store the URL without it.
    std::string url = serverUrl;
    while (!url.empty() && url.back() == '/') url.pop_back();
    store.setSettings({{kServerUrl, url}, {kKey, key}, {kSecret, secret}, {kHomePage, homePage}, {kLanguage, language},
                       {kCaBundle, caBundle}, {kMaxBytesPerSecond, std::to_string(maxBytesPerSecond)},
                       {kIdleMinutes, formatMinutes(idleMinutes)},
                       {kAllowUnsigned, allowUnsignedPackages ? "yes" : "no"},
                       {kTextScale, formatMinutes(clampTextScale(textScale))},
                       {kHighContrast, highContrast ? "yes" : "no"}, {kOpd, opd}});
}

} // namespace pelita::sync
