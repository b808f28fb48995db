// The real CurlTransport against an in-process cpp-httplib server on loopback.
#include "sample_course.h"

#include <pelita/sync/curl_transport.h>
#include <pelita/sync/kiosk_settings.h>
#include <pelita/sync/sync_pass.h>
#include <pelita/sync/uuid.h>

#include <httplib.h>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace pelita;

namespace {

struct SeenRequest {
    std::string contentEncoding, contentType, authorization, version, body;
};

// An httplib server on 127.0.0.1 with an OS-chosen port, listening on its own thread.
class LoopbackServer {
public:
    LoopbackServer() {
        port_ = server_.bind_to_any_port("127.0.0.1");
        REQUIRE(port_ > 0);
        thread_ = std::thread([this] { server_.listen_after_bind(); });
        while (!server_.is_running()) std::this_thread::yield();
    }
    ~LoopbackServer() {
        server_.stop();
        thread_.join();
    }
    httplib::Server& server() { return server_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
    httplib::Server server_;
    int port_ = 0;
    std::thread thread_;
};

} // namespace

TEST_CASE("CurlTransport sends gzip JSON with Basic auth and the xAPI version", "[sync][curl]") {
    test::StoreFixture f;
    LoopbackServer lrs;
    std::vector<SeenRequest> seen;
    lrs.server().Post("/xapi/statements", [&](const httplib::Request& req, httplib::Response& res) {
        // httplib decompresses a gzip body before we see it; a body that was not gzip
        // under "Content-Encoding: gzip" would have been refused with 400 instead.
        seen.push_back({req.get_header_value("Content-Encoding"), req.get_header_value("Content-Type"),
                        req.get_header_value("Authorization"), req.get_header_value("X-Experience-API-Version"),
                        req.body});
        res.set_content("[]", "application/json");
    });
    auto id = sync::newUuid();
    f.store->completeLesson(f.learner.nip, f.course.iri, "pengertian",
                            {nlohmann::json{{"id", id}, {"note", std::string(2000, 'x')}}});
    sync::KioskSettings settings;
    settings.serverUrl = lrs.url();
    settings.key = "kiosk-1";
    settings.secret = "s3cret";
    settings.save(*f.store);

    sync::CurlTransport curl;
    auto report = sync::runSyncPass(*f.store, curl);
    CHECK(report.error == "");
    CHECK(report.outcome == sync::SyncOutcome::Done);
    CHECK(report.sent == 1);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].contentEncoding == "gzip");
    CHECK(seen[0].contentType == "application/json");
    CHECK(seen[0].authorization == "Basic a2lvc2stMTpzM2NyZXQ=");
    CHECK(seen[0].version == "1.0.3");
    auto body = nlohmann::json::parse(seen[0].body);
    REQUIRE(body.is_array());
    CHECK(body[0].at("id") == id);
    CHECK(f.store->pendingCount() == 0);
}

TEST_CASE("CurlTransport returns the status and body of a GET", "[sync][curl]") {
    LoopbackServer lrs;
    lrs.server().Get("/about", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(R"({"version":["1.0.3"]})", "application/json");
    });
    lrs.server().Get("/secret", [](const httplib::Request&, httplib::Response& res) { res.status = 401; });
    sync::CurlTransport curl;
    auto about = curl.get(lrs.url() + "/about", {});
    CHECK(about.status == 200);
    CHECK(about.error.empty());
    CHECK(nlohmann::json::parse(about.body)["version"][0] == "1.0.3");
    auto secret = curl.get(lrs.url() + "/secret", {});
    CHECK(secret.status == 401);
    CHECK(secret.reached());
}

TEST_CASE("a closed port is a plain-words connection error", "[sync][curl]") {
    std::string url;
    {
        // Listen, then stop: the port is closed and nothing listens there afterwards.
        LoopbackServer gone;
        url = gone.url();
    }
    sync::CurlTransport curl;
    auto r = curl.post(url + "/xapi/statements", {}, "[]");
    CHECK(r.status == 0);
    CHECK_FALSE(r.reached());
    CHECK_THAT(r.error, Catch::StartsWith("No connection"));
}

TEST_CASE("an address that is not http or https is refused in plain words", "[sync][curl]") {
    sync::CurlTransport curl;
    auto r = curl.get("ftp://127.0.0.1/file", {});
    CHECK(r.status == 0);
    CHECK_THAT(r.error, Catch::Contains("not a valid http"));
}

TEST_CASE("cancel() aborts a request the server is still holding", "[sync][curl]") {
    LoopbackServer server;
    std::mutex mutex;
    std::condition_variable cv;
    bool entered = false, released = false;
    server.server().Post("/xapi/statements", [&](const httplib::Request&, httplib::Response& res) {
        std::unique_lock lock(mutex);
        entered = true;
        cv.notify_all();
        // Hold the request like a stalled link would, until the test lets go.
        cv.wait_for(lock, std::chrono::seconds(30), [&] { return released; });
        res.set_content("[]", "application/json");
    });

    sync::CurlTransport transport;
    sync::HttpResult result;
    std::thread client([&] { result = transport.post(server.url() + "/xapi/statements", {}, "[]"); });
    {
        std::unique_lock lock(mutex);
        cv.wait_for(lock, std::chrono::seconds(30), [&] { return entered; });
        REQUIRE(entered);
    }
    transport.cancel();
    client.join();
    bool serverStillHolding;
    {
        std::lock_guard lock(mutex);
        serverStillHolding = !released;
        released = true;
    }
    cv.notify_all();
    CHECK(serverStillHolding); // the client gave up, not the server
    CHECK(result.status == 0);
    CHECK_THAT(result.error, Catch::Contains("cancelled"));
    // Later requests fail at once, without touching the network.
    CHECK(transport.post(server.url() + "/xapi/statements", {}, "[]").status == 0);
}
