// Trainer mode, "Pengaturan": where this kiosk sends its records and as whom, its
// language, idle timeout, traffic cap and CA bundle, the text size, and the
// publisher keys it trusts (add one from a USB stick, or remove one).
#include "views/views.h"

#include "ui/widgets.h"
#include "views/layout.h"
#include "views/lesson_display_options.h"

#include <pelita/sync/jp.h>

#include <imgui.h>

#include <cstdlib>

namespace pelita::kiosk::views {

namespace {

// The form starts from what is saved each time the tab opens.
void fillForm(ViewContext& ctx) {
    Forms& f = ctx.forms;
    const sync::KioskSettings& s = ctx.state.settings;
    f.serverUrl = s.serverUrl;
    f.key = s.key;
    f.secret = s.secret;
    f.language = s.language;
    f.idleMinutes = sync::jpFigure(s.idleMinutes); // the same "no trailing zeros" figure
    f.caBundle = s.caBundle;
    f.maxKilobytesPerSecond = std::to_string(s.maxBytesPerSecond / 1024);
    f.opd = s.opd;
}

// A typed number, or nothing when it is not one (the saved value is kept).
std::optional<double> number(const std::string& text) {
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !(value >= 0)) return std::nullopt;
    return value;
}

void drawServerForm(ViewContext& ctx) {
    Forms& f = ctx.forms;
    ui::LabelledInput((std::string(ctx.tr("settings.server_url")) + "##url").c_str(), &f.serverUrl);
    ui::Muted(ctx.tr("settings.server_url_hint"));
    ui::LabelledInput((std::string(ctx.tr("settings.key")) + "##key").c_str(), &f.key);
    ui::LabelledInput((std::string(ctx.tr("settings.secret")) + "##secret").c_str(), &f.secret,
                      ImGuiInputTextFlags_Password);
    ui::LabelledInput((std::string(ctx.tr("settings.opd")) + "##opd").c_str(), &f.opd);
    ui::Muted(ctx.tr("settings.opd_hint"));
    ui::LabelledInput((std::string(ctx.tr("settings.ca_bundle")) + "##ca").c_str(), &f.caBundle);
    ui::Muted(ctx.tr("settings.ca_bundle_hint"));
    ui::LabelledInput((std::string(ctx.tr("settings.bandwidth")) + "##bandwidth").c_str(), &f.maxKilobytesPerSecond,
                      ImGuiInputTextFlags_CharsDecimal);
    ui::Muted(ctx.tr("settings.bandwidth_hint"));
    ui::LabelledInput((std::string(ctx.tr("settings.idle_minutes")) + "##idle").c_str(), &f.idleMinutes,
                      ImGuiInputTextFlags_CharsDecimal);
    ui::TextWrapped(ctx.tr("settings.language"));
    if (ui::RadioButton("Bahasa Indonesia", f.language == "id")) f.language = "id";
    ImGui::SameLine();
    if (ui::RadioButton("English", f.language == "en")) f.language = "en";
    ImGui::Spacing();
    if (ui::BigButton(ctx.tr("settings.save"))) {
        intent::SaveSettings save{f.serverUrl, f.key, f.secret, f.language};
        if (auto idle = number(f.idleMinutes); idle && *idle > 0) save.idleMinutes = *idle;
        if (auto kb = number(f.maxKilobytesPerSecond)) save.maxBytesPerSecond = static_cast<std::size_t>(*kb * 1024);
        save.caBundle = f.caBundle;
        // A kiosk set up without an OPD may keep none; one that has an OPD cannot lose it here.
        if (!f.opd.empty() || !ctx.state.settings.opd.empty()) save.opd = f.opd;
        ctx.dispatch(save);
    }
}

void drawTrustedKeys(ViewContext& ctx) {
    const KeysTab& tab = ctx.state.trainer.keys;
    ui::Heading(ctx.tr("keys.title"));
    ui::TextWrapped(ctx.tr("keys.hint"));
    if (tab.keys.empty() && !tab.loading) ui::Muted(ctx.tr("keys.none"));
    for (const auto& key : tab.keys) {
        ImGui::PushID(key.file.c_str());
        beginCard();
        ui::TextWrapped(key.name + "  \xC2\xB7  " + key.keyId);
        ui::Muted(key.file);
        if (ui::Button((std::string(ctx.tr("keys.remove")) + "##" + key.file).c_str()))
            ctx.dispatch(intent::RemoveTrustedKey{key.file});
        endCard();
        ImGui::PopID();
    }
    for (const auto& problem : tab.problems) ui::Muted(problem);
    if (ui::Button(ctx.tr("keys.find_on_usb"))) ctx.dispatch(intent::FindKeysOnUsb{});
    drawTrainerUsbChoices(ctx, UsbTask::TrustedKey, [](std::string f) -> Intent { return intent::FindKeysOnUsb{f}; });
    for (const auto& file : tab.offered)
        if (ui::Button((std::string(ctx.tr("keys.trust")) + ": " + file).c_str()))
            ctx.dispatch(intent::TrustKey{file});
    drawTabMessage(ctx, tab.message);
}

} // namespace

void drawTrainerSettings(ViewContext& ctx) {
    if (trainerTabOpened(ctx, "settings")) {
        fillForm(ctx);
        ctx.dispatch(intent::LoadTrustedKeys{});
    }
    drawServerForm(ctx);
    ImGui::Spacing();
    ImGui::Separator();
    ui::Heading(ctx.tr("display.title"));
    drawDisplayOptions(ctx);
    ImGui::Spacing();
    ImGui::Separator();
    drawTrustedKeys(ctx);
}

// The same form as a page of its own (intent::OpenSettings), with a way back.
void drawSettings(ViewContext& ctx) {
    beginPage("settings");
    ui::Heading(ctx.tr("settings.title"));
    drawTrainerSettings(ctx);
    ImGui::Spacing();
    if (ui::Button(ctx.tr("common.back"))) ctx.dispatch(intent::GoHome{});
    endPage();
}

} // namespace pelita::kiosk::views
