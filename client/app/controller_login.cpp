// Signing in and out: the roster, the PIN, enrolment, idle logout, and the home
// screen's JP. PINs are hashed and checked on the records worker, never here.
#include "app/controller.h"

#include <pelita/sync/clock.h>
#include <pelita/sync/jp.h>
#include <pelita/content/nip.h>
#include <pelita/sync/pin.h>
#include <pelita/sync/pin_trainer.h>

namespace pelita::kiosk {

namespace {
bool blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }
} // namespace

void Controller::on(const intent::ShowLearners&) { endSession(); }

void Controller::on(const intent::SignOut&) { endSession(); }

void Controller::on(const intent::IdleSignOut&) {
    endSession();
    state_.notice = Notice{"idle.signed_out", {}, false};
}

void Controller::endSession() {
    state_.learner.reset();
    state_.trainerMode = false;
    state_.trainer = TrainerPage{};
    state_.login = LoginPage{};
    state_.courseIri.clear();
    state_.jpThisYear.reset();
    state_.coursesPassed.clear();
    state_.screen = Screen::Learners;
}

void Controller::on(const intent::SignIn& i) {
    for (const auto& l : state_.learners)
        if (l.nip == i.nip) {
            state_.login = LoginPage{false, l.nip, l.name, false, std::nullopt};
            state_.notice.reset();
            state_.screen = Screen::Login;
            lookForFirstSignIn(l.nip);
            return;
        }
    showError("login.error.unknown_nip", i.nip);
}

void Controller::on(const intent::OpenTrainer&) {
    state_.login = LoginPage{true, {}, {}, false, std::nullopt};
    state_.notice.reset();
    state_.screen = Screen::Login;
}

void Controller::on(const intent::EnterPin& i) {
    if (state_.screen != Screen::Login || state_.login.checking) return;
    const bool trainer = state_.login.trainer;
    const std::string nip = state_.login.nip;
    state_.login.checking = true;
    load<sync::PinCheck>(
        [trainer, nip, pin = i.pin](sync::RecordsStore& store) {
            return trainer ? sync::checkTrainerPin(store, pin, sync::nowMs())
                           : store.checkPin(nip, pin, sync::nowMs());
        },
        [this, trainer, nip](sync::PinCheck check) {
            // The learner may have gone back meanwhile; the answer is for a screen no longer shown.
            if (state_.screen != Screen::Login || state_.login.trainer != trainer || state_.login.nip != nip) return;
            state_.login.checking = false;
            state_.login.result = check;
            if (check.outcome != sync::PinCheck::Outcome::Ok) return;
            if (trainer) {
                state_.trainerMode = true;
                state_.screen = Screen::Trainer;
                return loadTrainerList();
            }
            for (const auto& l : state_.learners)
                if (l.nip == nip) return signInAs(l);
        });
}

void Controller::signInAs(const sync::Learner& learner) {
    state_.learner = learner;
    state_.login = LoginPage{};
    state_.notice.reset();
    state_.screen = Screen::Home;
    loadHome();
    // Their place from other kiosks arrives later, if at all: sign-in never waits for it.
    if (hooks_.learnerSignedIn) {
        std::vector<std::string> iris;
        for (const auto& c : state_.courses) iris.push_back(c.iri);
        hooks_.learnerSignedIn(learner.nip, iris);
    }
}

void Controller::resumeStateMerged() {
    if (!state_.learner) return;
    loadHome(); // JP counts lessons completed elsewhere
    if (state_.screen == Screen::Course) on(intent::OpenCourse{state_.courseIri});
}

void Controller::on(const intent::StartEnrol&) {
    state_.notice.reset();
    state_.screen = Screen::Enrol;
}

void Controller::on(const intent::Enrol& i) {
    // The view shows these problems as they are typed; this is the gate nothing passes unchecked.
    const auto problem = content::checkNip(i.nip, sync::utcYear(sync::nowMs()));
    if (problem != content::NipProblem::None) return showError(content::nipProblemKey(problem), i.nip);
    if (blank(i.name)) return showError("enrol.error.name", "");
    for (const auto& l : state_.learners)
        if (l.nip == i.nip) return showError("enrol.error.duplicate", l.name + "  \xC2\xB7  " + l.nip);
    const auto pinProblem = sync::checkPinFormat(i.pin);
    if (pinProblem != sync::PinProblem::None) return showError(sync::pinProblemKey(pinProblem), "");
    if (i.pin != i.pinAgain) return showError("login.pin_error.mismatch", "");
    sync::Learner learner{i.nip, i.name, i.unit, i.position};
    ++state_.unsavedWrites;
    worker_.post(
        [this, learner, pin = i.pin](sync::RecordsStore& store) {
            auto enrolled = store.enrol(learner, pin);
            auto learners = store.learners();
            queue_.post([this, enrolled = std::move(enrolled), learners = std::move(learners)] {
                --state_.unsavedWrites;
                if (!enrolled) return showError("enrol.error.saved", enrolled.error().message);
                state_.savedSomething = true;
                state_.learners = learners;
                signInAs(enrolled.value());
            });
        },
        failWith("notice.save_failed", true));
}

void Controller::on(const intent::GoHome&) {
    if (state_.trainerMode && !state_.learner) {
        state_.screen = Screen::Trainer;
        return loadTrainerList();
    }
    state_.screen = state_.learner ? Screen::Home : Screen::Learners;
    // A quiz just passed may have added JP, or passed a mandatory course.
    if (state_.learner) loadHome();
}

void Controller::loadHome() {
    struct Record {
        std::vector<sync::Achievement> quizzes, lessons;
        std::vector<sync::Certificate> certificates; // a course passed here is a certificate issued
        std::vector<sync::Assignment> assignments;
    };
    const std::string nip = state_.learner->nip;
    load<Record>(
        [nip](sync::RecordsStore& store) {
            return Record{store.quizzesPassed(nip), store.lessonsCompleted(nip), store.certificates(nip),
                          store.assignments()};
        },
        [this, nip](Record r) {
            if (!state_.learner || state_.learner->nip != nip) return;
            state_.jpThisYear = sync::jpEarnedIn(sync::localYear(sync::nowMs()), state_.courses, r.quizzes, r.lessons);
            state_.coursesPassed.clear();
            for (const auto& c : r.certificates) state_.coursesPassed.insert(c.courseIri);
            // Also a course passed on another kiosk (its passes taken in through the
            // resume state): that kiosk holds the certificate.
            for (const auto& course : state_.courses)
                if (sync::coursePassedAt(course, r.quizzes, r.lessons)) state_.coursesPassed.insert(course.iri);
            state_.assignments = std::move(r.assignments);
        });
}

} // namespace pelita::kiosk
