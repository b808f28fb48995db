#pragma once
// Internal: a GIFT answer block ("{...}") into the question's type, options,
// answers, numbers or pairs, and its "####" general feedback.
#include "gift_source.h"

#include <pelita/content/quiz.h>
#include <string>

namespace pelita::content::detail::gift {

struct BlockSource {
    const Chunk& chunk;
    const std::string& file;
    std::size_t from, to; // the block's content in chunk.raw, braces excluded
};

// Fills `question`; throws ImportFailure when the GIFT is malformed. Whether the
// result is a valid Pelita question is checked by the caller.
void readAnswerBlock(Question& question, const BlockSource& block);

} // namespace pelita::content::detail::gift
