#pragma once
// The dashboard's words in Bahasa Indonesia (the default) and English, from
// assets/admin/i18n/{id,en}.json (built in, see admin_assets.h). Both files
// have the same keys (tests/server/test_admin_i18n.cpp checks it).
// Loaded once, then read-only; thread-safe.
#include <map>
#include <string>
#include <string_view>

namespace pelita::server::admin {

enum class Language { Indonesian, English };

// "en" -> English; anything else -> Indonesian.
Language languageFromCode(std::string_view code);
std::string languageCode(Language language);

class Words {
public:
    explicit Words(Language language) : language_(language) {}

    // The text for `key`; the key itself if a file lacks it (the i18n test
    // keeps that from shipping).
    std::string operator()(const std::string& key) const;
    // The text with each "{name}" replaced by its value.
    std::string operator()(const std::string& key, const std::map<std::string, std::string>& values) const;

    Language language() const { return language_; }

private:
    Language language_;
};

} // namespace pelita::server::admin
