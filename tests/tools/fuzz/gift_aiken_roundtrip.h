#pragma once
// What the GIFT and Aiken fuzz harnesses demand of every import: refusal with a
// located problem, or questions that Pelita's own quiz reader accepts back. An
// importer that "succeeds" with a quiz the kiosk cannot load is a bug too.
#include <pelita/content/quiz_file.h>
#include <pelita/content/quiz_import.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace pelita::fuzz {

inline void checkImport(const Expected<content::ImportResult, content::ImportProblem>& imported) {
    if (!imported) {
        if (imported.error().message.empty()) __builtin_trap(); // a refusal must say why
        return;
    }
    if (imported->questions.empty()) return;
    // One file per fuzzing process, reused for every input.
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("pelita-fuzz-quiz-" + std::to_string(std::random_device{}()) + ".json");
    std::ofstream(file, std::ios::trunc) << content::quizFileJson(imported->questions).dump();
    auto reread = content::readQuizFile(file);
    if (!reread || reread->questions.size() != imported->questions.size()) __builtin_trap();
}

} // namespace pelita::fuzz
