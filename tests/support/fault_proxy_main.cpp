// pelita-fault-proxy: the FaultProxy as a program, for shell tests that need a slow
// link (tests/e2e/sync_killed.sh). Tests only.
// Usage: pelita-fault-proxy TARGET_PORT [BYTES_PER_SECOND [LATENCY_MS]]
// Prints "fault-proxy: listening on http://127.0.0.1:PORT", then relays until killed.
#include "support/fault_proxy.h"

#include <chrono>
#include <iostream>
#include <string>
#include <thread>

int main(int argc, char** argv) {
    if (argc < 2 || argc > 4) {
        std::cerr << "usage: pelita-fault-proxy TARGET_PORT [BYTES_PER_SECOND [LATENCY_MS]]\n";
        return 2;
    }
    try {
        pelita::test::FaultProxy proxy(std::stoi(argv[1]));
        const std::size_t rate = argc > 2 ? std::stoul(argv[2]) : 0;
        const auto latency = std::chrono::milliseconds(argc > 3 ? std::stol(argv[3]) : 0);
        proxy.throttle(rate, latency);
        std::cout << "fault-proxy: listening on " << proxy.url() << std::endl;
        while (true) std::this_thread::sleep_for(std::chrono::hours(1));
    } catch (const std::exception& e) {
        std::cerr << "pelita-fault-proxy: " << e.what() << "\n";
        return 1;
    }
}
