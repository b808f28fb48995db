#pragma once
// Matching a request's attachment parts to its statements' attachment
// metadata (xAPI 1.0.3 Communication 1.5.2, Data 2.4.11 and 2.6). No I/O;
// thread-safe.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pelita/content/expected.h>

#include "multipart_mixed.h"
#include "statement_store.h"

namespace pelita::server {

inline constexpr const char* kSignatureUsage = "http://adlnet.gov/expapi/attachments/signature";

// `statements`: the validated statements of one request (`single` as in
// prepareStatements); `parts`: the multipart parts after the statements part
// (empty for an application/json request). Every attachment without a fileUrl
// needs a part whose X-Experience-API-Hash is its sha2 and whose content has
// that hash; every part must belong to an attachment; signature attachments
// must carry a JWS that checkStatementSignature accepts. Returns the contents
// to store, or the message for a 400.
Expected<std::vector<AttachmentContent>, std::string> matchAttachmentParts(const nlohmann::json& statements,
                                                                          bool single,
                                                                          const std::vector<MimePart>& parts);

} // namespace pelita::server
