#include "admin_table.h"

namespace pelita::server::admin {

Html tableHtml(const AdminTable& table, const std::string& emptyText) {
    Html html;
    if (table.rows.empty()) return html.element("p class=\"empty\"", emptyText);
    const bool withActions = !table.actions.empty();
    html.raw("<div class=\"table-wrap\"><table><thead><tr>");
    for (const auto& header : table.headers) html.element("th scope=\"col\"", header);
    if (withActions) html.raw("<th scope=\"col\" class=\"actions\">").text(table.actionsHeader).raw("</th>");
    html.raw("</tr></thead><tbody>");
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        html.raw("<tr>");
        const auto& row = table.rows[r];
        for (std::size_t c = 0; c < row.size(); ++c) {
            html.raw("<td");
            if (c < table.headers.size()) html.attr("data-label", table.headers[c]);
            html.raw(">").text(row[c]).raw("</td>");
        }
        if (withActions) {
            html.raw("<td class=\"actions\"").attr("data-label", table.actionsHeader).raw(">");
            if (r < table.actions.size()) html.append(table.actions[r]);
            html.raw("</td>");
        }
        html.raw("</tr>");
    }
    return html.raw("</tbody></table></div>");
}

std::string csvCell(const std::string& text) {
    std::string cell = text;
    if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos)
        cell.insert(cell.begin(), '\'');
    if (cell.find_first_of(",;\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (const char c : cell) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string tableCsv(const AdminTable& table) {
    std::string out = "\xEF\xBB\xBF";
    const auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csvCell(cells[i]);
        out += "\r\n";
    };
    line(table.headers);
    for (const auto& row : table.rows) line(row);
    return out;
}

} // namespace pelita::server::admin
