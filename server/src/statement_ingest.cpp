#include "statement_ingest.h"

#include <map>

#include "iso8601.h"
#include "statement_index.h"
#include "statement_validator.h"
#include "uuid.h"

namespace pelita::server {

using nlohmann::json;

std::string comparisonForm(const json& statementAsReceived) {
    json copy = statementAsReceived;
    for (const char* lrsOwned : {"id", "stored", "authority", "version"}) copy.erase(lrsOwned);
    return copy.dump(); // nlohmann::json keeps object keys sorted, so the dump is canonical
}

Expected<std::vector<StatementToStore>, std::string> prepareStatements(const json& statements, bool single,
                                                                      const json& authority) {
    std::vector<StatementToStore> batch;
    std::map<std::string, size_t> seenIds;
    const std::string stored = nowUtcIso8601();
    for (size_t i = 0; i < statements.size(); ++i) {
        const json& received = statements[i];
        const std::string path = single ? "statement" : "statement[" + std::to_string(i) + "]";
        if (auto problem = validateStatement(received, path)) return unexpected(*problem);

        StatementToStore s;
        s.id = received.contains("id") ? canonicalUuid(received["id"].get<std::string>()) : newUuid();
        // xAPI asks an LRS to reject a batch that repeats an id, identical or not.
        if (auto [it, fresh] = seenIds.emplace(s.id, i); !fresh)
            return unexpected(path + ".id: " + s.id + " also used by statement[" + std::to_string(it->second) +
                              "] in this batch");
        s.comparisonForm = comparisonForm(received);
        s.statement = received;
        s.statement["id"] = s.id;
        s.statement["stored"] = stored;
        s.statement["authority"] = authority;
        if (!s.statement.contains("timestamp")) s.statement["timestamp"] = stored;
        if (!s.statement.contains("version")) s.statement["version"] = kDefaultStatementVersion;
        s.verbId = received["verb"]["id"].get<std::string>();
        indexStatement(s.statement, s);
        s.stored = stored;
        batch.push_back(std::move(s));
    }
    return batch;
}

} // namespace pelita::server
