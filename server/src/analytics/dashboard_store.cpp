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

Expected<std::int64_t, std::string> DashboardStore::rebuild(std::size_t chunk) {
    std::lock_guard lock(writeMutex_);
    try {
        StatementCache sql(*writer_);
        {
            Transaction tx(*writer_);
            clearAnalytics(*writer_);
            tx.commit();
        }
        std::int64_t after = 0, folded = 0;
        for (;;) {
            AggregateFold fold(sql);
            Transaction tx(*writer_);
            auto& read = sql("SELECT seq, statement_json FROM statements WHERE seq > ? ORDER BY seq LIMIT ?");
            read.bind(1, after).bind(2, static_cast<std::int64_t>(chunk));
            std::vector<nlohmann::json> statements;
            while (read.step()) {
                after = read.columnInt(0);
                statements.push_back(nlohmann::json::parse(read.columnText(1)));
            }
            if (statements.empty()) break;
            for (const auto& statement : statements) fold.add(statement);
            fold.finish();
            tx.commit();
            folded += static_cast<std::int64_t>(statements.size());
        }
        return folded;
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
