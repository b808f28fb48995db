#pragma once
// FaultProxy: a loopback TCP proxy in front of a real server, which a test drives
// to make the link misbehave the ways a district office's 2G link does. Tests only.
//
// It relays bytes both ways and knows nothing of HTTP, except for answer(), which
// reads one request head (and its Content-Length body) and replies itself.
// One-shot faults count bytes from the moment they are armed, across connections,
// so they work on kept-alive connections too.
//
// Threads: construct and destroy on one thread; the fault setters and counters
// may be called from any thread while connections are being served.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace pelita::test {

class FaultProxy {
public:
    // Listens on 127.0.0.1 at a free port and forwards to 127.0.0.1:targetPort.
    explicit FaultProxy(int targetPort);
    ~FaultProxy();   // closes every connection and joins its threads
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    int port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

    // Once `bytes` more bytes went client -> server, the connection is reset (RST).
    void resetRequestAfter(std::size_t bytes);
    // Once `bytes` more bytes went server -> client, the connection is reset. With 0,
    // the client gets nothing of an answer the server already sent: the server did
    // the work, the client cannot know.
    void resetResponseAfter(std::size_t bytes);
    // As resetResponseAfter, but a clean close (FIN): a response cut short.
    void truncateResponseAfter(std::size_t bytes);
    // The next `times` requests are answered by the proxy with `status` (and a
    // Retry-After when retryAfterSeconds >= 0) and never reach the server.
    void answer(int status, int retryAfterSeconds = -1, int times = 1);
    // While stalled, nothing moves either way; connections stay open.
    void stall(bool on);
    // Slows every direction to `bytesPerSecond` and delays each turn of the
    // conversation (a request, an answer) by `latency`. 0 bytes/s = full speed.
    void throttle(std::size_t bytesPerSecond, std::chrono::milliseconds latency);
    // Clears every fault and the throttle.
    void heal();

    std::size_t connections() const { return connections_; }
    std::size_t bytesUp() const { return bytesUp_; }      // client -> server, relayed
    std::size_t bytesDown() const { return bytesDown_; }  // server -> client, relayed

private:
    struct Faults {
        std::size_t resetUpAt = 0, resetDownAt = 0, truncateDownAt = 0; // absolute byte marks; 0 = none
        bool resetUpArmed = false, resetDownArmed = false, truncateArmed = false;
        int answerStatus = 0, answerRetryAfter = -1, answerTimes = 0;
        std::size_t bytesPerSecond = 0;
        std::chrono::milliseconds latency{0};
    };
    enum class Cut { None, Reset, Close };

    void acceptLoop();
    void serve(int client);
    bool answerRequest(int client, std::string pending);
    // How many of `n` bytes may go up (client -> server) or down before a fault cuts.
    std::size_t allowance(bool up, std::size_t n, Cut& cut);
    Faults faults() const;
    bool waitWhileStalled() const;

    int listener_ = -1;
    int port_ = 0;
    int targetPort_;
    std::atomic<bool> stopping_{false};
    std::atomic<bool> stalled_{false};
    std::atomic<std::size_t> connections_{0}, bytesUp_{0}, bytesDown_{0};
    mutable std::mutex mutex_;
    Faults faults_;
    std::thread acceptor_;
    std::mutex threadsMutex_;
    std::vector<std::thread> threads_;
};

} // namespace pelita::test
