#pragma once
// One structured log line per request: {"method","path","status","ms","credential"}.
// admit() records who the credential was; the timing starts when httplib
// routes the request. Both live in thread-locals because httplib answers a
// request start to finish on one worker thread and gives handlers no
// per-request slot of their own.
#include <functional>
#include <string>

#include <httplib.h>

namespace pelita::server {

// Installs the pre-routing and logger hooks; does nothing when `log` is empty.
void installRequestLog(httplib::Server& http, std::function<void(const std::string&)> log);

// Called by admit() once a credential is known, so the line can name it.
void noteRequestCredential(const std::string& name);

} // namespace pelita::server
