#pragma once
// The hand-written statement fixture the dashboard tests share, with its
// figures worked out by hand in test_analytics_figures.cpp. Two courses,
// a quiz of three questions taken five times, likert answers and comments.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pelita::test::analytics {

inline const std::string kC = "https://pelita.sawahluntokota.go.id/course/k1";
inline const std::string kC2 = "https://pelita.sawahluntokota.go.id/course/k2";
inline const std::string kQuiz = kC + "/quiz/q1";
inline const std::string kModule = kC + "/module/m1";
inline const std::string kEval = kC + "/quiz/eval";
inline const std::string kA = "198501012010012001", kB = "198602022011011002", kD = "198703032012012003",
                         kX = "199001012015011004";

// Everything, in the order a server would store it.
std::vector<nlohmann::json> fixtureStatements();
// The roster: A and B in Setda, D in Dinas Pendidikan; X is not on it.
void writeRoster(const std::string& dataDir);
// The same three learners as a PUT /pelita/v1/roster body (application/json).
nlohmann::json rosterBody();
// A voiding statement for `targetId`.
nlohmann::json voiding(const std::string& id, const std::string& targetId);
// X's course pass (certificate, 8 JP), which the voiding tests take back.
inline const std::string kXPassId = "00000000-0000-4000-8000-0000000000c5";

} // namespace pelita::test::analytics
