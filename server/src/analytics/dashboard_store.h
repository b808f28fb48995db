#pragma once
// DashboardStore: the admin dashboard's aggregates, kept current by fold() as
// statements are stored, and the figures read from them. The aggregates are
// always SQLite: in DATA/server.db beside the statements, or, when the
// statements are in PostgreSQL, in FILES/dashboard.db, a cache that can be
// deleted and rebuilt at any time. Pages read only the aggregates; the
// statements are read (StatementSource) only to fold them: catchUp() folds what
// was stored after the watermark (the live feed, analytics_feed.h), rebuild()
// recomputes everything (`pelita-server analytics rebuild`).
// The roster (pelita_roster) and the catalogue's JP per course (pelita_packages)
// are joined in the same database: on SQLite the real tables; on PostgreSQL
// copies that mirrorPelita() keeps.
// Thread notes: every method is safe from any thread. fold() and rebuild()
// serialise on one connection; the figures read on another, so a page is not
// held up by a fold in progress (WAL).
#include <filesystem>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <pelita/content/expected.h>

#include "dashboard_figures.h"
#include "pelita_store.h"
#include "statement_source.h"
#include "sqlite_db.h"

namespace pelita::server::analytics {

// What the figures join from Pelita's own records.
struct PelitaCopy {
    std::vector<RosterEntry> roster;
    std::vector<PublishedPackage> packages; // for each course's JP
};

class DashboardStore {
public:
    // Opens DATA/server.db, creating or upgrading the analytics_* tables.
    static Expected<std::unique_ptr<DashboardStore>, std::string> open(const std::filesystem::path& dataDir);
    // For statements kept elsewhere (PostgreSQL): the aggregates and a roster
    // copy in `file` (created if needed). A file last fed by another database
    // (StatementSource::describe()) is emptied and refolded from the start.
    static Expected<std::unique_ptr<DashboardStore>, std::string> openBeside(const std::filesystem::path& file,
                                                                             std::unique_ptr<StatementSource> source);

    // True when the roster and catalogue are copies (openBeside) that
    // mirrorPelita() must keep.
    bool mirrorsPelita() const { return mirrorsPelita_; }
    // Replaces the copies, in one transaction. Does nothing on DATA/server.db,
    // whose tables are the real ones.
    Expected<Stored, std::string> mirrorPelita(const PelitaCopy& records);

    // Folds the statements stored after the watermark, in stored order,
    // `chunk` per transaction, moving the watermark in each one. Short
    // transactions keep the LRS's writers from waiting on the dashboard.
    // At most `chunks` transactions (a caller that must stop promptly takes
    // one at a time). Returns how many statements it folded.
    Expected<std::int64_t, std::string> catchUp(std::size_t chunk = 500,
                                                std::size_t chunks = std::numeric_limits<std::size_t>::max());

    // Stored statements the aggregates do not include yet (a page's "figures
    // lag by N statements").
    Expected<std::int64_t, std::string> unfolded();

    // Empties the aggregates and the watermark, then catches up from the first
    // stored statement. Returns how many statements it folded.
    Expected<std::int64_t, std::string> rebuild(std::size_t chunk = 5000);

    // Folds statements given directly (each with its "id"), in order, in one
    // transaction, without moving the watermark: for statements that are not
    // in the statements table (tests, benchmarks). Statements folded before
    // are skipped. Returns how many were new.
    Expected<int, std::string> fold(const std::vector<nlohmann::json>& statements);

    // Statements received on each of the last `days` UTC days, oldest first,
    // ending on the day of `nowMillis`, zero days included: ("YYYY-MM-DD", count).
    Expected<std::vector<std::pair<std::string, std::int64_t>>, std::string> statementsByDay(int days,
                                                                                           std::int64_t nowMillis);
    Expected<JpCompliance, std::string> jpCompliance(int year);
    Expected<std::vector<CourseFigures>, std::string> courses();
    // One course's questions, or every question when `course` is empty; hardest first.
    Expected<std::vector<QuestionFigures>, std::string> itemAnalysis(const std::string& course = {});
    // Lowest mastery first; topics with fewer than `minAnswers` answers in a group are left out.
    Expected<std::vector<TopicMastery>, std::string> trainingNeeds(GroupBy groupBy, int minAnswers = 1);
    Expected<std::vector<CourseEvaluation>, std::string> evaluations(const std::string& course = {});
    // Empty optional: the NIP is neither on the roster nor in any statement.
    // `institution` fills SIASN's institusiPenyelenggara.
    Expected<std::optional<LearnerRecord>, std::string> learner(const std::string& nip,
                                                                const std::string& institution = "BKPSDM");

private:
    DashboardStore(std::unique_ptr<Db> writer, std::unique_ptr<Db> reader, std::unique_ptr<StatementSource> source,
                   bool mirrorsPelita);
    // catchUp() with writeMutex_ held.
    std::int64_t foldStored(std::size_t chunk, std::size_t chunks);

    // Runs a figure query on the reading connection; SQLite errors become values.
    template <class Query>
    auto reading(Query&& query) -> Expected<decltype(query(std::declval<Db&>())), std::string> {
        std::lock_guard lock(readMutex_);
        try {
            return query(*reader_);
        } catch (const std::exception& e) {
            return unexpected(std::string("dashboard figures: ") + e.what());
        }
    }

    std::mutex writeMutex_;
    std::unique_ptr<Db> writer_;
    std::unique_ptr<StatementSource> source_; // safe from any thread itself
    const bool mirrorsPelita_;
    std::mutex readMutex_;
    std::unique_ptr<Db> reader_;
};

} // namespace pelita::server::analytics
