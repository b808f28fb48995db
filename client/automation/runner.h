#pragma once
// Runner: plays an automation Script against the real UI, one frame at a time.
// It moves a virtual mouse and presses virtual keys through ImGuiIO (after the
// GLFW backend wrote the real input), finds widgets by label in ui::registry()
// and checks the text the last frame rendered. When every step held it quits
// the app with 0 (or a "quit" step's code); on the first failing step it writes
// why to the error stream (the step, what it wanted, what was on screen) and
// quits with kExitStepFailed.
//
// Threads: UI thread only; install with Window::run(drawFrame, &runner).
// While a Runner exists, ui::registry() records widgets.
#include "automation/script.h"
#include "platform/frame_hook.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>

namespace pelita::kiosk::platform {
class Window;
}

namespace pelita::kiosk::automation {

constexpr int kExitStepFailed = 1;    // a step did not hold within its timeout
constexpr int kExitScriptInvalid = 2; // the script could not be read or parsed (main reports it)
constexpr int kExitIncomplete = 3;    // the app closed before the script finished

// What the runner needs from the app; controlsFor() wires a Window.
struct AppControls {
    std::function<bool(const std::filesystem::path& png, std::string* whyNot)> saveScreenshot;
    std::function<void(int exitCode)> quit;
};
AppControls controlsFor(platform::Window& window);

class Runner : public platform::FrameHook {
public:
    // Progress lines go to `log`, the failure report to `errors`.
    Runner(Script script, AppControls controls, std::ostream& log, std::ostream& errors);
    ~Runner() override;
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    void beforeNewFrame() override;
    void frameStarted() override;
    void frameDrawn() override;
    void afterRender() override;

    bool finished() const { return finished_; }
    bool failed() const { return !failure_.empty(); }
    const std::string& failure() const { return failure_; } // the report written to `errors`

    // The process exit code once Window::run() returned `runResult`:
    // runResult if the script completed, kExitIncomplete (with a message) if not.
    int exitCode(int runResult);

private:
    using Clock = std::chrono::steady_clock;
    // After an input step: one frame for the app to react (perhaps via the
    // queue), one to draw the result, before the next step looks at the screen.
    static constexpr int kSettleAfterInput = 2;
    void runStep(const Step& step);
    void click(const Step& step);
    void type(const Step& step);
    void pressKey(const Step& step);
    bool timedOut(const Step& step) const;
    void pass(int settleFrames);
    void fail(const std::string& why);
    void applyVirtualInput();

    Script script_;
    AppControls controls_;
    std::ostream& log_;
    std::ostream& errors_;
    std::size_t current_ = 0;
    bool stepStarted_ = false;
    Clock::time_point stepStart_;
    int phase_ = 0;          // progress within a multi-frame step (click, type, key)
    int scrollAttempts_ = 0; // click: times we scrolled the target into view
    int clickRestarts_ = 0;  // click: times the target moved between hover, press and release
    std::size_t typed_ = 0;  // type: bytes of step.text already sent
    int settleFrames_ = 0;   // frames to let the UI react before the next step looks
    bool screenshotDue_ = false;
    bool finished_ = false;
    std::string failure_;
    // The virtual mouse and key, re-applied every frame because the GLFW backend
    // overwrites ImGuiIO with the real (idle) devices.
    float mouseX_ = -1e30f, mouseY_ = -1e30f;
    bool mouseDown_ = false;
    int keyDown_ = -1; // io.KeysDown index being held, -1 none
    int keyUp_ = -1;   // index to release on this frame
};

} // namespace pelita::kiosk::automation
