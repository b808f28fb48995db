// Resume state between two kiosks of one OPD through the real pelita-server
// (resume_state_exchange.h): a learner who moves finds their place, progress only
// moves forward, a quiz in progress stays its kiosk's, a lost race (412) is merged,
// and a server that is down or holds a document of another kind changes nothing.
#include "sample_course.h"
#include "status_log.h"

#include <pelita/sync/curl_transport.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/resume_state.h>
#include <pelita/sync/resume_state_exchange.h>
#include <pelita/sync/statements.h>
#include <pelita/sync/sync_engine.h>
#include <support/lrs_process.h>

#include <httplib.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace pelita;

namespace {

const std::string kOpd = "Badan Kepegawaian dan Pengembangan SDM";

std::string run(const test::TempDir& dir, const std::string& args) {
    const auto out = dir / "cli.out";
    const std::string command = std::string(PELITA_BIN_DIR) + "/pelita-server " + args + " > " + out.string() + " 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    std::stringstream text;
    text << std::ifstream(out).rdbuf();
    return text.str();
}

std::string after(const std::string& text, const std::string& prefix) {
    const auto at = text.find(prefix);
    REQUIRE(at != std::string::npos);
    return text.substr(at + prefix.size(), text.find('\n', at) - at - prefix.size());
}

// Kiosks A and B, each with its own credential, registered to the learner's OPD.
struct TwoKiosks {
    test::TempDir dir;
    test::LrsProcess server;
    test::StoreFixture a, b;
    std::string nip = a.learner.nip, iri = a.course.iri;

    TwoKiosks() {
        const std::string data = " --data " + server.dataDir().string();
        dir.write("roster.csv", "nip,name,opd\n" + nip + ",Siti Aminah,\"" + kOpd + "\"\n");
        run(dir, "roster import " + (dir / "roster.csv").string() + data);
        const std::string created = run(dir, "credential create --name kiosk-b --role kiosk" + data);
        configure(a, server.key(), server.secret());
        configure(b, after(created, "key="), after(created, "secret="));
    }

    static void configure(test::StoreFixture& k, const std::string& key, const std::string& secret) {
        sync::KioskSettings s = sync::KioskSettings::load(*k.store);
        s.key = key;
        s.secret = secret;
        s.maxBytesPerSecond = 0;
        s.save(*k.store);
    }

    void connect(test::StoreFixture& k) {
        sync::KioskSettings s = sync::KioskSettings::load(*k.store);
        s.serverUrl = server.url();
        s.save(*k.store);
        sync::CurlTransport t;
        const nlohmann::json body = {{"kioskId", s.key}, {"name", "Kios " + s.key}, {"opd", kOpd}, {"appVersion", "test"}};
        REQUIRE(t.post(server.url() + "/pelita/v1/kiosks/register", {sync::basicAuthHeader(s.key, s.secret)},
                       body.dump()).status == 200);
    }

    sync::ResumeReport exchange(test::StoreFixture& k, sync::Transport& t) {
        return sync::exchangeResumeState(*k.store, t, sync::KioskSettings::load(*k.store), nip, {iri});
    }
    sync::ResumeReport exchange(test::StoreFixture& k) {
        sync::CurlTransport t;
        return exchange(k, t);
    }

    std::string key(test::StoreFixture& k) { return sync::KioskSettings::load(*k.store).key; }

    // The document as the server holds it, read with A's credential.
    httplib::Result document(const std::string& method = "GET", const std::string& body = {}) {
        httplib::Client c(server.url());
        const auto s = sync::KioskSettings::load(*a.store);
        c.set_basic_auth(s.key, s.secret);
        const httplib::Headers h{{"X-Experience-API-Version", "1.0.3"}};
        const std::string path = "/xapi/activities/state?activityId=" + httplib::detail::encode_query_param(iri) +
                                 "&agent=" + httplib::detail::encode_query_param(
                                                 sync::xapi::actor(a.learner, s.homePage).dump()) +
                                 "&stateId=" + httplib::detail::encode_query_param(sync::kResumeStateId);
        if (method == "PUT") return c.Put(path, h, body, "text/plain");
        if (method == "DELETE") return c.Delete(path, h);
        return c.Get(path, h);
    }
    sync::ResumeState held() {
        auto r = document();
        REQUIRE(r);
        REQUIRE(r->status == 200);
        auto parsed = sync::parseResumeState(r->body);
        REQUIRE(parsed);
        return *parsed;
    }
};

// Lets `beforeWrite` run once, just before the first write goes out.
class RacingTransport final : public sync::Transport {
public:
    RacingTransport(std::function<void()> beforeWrite) : beforeWrite_(std::move(beforeWrite)) {}
    sync::HttpResult post(const std::string& url, const sync::HttpHeaders& h, const std::string& body) override {
        if (beforeWrite_) std::exchange(beforeWrite_, nullptr)();
        auto r = real_.post(url, h, body);
        statuses.push_back(r.status);
        return r;
    }
    sync::HttpResult get(const std::string& url, const sync::HttpHeaders& h) override { return real_.get(url, h); }
    std::vector<int> statuses; // of the writes
private:
    sync::CurlTransport real_;
    std::function<void()> beforeWrite_;
};

} // namespace

