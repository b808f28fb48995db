#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"

#include <imgui.h>

namespace pelita::kiosk::views {

void drawScreen(ViewContext& ctx) {
    // One borderless window fills the whole OS window: a kiosk, not a desktop.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Pelita", nullptr, flags);
    drawNotice(ctx);
    drawIdleWarning(ctx);
    switch (ctx.state.screen) {
    case Screen::Loading: drawLoading(ctx); break;
    case Screen::Learners: drawLearners(ctx); break;
    case Screen::Enrol: drawEnrol(ctx); break;
    case Screen::Home: drawHome(ctx); break;
    case Screen::Course: drawCourse(ctx); break;
    case Screen::Lesson: drawLesson(ctx); break;
    case Screen::Quiz: drawQuiz(ctx); break;
    case Screen::Result: drawResult(ctx); break;
    case Screen::Settings: drawSettings(ctx); break;
    case Screen::Login: drawLogin(ctx); break;
    case Screen::Trainer: drawTrainer(ctx); break;
    case Screen::History: drawHistory(ctx); break;
    }
    drawStatusBar(ctx);
    ImGui::End();
}

void drawLoading(ViewContext& ctx) {
    beginPage("loading");
    ImGui::Dummy(ImVec2(0, 120));
    ui::Heading("Pelita");
    ui::TextWrapped(ctx.tr("loading.courses"));
    endPage();
}

} // namespace pelita::kiosk::views
