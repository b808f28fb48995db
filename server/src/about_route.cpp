// GET /xapi/about: which xAPI versions this LRS speaks. Open without
// credentials or a version header, so a client can probe before it logs in.
#include "http_replies.h"
#include "lrs_routes.h"

namespace pelita::server {

void registerAboutRoute(Routes& routes) {
    routes.add("GET", "/xapi/about", [](const httplib::Request&, httplib::Response& res) {
        replyJson(res, 200, {{"version", {kXapiVersion}}});
    });
}

} // namespace pelita::server