TEST_CASE("a learner who moves to another kiosk finds their place, and progress only moves forward",
          "[sync][resume]") {
    TwoKiosks k;
    k.connect(k.a);
    k.connect(k.b);
    k.a.store->completeLesson(k.nip, k.iri, "pengertian", {});
    k.a.store->saveReadingPosition(k.nip, k.iri, "standar", 2.5, 1'000'000);
    auto fromA = k.exchange(k.a);
    CHECK(fromA.problems.empty());
    CHECK(fromA.coursesMerged == 1);
    CHECK_FALSE(fromA.changedLocal);

    const auto pendingOnB = k.b.store->pendingCount();
    auto onB = k.exchange(k.b);
    CHECK(onB.problems.empty());
    CHECK(onB.changedLocal);
    CHECK(k.b.store->completedLessons(k.nip, k.iri) == std::vector<std::string>{"pengertian"});
    REQUIRE(k.b.store->lastReading(k.nip, k.iri));
    CHECK(k.b.store->lastReading(k.nip, k.iri)->lessonId == "standar");
    CHECK(k.b.store->lastReading(k.nip, k.iri)->position == 2.5);
    CHECK(k.b.store->pendingCount() == pendingOnB); // A sent its statements; B adds none

    // B goes further; meanwhile A re-read the first lesson later than B's save of it.
    k.b.store->completeLesson(k.nip, k.iri, "standar", {});
    k.b.store->saveReadingPosition(k.nip, k.iri, "standar", 6.25, 2'000'000);
    k.b.store->saveReadingPosition(k.nip, k.iri, "pengertian", 9.0, 1'500'000);
    k.a.store->saveReadingPosition(k.nip, k.iri, "pengertian", 1.0, 1'800'000);
    CHECK(k.exchange(k.b).problems.empty());
    CHECK(k.exchange(k.a).changedLocal);
    CHECK(k.a.store->completedLessons(k.nip, k.iri).size() == 2);
    CHECK(k.a.store->lastReading(k.nip, k.iri)->position == 6.25);
    CHECK(*k.a.store->readingPosition(k.nip, k.iri, "pengertian") == 1.0); // A's own, newer, stays

    SECTION("an exchange with nothing new changes nothing and writes nothing") {
        RacingTransport t(nullptr);
        const auto again = k.exchange(k.a, t);
        CHECK_FALSE(again.changedLocal);
        CHECK(again.coursesMerged == 1);
        CHECK(t.statuses.empty());
    }
}

TEST_CASE("a quiz attempt in progress stays with the kiosk where it started", "[sync][resume]") {
    TwoKiosks k;
    k.connect(k.a);
    k.connect(k.b);
    const auto onA = k.a.store->startAttempt(k.nip, k.iri, "kuis-1", {});
    REQUIRE(k.exchange(k.a).problems.empty());
    REQUIRE(k.exchange(k.b).problems.empty());
    CHECK(k.b.store->openAttempts(k.nip, k.iri).empty()); // B does not take it over
    const auto held = k.held();
    REQUIRE(held.quizzesInProgress.size() == 1);
    CHECK(held.quizzesInProgress[0].attemptId == onA.id);
    CHECK(held.quizzesInProgress[0].kioskId == k.key(k.a)); // nor delete it

    // B's own attempt joins A's; A submitting removes only A's.
    const auto onB = k.b.store->startAttempt(k.nip, k.iri, "kuis-1", {});
    REQUIRE(k.exchange(k.b).problems.empty());
    CHECK(k.held().quizzesInProgress.size() == 2);
    k.a.store->submitAttempt(onA.id, content::Score{1, 0, 2, 0.5, true}, {});
    REQUIRE(k.exchange(k.a).problems.empty());
    const auto after = k.held();
    REQUIRE(after.quizzesInProgress.size() == 1);
    CHECK(after.quizzesInProgress[0].attemptId == onB.id);
    CHECK(after.quizzesInProgress[0].kioskId == k.key(k.b));
}

