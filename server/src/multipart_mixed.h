#pragma once
// multipart/mixed bodies (RFC 2046 section 5.1), as xAPI uses them for
// statements with attachments: read a request's parts, write a response's.
// cpp-httplib parses only multipart/form-data, so this small reader covers the
// mixed form. No I/O; thread-safe.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <pelita/content/expected.h>

namespace pelita::server {

struct MimePart {
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
    std::string header(const std::string& lowerName) const;
};

// The boundary parameter of a multipart/mixed Content-Type, or nothing when
// the type is not multipart/mixed or names no boundary.
std::optional<std::string> multipartBoundary(const std::string& contentType);

// Splits `body` into its parts. The error says what is malformed: a missing
// opening or closing delimiter, or a part without its header block.
Expected<std::vector<MimePart>, std::string> parseMultipart(const std::string& body, const std::string& boundary);

// Serialises parts with a fresh boundary; returns {body, boundary}.
std::pair<std::string, std::string> writeMultipart(const std::vector<MimePart>& parts);

} // namespace pelita::server
