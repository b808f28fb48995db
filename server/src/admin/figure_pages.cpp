#include "figure_pages.h"

#include <cstdio>

#include "lrs_routes.h"
#include "admin_pages.h"
#include "svg_bar_chart.h"

namespace pelita::server::admin {

PageHandler withFigures(FigurePage show) {
    return [show = std::move(show)](AdminVisit& visit) {
        // Without a files directory the site answers 503 before a page runs;
        // this is the same answer should accounts ever come without figures.
        if (!visit.lrs.dashboard) return visit.problem(503, visit.words("figures.no_files"));
        // Statements stored but not folded yet (a burst of syncs, or a start
        // after a long stop): say so rather than show figures as complete.
        if (auto lag = visit.lrs.dashboard->unfolded(); lag && *lag > 0)
            visit.preface = notice("info", visit.words("figures.lag", {{"n", std::to_string(*lag)}}));
        show(visit, *visit.lrs.dashboard);
    };
}

std::string queryValue(const httplib::Request& req, const char* name) {
    return req.has_param(name) ? req.get_param_value(name) : std::string();
}

std::string titleLanguage(const Words& words) { return languageCode(words.language()); }

std::string titleOr(const analytics::Text& text, const Words& words, const std::string& fallback) {
    auto title = analytics::pickText(text, titleLanguage(words));
    return title.empty() ? fallback : title;
}

std::string percentText(double share) { return figureText(share * 100) + "%"; }

std::string decimalText(std::optional<double> value) {
    if (!value) return "—";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", *value);
    return buffer;
}

std::string withQuery(const std::string& path, const std::vector<std::pair<std::string, std::string>>& params) {
    std::string out = path;
    char separator = '?';
    for (const auto& [name, value] : params) {
        out += separator + name + "=" + httplib::detail::encode_query_param(value);
        separator = '&';
    }
    return out;
}

Html link(const std::string& href, const std::string& text) {
    Html html;
    return html.raw("<a").attr("href", href).raw(">").text(text).raw("</a>");
}

Html figureBox(const std::string& label, const std::string& value) {
    Html html;
    return html.raw("<div class=\"figure\"><span class=\"value\">")
        .text(value)
        .raw("</span><span class=\"label\">")
        .text(label)
        .raw("</span></div>");
}

Html sectionStart(const std::string& title) {
    Html html;
    return html.raw("<section>").element("h2", title);
}

Html courseFilter(const Words& words, const std::string& action,
                  const std::vector<std::pair<std::string, std::string>>& courses, const std::string& chosen) {
    Html html;
    html.raw("<form method=\"get\" class=\"inline-form\"")
        .attr("action", action)
        .raw("><label>")
        .text(words("figures.course"))
        .raw("<select name=\"course\"><option value=\"\">")
        .text(words("figures.all_courses"))
        .raw("</option>");
    for (const auto& [iri, title] : courses) {
        html.raw("<option").attr("value", iri);
        if (iri == chosen) html.raw(" selected");
        html.raw(">").text(title).raw("</option>");
    }
    return html.raw("</select></label><button type=\"submit\">").text(words("action.show")).raw("</button></form>");
}

Expected<std::vector<std::pair<std::string, std::string>>, std::string> courseChoices(analytics::DashboardStore& store,
                                                                                      const Words& words) {
    auto courses = store.courses();
    if (!courses) return unexpected(courses.error());
    std::vector<std::pair<std::string, std::string>> choices;
    for (const auto& c : *courses) choices.emplace_back(c.course, titleOr(c.title, words, c.course));
    return choices;
}

} // namespace pelita::server::admin
