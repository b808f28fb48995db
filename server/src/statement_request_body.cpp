#include "statement_request_body.h"

#include "text_case.h"

namespace pelita::server {

using nlohmann::json;

namespace {

Expected<json, std::string> parseJson(const std::string& text, const std::string& what) {
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        return unexpected("malformed JSON " + what + ": " + e.what());
    }
}

} // namespace

Expected<StatementRequestBody, std::string> readStatementRequestBody(const httplib::Request& req) {
    const auto type = req.get_header_value("Content-Type");
    if (isJsonContentType(type)) {
        auto statements = parseJson(req.body, "body");
        if (!statements) return unexpected(statements.error());
        return StatementRequestBody{std::move(*statements), {}};
    }
    auto boundary = multipartBoundary(type);
    if (!boundary)
        return unexpected(std::string("Content-Type must be application/json, or multipart/mixed with a boundary"));
    auto parts = parseMultipart(req.body, *boundary);
    if (!parts) return unexpected(parts.error());
    if (parts->empty() || !isJsonContentType(parts->front().header("content-type")))
        return unexpected(std::string("the first multipart part must hold the statements as application/json"));
    auto statements = parseJson(parts->front().body, "statements part");
    if (!statements) return unexpected(statements.error());
    parts->erase(parts->begin());
    return StatementRequestBody{std::move(*statements), std::move(*parts)};
}

} // namespace pelita::server
