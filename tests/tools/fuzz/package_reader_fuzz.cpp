// libFuzzer harness for the package reader: every input is written out as a
// .pelita file and verified as a kiosk would (names, manifest, signature, every
// file's bytes). The reader must refuse garbage with problems, never crash,
// leak or read out of bounds. Build and run: see docs/package-format.md, "Fuzzing".
#include <pelita/content/package_verifier.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace {

// The key the seed corpus is signed with does not matter: an untrusted signer
// is one more refusal path for the fuzzer to walk.
const pelita::content::VerifyOptions& options() {
    static const pelita::content::VerifyOptions o = [] {
        pelita::content::VerifyOptions v;
        v.requireTrustedSigner = false;
        v.limits.maxTotalBytes = 64u << 20; // keep each run fast and small
        return v;
    }();
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // One file per fuzzing process, reused for every input.
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() /
        ("pelita-fuzz-" + std::to_string(std::random_device{}()) + ".pelita");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    const auto check = pelita::content::verifyPackage(file, options());
    // A package with no problems must have a manifest: anything else is a reader bug.
    if (check.ok() && !check.manifest) __builtin_trap();
    return 0;
}
