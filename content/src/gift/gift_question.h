#pragma once
// Internal: one GIFT question (a Chunk) into a Pelita question, Moodle's way.
#include "gift_source.h"

#include <optional>
#include <pelita/content/quiz_import.h>
#include <string>

namespace pelita::content::detail::gift {

// What a chunk turned out to be: a question, or something imported only as a
// warning (a description, a category, an unsupported shape). Malformed GIFT throws
// ImportFailure with its position.
struct ChunkResult {
    std::optional<Question> question;
    std::vector<ImportProblem> warnings;
};

ChunkResult readChunk(const Chunk& chunk, const std::string& fileName);

} // namespace pelita::content::detail::gift
