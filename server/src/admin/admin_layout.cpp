// The frame around every dashboard page: head, menu, who is logged in, the
// language switch and logout. Pages give only their <main> content.
#include "admin_site.h"

namespace pelita::server::admin {

std::string AdminSite::frame(const Words& words, const std::string& title, const AdminSession* session,
                             const std::string& path, const Html& body) const {
    const auto other = words.language() == Language::English ? Language::Indonesian : Language::English;
    Html html;
    html.raw("<!DOCTYPE html><html").attr("lang", languageCode(words.language())).raw(">");
    html.raw("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    html.raw("<link rel=\"stylesheet\" href=\"/admin/static/admin.css\">");
    html.raw("<title>").text(title).raw(" · ").text(words("app.name")).raw("</title></head><body>");
    html.raw("<header class=\"top\"><a class=\"brand\" href=\"/admin/\">").text(words("app.name")).raw("</a>");
    html.raw("<div class=\"who\">");
    if (session)
        html.raw("<span class=\"user\">")
            .text(session->user.username)
            .raw(" (")
            .text(words("role." + adminRoleName(session->user.role)))
            .raw(")</span>");
    html.raw("<a class=\"lang\"")
        .attr("href", "/admin/language?to=" + languageCode(other) +
                          "&back=" + httplib::detail::encode_query_param(path))
        .attr("lang", languageCode(other))
        .raw(">")
        .text(words("language.switch"))
        .raw("</a>");
    if (session)
        html.raw("<form method=\"post\" action=\"/admin/logout\" class=\"inline\">")
            .append(csrfField(session->csrfToken))
            .raw("<button type=\"submit\" class=\"link\">")
            .text(words("logout"))
            .raw("</button></form>");
    html.raw("</div></header>");
    if (session) {
        html.raw("<nav class=\"menu\"><ul>");
        for (const auto& [href, key] : menu_) {
            html.raw("<li><a").attr("href", href);
            if (href == path) html.raw(" aria-current=\"page\"");
            html.raw(">").text(words(key)).raw("</a></li>");
        }
        html.raw("</ul></nav>");
    }
    html.raw("<main><h1>").text(title).raw("</h1>").append(body).raw("</main>");
    html.raw("<footer>").text(words("app.footer")).raw("</footer></body></html>");
    return html.str();
}

} // namespace pelita::server::admin
