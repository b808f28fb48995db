#pragma once
// Internal to PgStatementStore: storing a batch of statements in three round
// trips (statements and their index keys; activity definitions read, then
// written) rather than about seven per statement. Under the statement_writer
// lock every round trip is time no other batch can commit in, and each one
// waits for the PostgreSQL backend to be scheduled, so on a busy machine the
// per-statement path ran at a few hundred statements a second.
// Thread notes: runs on the caller's connection, inside its transaction, after
// it has taken the statement_writer lock.
#include <optional>
#include <vector>

#include "pg_connection.h"
#include "statement_store.h"

namespace pelita::server {

// True when the batch can take storeBatch(): no voiding statement (whose rules
// read statements stored earlier in the same batch) and no id sent twice. Any
// other batch is stored statement by statement.
bool batchStorable(const std::vector<StatementToStore>& batch);

// Stores `batch` with exactly the rules of the one-by-one path: a statement
// already stored with the same content is skipped (a retry), with other content
// it refuses the batch (409, the first such in batch order); statements that an
// earlier voiding statement targets are stored voided; index keys and activity
// definitions are written as for each statement in turn. Throws PgError.
std::optional<StoreError> storeBatch(PgConnection& db, const std::vector<StatementToStore>& batch);

} // namespace pelita::server
