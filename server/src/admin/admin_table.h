#pragma once
// AdminTable: one table of a dashboard page, kept as plain text cells so the
// same rows render as an HTML <table> and as its CSV export (docs/admin-guide.md).
// No I/O; thread-safe.
#include <string>
#include <vector>

#include "html.h"

namespace pelita::server::admin {

struct AdminTable {
    std::vector<std::string> headers; // already translated
    std::vector<std::vector<std::string>> rows;
    // Per-row buttons (forms) shown in a last column; never exported. Empty, or
    // one entry per row.
    std::vector<Html> actions;
    std::string actionsHeader;
};

// A responsive table: on a narrow screen each row becomes a card whose cells
// carry their header as a label (data-label). `emptyText` shows when no rows.
Html tableHtml(const AdminTable& table, const std::string& emptyText);

// RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read
// the names right), CRLF line ends, quoted where needed. A cell starting with
// = + - @ (or a tab or CR) gets a leading ' so a spreadsheet shows it as text
// instead of running it as a formula.
std::string tableCsv(const AdminTable& table);
std::string csvCell(const std::string& text);

} // namespace pelita::server::admin
