// POSIX signals for pelita-server (see platform.h). Signals are blocked in every
// thread and received synchronously by sigwait on one watcher thread, so no code
// runs in async-signal context.
#include "platform.h"

#include <atomic>
#include <csignal>
#include <thread>

#include <pthread.h>
#include <signal.h>

namespace pelita::server {

struct ShutdownSignals::Watcher {
    sigset_t set{};
    std::atomic<bool> leaving{false};
    std::thread thread;
};

ShutdownSignals::ShutdownSignals(std::function<void()> onShutdown) : watcher_(std::make_unique<Watcher>()) {
    sigemptyset(&watcher_->set);
    sigaddset(&watcher_->set, SIGINT);
    sigaddset(&watcher_->set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &watcher_->set, nullptr);
    watcher_->thread = std::thread([w = watcher_.get(), onShutdown = std::move(onShutdown)] {
        int received = 0;
        sigwait(&w->set, &received);
        if (!w->leaving) onShutdown();
    });
}

ShutdownSignals::~ShutdownSignals() {
    watcher_->leaving = true;
    // Wake the watcher if no signal came; harmless if it already returned.
    pthread_kill(watcher_->thread.native_handle(), SIGTERM);
    watcher_->thread.join();
}

} // namespace pelita::server
