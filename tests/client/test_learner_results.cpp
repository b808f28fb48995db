// The trainer's results table (client/app/learner_results.h): rows from the real
// records store, the OPD and course filters, sorting, and the CSV export.
#include "app/learner_results.h"

#include <pelita/content/course_loader.h>

#include "../support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace pelita::kiosk;
namespace fs = std::filesystem;

namespace {

const fs::path kDemoCourse = fs::path(PELITA_SOURCE_DIR) / "assets/demo-course";

// The kiosk's real UI strings, as the trainer's screen has them.
Translator words(const std::string& language) {
    auto loaded = Translator::load(fs::path(PELITA_SOURCE_DIR) / "assets/i18n", language);
    REQUIRE(loaded);
    return std::move(*loaded);
}

// The first line of a CSV, after its byte-order mark.
std::string headerLine(const std::string& csv) {
    return csv.substr(3, csv.find("\r\n") - 3);
}

pelita::content::Score score(double scaled, bool passed) {
    pelita::content::Score s;
    s.scaled = scaled;
    s.raw = scaled * 10;
    s.max = 10;
    s.passed = passed;
    return s;
}

struct Office {
    pelita::test::TempDir dir;
    std::unique_ptr<pelita::sync::RecordsStore> store = std::move(pelita::sync::RecordsStore::open(dir.path()).value());
    std::vector<pelita::content::Course> courses;
    std::string iri, quiz, firstLesson;

    Office() {
        courses.push_back(std::move(*pelita::content::loadCourse(kDemoCourse)));
        iri = courses[0].iri;
        quiz = courses[0].modules[0].quizzes[0].id;
        firstLesson = courses[0].modules[0].lessons[0].id;
        enrol("198501012010011001", "Siti Rahmah", "Dinas Kesehatan");
        enrol("197003152000032002", "Budi Santoso", "Bappeda");
        enrol("199002022015041003", "Ani Lestari", "Dinas Kesehatan");
        enrol("198805052012121004", "Tono", "Bappeda");
    }
    void enrol(const std::string& nip, const std::string& name, const std::string& unit) {
        REQUIRE(store->enrol({nip, name, unit, ""}));
    }
    void submit(const std::string& nip, double scaled, bool passed) {
        const auto attempt = store->startAttempt(nip, iri, quiz, {});
        store->submitAttempt(attempt.id, score(scaled, passed), {});
    }
    const LearnerResult& row(const std::vector<LearnerResult>& rows, const std::string& nip) {
        for (const auto& r : rows)
            if (r.nip == nip) return r;
        FAIL("no row for " << nip);
        throw;
    }
};

} // namespace

TEST_CASE("each learner's status, best score and JP come from their records", "[client][results]") {
    Office office;
    office.submit("198501012010011001", 0.5, false);
    office.submit("198501012010011001", 0.9, true);   // passed on the second try
    office.submit("197003152000032002", 0.4, false);  // failed: remedial
    office.store->completeLesson("199002022015041003", office.iri, office.firstLesson, {});
    const auto rows = collectResults(*office.store, office.courses, "id");
    REQUIRE(rows.size() == 4);

    const auto& siti = office.row(rows, "198501012010011001");
    CHECK(siti.status == ResultStatus::Passed);
    CHECK(siti.bestScore == Approx(0.9));
    CHECK(siti.jp == office.courses[0].jpHours);
    CHECK(siti.lastActivityMs > 0);
    CHECK(siti.unit == "Dinas Kesehatan");

    const auto& budi = office.row(rows, "197003152000032002");
    CHECK(budi.status == ResultStatus::Remedial);
    CHECK(budi.bestScore == Approx(0.4));
    CHECK(budi.jp == 0);

    const auto& ani = office.row(rows, "199002022015041003");
    CHECK(ani.status == ResultStatus::InProgress);
    CHECK_FALSE(ani.bestScore);
    CHECK(ani.lastActivityMs > 0);

    const auto& tono = office.row(rows, "198805052012121004");
    CHECK(tono.status == ResultStatus::NotStarted);
    CHECK(tono.lastActivityMs == 0);
}

