#pragma once
// StatementStore: where the LRS keeps statements. SQLite now
// (SqliteStatementStore); PostgreSQL later behind the same interface, so the
// rules an LRS must keep (voiding, StatementRef matching, paging) are stated
// here and tested through HTTP, not left to one backend's SQL.
// Thread notes: implementations must be safe to call from any of the HTTP
// server's worker threads at once.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>
#include <pelita/content/expected.h>

namespace pelita::server {

inline constexpr const char* kVoidedVerb = "http://adlnet.gov/expapi/verbs/voided";

// An agent IFI key or activity id a statement is about. `related` is false for
// the actor/object, true for the parts only `related_agents` /
// `related_activities` look at (context, authority, SubStatement).
struct IndexKey {
    std::string key;
    bool related = false;
};

// One statement ready to store: validated, with id, stored, authority set.
struct StatementToStore {
    std::string id;                      // canonical (lower case) UUID
    nlohmann::json statement;            // exactly what GET will return
    std::string comparisonForm;          // see statement_ingest.h: equal forms = same statement
    std::string verbId;
    std::vector<IndexKey> agentKeys;     // direct keys listed before related ones
    std::vector<IndexKey> activityKeys;  // likewise
    std::optional<std::string> registration; // context.registration, lower case
    std::optional<std::string> refId;    // the object's StatementRef target, lower case
    // Activity definitions the statement carries, merged into the canonical ones.
    std::vector<std::pair<std::string, nlohmann::json>> activityDefinitions;
    std::string stored;
    bool voids() const { return verbId == kVoidedVerb && refId.has_value(); }
};

// The content of an attachment, sent as a multipart part; one row per hash.
struct AttachmentContent {
    std::string sha2; // lower-case hex, as the statement's attachment names it
    std::string contentType;
    std::string bytes;
};

struct StoreError {
    // Conflict: same id, other content (409). Invalid: a rule that needs the
    // stored statements, e.g. voiding a voiding statement (400).
    enum class Kind { Conflict, Invalid, Storage } kind;
    std::string message;
};

struct StatementQuery {
    std::optional<std::string> agentKey;
    std::optional<std::string> verbId;
    std::optional<std::string> activityId;
    std::optional<std::string> registration; // lower case
    bool relatedAgents = false;
    bool relatedActivities = false;
    std::optional<std::string> since;        // exclusive, utcIso8601() form, compared with stored
    std::optional<std::string> until;        // inclusive, likewise
    bool ascending = false;
    std::size_t limit = 100;
    std::string format = "exact";            // presentation only; kept so later pages match
    bool attachments = false;                // likewise
    std::optional<std::int64_t> after;       // position cursor from a previous page
    std::optional<std::int64_t> upTo;        // newest position a paged query may see
    // Only statements whose authority has this IFI key: a kiosk reads what it
    // stored (pelita_kiosk_scope.h). Not in paging tokens; set on every request.
    std::optional<std::string> authorityKey;
};

struct StatementPage {
    std::vector<nlohmann::json> statements;
    std::optional<std::int64_t> nextCursor; // set when more match
    std::int64_t upTo = 0;                  // pass back so later pages see the same set
};

struct FoundStatement {
    nlohmann::json statement;
    bool voided = false;
};

using Stored = std::monostate;

class StatementStore {
public:
    virtual ~StatementStore() = default;

    // Stores every statement in one transaction, or none. A statement whose id is
    // already stored with the same comparisonForm is skipped (not an error);
    // a different one fails the whole batch with Kind::Conflict.
    // Voiding: a statement that voids() marks its target voided (now, or when the
    // target arrives later); voiding a voiding statement fails with Kind::Invalid.
    // Attachment contents are stored with the batch (kept once per hash).
    virtual Expected<Stored, StoreError> storeAll(const std::vector<StatementToStore>& batch,
                                                  const std::vector<AttachmentContent>& attachments) = 0;

    virtual Expected<std::optional<FoundStatement>, std::string> findById(const std::string& id) = 0;

    // Statements that are not voided and match every filter, newest stored first
    // unless query.ascending. A statement whose object is a StatementRef matches
    // the agent/verb/activity/registration filters when its target does (through
    // any chain of references, voided targets included); since/until/limit apply
    // to the statement itself.
    virtual Expected<StatementPage, std::string> query(const StatementQuery& query) = 0;

    // The content stored for an attachment hash (lower case), if any.
    virtual Expected<std::optional<AttachmentContent>, std::string> attachment(const std::string& sha2) = 0;

    // The canonical definition the LRS holds for an Activity, if any.
    virtual Expected<std::optional<nlohmann::json>, std::string> activityDefinition(const std::string& id) = 0;
};

} // namespace pelita::server
