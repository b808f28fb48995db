#pragma once
// An automation script: the steps that drive the real kiosk UI, read from JSON.
// The format is documented in docs/automation.md. Parsing is strict: an unknown
// action or field is an error naming the step, so a typo cannot silently skip a check.
#include "pelita/content/expected.h"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pelita::kiosk::automation {

enum class Action { Click, Type, Key, Expect, ExpectNot, Wait, Screenshot, Quit };

enum class Key {
    Enter,
    Tab,
    Escape,
    Backspace,
    Delete,
    Space,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown
};

constexpr std::chrono::milliseconds kDefaultStepTimeout{5000};

struct Step {
    Action action = Action::Expect;
    std::string text;      // click: label; type: characters; expect/expect_not: text
    Key key = Key::Enter;  // key
    std::size_t index = 0; // click: which of several widgets with that label (0 = first)
    std::chrono::milliseconds timeout = kDefaultStepTimeout; // how long click/type/expect keep retrying
    std::chrono::milliseconds wait{0};                       // wait_ms
    std::filesystem::path screenshot;                        // already resolved against the script's folder
    int exitCode = 0;                                        // quit
};

struct Script {
    std::vector<Step> steps;
};

struct ScriptError {
    std::size_t step = 0; // 1-based; 0 when the problem is not inside a step
    std::string field;    // the JSON field at fault, empty if none
    std::string message;
    // e.g. `step 3, field "index": must be a whole number >= 0`
    std::string describe() const;
};

// `baseDir` is where relative screenshot paths point (the script's folder).
Expected<Script, ScriptError> parseScript(std::string_view json, const std::filesystem::path& baseDir);
// Reads and parses a script file; relative screenshots land next to it.
Expected<Script, ScriptError> loadScript(const std::filesystem::path& file);

std::string_view actionName(Action action); // as written in JSON: "click", "expect_not", ...
std::string_view keyName(Key key);          // "Enter", "Up", ...
std::optional<Key> keyFromName(std::string_view name);
// One line for logs and failure messages, e.g. `click "Berikutnya" (index 1)`.
std::string describe(const Step& step);

} // namespace pelita::kiosk::automation
