// Opens the kiosk window, optionally driven by an automation script.
#include "cli/commands.h"

#include "app/app.h"
#include "automation/runner.h"
#include "automation/script.h"
#include "platform/style.h"
#include "platform/window.h"

#include <pelita/sync/kiosk_settings.h>

#include <iostream>
#include <optional>

namespace pelita::kiosk::cli {

namespace fs = std::filesystem;

namespace {

// Settings given on the command line are saved before the UI starts, so the
// kiosk and `pelita sync` agree on them.
Expected<sync::KioskSettings, std::string> prepareData(const Options& o) {
    std::error_code ec;
    fs::create_directories(o.dataDir, ec);
    auto store = sync::RecordsStore::open(o.dataDir);
    if (!store) return unexpected(o.dataDir.string() + ": " + store.error().message);
    auto settings = sync::KioskSettings::load(**store);
    if (o.server || o.language) {
        if (o.server) settings.serverUrl = *o.server;
        if (o.language) settings.language = *o.language;
        try {
            settings.save(**store);
        } catch (const std::exception& e) {
            return unexpected(std::string("could not save settings: ") + e.what());
        }
    }
    return settings;
}

} // namespace

int runKiosk(const Options& o, const char* argv0) {
    const fs::path assets = o.assetsDir.empty() ? executableDir(argv0) / "../share/pelita" : o.assetsDir;
    auto settings = prepareData(o);
    if (!settings) {
        std::cerr << "pelita: " << settings.error() << "\n";
        return 1;
    }
    auto translator = Translator::load(assets / "i18n", settings->language);
    if (!translator) {
        std::cerr << "pelita: translations missing: " << translator.error() << "\n"
                  << "  (give the assets folder with --assets DIR)\n";
        return 1;
    }
    std::optional<automation::Script> script;
    if (!o.automate.empty()) {
        auto loaded = automation::loadScript(o.automate);
        if (!loaded) {
            std::cerr << "pelita: " << o.automate.string() << ": " << loaded.error().describe() << "\n";
            return automation::kExitScriptInvalid;
        }
        script = std::move(*loaded);
    }

    platform::WindowOptions windowOptions;
    windowOptions.title = "Pelita";
    windowOptions.assetsDir = assets;
    windowOptions.automated = script.has_value();
    windowOptions.kiosk = o.kiosk;
    // The learner's text size and theme from the first frame, not a flash of the default.
    windowOptions.fontScale = static_cast<float>(settings->textScale);
    platform::setHighContrast(settings->highContrast);
    auto window = platform::Window::open(windowOptions);
    if (!window) {
        std::cerr << "pelita: cannot open the kiosk window: " << window.error() << "\n"
                  << "  Without a display, run it under a virtual one:\n"
                  << "    xvfb-run -a -s \"-screen 0 1280x800x24\" pelita --data " << o.dataDir.string() << "\n";
        return 1;
    }

    std::optional<automation::Runner> runner;
    if (script) runner.emplace(std::move(*script), automation::controlsFor(**window), std::cout, std::cerr);
    int result = 0;
    {
        App app(o.dataDir, assets / "i18n", std::move(*translator), (*window)->queue());
        app.setKioskMode(o.kiosk);
        platform::Window& w = **window;
        result = w.run(
            [&app, &w] {
                app.draw();
                if (app.quitRequested()) w.requestQuit(0);
            },
            runner ? &*runner : nullptr);
    } // the App finishes its writes here, before the window goes
    return runner ? runner->exitCode(result) : result;
}

} // namespace pelita::kiosk::cli
