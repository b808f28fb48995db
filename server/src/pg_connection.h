#pragma once
// Small RAII wrappers over libpq for the server's PostgreSQL storage.
// PgConnection owns one PGconn; PgResult owns one PGresult; PgTransaction rolls
// back in its destructor unless commit() was called.
// Every query is parameterised ($1, $2, ...; text format, bytea as binary):
// no value is ever spliced into SQL text.
// Thread notes: a PgConnection and its transactions belong to one thread at a
// time; PgPool (pg_pool.h) hands them out.
// Errors inside this layer are thrown as PgError; the stores turn them into
// values at their public boundary.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace pelita::server {

class PgError : public std::runtime_error {
public:
    PgError(const std::string& message, std::string sqlState = {})
        : std::runtime_error(message), sqlState_(std::move(sqlState)) {}
    // The SQLSTATE code, e.g. "23505" (unique violation); empty when unknown.
    const std::string& sqlState() const { return sqlState_; }

private:
    std::string sqlState_;
};

// One query parameter: NULL, text, or bytes sent in binary (for bytea).
struct PgParam {
    std::optional<std::string> value;
    bool binary = false;
    PgParam() = default;
    PgParam(std::string text) : value(std::move(text)) {}
    PgParam(const char* text) : value(std::string(text)) {}
    PgParam(std::int64_t number) : value(std::to_string(number)) {}
    PgParam(std::optional<std::string> text) : value(std::move(text)) {}
    static PgParam bytes(std::string raw);
    // A text[] value (nullopt: NULL), in PostgreSQL's binary array format, so
    // that no element needs quoting; the SQL casts the parameter to text[].
    static PgParam textArray(const std::vector<std::optional<std::string>>& elements);
};

class PgResult {
public:
    explicit PgResult(pg_result* result) : result_(result) {}
    ~PgResult();
    PgResult(PgResult&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    PgResult& operator=(PgResult&&) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    std::int64_t integer(int row, int column) const;
    // A bytea column (returned in text form) decoded to its bytes.
    std::string bytes(int row, int column) const;

private:
    pg_result* result_ = nullptr;
};

class PgConnection {
public:
    // Connects with a libpq conninfo or postgresql:// URI. Throws PgError naming
    // the host and port and carrying libpq's message.
    explicit PgConnection(const std::string& conninfo);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Runs one parameterised statement and returns its rows.
    PgResult query(std::string_view sql, const std::vector<PgParam>& params = {});
    // Runs SQL without parameters; may hold several statements (migrations).
    void script(std::string_view sql);
    // False once the server has gone away; the pool then drops the connection.
    bool healthy() const;

private:
    pg_conn* conn_ = nullptr;
};

class PgTransaction {
public:
    explicit PgTransaction(PgConnection& connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    void commit();

private:
    PgConnection& connection_;
    bool done_ = false;
};

// SQL written with '?' placeholders (the SQLite form) renumbered as $1, $2, ...
// The SQL must hold no '?' inside string literals.
std::string numberedPlaceholders(std::string_view sql);

// A description of where a conninfo points, "host:port/dbname", for messages.
std::string describeConninfo(const std::string& conninfo);

} // namespace pelita::server
