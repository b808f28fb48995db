// The one POSIX file of the sync tests: sockets and poll for the fault proxy.
#include "support/fault_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <stdexcept>

namespace pelita::test {
namespace {

using namespace std::chrono_literals;

sockaddr_in loopback(int port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// Closing with SO_LINGER 0 sends RST: the peer sees "connection reset", as when a
// 2G link drops, not an orderly end.
void resetAndClose(int fd) {
    linger l{1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    close(fd);
}

bool sendAll(int fd, const char* data, std::size_t n) {
    while (n > 0) {
        ssize_t w = send(fd, data, n, MSG_NOSIGNAL);
        if (w <= 0) return false;
        data += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

std::size_t contentLength(const std::string& head) {
    std::string lower(head);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    auto at = lower.find("\r\ncontent-length:");
    return at == std::string::npos ? 0 : std::stoul(lower.substr(at + 17));
}

} // namespace

FaultProxy::FaultProxy(int targetPort) : targetPort_(targetPort) {
    listener_ = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    auto addr = loopback(0);
    if (bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || listen(listener_, 64) != 0)
        throw std::runtime_error(std::string("fault proxy cannot listen: ") + std::strerror(errno));
    socklen_t len = sizeof addr;
    getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    acceptor_ = std::thread([this] { acceptLoop(); });
}

FaultProxy::~FaultProxy() {
    stopping_ = true;
    stalled_ = false;
    acceptor_.join();
    close(listener_);
    std::lock_guard lock(threadsMutex_);
    for (auto& t : threads_) t.join();
}

void FaultProxy::resetRequestAfter(std::size_t bytes) {
    std::lock_guard lock(mutex_);
    faults_.resetUpAt = bytesUp_ + bytes;
    faults_.resetUpArmed = true;
}

void FaultProxy::resetResponseAfter(std::size_t bytes) {
    std::lock_guard lock(mutex_);
    faults_.resetDownAt = bytesDown_ + bytes;
    faults_.resetDownArmed = true;
}

void FaultProxy::truncateResponseAfter(std::size_t bytes) {
    std::lock_guard lock(mutex_);
    faults_.truncateDownAt = bytesDown_ + bytes;
    faults_.truncateArmed = true;
}

void FaultProxy::answer(int status, int retryAfterSeconds, int times) {
    std::lock_guard lock(mutex_);
    faults_.answerStatus = status;
    faults_.answerRetryAfter = retryAfterSeconds;
    faults_.answerTimes = times;
}

void FaultProxy::stall(bool on) { stalled_ = on; }

void FaultProxy::throttle(std::size_t bytesPerSecond, std::chrono::milliseconds latency) {
    std::lock_guard lock(mutex_);
    faults_.bytesPerSecond = bytesPerSecond;
    faults_.latency = latency;
}

void FaultProxy::heal() {
    std::lock_guard lock(mutex_);
    faults_ = Faults{};
    stalled_ = false;
}

FaultProxy::Faults FaultProxy::faults() const {
    std::lock_guard lock(mutex_);
    return faults_;
}

bool FaultProxy::waitWhileStalled() const {
    while (stalled_ && !stopping_) std::this_thread::sleep_for(20ms);
    return !stopping_;
}

std::size_t FaultProxy::allowance(bool up, std::size_t n, Cut& cut) {
    std::lock_guard lock(mutex_);
    const std::size_t done = up ? bytesUp_.load() : bytesDown_.load();
    auto check = [&](bool& armed, std::size_t mark, Cut kind) {
        if (!armed || done + n < mark) return;
        armed = false; // one shot
        n = mark > done ? mark - done : 0;
        cut = kind;
    };
    if (up) {
        check(faults_.resetUpArmed, faults_.resetUpAt, Cut::Reset);
    } else {
        check(faults_.resetDownArmed, faults_.resetDownAt, Cut::Reset);
        if (cut == Cut::None) check(faults_.truncateArmed, faults_.truncateDownAt, Cut::Close);
    }
    (up ? bytesUp_ : bytesDown_) += n;
    return n;
}

void FaultProxy::acceptLoop() {
    while (!stopping_) {
        pollfd p{listener_, POLLIN, 0};
        if (poll(&p, 1, 50) <= 0) continue;
        int client = accept(listener_, nullptr, nullptr);
        if (client < 0) continue;
        ++connections_;
        std::lock_guard lock(threadsMutex_);
        threads_.emplace_back([this, client] { serve(client); });
    }
}

void FaultProxy::serve(int client) {
    int server = socket(AF_INET, SOCK_STREAM, 0);
    auto addr = loopback(targetPort_);
    if (connect(server, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        close(server);
        resetAndClose(client);
        return;
    }
    bool requestStarts = true;   // the next client bytes begin a request
    int lastDirection = 0;       // +1 up, -1 down: a change is a turn of the conversation
    char buffer[16384];
    while (!stopping_) {
        if (!waitWhileStalled()) break;
        pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        if (poll(fds, 2, 50) <= 0) continue;
        if (stalled_) continue; // a stall armed while we slept: leave the bytes unread
        const bool up = fds[0].revents != 0;
        const int from = up ? client : server, to = up ? server : client;
        const Faults f = faults();
        std::size_t chunk = sizeof buffer;
        if (f.bytesPerSecond > 0) chunk = std::clamp<std::size_t>(f.bytesPerSecond / 20, 64, sizeof buffer);
        ssize_t got = recv(from, buffer, chunk, 0);
        if (got <= 0) break;
        if (up && requestStarts && f.answerStatus != 0) {
            bool mine = false;
            {
                std::lock_guard lock(mutex_);
                if (faults_.answerTimes > 0) {
                    --faults_.answerTimes;
                    mine = true;
                }
            }
            if (mine && answerRequest(client, std::string(buffer, static_cast<std::size_t>(got)))) {
                close(server);
                return;
            }
        }
        if ((up ? 1 : -1) != lastDirection && f.latency > 0ms) std::this_thread::sleep_for(f.latency);
        lastDirection = up ? 1 : -1;
        requestStarts = !up;
        Cut cut = Cut::None;
        std::size_t n = allowance(up, static_cast<std::size_t>(got), cut);
        if (n > 0 && !sendAll(to, buffer, n)) break;
        if (f.bytesPerSecond > 0)
            std::this_thread::sleep_for(std::chrono::microseconds(n * 1000000 / f.bytesPerSecond));
        if (cut == Cut::Reset) {
            resetAndClose(client);
            resetAndClose(server);
            return;
        }
        if (cut == Cut::Close) {
            shutdown(client, SHUT_RDWR);
            close(client);
            resetAndClose(server);
            return;
        }
    }
    close(client);
    close(server);
}

// Reads the rest of one request (head, then Content-Length bytes of body) and
// answers it. False when the client went away first.
bool FaultProxy::answerRequest(int client, std::string pending) {
    const Faults f = faults();
    std::size_t headEnd;
    char buffer[16384];
    while ((headEnd = pending.find("\r\n\r\n")) == std::string::npos) {
        ssize_t got = recv(client, buffer, sizeof buffer, 0);
        if (got <= 0) return close(client), false;
        pending.append(buffer, static_cast<std::size_t>(got));
    }
    const std::size_t total = headEnd + 4 + contentLength(pending.substr(0, headEnd + 2));
    while (pending.size() < total) {
        ssize_t got = recv(client, buffer, sizeof buffer, 0);
        if (got <= 0) return close(client), false;
        pending.append(buffer, static_cast<std::size_t>(got));
    }
    const std::string body = R"({"error":"fault proxy answered )" + std::to_string(f.answerStatus) + R"("})";
    std::string response = "HTTP/1.1 " + std::to_string(f.answerStatus) + " Fault\r\n"
                           "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                           "\r\nConnection: close\r\n";
    if (f.answerRetryAfter >= 0) response += "Retry-After: " + std::to_string(f.answerRetryAfter) + "\r\n";
    response += "\r\n" + body;
    sendAll(client, response.data(), response.size());
    shutdown(client, SHUT_WR);
    // Let the client read the answer before the socket goes: wait for its close.
    pollfd p{client, POLLIN, 0};
    poll(&p, 1, 2000);
    close(client);
    return true;
}

} // namespace pelita::test
