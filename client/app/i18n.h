#pragma once
// Translator: the kiosk's UI strings, from assets/i18n/<language>.json. Every
// string a learner sees comes from there; Bahasa Indonesia is the default.
//
// Threads: load on any thread before the UI starts; tr() on the UI thread.
#include <pelita/content/expected.h>

#include <filesystem>
#include <map>
#include <string>

namespace pelita::kiosk {

class Translator {
public:
    // Loads <i18nDir>/<language>.json, a flat {"key": "text"} object. Keys missing
    // from it fall back to Indonesian, the reference translation.
    static Expected<Translator, std::string> load(const std::filesystem::path& i18nDir, const std::string& language);

    // The text for `key`; the key itself if no file has it, so a gap is visible, not blank.
    const char* tr(const std::string& key) const;
    // tr() with "{name}" placeholders filled from `values`.
    std::string format(const std::string& key, const std::map<std::string, std::string>& values) const;

    const std::string& language() const { return language_; }

private:
    std::string language_;
    std::map<std::string, std::string> strings_;
};

} // namespace pelita::kiosk
