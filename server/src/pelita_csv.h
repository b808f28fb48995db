#pragma once
// Reading CSV as spreadsheets write it (RFC 4180): quoted fields with "" for a
// quote, line breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark. The
// separator is ',' unless the first line has ';' and no ',' (Excel in an
// Indonesian locale writes ';'). No I/O; thread-safe.
#include <string>
#include <string_view>
#include <vector>

#include <pelita/content/expected.h>

namespace pelita::server {

struct CsvRecord {
    int line = 0; // the line the record starts on, from 1
    std::vector<std::string> fields;
};

// Blank lines are skipped. The error names the line of an unclosed quote.
Expected<std::vector<CsvRecord>, std::string> readCsv(std::string_view text);

} // namespace pelita::server
