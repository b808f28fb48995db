#include "statement_attachments.h"

#include <map>
#include <set>

#include "sha2.h"
#include "statement_signature.h"
#include "text_case.h"

namespace pelita::server {

using nlohmann::json;

namespace {

// Checks each part's headers and content hash; returns them by hash.
Expected<std::map<std::string, const MimePart*>, std::string> partsByHash(const std::vector<MimePart>& parts) {
    std::map<std::string, const MimePart*> byHash;
    for (size_t i = 0; i < parts.size(); ++i) {
        const std::string at = "attachment part " + std::to_string(i + 1);
        const auto& part = parts[i];
        const auto hash = lowerAscii(part.header("x-experience-api-hash"));
        if (hash.empty()) return unexpected(at + ": missing header X-Experience-API-Hash");
        if (part.header("content-type").empty()) return unexpected(at + ": missing header Content-Type");
        if (lowerAscii(part.header("content-transfer-encoding")) != "binary")
            return unexpected(at + ": Content-Transfer-Encoding must be binary");
        const auto actual = sha2Hex(part.body, hash.size());
        if (!actual) return unexpected(at + ": X-Experience-API-Hash is not a SHA-2 hash in hex");
        if (*actual != hash) return unexpected(at + ": content does not match its X-Experience-API-Hash " + hash);
        byHash.emplace(hash, &part);
    }
    return byHash;
}

} // namespace

Expected<std::vector<AttachmentContent>, std::string> matchAttachmentParts(const json& statements, bool single,
                                                                          const std::vector<MimePart>& parts) {
    auto byHash = partsByHash(parts);
    if (!byHash) return unexpected(byHash.error());
    std::set<std::string> used;
    for (size_t i = 0; i < statements.size(); ++i) {
        const json& statement = statements[i];
        const std::string path = single ? "statement" : "statement[" + std::to_string(i) + "]";
        if (!statement.contains("attachments")) continue;
        const auto& list = statement["attachments"];
        for (size_t j = 0; j < list.size(); ++j) {
            const std::string at = path + ".attachments[" + std::to_string(j) + "]";
            const auto hash = lowerAscii(list[j]["sha2"].get<std::string>());
            auto part = byHash->find(hash);
            const bool signature = list[j]["usageType"] == kSignatureUsage;
            if (part == byHash->end()) {
                if (signature) return unexpected(at + ": a signature must be sent as a multipart part");
                if (!list[j].contains("fileUrl"))
                    return unexpected(at + ": no fileUrl and no multipart part with X-Experience-API-Hash " + hash);
                continue;
            }
            used.insert(hash);
            if (!signature) continue;
            if (lowerAscii(list[j]["contentType"].get<std::string>()) != "application/octet-stream")
                return unexpected(at + ".contentType: a signature's content type is application/octet-stream");
            if (auto problem = checkStatementSignature(statement, part->second->body, at)) return unexpected(*problem);
        }
    }
    std::vector<AttachmentContent> contents;
    for (const auto& [hash, part] : *byHash) {
        if (!used.count(hash)) return unexpected("attachment part with hash " + hash + " belongs to no statement");
        contents.push_back(AttachmentContent{hash, part->header("content-type"), part->body});
    }
    return contents;
}

} // namespace pelita::server
