#pragma once
// What the dashboard's figure pages share (JP, Kursus, Analisis Soal,
// Kebutuhan Pelatihan, Evaluasi, Peserta): reaching the figures store, the
// visitor's language for titles, numbers as the pages show them, and the
// course picker. The figures themselves: analytics/dashboard_figures.h.
// Thread notes: as admin_site.h (handlers on httplib's workers; the store is
// safe from any thread).
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "admin_site.h"
#include "analytics/dashboard_store.h"

namespace pelita::server::admin {

using FigurePage = std::function<void(AdminVisit&, analytics::DashboardStore&)>;

// A page handler that runs `show` with the server's figures store; without one
// (storage other than SQLite) it answers 503 with a page that says so.
PageHandler withFigures(FigurePage show);

// A query parameter's value; empty when absent.
std::string queryValue(const httplib::Request& req, const char* name);

// The visitor's language as a tag for analytics::pickText ("id" or "en").
std::string titleLanguage(const Words& words);
// `text` in the visitor's language; `fallback` (e.g. the IRI) when it has none.
std::string titleOr(const analytics::Text& text, const Words& words, const std::string& fallback);

// 0.5 -> "50%", 0.333 -> "33.3%".
std::string percentText(double share);
// Two decimals ("0.87", "-0.13"); "—" when absent.
std::string decimalText(std::optional<double> value);

// `path` with its query, every value URL-encoded: ("/admin/jp", {{"year","2026"}}) -> "/admin/jp?year=2026".
std::string withQuery(const std::string& path, const std::vector<std::pair<std::string, std::string>>& params);

// A link whose text and address are both escaped.
Html link(const std::string& href, const std::string& text);
// One big number with its label, as on the overview.
Html figureBox(const std::string& label, const std::string& value);
// <section><h2>title</h2>: the caller closes it.
Html sectionStart(const std::string& title);

// A GET form on `action` choosing a course (`chosen` selected; "" = all courses).
Html courseFilter(const Words& words, const std::string& action,
                  const std::vector<std::pair<std::string, std::string>>& courses, const std::string& chosen);
// The courses with figures, as (IRI, title in the visitor's language), for courseFilter().
Expected<std::vector<std::pair<std::string, std::string>>, std::string> courseChoices(analytics::DashboardStore& store,
                                                                                      const Words& words);

} // namespace pelita::server::admin
