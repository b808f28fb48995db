#include "attachments_multipart.h"

#include <set>

#include "http_replies.h"
#include "multipart_mixed.h"
#include "text_case.h"

namespace pelita::server {

void replyMultipartStatements(httplib::Response& res, const nlohmann::json& body,
                              const std::vector<nlohmann::json>& statements, StatementStore& store) {
    std::vector<MimePart> parts{MimePart{{{"Content-Type", "application/json"}}, body.dump()}};
    std::set<std::string> sent;
    for (const auto& s : statements) {
        if (!s.contains("attachments")) continue;
        for (const auto& a : s["attachments"]) {
            const auto hash = lowerAscii(a["sha2"].get<std::string>());
            if (!sent.insert(hash).second) continue;
            auto content = store.attachment(hash);
            if (!content) return replyError(res, 500, content.error());
            if (!*content) continue; // a fileUrl attachment: the client fetches it there
            parts.push_back(MimePart{{{"Content-Type", (*content)->contentType},
                                      {"Content-Transfer-Encoding", "binary"},
                                      {"X-Experience-API-Hash", hash}},
                                     std::move((*content)->bytes)});
        }
    }
    auto [text, boundary] = writeMultipart(parts);
    res.status = 200;
    res.set_content(text, ("multipart/mixed; boundary=" + boundary).c_str());
}

} // namespace pelita::server
