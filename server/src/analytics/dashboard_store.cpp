#include "dashboard_store.h"

#include "aggregate_fold.h"
#include "analytics_schema.h"
#include "server_database.h"

namespace pelita::server::analytics {

DashboardStore::DashboardStore(std::unique_ptr<Db> writer, std::unique_ptr<Db> reader)
    : writer_(std::move(writer)), reader_(std::move(reader)) {}

Expected<std::unique_ptr<DashboardStore>, std::string> DashboardStore::open(const std::filesystem::path& dataDir) {
    auto writer = openServerDatabase(dataDir);
    if (!writer) return unexpected(writer.error());
    auto reader = openServerDatabase(dataDir);
    if (!reader) return unexpected(reader.error());
    try {
        migrateAnalytics(**writer);
    } catch (const SqliteError& e) {
        return unexpected("data directory " + dataDir.string() + ": " + e.what());
    }
    return std::unique_ptr<DashboardStore>(new DashboardStore(std::move(writer).value(), std::move(reader).value()));
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
        // Peek first: most calls find nothing new, and need not take the write lock.
        auto& peek = sql("SELECT 1 FROM statements WHERE seq >"
                         " (SELECT coalesce(max(folded_through), 0) FROM analytics_watermark) LIMIT 1");
        const bool behind = peek.step();
        peek.reset();
        if (!behind) return folded;
        AggregateFold fold(sql);
        Transaction tx(*writer_);
        auto& mark = sql("SELECT coalesce(max(folded_through), 0) FROM analytics_watermark");
        mark.step();
        std::int64_t after = mark.columnInt(0);
        mark.reset();
        auto& read = sql("SELECT seq, statement_json FROM statements WHERE seq > ? ORDER BY seq LIMIT ?");
        read.bind(1, after).bind(2, static_cast<std::int64_t>(chunk));
        std::vector<nlohmann::json> statements;
        while (read.step()) {
            after = read.columnInt(0);
            statements.push_back(nlohmann::json::parse(read.columnText(1)));
        }
        if (statements.empty()) return folded;
        for (const auto& statement : statements) fold.add(statement);
        fold.finish();
        auto& move = sql("INSERT INTO analytics_watermark (id, folded_through) VALUES (1, ?)"
                         " ON CONFLICT (id) DO UPDATE SET folded_through = excluded.folded_through");
        move.bind(1, after).run();
        tx.commit();
        folded += static_cast<std::int64_t>(statements.size());
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
    return reading([](Db& db) {
        Statement count(db, "SELECT count(*) FROM statements WHERE seq >"
                            " (SELECT coalesce(max(folded_through), 0) FROM analytics_watermark)");
        count.step();
        return count.columnInt(0);
    });
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
