#include "multipart_mixed.h"

#include "text_case.h"
#include "uuid.h"

namespace pelita::server {

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t"), last = text.find_last_not_of(" \t");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

Expected<MimePart, std::string> parsePart(const std::string& raw, size_t index) {
    const auto blank = raw.find("\r\n\r\n");
    if (blank == std::string::npos)
        return unexpected("multipart part " + std::to_string(index) + ": no blank line after its headers");
    MimePart part;
    size_t at = 0;
    while (at < blank) {
        auto end = raw.find("\r\n", at);
        if (end == std::string::npos || end > blank) end = blank;
        const auto line = raw.substr(at, end - at);
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            return unexpected("multipart part " + std::to_string(index) + ": malformed header line \"" + line + "\"");
        part.headers[lowerAscii(trimmed(line.substr(0, colon)))] = trimmed(line.substr(colon + 1));
        at = end + 2;
    }
    part.body = raw.substr(blank + 4);
    return part;
}

} // namespace

std::string MimePart::header(const std::string& lowerName) const {
    auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

std::optional<std::string> multipartBoundary(const std::string& contentType) {
    const auto lower = lowerAscii(contentType);
    if (lower.rfind("multipart/mixed", 0) != 0) return std::nullopt;
    const auto at = lower.find("boundary=");
    if (at == std::string::npos) return std::nullopt;
    std::string boundary = contentType.substr(at + 9);
    boundary = boundary.substr(0, boundary.find(';'));
    boundary = trimmed(boundary);
    if (boundary.size() >= 2 && boundary.front() == '"' && boundary.back() == '"')
        boundary = boundary.substr(1, boundary.size() - 2);
    if (boundary.empty() || boundary.size() > 70) return std::nullopt; // RFC 2046 limit
    return boundary;
}

Expected<std::vector<MimePart>, std::string> parseMultipart(const std::string& body, const std::string& boundary) {
    const std::string delimiter = "--" + boundary;
    // The first delimiter may open the body or follow a preamble.
    size_t at = body.rfind(delimiter, 0) == 0 ? 0 : body.find("\r\n" + delimiter);
    if (at == std::string::npos) return unexpected(std::string("multipart body: no opening boundary"));
    if (at != 0) at += 2;
    std::vector<MimePart> parts;
    while (true) {
        at += delimiter.size();
        if (body.compare(at, 2, "--") == 0) return parts; // the closing delimiter
        if (body.compare(at, 2, "\r\n") != 0) return unexpected(std::string("multipart body: malformed boundary line"));
        at += 2;
        const auto next = body.find("\r\n" + delimiter, at);
        if (next == std::string::npos) return unexpected(std::string("multipart body: no closing boundary"));
        auto part = parsePart(body.substr(at, next - at), parts.size());
        if (!part) return unexpected(part.error());
        parts.push_back(std::move(*part));
        at = next + 2;
    }
}

std::pair<std::string, std::string> writeMultipart(const std::vector<MimePart>& parts) {
    // A fresh UUID cannot occur in the parts by accident.
    const std::string boundary = "pelita-" + newUuid();
    std::string out;
    for (const auto& part : parts) {
        out += "--" + boundary + "\r\n";
        for (const auto& [name, value] : part.headers) out += name + ": " + value + "\r\n";
        out += "\r\n" + part.body + "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    return {out, boundary};
}

} // namespace pelita::server
