#pragma once
// A learner's response to one question is one string, in the xAPI 1.0.3
// result.response format of its interaction type, so that the records store keeps
// it as it is and the answered statement sends it unchanged:
//   single choice, true/false, likert: the option id          "b", "true"
//   multiple response, ordering:       ids joined by "[,]"    "a[,]c"
//   matching:                          prompt[.]target pairs  "p1[.]t2[,]p2[.]t1"
//   short answer, essay:               the text typed         "Sawahlunto"
//   numerical:                         the number typed       "3.5" (or "3,5")
// "" means unanswered. Pure functions, any thread.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pelita::content {

inline constexpr std::string_view kResponseListSeparator = "[,]";
inline constexpr std::string_view kResponsePairSeparator = "[.]";
inline constexpr std::string_view kResponseRangeSeparator = "[:]";

// "a[,]b" from {"a", "b"}; {} gives "".
std::string joinResponseList(const std::vector<std::string>& items);
// {"a", "b"} from "a[,]b"; "" gives {}.
std::vector<std::string> splitResponseList(std::string_view response);

using MatchedPair = std::pair<std::string, std::string>; // prompt id, target id
// "p1[.]t2[,]p2[.]t1" and back. An item without "[.]" splits into {item, ""}.
std::string joinMatchResponse(const std::vector<MatchedPair>& pairs);
std::vector<MatchedPair> splitMatchResponse(std::string_view response);

} // namespace pelita::content
