#pragma once
// Intents: what a learner or trainer asked for. Views create them; the
// Controller applies them. Plain values, so a script or a test can send them too.
#include "app/learner_results.h"

#include <functional>
#include <optional>
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
struct SaveSettings {
    std::string serverUrl, key, secret, language;
    // Trainer's Pengaturan tab; unset keeps what is saved (KioskSettings).
    std::optional<double> idleMinutes = std::nullopt;
    std::optional<std::string> caBundle = std::nullopt;
    std::optional<std::size_t> maxBytesPerSecond = std::nullopt;
    // kiosk.opd, as typed: trimmed, and refused when blank (the roster needs one).
    std::optional<std::string> opd = std::nullopt;
};
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
// Trainer mode's tabs (controller_trainer_*.cpp). A Load* intent is sent when its
// tab opens. `folder` empty: USB sticks are looked for, as for certificates.
struct LoadResults {};
struct ExportResultsCsv { ResultsView view; std::string folder; };  // the rows the filters show
struct LoadSyncPanel {};
struct ReleaseQuarantine {};                  // "Kirim ulang": back into the outbox
struct ExportRecords { std::string folder; }; // the signed bundle, as pelita export-records
struct ImportReceipt { std::string folder; }; // every *.pelita-receipt there, as pelita import-receipt
struct ImportCourses { std::string path; };   // a package, a course folder or a folder of them
struct LoadTrustedKeys {};
struct FindKeysOnUsb { std::string folder; }; // lists the .pub files there, to trust one
struct TrustKey { std::string file; };
struct RemoveTrustedKey { std::string file; }; // a file name in <data>/trusted-keys
// Katalog kursus (controller_catalogue.cpp): download and install a course the
// server offers; for a failed download, try again.
struct DownloadCourse { std::string courseIri; };
// A learner from the server's roster, who has no PIN yet, chooses one on the PIN
// screen and is signed in (controller_first_pin.cpp).
struct ChooseFirstPin { std::string pin, pinAgain; };
// Trainer mode in a --kiosk session: "Keluar dari kiosk" closes the kiosk (the
// only way out: the window ignores close requests). Elsewhere it does nothing.
struct ExitKiosk {};
// The lesson view made an image's texture: the decoded pixels can go. It asks for
// them again if it has the image shown but lost its texture.
struct ImageShown { std::string lessonId, source; };
struct ImageNeeded { std::string lessonId, source; };

using Intent = std::variant<ShowLearners, SignIn, StartEnrol, Enrol, SignOut, OpenCourse, GoHome, OpenLesson,
                            FinishLesson, BackToCourse, StartQuiz, Answer, Draft, GoToQuestion, ReviewQuiz, SubmitQuiz,
                            OpenSettings, SaveSettings, SyncNow, DismissNotice, EnterPin, OpenTrainer, ResetPin,
                            IdleSignOut, ReadAt, SetDisplay, OpenHistory, PrintCertificate,
                            SaveCertificateToUsb, ExportHistoryCsv, LoadResults, ExportResultsCsv, LoadSyncPanel,
                            ReleaseQuarantine, ExportRecords, ImportReceipt, ImportCourses, LoadTrustedKeys,
                            FindKeysOnUsb, TrustKey, RemoveTrustedKey, DownloadCourse,
                            ChooseFirstPin, ExitKiosk, ImageShown, ImageNeeded>;

} // namespace pelita::kiosk::intent

namespace pelita::kiosk {
using Intent = intent::Intent;
using Dispatch = std::function<void(Intent)>;
} // namespace pelita::kiosk
