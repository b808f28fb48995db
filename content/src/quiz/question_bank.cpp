#include "quiz/question_bank.h"

#include "course_paths.h"
#include "package/text_checks.h"

#include <pelita/content/aiken.h>
#include <pelita/content/gift.h>

#include <fstream>
#include <sstream>

namespace pelita::content::detail {

namespace {

ContentError located(const ImportProblem& p, const std::string& relative) {
    std::string message = p.message;
    if (p.column > 0) message = "column " + std::to_string(p.column) + ": " + message;
    return ContentError{std::filesystem::u8path(relative), p.line, {}, message};
}

} // namespace

Expected<ImportResult, ContentError> importQuestionBank(const std::filesystem::path& root,
                                                        const std::string& relative) {
    const auto shownAs = std::filesystem::u8path(relative);
    const auto full = resolveInside(root, shownAs);
    if (!full) return unexpected(ContentError{shownAs, 0, {}, "is outside the course folder"});
    const std::string ext = foldCase(shownAs.extension().string());
    const bool gift = ext == ".gift";
    if (!gift && ext != ".txt" && ext != ".aiken")
        return unexpected(ContentError{shownAs, 0, {},
                                       "must be a GIFT file (.gift) or an Aiken file (.txt or .aiken)"});
    std::ifstream in(*full, std::ios::binary);
    if (!in) return unexpected(ContentError{shownAs, 0, {}, "does not exist or cannot be read"});
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto imported = gift ? importGift(buffer.str(), relative) : importAiken(buffer.str(), relative);
    if (!imported) return unexpected(located(imported.error(), relative));
    if (imported->questions.empty())
        return unexpected(ContentError{shownAs, 0, {}, "holds no question this kiosk can ask"});
    return std::move(*imported);
}

} // namespace pelita::content::detail
