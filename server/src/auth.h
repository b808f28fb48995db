#pragma once
// HTTP Basic authentication against the CredentialStore. Thread-safe.
#include <optional>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "credentials.h"

namespace pelita::server {

struct BasicCredentials {
    std::string key;
    std::string secret;
};

// Decodes "Basic base64(key:secret)"; nothing when the header is absent or malformed.
std::optional<BasicCredentials> parseBasicAuthorization(const std::string& headerValue);

// The live credential behind the request, or nothing (the caller answers 401).
std::optional<Credential> authenticateRequest(const httplib::Request& req, CredentialStore& credentials);

// The xAPI authority the LRS stamps on statements stored with this credential.
nlohmann::json authorityFor(const Credential& credential, const std::string& homePage);

} // namespace pelita::server
