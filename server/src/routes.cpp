#include "routes.h"

#include <algorithm>

#include "http_replies.h"
#include "text_case.h"

namespace pelita::server {

namespace {

// The request's own query string, which httplib merges with form fields in req.params.
httplib::Params queryOf(const httplib::Request& req) {
    httplib::Params query;
    if (auto mark = req.target.find('?'); mark != std::string::npos)
        httplib::detail::parse_query_text(req.target.substr(mark + 1), query);
    return query;
}

// Form fields the alternate syntax carries as headers (Communication 1.3).
bool isHeaderField(const std::string& name) {
    static const char* const kHeaders[] = {"authorization", "x-experience-api-version", "content-type",
                                           "content-length", "if-match", "if-none-match", "accept-language"};
    const auto lower = lowerAscii(name);
    return std::any_of(std::begin(kHeaders), std::end(kHeaders), [&](const char* h) { return lower == h; });
}

} // namespace

void Routes::add(const std::string& method, const std::string& path, httplib::Server::Handler handler) {
    byPath_[path][method] = std::move(handler);
}

std::string Routes::allowed(const std::string& path) const {
    std::string allow;
    for (const auto& [method, handler] : byPath_.at(path)) allow += (allow.empty() ? "" : ", ") + method;
    if (byPath_.at(path).count("GET")) allow += ", HEAD";
    return allow + ", OPTIONS";
}

void Routes::dispatch(const std::string& path, const httplib::Request& req, httplib::Response& res) const {
    const auto& methods = byPath_.at(path);
    if (req.method == "POST" && queryOf(req).count("method")) return dispatchAlternate(path, req, res);
    if (req.method == "OPTIONS") {
        res.set_header("Access-Control-Allow-Methods", allowed(path));
        res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Experience-API-Version, "
                                                       "If-Match, If-None-Match, Accept-Language");
        res.set_header("Access-Control-Max-Age", "86400");
        res.status = 204;
        return;
    }
    auto handler = methods.find(req.method == "HEAD" ? "GET" : req.method);
    if (handler == methods.end()) {
        res.set_header("Allow", allowed(path));
        return replyError(res, 405, "method not allowed; this resource supports " + allowed(path));
    }
    handler->second(req, res);
}

void Routes::dispatchAlternate(const std::string& path, const httplib::Request& req, httplib::Response& res) const {
    const auto query = queryOf(req);
    if (query.size() != 1)
        return replyError(res, 400, "the alternate request syntax allows no query parameter but method");
    const auto method = query.begin()->second;
    if (method != "GET" && method != "PUT" && method != "POST" && method != "DELETE")
        return replyError(res, 400, "method: must be GET, PUT, POST or DELETE");
    if (lowerAscii(req.get_header_value("Content-Type")).rfind("application/x-www-form-urlencoded", 0) != 0)
        return replyError(res, 415, "the alternate request syntax needs Content-Type application/x-www-form-urlencoded");
    httplib::Request inner = req;
    inner.method = method;
    inner.params.clear();
    inner.body.clear();
    httplib::Params form;
    httplib::detail::parse_query_text(req.body, form);
    for (const auto& [name, value] : form) {
        if (isHeaderField(name)) {
            inner.headers.erase(name); // httplib's header map ignores case
            inner.headers.emplace(name, value);
        } else if (name == "content") {
            inner.body = value;
        } else {
            inner.params.emplace(name, value);
        }
    }
    // The form's own type must not pass for the inner request's content type.
    if (!std::any_of(form.begin(), form.end(), [](const auto& f) { return lowerAscii(f.first) == "content-type"; }))
        inner.headers.erase("Content-Type");
    auto handler = byPath_.at(path).find(method);
    if (handler == byPath_.at(path).end()) {
        res.set_header("Allow", allowed(path));
        return replyError(res, 405, "method not allowed; this resource supports " + allowed(path));
    }
    handler->second(inner, res);
}

void Routes::install() {
    for (const auto& [path, methods] : byPath_) {
        auto handler = [this, p = path](const httplib::Request& req, httplib::Response& res) { dispatch(p, req, res); };
        http_.Get(path, handler);
        http_.Post(path, handler);
        http_.Put(path, handler);
        http_.Delete(path, handler);
        http_.Patch(path, handler);
        http_.Options(path, handler);
    }
}

} // namespace pelita::server
