#pragma once
// Intents: what a learner or trainer asked for. Views create them; the
// Controller applies them. Plain values, so a script or a test can send them too.
#include <functional>
#include <string>
#include <variant>

namespace pelita::kiosk::intent {

struct ShowLearners {};
struct SignIn { std::string nip; };   // picked from the roster or typed: asks for the PIN next
struct EnterPin { std::string pin; }; // on the PIN screen, for the learner or the trainer
struct StartEnrol {};
struct Enrol { std::string nip, name, unit, position, pin, pinAgain; };
struct SignOut {};
struct OpenCourse { std::string courseIri; };
struct GoHome {};
struct OpenLesson { std::string lessonId; };
struct FinishLesson {};               // marks it read and moves to the next item
struct BackToCourse {};
struct StartQuiz { std::string quizId; };
// A response in content/quiz_response.h's form, saved at once ("" takes it back).
struct Answer { std::string questionId, response; };
// A response being composed (typed text; with immediate feedback, any control):
// kept on screen, saved by Answer, by leaving the question, or every few seconds.
struct Draft { std::string questionId, response; };
struct GoToQuestion { std::size_t index; };
struct ReviewQuiz {};
struct SubmitQuiz {};
struct OpenSettings {};
struct SaveSettings { std::string serverUrl, key, secret, language; };
struct SyncNow {};
struct DismissNotice {};
struct OpenTrainer {};                // asks for the trainer PIN
struct ResetPin { std::string nip, pin, pinAgain; }; // trainer mode only
struct IdleSignOut {};                // nobody touched the kiosk for kiosk.idle_minutes
// The lesson on screen is scrolled to `position` (block index + fraction of that
// block, records_store.h ReadingPlace): sent once scrolling settles, saved throttled.
struct ReadAt { std::string lessonId; double position; };
// Text size (1.0 to 2.0) and the high-contrast theme, from the start screen or settings.
struct SetDisplay { double textScale; bool highContrast; };
// Certificates and history (controller_certificate*.cpp, controller_history*.cpp).
struct OpenHistory {};
struct PrintCertificate { std::string number; };
// `folder` empty: look for USB sticks; one found is used at once, several are offered.
struct SaveCertificateToUsb { std::string number, folder; };
struct ExportHistoryCsv { std::string folder; };  // the SIASN "riwayat kursus" CSV, same way

using Intent = std::variant<ShowLearners, SignIn, StartEnrol, Enrol, SignOut, OpenCourse, GoHome, OpenLesson,
                            FinishLesson, BackToCourse, StartQuiz, Answer, Draft, GoToQuestion, ReviewQuiz, SubmitQuiz,
                            OpenSettings, SaveSettings, SyncNow, DismissNotice, EnterPin, OpenTrainer, ResetPin,
                            IdleSignOut, ReadAt, SetDisplay, OpenHistory, PrintCertificate,
                            SaveCertificateToUsb, ExportHistoryCsv>;

} // namespace pelita::kiosk::intent

namespace pelita::kiosk {
using Intent = intent::Intent;
using Dispatch = std::function<void(Intent)>;
} // namespace pelita::kiosk