TEST_CASE("a quiz passed at one kiosk is passed at the next, without statements or a second certificate",
          "[sync][resume]") {
    TwoKiosks k;
    k.connect(k.a);
    k.connect(k.b);
    const auto onA = k.a.store->startAttempt(k.nip, k.iri, "kuis-1", {});
    k.a.store->submitAttempt(onA.id, content::Score{8, 0, 10, 0.8, true, false}, {});
    REQUIRE(k.exchange(k.a).problems.empty());
    const auto held = k.held();
    REQUIRE(held.submittedQuizzes.size() == 1);
    CHECK(held.submittedQuizzes[0].attemptId == onA.id);
    CHECK(held.submittedQuizzes[0].kioskId == k.key(k.a));
    CHECK(held.submittedQuizzes[0].scaled == 0.8);

    const auto pendingOnB = k.b.store->pendingCount();
    const auto onB = k.exchange(k.b);
    CHECK(onB.problems.empty());
    CHECK(onB.changedLocal);
    const auto taken = k.b.store->submittedAttempts(k.nip, k.iri);
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].id == onA.id);
    CHECK(taken[0].takenFrom == k.key(k.a));
    REQUIRE(taken[0].score);
    CHECK(taken[0].score->passed);
    CHECK(taken[0].submittedAtMs == held.submittedQuizzes[0].submittedAtMs);
    CHECK(k.b.store->pendingCount() == pendingOnB); // A sent the statements
    const auto passes = k.b.store->quizzesPassed(k.nip);
    REQUIRE(passes.size() == 1); // so JP and the course's status count it on B
    CHECK(passes[0].itemId == "kuis-1");
    // The pass that completed the course was A's: B must not issue a certificate.
    CHECK(k.b.store->passDecidedElsewhere(k.nip, k.iri, passes[0].atMs));
    CHECK_FALSE(k.a.store->passDecidedElsewhere(k.nip, k.iri, passes[0].atMs));

    // Exchanged again, from either side: nothing is taken in twice.
    CHECK_FALSE(k.exchange(k.b).changedLocal);
    CHECK_FALSE(k.exchange(k.a).changedLocal);
    CHECK(k.b.store->submittedAttempts(k.nip, k.iri).size() == 1);
    CHECK(k.a.store->submittedAttempts(k.nip, k.iri).size() == 1);
    CHECK(k.held().submittedQuizzes.size() == 1);
}

TEST_CASE("two kiosks writing at once: the one that loses (412) reads again and merges", "[sync][resume]") {
    TwoKiosks k;
    k.connect(k.a);
    k.connect(k.b);
    k.a.store->completeLesson(k.nip, k.iri, "pengertian", {});
    k.b.store->completeLesson(k.nip, k.iri, "standar", {});
    REQUIRE(k.exchange(k.a).problems.empty()); // the document exists: A's next write needs If-Match
    k.a.store->saveReadingPosition(k.nip, k.iri, "pengertian", 3.0, 1'000'000);
    RacingTransport raced([&] { REQUIRE(k.exchange(k.b).problems.empty()); });
    const auto report = k.exchange(k.a, raced);
    CHECK(report.problems.empty());
    CHECK(raced.statuses == std::vector<int>{412, 204});
    const auto held = k.held();
    CHECK(held.completedLessons.size() == 2); // B's lesson was not lost by A's write
    CHECK(held.readingPlaces.at("pengertian").position == 3.0);
    CHECK(k.a.store->completedLessons(k.nip, k.iri).size() == 2);
}

TEST_CASE("no server, or a document the kiosk cannot read: nothing changes and nothing breaks", "[sync][resume]") {
    TwoKiosks k;
    k.connect(k.a);
    k.a.store->completeLesson(k.nip, k.iri, "pengertian", {});

    SECTION("a document of another kind is left on the server and not merged") {
        for (const std::string& garbage : {std::string("not json at all"), std::string(R"({"v":2,"x":1})"),
                                          std::string(R"({"v":1,"completedLessons":{"x":"soon"}})")}) {
            auto put = k.document("PUT", garbage);
            REQUIRE(put);
            REQUIRE(put->status == 204);
            const auto report = k.exchange(k.a);
            REQUIRE(report.problems.size() == 1);
            CHECK(report.problems[0].find("left as it is") != std::string::npos);
            CHECK_FALSE(report.changedLocal);
            CHECK(k.document()->body == garbage);
            CHECK(k.a.store->completedLessons(k.nip, k.iri) == std::vector<std::string>{"pengertian"});
        }
    }
    SECTION("the server is down") {
        sync::CurlTransport t;
        sync::KioskSettings s = sync::KioskSettings::load(*k.a.store);
        s.serverUrl = "http://127.0.0.1:9"; // discard: nothing listens
        const auto report = sync::exchangeResumeState(*k.a.store, t, s, k.nip, {k.iri});
        CHECK_FALSE(report.reached);
        CHECK_FALSE(report.changedLocal);
        CHECK(k.a.store->completedLessons(k.nip, k.iri) == std::vector<std::string>{"pengertian"});
    }
}

