#pragma once
// Certificates: a kiosk announces one inside the passed statement it sends
// (docs/protocol.md, "Certificates"), the server indexes it as the statement is
// stored, and anyone can check it at GET /pelita/v1/certificates/{id}.
// Thread notes: any worker thread.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lrs_routes.h"
#include "pelita_store.h"

namespace pelita::server {

inline constexpr const char* kCertificateExtension = "https://pelita.sawahluntokota.go.id/xapi/extensions/certificate";
inline constexpr const char* kPassedVerb = "http://adlnet.gov/expapi/verbs/passed";

struct CertificateRefusal {
    int status = 400; // 400 malformed, 409 the id belongs to another statement
    std::string message;
};

// Called before a batch is stored: a malformed certificate extension, or an id
// already issued by another statement, refuses the whole batch.
std::optional<CertificateRefusal> refuseCertificates(LrsContext& context, const std::vector<StatementToStore>& batch);

// Called once the batch is stored: indexes its certificates. A retried batch
// indexes them again harmlessly. The error is a message for a 500.
std::optional<std::string> recordCertificates(LrsContext& context, const std::vector<StatementToStore>& batch);

} // namespace pelita::server
