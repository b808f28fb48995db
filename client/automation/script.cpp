// Strict JSON parsing of automation scripts. Every error names the step
// (1-based, as a trainer counts) and the field.
#include "automation/script.h"

#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

namespace pelita::kiosk::automation {
namespace {

using nlohmann::json;

constexpr std::string_view kActions[] = {"click",      "type",    "key",        "expect",
                                         "expect_not", "wait_ms", "screenshot", "quit"};

struct Failure {
    ScriptError error;
};

[[noreturn]] void fail(std::size_t step, std::string field, std::string message) {
    throw Failure{ScriptError{step, std::move(field), std::move(message)}};
}

std::string nonEmptyText(const json& value, std::size_t step, const std::string& field) {
    if (!value.is_string() || value.get_ref<const std::string&>().empty())
        fail(step, field, "must be a non-empty string");
    return value.get<std::string>();
}

long long wholeNumber(const json& value, std::size_t step, const std::string& field, long long min,
                      long long max) {
    if (!value.is_number_integer()) fail(step, field, "must be a whole number");
    const auto n = value.get<long long>();
    if (n < min || n > max) {
        fail(step, field, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    }
    return n;
}

// Script files are UTF-8 on every platform; std::filesystem::path needs telling.
std::filesystem::path utf8Path(const std::string& text) {
    return std::filesystem::path(std::u8string(reinterpret_cast<const char8_t*>(text.data()), text.size()));
}

Step parseStep(const json& object, std::size_t number, const std::filesystem::path& baseDir) {
    if (!object.is_object()) fail(number, "", "must be an object such as {\"click\": \"Mulai\"}");
    Step step;
    std::string actionField;
    for (const auto& [field, value] : object.items()) {
        if (field == "index" || field == "timeout_ms" || field == "note") continue;
        bool isAction = false;
        for (auto a : kActions)
            isAction = isAction || a == field;
        if (!isAction)
            fail(number, field,
                 "unknown field (actions: click, type, key, expect, expect_not, wait_ms, screenshot, quit)");
        if (!actionField.empty())
            fail(number, field, "a step has exactly one action, this one also has \"" + actionField + "\"");
        actionField = field;
    }
    if (actionField.empty())
        fail(number, "", "has no action (click, type, key, expect, expect_not, wait_ms, screenshot, quit)");
    const json& value = object.at(actionField);
    constexpr long long kMaxMs = 24LL * 3600 * 1000;

    if (actionField == "click") {
        step.action = Action::Click;
        step.text = nonEmptyText(value, number, actionField);
    } else if (actionField == "type") {
        step.action = Action::Type;
        step.text = nonEmptyText(value, number, actionField);
    } else if (actionField == "key") {
        step.action = Action::Key;
        const auto key = keyFromName(nonEmptyText(value, number, actionField));
        if (!key)
            fail(number, actionField,
                 "unknown key \"" + value.get<std::string>() +
                     "\" (Enter, Tab, Escape, Backspace, Delete, Space, Up, Down, Left, Right, Home, End, "
                     "PageUp, PageDown)");
        step.key = *key;
    } else if (actionField == "expect" || actionField == "expect_not") {
        step.action = actionField == "expect" ? Action::Expect : Action::ExpectNot;
        step.text = nonEmptyText(value, number, actionField);
    } else if (actionField == "wait_ms") {
        step.action = Action::Wait;
        step.wait = std::chrono::milliseconds(wholeNumber(value, number, actionField, 0, kMaxMs));
    } else if (actionField == "screenshot") {
        step.action = Action::Screenshot;
        const std::filesystem::path path = utf8Path(nonEmptyText(value, number, actionField));
        step.screenshot = path.is_absolute() ? path : baseDir / path;
    } else {
        step.action = Action::Quit;
        step.exitCode = static_cast<int>(wholeNumber(value, number, actionField, 0, 255));
    }

    if (object.contains("index")) {
        if (step.action != Action::Click) fail(number, "index", "only a click step takes an index");
        step.index = static_cast<std::size_t>(wholeNumber(object["index"], number, "index", 0, 10000));
    }
    if (object.contains("timeout_ms")) {
        const bool waits = step.action == Action::Click || step.action == Action::Type ||
                           step.action == Action::Expect || step.action == Action::ExpectNot;
        if (!waits) fail(number, "timeout_ms", "only click, type, expect and expect_not steps wait");
        step.timeout =
            std::chrono::milliseconds(wholeNumber(object["timeout_ms"], number, "timeout_ms", 0, kMaxMs));
    }
    if (object.contains("note") && !object["note"].is_string()) fail(number, "note", "must be a string");
    return step;
}

} // namespace

std::string ScriptError::describe() const {
    std::string out;
    if (step > 0) out = "step " + std::to_string(step);
    if (!field.empty()) out += (out.empty() ? "" : ", ") + std::string("field \"") + field + "\"";
    return out.empty() ? message : out + ": " + message;
}

Expected<Script, ScriptError> parseScript(std::string_view text, const std::filesystem::path& baseDir) {
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        return unexpected(ScriptError{0, "", std::string("not valid JSON: ") + e.what()});
    }
    try {
        if (!doc.is_object()) fail(0, "", "the script must be a JSON object with a \"steps\" array");
        for (const auto& [field, value] : doc.items()) {
            if (field != "steps" && field != "timeout_ms" && field != "note")
                fail(0, field, "unknown field (steps, timeout_ms, note)");
        }
        if (!doc.contains("steps") || !doc["steps"].is_array()) fail(0, "steps", "must be an array of steps");
        if (doc["steps"].empty()) fail(0, "steps", "has no steps");
        std::optional<std::chrono::milliseconds> defaultTimeout;
        if (doc.contains("timeout_ms")) {
            defaultTimeout = std::chrono::milliseconds(
                wholeNumber(doc["timeout_ms"], 0, "timeout_ms", 0, 24LL * 3600 * 1000));
        }
        Script script;
        std::size_t number = 0;
        for (const auto& object : doc["steps"]) {
            ++number;
            Step step = parseStep(object, number, baseDir);
            if (defaultTimeout && !object.contains("timeout_ms")) step.timeout = *defaultTimeout;
            script.steps.push_back(std::move(step));
        }
        return script;
    } catch (const Failure& failure) {
        return unexpected(failure.error);
    }
}

Expected<Script, ScriptError> loadScript(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return unexpected(ScriptError{0, "", "cannot open script " + file.string()});
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parseScript(buffer.str(), std::filesystem::absolute(file).parent_path());
}

} // namespace pelita::kiosk::automation
