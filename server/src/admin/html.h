#pragma once
// Building the admin pages' HTML. Every piece of text that is not our own
// literal markup goes through escapeHtml(), the one escape function of the
// dashboard: Html::text() and Html::attr() call it, so a page never has to.
// No I/O; thread-safe.
#include <string>
#include <string_view>

namespace pelita::server::admin {

// & < > " ' as character references; everything else (UTF-8 included) as is.
std::string escapeHtml(std::string_view text);

class Html {
public:
    // Our own markup, written in the page's source. Never pass data here.
    Html& raw(std::string_view markup) {
        out_ += markup;
        return *this;
    }
    // Data of any origin, escaped.
    Html& text(std::string_view data) {
        out_ += escapeHtml(data);
        return *this;
    }
    // ` name="value"` with the value escaped.
    Html& attr(std::string_view name, std::string_view value);
    // <tag>data</tag>, the data escaped; `tag` may carry attributes of our own.
    Html& element(std::string_view tag, std::string_view data);
    Html& append(const Html& other) {
        out_ += other.out_;
        return *this;
    }

    const std::string& str() const { return out_; }

private:
    std::string out_;
};

// A hidden form field carrying the session's CSRF token; every form has one.
Html csrfField(const std::string& token);

} // namespace pelita::server::admin
