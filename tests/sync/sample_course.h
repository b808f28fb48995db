#pragma once
// A small course built in code, so sync tests do not depend on the course loader,
// plus a store with one enrolled learner in a temporary data folder.
#include <pelita/content/course.h>
#include <pelita/sync/records_store.h>
#include <support/temp_dir.h>

#include <catch2/catch.hpp>

namespace pelita::test {

inline content::Course sampleCourse() {
    using namespace content;
    Course c;
    c.iri = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima";
    c.version = "1.2.0";
    c.language = "id-ID";
    c.title.byLanguage = {{"id-ID", "Pelayanan Prima"}, {"en-US", "Service Excellence"}};
    c.jpHours = 2;
    Module m;
    m.id = "dasar";
    m.title.byLanguage = {{"id-ID", "Dasar"}};
    m.lessons.push_back({"pengertian", {{{"id-ID", "Pengertian"}}}, "lessons/pengertian.md", 5});
    m.lessons.push_back({"standar", {{{"id-ID", "Standar"}}}, "lessons/standar.md", 7});
    Quiz q;
    q.id = "kuis-1";
    q.title.byLanguage = {{"id-ID", "Kuis 1"}};
    q.passMark = 0.5;
    q.questions.push_back({"q1", QuestionType::SingleChoice, "Apa itu pelayanan prima?",
                           {{"a", "Layanan terbaik", true, ""}, {"b", "Layanan lambat", false, ""}}, "", "pengertian"});
    q.questions.push_back({"q2", QuestionType::SingleChoice, "Siapa yang dilayani?",
                           {{"a", "Atasan", false, ""}, {"b", "Masyarakat", true, ""}, {"c", "Diri sendiri", false, ""}},
                           "", "standar"});
    m.quizzes.push_back(q);
    c.modules.push_back(m);
    return c;
}

inline sync::Learner sampleLearner() {
    return {"198501012010011001", "Dra. Siti Aminah, M.Si.", "BKPSDM", "Analis SDM"};
}

// A data folder with an open store and sampleLearner() enrolled.
struct StoreFixture {
    TempDir dir;
    std::unique_ptr<sync::RecordsStore> store;
    sync::Learner learner = sampleLearner();
    content::Course course = sampleCourse();

    StoreFixture() {
        auto opened = sync::RecordsStore::open(dir.path());
        if (!opened) FAIL(opened.error().message);
        store = std::move(opened.value());
        REQUIRE(store->enrol(learner));
    }
    const content::Quiz& quiz() const { return course.modules[0].quizzes[0]; }
};

} // namespace pelita::test
