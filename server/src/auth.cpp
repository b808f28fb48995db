#include "auth.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace pelita::server {

std::optional<BasicCredentials> parseBasicAuthorization(const std::string& headerValue) {
    const std::string scheme = "Basic ";
    if (headerValue.size() <= scheme.size() || headerValue.compare(0, scheme.size(), scheme) != 0) return std::nullopt;
    const std::string encoded = headerValue.substr(scheme.size());
    std::string decoded(encoded.size(), '\0');
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(decoded.data()), decoded.size(), encoded.data(),
                          encoded.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        return std::nullopt;
    decoded.resize(length);
    const auto colon = decoded.find(':');
    if (colon == std::string::npos) return std::nullopt;
    return BasicCredentials{decoded.substr(0, colon), decoded.substr(colon + 1)};
}

std::optional<Credential> authenticateRequest(const httplib::Request& req, CredentialStore& credentials) {
    auto basic = parseBasicAuthorization(req.get_header_value("Authorization"));
    if (!basic || basic->key.empty()) return std::nullopt;
    return credentials.authenticate(basic->key, basic->secret);
}

nlohmann::json authorityFor(const Credential& credential, const std::string& homePage) {
    return {{"objectType", "Agent"}, {"name", credential.name}, {"account", {{"homePage", homePage}, {"name", credential.key}}}};
}

} // namespace pelita::server
