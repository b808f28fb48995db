#include "dashboard_store.h"

#include <set>

#include "aggregate_fold.h"
#include "analytics_schema.h"
#include "roster_rows.h"
#include "server_database.h"

namespace pelita::server::analytics {

namespace {

// The seq of the last statement the aggregates include; 0 before the first.
std::int64_t foldedThrough(Db& db) {
    Statement read(db, "SELECT coalesce(max(folded_through), 0) FROM analytics_watermark");
    read.step();
    return read.columnInt(0);
}

} // namespace

DashboardStore::DashboardStore(std::unique_ptr<Db> writer, std::unique_ptr<Db> reader,
                               std::unique_ptr<StatementSource> source, bool mirrorsPelita)
    : writer_(std::move(writer)), source_(std::move(source)), mirrorsPelita_(mirrorsPelita),
      reader_(std::move(reader)) {}

Expected<std::unique_ptr<DashboardStore>, std::string> DashboardStore::open(const std::filesystem::path& dataDir) {
    auto writer = openServerDatabase(dataDir);
    if (!writer) return unexpected(writer.error());
    auto reader = openServerDatabase(dataDir);
    if (!reader) return unexpected(reader.error());
    try {
        migrateAnalytics(**writer);
        auto source = openSqliteStatementSource(dataDir);
        return std::unique_ptr<DashboardStore>(new DashboardStore(std::move(writer).value(), std::move(reader).value(),
                                                                  std::move(source), false));
    } catch (const SqliteError& e) {
        return unexpected("data directory " + dataDir.string() + ": " + e.what());
    }
}

Expected<std::unique_ptr<DashboardStore>, std::string> DashboardStore::openBeside(
    const std::filesystem::path& file, std::unique_ptr<StatementSource> source) {
    try {
        std::error_code ec;
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) return unexpected("cannot create " + file.parent_path().string() + ": " + ec.message());
        auto writer = std::make_unique<Db>(file);
        // A cache: a power cut may lose its last folds (the watermark goes with
        // them, so they are folded again), never the statements.
        writer->exec("PRAGMA journal_mode = WAL");
        writer->exec("PRAGMA synchronous = NORMAL");
        migrateAnalytics(*writer);
        migratePelitaCopy(*writer, source->describe());
        auto reader = std::make_unique<Db>(file);
        return std::unique_ptr<DashboardStore>(
            new DashboardStore(std::move(writer), std::move(reader), std::move(source), true));
    } catch (const SqliteError& e) {
        return unexpected("dashboard cache " + file.string() + ": " + e.what());
    }
}

Expected<Stored, std::string> DashboardStore::mirrorPelita(const PelitaCopy& records) {
    if (!mirrorsPelita_) return Stored{};
    std::lock_guard lock(writeMutex_);
    try {
        Transaction tx(*writer_);
        // Only what changed: the roster triggers move a learner's group sums
        // (group_sums.h) on every row they see, and this runs every minute.
        std::set<std::string> listed;
        for (const auto& l : records.roster) listed.insert(l.nip);
        removeRosterRowsExcept(*writer_, listed);
        Statement learner(*writer_, "INSERT INTO pelita_roster (nip, name, opd, unit, position, golongan)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (nip) DO UPDATE SET"
                                    " name = ?2, opd = ?3, unit = ?4, position = ?5, golongan = ?6"
                                    " WHERE (name, opd, unit, position, golongan) IS NOT (?2, ?3, ?4, ?5, ?6)");
        for (const auto& l : records.roster) {
            learner.bind(1, l.nip).bind(2, l.name).bind(3, l.opd).bind(4, l.unit).bind(5, l.position);
            learner.bind(6, l.golongan).run();
            learner.reset();
        }
        writer_->exec("DELETE FROM pelita_packages");
        // Only what the figures read: the course and its JP (figure_text.h kPassJpSql).
        Statement package(*writer_, "INSERT OR REPLACE INTO pelita_packages (sha256, course_iri, record_json)"
                                    " VALUES (?, ?, ?)");
        for (const auto& p : records.packages) {
            package.bind(1, p.sha256).bind(2, p.courseIri).bind(3, nlohmann::json{{"jpHours", p.jpHours}}.dump()).run();
            package.reset();
        }
        tx.commit();
        return Stored{};
    } catch (const SqliteError& e) {
        return unexpected(std::string("dashboard copy of the roster and catalogue: ") + e.what());
    }
}

Expected<int, std::string> DashboardStore::fold(const std::vector<nlohmann::json>& statements) {
    std::lock_guard lock(writeMutex_);
    try {
        StatementCache sql(*writer_);
        AggregateFold fold(sql);
        Transaction tx(*writer_);
        int added = 0;
        for (const auto& statement : statements) added += fold.add(statement) ? 1 : 0;
        fold.finish();
        tx.commit();
        return added;
    } catch (const std::exception& e) {
        return unexpected(std::string("dashboard fold: ") + e.what());
    }
}

std::int64_t DashboardStore::foldStored(std::size_t chunk, std::size_t chunks) {
    StatementCache sql(*writer_);
    std::int64_t folded = 0;
    for (std::size_t done = 0; done < chunks; ++done) {
        // Read before taking SQLite's write lock: most calls find nothing new,
        // and a PostgreSQL round trip need not hold up the LRS's SQLite writers.
        const auto after = foldedThrough(*writer_);
        const auto rows = source_->after(after, chunk);
        if (rows.empty()) return folded;
        AggregateFold fold(sql);
        Transaction tx(*writer_);
        // Only this thread moves the watermark (writeMutex_), so `after` still holds.
        for (const auto& row : rows) fold.add(nlohmann::json::parse(row.json));
        fold.finish();
        auto& move = sql("INSERT INTO analytics_watermark (id, folded_through) VALUES (1, ?)"
                         " ON CONFLICT (id) DO UPDATE SET folded_through = excluded.folded_through");
        move.bind(1, rows.back().seq).run();
        tx.commit();
        folded += static_cast<std::int64_t>(rows.size());
    }
    return folded;
}

Expected<std::int64_t, std::string> DashboardStore::catchUp(std::size_t chunk, std::size_t chunks) {
    std::lock_guard lock(writeMutex_);
    try {
        return foldStored(chunk, chunks);
    } catch (const std::exception& e) {
        return unexpected(std::string("dashboard fold: ") + e.what());
    }
}

Expected<std::int64_t, std::string> DashboardStore::unfolded() {
    // The watermark on the reading connection, so a page never waits for a fold.
    auto through = reading([](Db& db) { return foldedThrough(db); });
    if (!through) return unexpected(through.error());
    try {
        return source_->countAfter(*through);
    } catch (const std::exception& e) {
        return unexpected(std::string("dashboard figures: ") + e.what());
    }
}

Expected<std::int64_t, std::string> DashboardStore::rebuild(std::size_t chunk) {
    std::lock_guard lock(writeMutex_);
    try {
        {
            Transaction tx(*writer_);
            clearAnalytics(*writer_);
            tx.commit();
        }
        return foldStored(chunk, std::numeric_limits<std::size_t>::max());
    } catch (const std::exception& e) {
        return unexpected(std::string("dashboard rebuild: ") + e.what());
    }
}

std::string pickText(const Text& text, const std::string& language) {
    if (text.empty()) return {};
    if (auto exact = text.find(language); exact != text.end()) return exact->second;
    const auto base = language.substr(0, language.find('-'));
    for (const auto& [tag, value] : text)
        if (tag.substr(0, tag.find('-')) == base) return value;
    return text.begin()->second;
}

} // namespace pelita::server::analytics
