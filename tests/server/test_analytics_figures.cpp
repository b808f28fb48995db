// Every dashboard figure on the hand-written fixture (test_analytics_statements.h),
// with the expected numbers worked out by hand in the comments.
#include <catch2/catch.hpp>

#include "analytics/dashboard_store.h"
#include "support/temp_dir.h"
#include "test_analytics_statements.h"

using namespace pelita::server::analytics;
using namespace pelita::test::analytics;
using pelita::test::TempDir;

namespace {

struct Folded {
    TempDir dir;
    std::unique_ptr<DashboardStore> store;
    Folded() {
        writeRoster(dir.path().string());
        auto opened = DashboardStore::open(dir.path());
        REQUIRE(opened);
        store = std::move(opened).value();
        auto folded = store->fold(fixtureStatements());
        REQUIRE(folded);
    }
};

const QuestionFigures& question(const std::vector<QuestionFigures>& all, const std::string& id) {
    for (const auto& q : all)
        if (q.question == id) return q;
    FAIL("no figures for " << id);
    throw;
}

} // namespace

TEST_CASE("JP compliance: first passes of the year, by OPD, the unknown OPD last", "[server][analytics]") {
    Folded f;
    auto jp = f.store->jpCompliance(2026);
    REQUIRE(jp);
    // A: K1 12 + K2 10 (passed twice, counted once) = 22, reached. B: 12. D: 0. X (not on roster): 8.
    REQUIRE(jp->opds.size() == 3);
    CHECK(jp->opds[0].opd == "Dinas Pendidikan"); // share 0: lags most, listed first
    CHECK(jp->opds[0].share == 0);
    CHECK(jp->opds[1].opd == "Setda");
    CHECK(jp->opds[1].learners == 2);
    CHECK(jp->opds[1].reached == 1);
    CHECK(jp->opds[1].share == Approx(0.5));
    CHECK(jp->opds[1].people[0].nip == kB); // lowest JP first
    CHECK(jp->opds[1].people[0].jp == Approx(12));
    CHECK(jp->opds[1].people[1].jp == Approx(22));
    CHECK(jp->opds[1].people[1].reached);
    CHECK(jp->opds[2].opd == kUnknownOpd);
    REQUIRE(jp->opds[2].people.size() == 1);
    CHECK(jp->opds[2].people[0].name == "Xena");
    CHECK(jp->opds[2].people[0].jp == Approx(8));
    CHECK(jp->learners == 4);
    CHECK(jp->share == Approx(0.25));

    auto lastYear = f.store->jpCompliance(2025);
    REQUIRE(lastYear);
    CHECK(lastYear->reached == 0);
    CHECK(lastYear->learners == 3); // the roster; nobody off it was active in 2025
}

TEST_CASE("courses: enrolment, passes, failures, scores, median time, remedial attempts", "[server][analytics]") {
    Folded f;
    auto courses = f.store->courses();
    REQUIRE(courses);
    REQUIRE(courses->size() == 2);
    const auto& k1 = courses->at(0);
    CHECK(k1.course == kC);
    CHECK(pickText(k1.title, "id") == "Etika ASN");
    CHECK(k1.enrolled == 4);
    CHECK(k1.completed == 3); // A, B, X passed the course
    CHECK(k1.passed == 3);
    CHECK(k1.failed == 1);    // D: failed, never passed
    // Best judged scores: A 1.0, B 0.67, D 0.33, X 0.67.
    REQUIRE(k1.averageScore);
    CHECK(*k1.averageScore == Approx((1.0 + 0.67 + 0.33 + 0.67) / 4));
    // First statement to pass: A 9 days, B 30 days, X 1 day.
    REQUIRE(k1.medianDaysToComplete);
    CHECK(*k1.medianDaysToComplete == Approx(9));
    CHECK(k1.remedialAttempts == 1); // B's second attempt
    CHECK(courses->at(1).enrolled == 1);
}

TEST_CASE("item analysis: share correct, point-biserial, most chosen wrong answer, flags", "[server][analytics]") {
    Folded f;
    auto items = f.store->itemAnalysis(kC);
    REQUIRE(items);
    REQUIRE(items->size() == 3);
    // Attempt totals: A 1, B1 1/3, B2 2/3, D 1/3, X 2/3 (mean 0.6, population sd 0.249444).
    const auto& q1 = question(*items, kQuiz + "/question/q1"); // right: A B1 B2 D
    CHECK(q1.answers == 5);
    CHECK(q1.shareCorrect == Approx(0.8));
    REQUIRE(q1.discrimination);
    CHECK(*q1.discrimination == Approx(-0.13363).margin(1e-4)); // (7/12 - 2/3) / sd * sqrt(.8 * .2)
    CHECK(q1.negativeDiscrimination);
    CHECK(q1.mostChosenWrong == "c");
    CHECK(pickText(q1.text, "id-ID") == "Soal 1");
    const auto& q2 = question(*items, kQuiz + "/question/q2"); // right: A B2 X
    CHECK(q2.shareCorrect == Approx(0.6));
    CHECK(*q2.discrimination == Approx(0.872872).margin(1e-4)); // (7/9 - 1/3) / sd * sqrt(.6 * .4)
    CHECK(q2.mostChosenWrong == "a");
    CHECK(q2.mostChosenWrongCount == 2);
    CHECK_FALSE(q2.negativeDiscrimination);
    const auto& q3 = question(*items, kQuiz + "/question/q3"); // right: A X
    CHECK(q3.shareCorrect == Approx(0.4));
    CHECK(*q3.discrimination == Approx(0.763763).margin(1e-4)); // (5/6 - 4/9) / sd * sqrt(.4 * .6)
    CHECK(items->front().question == q3.question); // hardest first
    CHECK_FALSE(q1.tooEasy);
    CHECK_FALSE(q3.tooHard);
}