TEST_CASE("the engine merges a signed-in learner's place on its own thread and says so", "[sync][resume]") {
    TwoKiosks k;
    k.connect(k.a);
    k.connect(k.b);
    k.a.store->completeLesson(k.nip, k.iri, "pengertian", {});
    k.a.store->saveReadingPosition(k.nip, k.iri, "standar", 4.5, 1'000'000);
    REQUIRE(k.exchange(k.a).problems.empty());

    test::StatusLog log;
    sync::SyncEngine engine(k.b.dir.path(), std::make_unique<sync::CurlTransport>(), std::ref(log));
    engine.learnerSignedIn(k.nip, {k.iri});
    engine.start();
    const auto merged = log.waitFor([](const sync::SyncStatus& s) { return s.resumeMerges == 1; });
    engine.stop();
    REQUIRE(merged);
    CHECK(merged->resumeProblem == "");
    CHECK(k.b.store->completedLessons(k.nip, k.iri) == std::vector<std::string>{"pengertian"});
    CHECK(k.b.store->lastReading(k.nip, k.iri)->lessonId == "standar");
}

TEST_CASE("the Sync tab's resume notice goes once an exchange is clean again", "[sync][resume]") {
    TwoKiosks k;
    k.connect(k.a);
    k.a.store->completeLesson(k.nip, k.iri, "pengertian", {});
    auto put = k.document("PUT", "not json at all");
    REQUIRE(put);
    REQUIRE(put->status == 204);

    test::StatusLog log;
    sync::SyncEngine engine(k.a.dir.path(), std::make_unique<sync::CurlTransport>(), std::ref(log));
    engine.learnerSignedIn(k.nip, {k.iri});
    engine.start();
    const auto troubled = log.waitFor([](const sync::SyncStatus& s) { return !s.resumeProblem.empty(); });
    REQUIRE(troubled);
    CHECK(troubled->resumeProblem.find(k.iri) != std::string::npos);

    // Someone clears the unreadable document; the learner signs in again.
    auto removed = k.document("DELETE");
    REQUIRE(removed);
    REQUIRE(removed->status == 204);
    const auto from = log.count();
    engine.learnerSignedIn(k.nip, {k.iri});
    const auto clean = log.waitForFrom(from, [](const sync::SyncStatus& s) { return s.resumeProblem.empty(); });
    engine.stop();
    REQUIRE(clean);
    REQUIRE(k.document());
    CHECK(k.document()->status == 200); // this kiosk's progress was written in its place
}

TEST_CASE("progress made since the last exchange goes after a pass, and waits while the link is down",
          "[sync][resume]") {
    TwoKiosks k;
    k.connect(k.a);
    k.connect(k.b);
    sync::CurlTransport t;
    const auto settings = sync::KioskSettings::load(*k.a.store);
    CHECK_FALSE(sync::resumeSentThrough(*k.a.store));
    const auto first = sync::exchangeChangedResumeState(*k.a.store, t, settings);
    CHECK(first.clockStarted);
    CHECK(first.learners == 0);
    const auto started = sync::resumeSentThrough(*k.a.store);
    REQUIRE(started);
    // The clock started an hour ago, and since then the learner read on.
    k.a.store->setSetting("resume.sent_through", std::to_string(*started - 3'600'000));
    k.a.store->completeLesson(k.nip, k.iri, "pengertian", {});
    k.a.store->saveReadingPosition(k.nip, k.iri, "standar", 3.5, *started);

    sync::KioskSettings down = settings;
    down.serverUrl = "http://127.0.0.1:9"; // discard: nothing listens
    const auto offline = sync::exchangeChangedResumeState(*k.a.store, t, down);
    CHECK_FALSE(offline.reached);
    CHECK(offline.learners == 0);
    CHECK(sync::resumeSentThrough(*k.a.store) == *started - 3'600'000); // all of it goes next time
    CHECK(k.document()->status == 404);

    const auto sent = sync::exchangeChangedResumeState(*k.a.store, t, settings);
    CHECK_FALSE(sent.clockStarted);
    CHECK(sent.reached);
    CHECK(sent.learners == 1);
    CHECK(sent.coursesMerged == 1);
    CHECK(sent.learnersTakenIn == 0);
    CHECK(sent.problems.empty());
    CHECK(*sync::resumeSentThrough(*k.a.store) >= *started);
    const auto held = k.held();
    CHECK(held.completedLessons.count("pengertian") == 1);
    CHECK(held.readingPlaces.at("standar").position == 3.5);

    // Nothing new on A: nothing to exchange. B's sign-in takes the place in.
    CHECK(sync::exchangeChangedResumeState(*k.a.store, t, settings).learners == 0);
    CHECK(k.exchange(k.b).changedLocal);
    CHECK(k.b.store->lastReading(k.nip, k.iri)->lessonId == "standar");
}
