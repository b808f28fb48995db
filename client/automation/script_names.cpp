// Names of actions and keys as scripts spell them, and one-line step descriptions.
#include "automation/script.h"

#include <array>
#include <utility>

namespace pelita::kiosk::automation {
namespace {

constexpr std::array<std::pair<Key, std::string_view>, 14> kKeyNames = {{
    {Key::Enter, "Enter"},
    {Key::Tab, "Tab"},
    {Key::Escape, "Escape"},
    {Key::Backspace, "Backspace"},
    {Key::Delete, "Delete"},
    {Key::Space, "Space"},
    {Key::Up, "Up"},
    {Key::Down, "Down"},
    {Key::Left, "Left"},
    {Key::Right, "Right"},
    {Key::Home, "Home"},
    {Key::End, "End"},
    {Key::PageUp, "PageUp"},
    {Key::PageDown, "PageDown"},
}};

} // namespace

std::string_view actionName(Action action) {
    switch (action) {
    case Action::Click:
        return "click";
    case Action::Type:
        return "type";
    case Action::Key:
        return "key";
    case Action::Expect:
        return "expect";
    case Action::ExpectNot:
        return "expect_not";
    case Action::Wait:
        return "wait_ms";
    case Action::Screenshot:
        return "screenshot";
    case Action::Quit:
        return "quit";
    }
    return "?";
}

std::string_view keyName(Key key) {
    for (const auto& [k, name] : kKeyNames) {
        if (k == key) return name;
    }
    return "?";
}

std::optional<Key> keyFromName(std::string_view name) {
    for (const auto& [k, keyname] : kKeyNames) {
        if (keyname == name) return k;
    }
    return std::nullopt;
}

std::string describe(const Step& step) {
    std::string out(actionName(step.action));
    switch (step.action) {
    case Action::Click:
        out += " \"" + step.text + "\"";
        if (step.index > 0) out += " (index " + std::to_string(step.index) + ")";
        break;
    case Action::Type:
    case Action::Expect:
    case Action::ExpectNot:
        out += " \"" + step.text + "\"";
        break;
    case Action::Key:
        out += " " + std::string(keyName(step.key));
        break;
    case Action::Wait:
        out += " " + std::to_string(step.wait.count());
        break;
    case Action::Screenshot:
        out += " " + step.screenshot.string();
        break;
    case Action::Quit:
        out += " " + std::to_string(step.exitCode);
        break;
    }
    return out;
}

} // namespace pelita::kiosk::automation
