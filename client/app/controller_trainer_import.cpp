// Trainer mode's "Impor kursus" tab: packages from a folder or a USB stick,
// installed on the import thread with progress, then the learners' course list
// reloaded so the new courses show at once.
#include "app/controller.h"

namespace pelita::kiosk {

namespace fs = std::filesystem;

void Controller::on(const intent::ImportCourses& i) {
    if (!state_.trainerMode || state_.trainer.import.running) return;
    if (i.path.empty()) {
        // The stick is found on the worker; the import itself starts back here.
        return withUsbFolder(UsbTask::Courses, {}, [this](sync::RecordsStore&, const fs::path& target) {
            queue_.post([this, path = target.string()] { on(intent::ImportCourses{path}); });
        });
    }
    state_.trainer.import = CourseImportTab{};
    state_.trainer.import.running = true;
    state_.trainer.usb = {};
    ImportRun run;
    run.allowUnsigned = state_.settings.allowUnsignedPackages;
    run.progress = [this](const ImportProgress& p) { queue_.post([this, p] { state_.trainer.import.progress = p; }); };
    // Assigning stops and joins the previous import's thread, which has finished.
    importThread_ = std::jthread([this, run, path = fs::path(i.path), dataDir = worker_.dataDir()](std::stop_token stop) {
        ImportRun mine = run;
        mine.stopRequested = [stop] { return stop.stop_requested(); };
        std::error_code ec;
        const CoursesFound found = fs::exists(path, ec) ? findCourses(path) : CoursesFound{};
        auto results = std::make_shared<std::vector<PackageImported>>(importCourses(found, dataDir, mine));
        auto library = std::make_shared<content::CourseLibrary>(content::loadInstalledCourses(dataDir));
        queue_.post([this, results, library] {
            auto& tab = state_.trainer.import;
            tab.running = false;
            tab.nothingFound = results->empty();
            tab.results = std::move(*results);
            coursesInstalled(std::move(*library));
        });
    });
}

void Controller::coursesInstalled(content::CourseLibrary library) {
    state_.courses = std::move(library.courses);
    state_.courseProblems.clear();
    for (const auto& p : library.problems) state_.courseProblems.push_back(p.describe());
}

} // namespace pelita::kiosk
