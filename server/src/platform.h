#pragma once
// The one platform-specific part of pelita-server: turning SIGINT/SIGTERM
// (or the console's Ctrl+C on other systems) into a call to `onShutdown`.
// Thread notes: construct on the main thread before any other thread starts, so
// every thread inherits the blocked signals; `onShutdown` runs on a watcher thread.
#include <functional>
#include <memory>

namespace pelita::server {

class ShutdownSignals {
public:
    explicit ShutdownSignals(std::function<void()> onShutdown);
    ~ShutdownSignals(); // stops the watcher without calling onShutdown
    ShutdownSignals(const ShutdownSignals&) = delete;
    ShutdownSignals& operator=(const ShutdownSignals&) = delete;

private:
    struct Watcher;
    std::unique_ptr<Watcher> watcher_;
};

} // namespace pelita::server
