#include "pg_connection.h"

#include <cstdlib>
#include <memory>

#include <libpq-fe.h>

namespace pelita::server {

namespace {

std::string trimmed(std::string message) {
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return message;
}

PgResult checked(PGconn* conn, PGresult* raw) {
    PgResult result(raw);
    const auto status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
    const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    throw PgError(trimmed(raw ? PQresultErrorMessage(raw) : PQerrorMessage(conn)), state ? state : "");
}

// Text travels as C strings, and PostgreSQL's text cannot hold a NUL: a NUL
// would silently cut the value, so it is refused.
void refuseNul(const std::string& text) {
    if (text.find('\0') != std::string::npos)
        throw PgError("a text value holds a NUL byte, which PostgreSQL cannot store", "22021");
}

} // namespace

PgParam PgParam::bytes(std::string raw) {
    PgParam p(std::move(raw));
    p.binary = true;
    return p;
}

PgParam PgParam::textArray(const std::vector<std::optional<std::string>>& elements) {
    constexpr std::uint32_t kTextOid = 25;
    std::string out;
    const auto put = [&](std::uint32_t v) {
        for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xff);
    };
    bool nulls = false;
    for (const auto& e : elements) nulls = nulls || !e;
    put(elements.empty() ? 0 : 1); // dimensions
    put(nulls ? 1 : 0);
    put(kTextOid);
    if (!elements.empty()) {
        put(static_cast<std::uint32_t>(elements.size()));
        put(1); // lower bound
    }
    for (const auto& e : elements) {
        if (!e) {
            put(0xffffffffu); // -1: NULL
            continue;
        }
        refuseNul(*e);
        put(static_cast<std::uint32_t>(e->size()));
        out += *e;
    }
    return bytes(std::move(out));
}

PgResult::~PgResult() { PQclear(result_); }

int PgResult::rows() const { return PQntuples(result_); }

bool PgResult::isNull(int row, int column) const { return PQgetisnull(result_, row, column) != 0; }

std::string PgResult::text(int row, int column) const {
    return std::string(PQgetvalue(result_, row, column), static_cast<size_t>(PQgetlength(result_, row, column)));
}

std::int64_t PgResult::integer(int row, int column) const { return std::strtoll(PQgetvalue(result_, row, column), nullptr, 10); }

std::string PgResult::bytes(int row, int column) const {
    size_t length = 0;
    const auto* escaped = reinterpret_cast<const unsigned char*>(PQgetvalue(result_, row, column));
    std::unique_ptr<unsigned char, decltype(&PQfreemem)> raw(PQunescapeBytea(escaped, &length), &PQfreemem);
    if (!raw) throw PgError("cannot decode a bytea value: out of memory");
    return std::string(reinterpret_cast<const char*>(raw.get()), length);
}

PgConnection::PgConnection(const std::string& conninfo) {
    conn_ = PQconnectdb(conninfo.c_str());
    if (!conn_) throw PgError("cannot connect to PostgreSQL: out of memory");
    if (PQstatus(conn_) != CONNECTION_OK) {
        const std::string message = trimmed(PQerrorMessage(conn_));
        PQfinish(conn_);
        conn_ = nullptr;
        throw PgError("cannot connect to PostgreSQL at " + describeConninfo(conninfo) + ": " + message);
    }
    // Notices (e.g. "relation already exists, skipping") are not errors; keep stderr for the request log.
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
    // The planner's cost for GET /xapi/statements' recursive CTE passes
    // jit_above_cost, so every agent query paid 50-100 ms of LLVM compiling that
    // short queries never earn back (EXPLAIN ANALYZE, 1M stored). Engines without
    // JIT (CockroachDB) reject the setting; the session is unharmed, so the
    // result is not checked.
    PQclear(PQexec(conn_, "SET jit = off"));
}

PgConnection::~PgConnection() { PQfinish(conn_); }

PgResult PgConnection::query(std::string_view sql, const std::vector<PgParam>& params) {
    std::vector<const char*> values;
    std::vector<int> lengths, formats;
    for (const auto& p : params) {
        if (p.value && !p.binary) refuseNul(*p.value);
        values.push_back(p.value ? p.value->c_str() : nullptr);
        lengths.push_back(p.value ? static_cast<int>(p.value->size()) : 0);
        formats.push_back(p.binary ? 1 : 0);
    }
    return checked(conn_, PQexecParams(conn_, std::string(sql).c_str(), static_cast<int>(params.size()), nullptr,
                                       values.data(), lengths.data(), formats.data(), 0));
}

void PgConnection::script(std::string_view sql) { checked(conn_, PQexec(conn_, std::string(sql).c_str())); }

bool PgConnection::healthy() const { return PQstatus(conn_) == CONNECTION_OK; }

PgTransaction::PgTransaction(PgConnection& connection) : connection_(connection) { connection_.script("BEGIN"); }

PgTransaction::~PgTransaction() {
    if (done_) return;
    try {
        connection_.script("ROLLBACK");
    } catch (const PgError&) {
        // Never throw from a destructor; a broken connection is dropped by the pool.
    }
}

void PgTransaction::commit() {
    connection_.script("COMMIT");
    done_ = true;
}

std::string numberedPlaceholders(std::string_view sql) {
    std::string out;
    int next = 0;
    for (const char c : sql) {
        if (c == '?') out += "$" + std::to_string(++next);
        else out += c;
    }
    return out;
}

std::string describeConninfo(const std::string& conninfo) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        std::string message = error ? trimmed(error) : "unreadable";
        PQfreemem(error);
        return "\"" + conninfo + "\" (" + message + ")";
    }
    std::string host = "localhost", port = "5432", dbname;
    for (auto* o = options; o->keyword; ++o) {
        if (!o->val || !*o->val) continue;
        const std::string key = o->keyword;
        if (key == "host" || key == "hostaddr") host = o->val;
        else if (key == "port") port = o->val;
        else if (key == "dbname") dbname = o->val;
    }
    PQconninfoFree(options);
    return host + ":" + port + (dbname.empty() ? "" : "/" + dbname);
}

} // namespace pelita::server
