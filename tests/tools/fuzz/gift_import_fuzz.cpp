// libFuzzer harness for the GIFT importer (Moodle exports arrive from any trainer's
// laptop): any bytes must be imported or refused with a located problem, never
// crash, hang, leak or read out of bounds. Build and run: docs/quiz-format.md, "Fuzzing".
#include "gift_aiken_roundtrip.h"

#include <pelita/content/gift.h>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    pelita::fuzz::checkImport(pelita::content::importGift(text, "fuzz.gift"));
    return 0;
}
