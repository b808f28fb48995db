#include "pelita_csv.h"

namespace pelita::server {

namespace {

char separatorOf(std::string_view text) {
    const auto firstLine = text.substr(0, text.find('\n'));
    return firstLine.find(';') != std::string_view::npos && firstLine.find(',') == std::string_view::npos ? ';' : ',';
}

bool isBlank(const CsvRecord& r) { return r.fields.size() == 1 && r.fields[0].find_first_not_of(" \t") == std::string::npos; }

} // namespace

Expected<std::vector<CsvRecord>, std::string> readCsv(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    const char separator = separatorOf(text);
    std::vector<CsvRecord> records;
    CsvRecord current{1, {""}};
    int line = 1, quoteLine = 0;
    bool quoted = false;
    const auto endRecord = [&] {
        if (!isBlank(current)) records.push_back(std::move(current));
        current = CsvRecord{line, {""}};
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') current.fields.back() += text[++i];
            else if (c == '"') quoted = false;
            else current.fields.back() += c;
            if (c == '\n') ++line;
        } else if (c == '"' && current.fields.back().empty()) {
            quoted = true;
            quoteLine = line;
        } else if (c == separator) {
            current.fields.emplace_back();
        } else if (c == '\n') {
            ++line;
            endRecord();
        } else if (c != '\r') {
            current.fields.back() += c;
        }
    }
    if (quoted) return unexpected("line " + std::to_string(quoteLine) + ": a quoted field is never closed");
    endRecord();
    return records;
}

} // namespace pelita::server
