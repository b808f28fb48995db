#pragma once
// Routes: the LRS's table of (path, method) -> handler on top of cpp-httplib.
// Keeping the table ourselves gives every resource, in one place:
// - 405 with Allow for a method the resource does not support;
// - HEAD wherever GET exists (httplib answers HEAD with the GET handler, minus the body);
// - CORS preflight (OPTIONS) answers;
// - the alternate request syntax (xAPI 1.0.3 Communication 1.3): a form POST to
//   `?method=PUT` etc. is unpacked and dispatched to the real handler.
// Thread notes: add() and install() run before the server starts; handlers
// then run on httplib's worker threads and only read the table.
#include <map>
#include <string>

#include <httplib.h>

namespace pelita::server {

class Routes {
public:
    explicit Routes(httplib::Server& http) : http_(http) {}

    // `method`: GET, PUT, POST or DELETE. `path`: an exact path.
    void add(const std::string& method, const std::string& path, httplib::Server::Handler handler);

    // Registers every path with httplib. Call once, after the last add().
    void install();

private:
    void dispatch(const std::string& path, const httplib::Request& req, httplib::Response& res) const;
    void dispatchAlternate(const std::string& path, const httplib::Request& req, httplib::Response& res) const;
    std::string allowed(const std::string& path) const;

    httplib::Server& http_;
    std::map<std::string, std::map<std::string, httplib::Server::Handler>> byPath_;
};

} // namespace pelita::server
