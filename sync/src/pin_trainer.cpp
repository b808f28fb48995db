#include <pelita/sync/pin_trainer.h>

#include <stdexcept>

namespace pelita::sync {
namespace {
// Setting keys, stable across versions.
constexpr const char* kHash = "kiosk.trainer_pin_hash";
constexpr const char* kWrong = "kiosk.trainer_wrong_pins";
constexpr const char* kLockedUntil = "kiosk.trainer_locked_until";

std::int64_t number(const RecordsStore& store, const char* key) {
    auto v = store.setting(key);
    if (!v || v->empty()) return 0;
    try {
        return std::stoll(*v);
    } catch (const std::exception&) {
        return 0; // a hand-edited value must not lock the trainer out for good
    }
}
} // namespace

bool hasTrainerPin(const RecordsStore& store) {
    auto hash = store.setting(kHash);
    return hash && !hash->empty();
}

std::optional<StoreError> setTrainerPin(RecordsStore& store, const std::string& pin) {
    switch (checkTrainerPinFormat(pin)) {
    case PinProblem::None: break;
    case PinProblem::Length:
        return StoreError{"the trainer PIN must be " + std::to_string(kTrainerPinMinDigits) + " to " +
                          std::to_string(kTrainerPinMaxDigits) + " digits"};
    case PinProblem::NotDigits: return StoreError{"the trainer PIN may only contain digits"};
    }
    try {
        store.setSettings({{kHash, hashPin(pin)}, {kWrong, "0"}, {kLockedUntil, "0"}});
    } catch (const std::exception& e) {
        return StoreError{e.what()};
    }
    return std::nullopt;
}

PinCheck checkTrainerPin(RecordsStore& store, const std::string& pin, std::int64_t now) {
    using Outcome = PinCheck::Outcome;
    if (!hasTrainerPin(store)) return {Outcome::NoPin, 0, 0};
    const std::int64_t lockedUntil = number(store, kLockedUntil);
    if (lockedUntil > now) return {Outcome::Locked, 0, lockedUntil};
    if (verifyPin(*store.setting(kHash), pin)) {
        store.setSettings({{kWrong, "0"}, {kLockedUntil, "0"}});
        return {Outcome::Ok, kPinTriesBeforeLockout, 0};
    }
    // Only the records worker checks PINs, one at a time, so read-then-write cannot race.
    const int wrong = static_cast<int>(number(store, kWrong)) + 1;
    const PinCheck result = afterWrongPin(wrong, now);
    store.setSettings({{kWrong, std::to_string(wrong)}, {kLockedUntil, std::to_string(result.lockedUntilMs)}});
    return result;
}

} // namespace pelita::sync
