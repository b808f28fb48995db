#pragma once
// Internal: reads one question object of a quiz file, every type, throwing
// ContentError with the field path of the first problem.
#include "json_reader.h"

namespace pelita::content::detail {

Question readQuestion(const JsonReader& r, const nlohmann::json& q, const std::string& path);

} // namespace pelita::content::detail
