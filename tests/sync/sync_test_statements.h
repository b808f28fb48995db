#pragma once
// Queued statements for sync tests and the benchmark: real "answered" statements
// of the sample course's quiz as the kiosk makes them, or stubs for fake transports.
#include "sample_course.h"

#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/statements.h>
#include <pelita/sync/uuid.h>

#include <string>
#include <vector>

namespace pelita::test {

// Queues `n` answered-question statements; returns their ids in queue order.
inline std::vector<std::string> queueAnswers(StoreFixture& f, std::size_t n) {
    const auto actor = sync::xapi::actor(f.learner, "https://pelita.sawahluntokota.go.id");
    const auto& quiz = f.quiz();
    const std::string attemptId = sync::newUuid();
    std::vector<nlohmann::json> statements;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& question = quiz.questions[i % quiz.questions.size()];
        const auto& option = question.options[i % question.options.size()];
        statements.push_back(sync::xapi::questionAnswered(actor, f.course, quiz, question, attemptId, option.id,
                                                          option.correct));
        ids.push_back(statements.back().at("id").get<std::string>());
    }
    f.store->startAttempt(attemptId, f.learner.nip, f.course.iri, quiz.id, statements);
    return ids;
}

// Queues `n` stub statements ({"id", "n"}: enough for a fake transport) in one
// transaction and, with `configure`, points the kiosk at a made-up server as kiosk-1.
inline std::vector<std::string> queueStubs(StoreFixture& f, std::size_t n, bool configure = true) {
    std::vector<nlohmann::json> statements;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n; ++i) {
        ids.push_back(sync::newUuid());
        statements.push_back({{"id", ids.back()}, {"n", i}});
    }
    f.store->startAttempt(f.learner.nip, f.course.iri, "kuis-1", statements);
    if (configure) {
        sync::KioskSettings s = sync::KioskSettings::load(*f.store);
        s.serverUrl = "https://lrs.example.go.id";
        s.key = "kiosk-1";
        s.secret = "s3cret";
        s.save(*f.store);
    }
    return ids;
}

// Points the fixture's kiosk at `url` with a credential; no bandwidth cap, so
// loopback tests measure the code, not the cap.
inline void pointAt(StoreFixture& f, const std::string& url, const std::string& key, const std::string& secret) {
    sync::KioskSettings s = sync::KioskSettings::load(*f.store);
    s.serverUrl = url;
    s.key = key;
    s.secret = secret;
    s.maxBytesPerSecond = 0;
    s.save(*f.store);
}

} // namespace pelita::test
