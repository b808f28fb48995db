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
void drawTrainer(ViewContext& ctx);
void drawIdleWarning(ViewContext& ctx);   // only while AppState::idleSecondsLeft >= 0
void drawNotice(ViewContext& ctx);
void drawStatusBar(ViewContext& ctx);
void drawHistory(ViewContext& ctx);       // Riwayat: courses passed and their certificates
// A certificate with Cetak and Simpan ke USB (view_certificate.cpp), and the USB
// folders to pick from when several sticks are in (`what`: a number or "csv").
void drawCertificateCard(ViewContext& ctx, const sync::Certificate& certificate);
void drawUsbChoices(ViewContext& ctx, const std::string& what);

} // namespace pelita::kiosk::views
