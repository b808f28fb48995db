// libFuzzer harness for pelita-server's statement intake: every input that parses
// as JSON goes through prepareStatements() as a POST body would, validation,
// ids, comparison forms and index keys included. Any input must end in a
// message or a statement ready to store, never a crash, a leak or an exception.
// Build and run: see docs/admin-guide.md, "Fuzzing the statement validator".
#include "statement_ingest.h"
#include "statement_validator.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto body = nlohmann::json::parse(text, nullptr, false);
    if (body.is_discarded()) return 0;
    static const nlohmann::json authority = {
        {"objectType", "Agent"}, {"account", {{"homePage", "http://localhost/"}, {"name", "fuzz"}}}};
    // As POST /xapi/statements does: an object is one statement, an array a batch,
    // anything else is refused before intake.
    const bool single = body.is_object();
    if (!single && !body.is_array()) return 0;
    const auto prepared =
        pelita::server::prepareStatements(single ? nlohmann::json::array({body}) : body, single, authority);
    if (prepared) {
        // Whatever passed intake must pass the validator again as stored: the
        // LRS returns exactly these statements, and a client may send them back.
        for (const auto& s : *prepared)
            if (pelita::server::validateStatement(s.statement, "statement")) __builtin_trap();
    } else if (prepared.error().empty()) {
        __builtin_trap(); // a refusal must say why
    }
    return 0;
}
