#pragma once
// Intents: what a learner or trainer asked for. Views create them; the
// Controller applies them. Plain values, so a script or a test can send them too.
#include <functional>
#include <string>
#include <variant>

namespace pelita::kiosk::intent {

struct ShowLearners {};
struct SignIn { std::string nip; };
struct StartEnrol {};
struct Enrol { std::string nip, name, unit, position; };
struct SignOut {};
struct OpenCourse { std::string courseIri; };
struct GoHome {};
struct OpenLesson { std::string lessonId; };
struct FinishLesson {};               // marks it read and moves to the next item
struct BackToCourse {};
struct StartQuiz { std::string quizId; };
struct Choose { std::string questionId, optionId; };
struct GoToQuestion { std::size_t index; };
struct ReviewQuiz {};
struct SubmitQuiz {};
struct OpenSettings {};
struct SaveSettings { std::string serverUrl, key, secret, language; };
struct SyncNow {};
struct DismissNotice {};

using Intent = std::variant<ShowLearners, SignIn, StartEnrol, Enrol, SignOut, OpenCourse, GoHome, OpenLesson,
                            FinishLesson, BackToCourse, StartQuiz, Choose, GoToQuestion, ReviewQuiz, SubmitQuiz,
                            OpenSettings, SaveSettings, SyncNow, DismissNotice>;

} // namespace pelita::kiosk::intent

namespace pelita::kiosk {
using Intent = intent::Intent;
using Dispatch = std::function<void(Intent)>;
} // namespace pelita::kiosk