TEST_CASE("filters by OPD and course, and sorting by any column either way", "[client][results]") {
    auto row = [](std::string nip, std::string name, std::string unit, std::string iri, ResultStatus status,
                  std::optional<double> best) {
        LearnerResult r;
        r.nip = std::move(nip);
        r.name = std::move(name);
        r.unit = std::move(unit);
        r.courseIri = iri;
        r.courseTitle = "Kursus " + iri;
        r.status = status;
        r.bestScore = best;
        return r;
    };
    const std::vector<LearnerResult> rows = {
        row("3", "Citra", "Bappeda", "a", ResultStatus::Passed, 0.8),
        row("1", "Ahmad", "Dinkes", "a", ResultStatus::NotStarted, std::nullopt),
        row("2", "Bayu", "Dinkes", "b", ResultStatus::Remedial, 0.3),
        row("4", "Dewi", "Dinkes", "a", ResultStatus::Passed, 0.95),
    };
    const auto nips = [](const std::vector<LearnerResult>& shown) {
        std::string out;
        for (const auto& r : shown) out += r.nip;
        return out;
    };
    ResultsView view;
    CHECK(nips(visibleResults(rows, view)) == "1234"); // by name, the default
    view.unit = "Dinkes";
    CHECK(nips(visibleResults(rows, view)) == "124");
    view.courseIri = "a";
    CHECK(nips(visibleResults(rows, view)) == "14");
    view = {};
    view.sortBy = ResultColumn::Score;
    view.descending = true;
    CHECK(nips(visibleResults(rows, view)) == "4321"); // no score sorts below any score
    view.sortBy = ResultColumn::Status;
    view.descending = false;
    CHECK(nips(visibleResults(rows, view)) == "1234"); // the two passed keep their order (stable)
    view.unit = "Nowhere";
    CHECK(visibleResults(rows, view).empty());

    CHECK(unitsOf(rows) == std::vector<std::string>{"Bappeda", "Dinkes"});
    const auto courses = coursesOf(rows);
    REQUIRE(courses.size() == 2);
    CHECK(courses[0].first == "a");
    CHECK(courses[1].second == "Kursus b");
}

TEST_CASE("the results CSV: BOM, CRLF, RFC 4180 quoting and no formulas", "[client][results]") {
    LearnerResult r;
    r.nip = "198501012010011001";
    r.name = "Dra. Siti \"Ina\" Rahmah, M.Si.";
    r.unit = "=HYPERLINK(\"http://x\")";
    r.courseTitle = "Pelayanan Prima";
    r.status = ResultStatus::Passed;
    r.bestScore = 0.875;
    r.jp = 2;
    LearnerResult empty;
    empty.nip = "197003152000032002";
    empty.name = "-Budi";
    const std::string csv = resultsCsv({r, empty}, words("id"));
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const std::string body = csv.substr(3);
    const auto firstEnd = body.find("\r\n");
    CHECK(body.substr(0, firstEnd) == "NIP,Nama,OPD/Unit kerja,Kursus,Status,Nilai terbaik (%),JP,Aktivitas terakhir");
    const auto secondEnd = body.find("\r\n", firstEnd + 2);
    CHECK(body.substr(firstEnd + 2, secondEnd - firstEnd - 2) ==
          "198501012010011001,\"Dra. Siti \"\"Ina\"\" Rahmah, M.Si.\",\"'=HYPERLINK(\"\"http://x\"\")\","
          "Pelayanan Prima,Lulus,88,2,");
    CHECK(body.substr(secondEnd + 2) == "197003152000032002,'-Budi,,,Belum mulai,,0,\r\n");
    CHECK(csvTextField("+62 812") == "'+62 812");
    CHECK(csvTextField("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csvTextField("Bappeda") == "Bappeda");
    CHECK(resultsFileName(0).rfind("hasil-peserta-19", 0) == 0);
}

TEST_CASE("the results CSV speaks the kiosk's language: headers and statuses", "[client][results]") {
    LearnerResult passed;
    passed.nip = "198501012010011001";
    passed.name = "Siti";
    passed.status = ResultStatus::Passed;
    LearnerResult remedial = passed;
    remedial.status = ResultStatus::Remedial;
    const std::vector<LearnerResult> rows{passed, remedial};

    const std::string english = resultsCsv(rows, words("en"));
    CHECK(headerLine(english) == "NIP,Name,OPD/Work unit,Course,Status,Best score (%),JP,Last activity");
    CHECK(english.find(",Passed,") != std::string::npos);
    CHECK(english.find(",Not passed (remedial),") != std::string::npos);
    CHECK(english.find("Lulus") == std::string::npos);

    const std::string indonesian = resultsCsv(rows, words("id"));
    CHECK(headerLine(indonesian) ==
          "NIP,Nama,OPD/Unit kerja,Kursus,Status,Nilai terbaik (%),JP,Aktivitas terakhir");
    CHECK(indonesian.find(",Tidak lulus (remedial),") != std::string::npos);
    CHECK(indonesian.find("Passed") == std::string::npos);
}
