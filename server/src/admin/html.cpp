#include "html.h"

namespace pelita::server::admin {

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

Html& Html::attr(std::string_view name, std::string_view value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += escapeHtml(value);
    out_ += '"';
    return *this;
}

Html& Html::element(std::string_view tag, std::string_view data) {
    const auto name = tag.substr(0, tag.find(' '));
    out_ += '<';
    out_ += tag;
    out_ += '>';
    out_ += escapeHtml(data);
    out_ += "</";
    out_ += name;
    out_ += '>';
    return *this;
}

Html csrfField(const std::string& token) {
    Html html;
    html.raw("<input type=\"hidden\" name=\"csrf\"").attr("value", token).raw(">");
    return html;
}

} // namespace pelita::server::admin
