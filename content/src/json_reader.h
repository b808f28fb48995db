#pragma once
// Internal: reads a JSON document field by field and throws ContentError naming
// the file and the field path of the first problem. loadCourse() catches it.
#include <pelita/content/course.h>
#include <pelita/content/course_loader.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace pelita::content::detail {

// Parses `path` as JSON; a syntax error reports the line it is on.
nlohmann::json readJsonFile(const std::filesystem::path& path, const std::filesystem::path& shownAs);

class JsonReader {
public:
    JsonReader(std::filesystem::path file) : file_(std::move(file)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& message) const;

    const nlohmann::json& require(const nlohmann::json& obj, const std::string& key, const std::string& path) const;
    std::string string(const nlohmann::json& obj, const std::string& key, const std::string& path) const;
    std::string optionalString(const nlohmann::json& obj, const std::string& key, const std::string& path) const;
    double number(const nlohmann::json& obj, const std::string& key, const std::string& path, double fallback) const;
    bool boolean(const nlohmann::json& obj, const std::string& key, const std::string& path, bool fallback) const;
    const nlohmann::json& array(const nlohmann::json& obj, const std::string& key, const std::string& path) const;
    LocalizedText text(const nlohmann::json& obj, const std::string& key, const std::string& path) const;
    // An id: non-empty, letters, digits, '-', '_' or '.', so that it is safe inside an IRI.
    std::string id(const nlohmann::json& obj, const std::string& key, const std::string& path) const;

    const std::filesystem::path& file() const { return file_; }

private:
    std::filesystem::path file_;
};

} // namespace pelita::content::detail
