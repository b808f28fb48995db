#pragma once
// What the GIFT and Aiken importers (gift.h, aiken.h) give back. Plain values.
#include <pelita/content/quiz.h>
#include <string>
#include <vector>

namespace pelita::content {

// A place in the imported file and what is wrong or was left out there.
struct ImportProblem {
    std::string file;
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters; 0 when the whole line is meant
    std::string message;

    std::string describe() const; // "FILE:LINE:COL: message" (":COL" left out when 0)
};

struct ImportResult {
    std::vector<Question> questions; // each one valid as quiz JSON (quiz_file.h)
    // Everything imported differently or not at all: questions with no Pelita
    // equivalent, categories, text formats. Nothing is left out without one.
    std::vector<ImportProblem> warnings;
};

} // namespace pelita::content
