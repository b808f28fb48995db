// Katalog kursus: the trainer's "Unduh", and the course list after the sync engine
// installed a download (the sign-in list after a roster pull, the mandatory courses
// after a pull changed them). The engine does the downloading; this only asks and follows.
#include "app/controller.h"

#include <pelita/content/course_library.h>

namespace pelita::kiosk {

namespace {

// Inside a course, a new version must not replace lessons or questions on screen.
bool insideCourse(Screen screen) {
    return screen == Screen::Course || screen == Screen::Lesson || screen == Screen::Quiz || screen == Screen::Result;
}

} // namespace

void Controller::on(const intent::DownloadCourse& i) {
    if (!state_.trainerMode || i.courseIri.empty()) return;
    if (hooks_.downloadCourse) hooks_.downloadCourse(i.courseIri);
}

void Controller::coursesDownloaded() {
    state_.coursesStale = true;
    reloadCoursesWhenFree();
}

void Controller::learnersPulled() {
    load<std::vector<sync::Learner>>([](sync::RecordsStore& store) { return store.learners(); },
                                     [this](std::vector<sync::Learner> learners) {
                                         state_.learners = std::move(learners);
                                     });
}

void Controller::assignmentsPulled() {
    load<std::vector<sync::Assignment>>([](sync::RecordsStore& store) { return store.assignments(); },
                                        [this](std::vector<sync::Assignment> assignments) {
                                            state_.assignments = std::move(assignments);
                                        });
}

void Controller::reloadCoursesWhenFree() {
    if (insideCourse(state_.screen)) return;
    state_.coursesStale = false;
    const auto dataDir = worker_.dataDir();
    load<content::CourseLibrary>([dataDir](sync::RecordsStore&) { return content::loadInstalledCourses(dataDir); },
                                 [this](content::CourseLibrary library) { coursesInstalled(std::move(library)); });
}

} // namespace pelita::kiosk