TEST_CASE("training needs: mastery per module, per OPD and per position, lowest first", "[server][analytics]") {
    Folded f;
    auto byOpd = f.store->trainingNeeds(GroupBy::Opd);
    REQUIRE(byOpd);
    REQUIRE(byOpd->size() == 3);
    CHECK(byOpd->at(0).group == "Dinas Pendidikan"); // D: 1 of 3
    CHECK(byOpd->at(0).topic == kModule);
    CHECK(pickText(byOpd->at(0).title, "id") == "Modul Etika");
    CHECK(byOpd->at(0).mastery == Approx(1.0 / 3));
    // Setda: A 3/3 + B 3/6 = 6/9; unknown (X): 2/3. Ties sort by group name.
    CHECK(byOpd->at(1).group == kUnknownOpd);
    CHECK(byOpd->at(2).group == "Setda");
    CHECK(byOpd->at(2).answers == 9);
    CHECK(byOpd->at(2).correct == 6);
    auto byPosition = f.store->trainingNeeds(GroupBy::Position);
    REQUIRE(byPosition);
    REQUIRE(byPosition->size() == 4);
    CHECK(byPosition->at(0).group == "Guru");
    CHECK(byPosition->at(3).group == "Analis"); // A: 3 of 3
    auto enough = f.store->trainingNeeds(GroupBy::Opd, 4);
    REQUIRE(enough);
    CHECK(enough->size() == 1); // only Setda has 4 or more answers
}

TEST_CASE("evaluation: likert distribution and mean, comments of evaluation quizzes only", "[server][analytics]") {
    Folded f;
    auto evaluations = f.store->evaluations();
    REQUIRE(evaluations);
    REQUIRE(evaluations->size() == 1);
    const auto& e = evaluations->front();
    CHECK(e.course == kC);
    REQUIRE(e.items.size() == 1);
    const auto& item = e.items.front();
    CHECK(pickText(item.text, "id") == "Materi ini jelas.");
    REQUIRE(item.distribution.size() == 5); // the whole scale, in order
    CHECK(item.distribution[0].answers == 0);
    CHECK(item.distribution[3].id == "s");
    CHECK(item.distribution[3].answers == 2);
    CHECK(item.distribution[4].answers == 1);
    CHECK(item.answers == 3);
    REQUIRE(item.mean);
    CHECK(*item.mean == Approx(13.0 / 3)); // (4 + 5 + 4) / 3
    REQUIRE(e.comments.size() == 1);       // the exam essay in the scored quiz is not a comment
    CHECK(e.comments[0].text == "Materinya jelas");
    CHECK(pickText(e.comments[0].questionText, "id") == "Saran Anda?");
}

TEST_CASE("learner record: courses, scores, JP per year, SIASN rows", "[server][analytics]") {
    Folded f;
    auto record = f.store->learner(kA, "BKPSDM Kota Sawahlunto");
    REQUIRE(record);
    REQUIRE(*record);
    const auto& r = **record;
    CHECK(r.name == "Ani Lestari");
    CHECK(r.opd == "Setda");
    REQUIRE(r.courses.size() == 2);
    CHECK(r.jpByYear.at(2026) == Approx(22));
    REQUIRE(r.siasn.size() == 2);
    const auto& k1 = r.siasn[0].namaKursus == "Etika ASN" ? r.siasn[0] : r.siasn[1];
    CHECK(k1.nomorSertipikat == "PLT-A-K1-0001");
    CHECK(k1.jumlahJam == Approx(12));
    CHECK(k1.tahunKursus == 2026);
    CHECK(k1.tanggalKursus == "01-03-2026");
    CHECK(k1.tanggalSelesaiKursus == "10-03-2026");
    CHECK(k1.institusiPenyelenggara == "BKPSDM Kota Sawahlunto");
    for (const auto& c : r.courses) CHECK(c.status == "passed");

    auto d = f.store->learner(kD);
    REQUIRE(d);
    REQUIRE(*d);
    CHECK((*d)->courses.at(0).status == "failed");
    CHECK((*d)->siasn.empty());
    auto x = f.store->learner(kX);
    REQUIRE(x);
    REQUIRE(*x);
    CHECK_FALSE((*x)->onRoster);
    CHECK((*x)->name == "Xena");
    auto nobody = f.store->learner("199912312020121001");
    REQUIRE(nobody);
    CHECK_FALSE(*nobody);
}
