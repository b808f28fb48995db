#pragma once
// Signed statements (xAPI 1.0.3 Data 2.6): the signature attachment holds a
// JWS in compact form whose payload is the statement itself. Thread-safe.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace pelita::server {

// Nothing when `jws` is a well-formed RS256/RS384/RS512 JWS whose payload is
// `statement` (apart from what the LRS sets, and the attachments) and, when its
// header carries an x5c certificate chain, whose signature verifies against the
// first certificate's RSA key. Otherwise the problem, prefixed with `path`.
std::optional<std::string> checkStatementSignature(const nlohmann::json& statement, const std::string& jws,
                                                   const std::string& path);

} // namespace pelita::server
