#pragma once
// Shared by the figure queries: titles and stems from the activity
// definitions the statements carried, and the catalogue's JP as the fallback
// for a course pass that did not say its JP. Thread notes: the caller's Db thread.
#include <nlohmann/json.hpp>

#include "dashboard_figures.h"
#include "sqlite_db.h"
#include "statement_facts.h" // kMicro, kMilliJp

namespace pelita::server::analytics {

// JP (thousandths) of a course row `c` of analytics_course_learners: the
// certificate's, else the highest the catalogue lists for that course, else 0.
inline constexpr const char* kPassJpSql =
    "COALESCE(c.pass_jp, (SELECT CAST(round(max(json_extract(p.record_json, '$.jpHours')) * 1000) AS INTEGER)"
    " FROM pelita_packages p WHERE p.course_iri = c.course), 0)";

// The newest definition seen for `iri`, or null.
nlohmann::json definitionOf(Db& db, const std::string& iri);
// definition.name as a language map (empty when unknown).
Text nameOf(const nlohmann::json& definition);
// A question's stem: definition.description, else its name.
Text stemOf(const nlohmann::json& definition);

// "2026-03-02T09:15:00+07:00" -> "02-03-2026" (SIASN's date form); "" stays "".
std::string siasnDate(const std::string& timestamp);

} // namespace pelita::server::analytics
