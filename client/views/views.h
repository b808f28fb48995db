#pragma once
// The kiosk's screens, one per file. Each draws from ctx.state and sends intents;
// none touches disk, network or AppState directly.
#include "views/view_context.h"

namespace pelita::kiosk::views {

void drawScreen(ViewContext& ctx);   // picks the screen for ctx.state.screen, plus bars

void drawLoading(ViewContext& ctx);
void drawLearners(ViewContext& ctx);
void drawEnrol(ViewContext& ctx);
void drawHome(ViewContext& ctx);
void drawCourse(ViewContext& ctx);
void drawLesson(ViewContext& ctx);
void closeLesson();                       // frees what the lesson view holds (image textures)
void drawQuiz(ViewContext& ctx);
void drawResult(ViewContext& ctx);
void drawSettings(ViewContext& ctx);
void drawLogin(ViewContext& ctx);         // the PIN screen, learner or trainer
void drawFirstPin(ViewContext& ctx);      // instead, for a roster learner with no PIN yet
void drawTrainer(ViewContext& ctx);       // trainer mode's tab bar; one tab per view_trainer_*.cpp
void drawTrainerLearners(ViewContext& ctx);  // Peserta & PIN
void drawTrainerResults(ViewContext& ctx);   // Hasil peserta
void drawTrainerSync(ViewContext& ctx);      // Sinkronisasi
void drawTrainerImport(ViewContext& ctx);    // Impor kursus
void drawTrainerCatalogue(ViewContext& ctx); // Katalog kursus (view_trainer_catalogue.cpp)
void drawTrainerSettings(ViewContext& ctx);  // Pengaturan (view_settings.cpp)
// Helpers for the trainer tabs (view_trainer.cpp). trainerTabOpened: true on the
// first frame a tab is drawn after another one (send its Load* intent then).
bool trainerTabOpened(ViewContext& ctx, const char* tab);
void drawTabMessage(ViewContext& ctx, const std::optional<TabMessage>& message);
// The USB folders to pick from when several were found for `task`; picking one
// sends `pick` with that folder.
void drawTrainerUsbChoices(ViewContext& ctx, UsbTask task, const std::function<Intent(std::string)>& pick);
void drawIdleWarning(ViewContext& ctx);   // only while AppState::idleSecondsLeft >= 0
void drawNotice(ViewContext& ctx);
void drawStatusBar(ViewContext& ctx);
void drawHistory(ViewContext& ctx);       // Riwayat: courses passed and their certificates
// A certificate with Cetak and Simpan ke USB (view_certificate.cpp), and the USB
// folders to pick from when several sticks are in (`what`: a number or "csv").
void drawCertificateCard(ViewContext& ctx, const sync::Certificate& certificate);
void drawUsbChoices(ViewContext& ctx, const std::string& what);

} // namespace pelita::kiosk::views
