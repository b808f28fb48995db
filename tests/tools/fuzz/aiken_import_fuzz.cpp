// libFuzzer harness for the Aiken importer: any bytes must be imported or refused
// with a located problem, never crash, hang, leak or read out of bounds.
// Build and run: docs/quiz-format.md, "Fuzzing".
#include "gift_aiken_roundtrip.h"

#include <pelita/content/aiken.h>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    pelita::fuzz::checkImport(pelita::content::importAiken(text, "fuzz.txt"));
    return 0;
}
