// The runner's frame-by-frame step machine. Every step that depends on the UI
// retries each frame until it holds or its timeout passes, because views update
// a few frames later, or after background work returns through the queue.
#include "automation/runner.h"

#include "automation/runner_report.h"
#include "platform/window.h"
#include "ui/screen_text.h"
#include "ui/widget_registry.h"

#include <imgui.h>
#include <ostream>

namespace pelita::kiosk::automation {
AppControls controlsFor(platform::Window& window) {
    return {[&window](const std::filesystem::path& png, std::string* whyNot) {
                return window.saveScreenshot(png, whyNot);
            },
            [&window](int exitCode) { window.requestQuit(exitCode); }};
}

Runner::Runner(Script script, AppControls controls, std::ostream& log, std::ostream& errors)
    : script_(std::move(script)), controls_(std::move(controls)), log_(log), errors_(errors) {
    ui::registry().setEnabled(true);
    settleFrames_ = kSettleAfterInput; // the first frames lay out the first screen
}

Runner::~Runner() {
    ui::registry().setEnabled(false);
}

void Runner::frameStarted() {
    ui::registry().beginFrame();
    ui::beginTextCapture();
}

void Runner::frameDrawn() {
    ui::registry().endFrame(ui::endTextCapture());
}

void Runner::beforeNewFrame() {
    if (!finished_) {
        if (settleFrames_ > 0) {
            --settleFrames_;
        } else {
            const Step& step = script_.steps[current_];
            if (!stepStarted_) {
                stepStarted_ = true;
                stepStart_ = Clock::now();
                phase_ = 0;
                scrollAttempts_ = 0;
                clickRestarts_ = 0;
                typed_ = 0;
            }
            runStep(step);
        }
    }
    applyVirtualInput();
}

void Runner::afterRender() {
    if (!screenshotDue_ || finished_) return;
    screenshotDue_ = false;
    const Step& step = script_.steps[current_];
    std::string whyNot;
    if (controls_.saveScreenshot && controls_.saveScreenshot(step.screenshot, &whyNot)) {
        pass(0);
    } else {
        fail("could not save the screenshot: " +
             (whyNot.empty() ? std::string("no screenshot support") : whyNot));
    }
}

void Runner::runStep(const Step& step) {
    const auto& reg = ui::registry();
    switch (step.action) {
    case Action::Click:
        click(step);
        break;
    case Action::Type:
        type(step);
        break;
    case Action::Key:
        pressKey(step);
        break;
    case Action::Expect:
        if (reg.showsText(step.text))
            pass(0);
        else if (timedOut(step))
            fail("not on screen after " + std::to_string(step.timeout.count()) + " ms");
        break;
    case Action::ExpectNot:
        if (!reg.showsText(step.text))
            pass(0);
        else if (timedOut(step))
            fail("still on screen after " + std::to_string(step.timeout.count()) + " ms");
        break;
    case Action::Wait:
        if (Clock::now() - stepStart_ >= step.wait) pass(0);
        break;
    case Action::Screenshot:
        screenshotDue_ = true;
        break; // taken in afterRender()
    case Action::Quit:
        log_ << "automation: step " << current_ + 1 << "/" << script_.steps.size()
             << " ok: " << describe(step) << "\n";
        finished_ = true;
        if (controls_.quit) controls_.quit(step.exitCode);
        break;
    }
}

bool Runner::timedOut(const Step& step) const {
    return Clock::now() - stepStart_ >= step.timeout;
}

void Runner::pass(int settleFrames) {
    log_ << "automation: step " << current_ + 1 << "/" << script_.steps.size()
         << " ok: " << describe(script_.steps[current_]) << "\n";
    stepStarted_ = false;
    settleFrames_ = settleFrames;
    if (++current_ < script_.steps.size()) return;
    finished_ = true;
    if (controls_.quit) controls_.quit(0);
}

void Runner::fail(const std::string& why) {
    failure_ =
        failureReport(current_ + 1, script_.steps.size(), script_.steps[current_], why, ui::registry());
    errors_ << failure_;
    errors_.flush();
    finished_ = true;
    mouseDown_ = false;
    if (controls_.quit) controls_.quit(kExitStepFailed);
}

int Runner::exitCode(int runResult) {
    if (finished_) return failed() ? kExitStepFailed : runResult;
    const std::string why = "the app closed before this step could finish";
    failure_ =
        failureReport(current_ + 1, script_.steps.size(), script_.steps[current_], why, ui::registry());
    errors_ << failure_;
    return kExitIncomplete;
}

} // namespace pelita::kiosk::automation
