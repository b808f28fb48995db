#pragma once
// Internal: streaming SHA-256 through OpenSSL's EVP (which uses the CPU's SHA
// instructions where present). One object per stream; not shared between threads.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace pelita::content::detail {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, std::size_t size);
    std::string hexDigest(); // ends the stream

    static std::string of(std::string_view bytes);

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace pelita::content::detail
