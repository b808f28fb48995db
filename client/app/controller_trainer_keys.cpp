// Trainer mode's trusted publisher keys (on the "Pengaturan" tab): the *.pub files
// in <data>/trusted-keys that decide which packages this kiosk installs; a key
// added from a USB stick, or one removed. Disk work on the records worker.
#include "app/controller.h"
#include "app/usb_files.h"

#include <pelita/content/package_keys.h>
#include <pelita/content/records_files.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace pelita::kiosk {

namespace fs = std::filesystem;

namespace {

KeysTab readKeys(const fs::path& folder) {
    KeysTab tab;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.path().extension() == ".pub") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        if (auto key = content::readPublicKey(file))
            tab.keys.push_back({file.filename().string(), key->name, key->keyId()});
        else
            tab.problems.push_back(key.error().describe());
    }
    return tab;
}

// Copies a checked .pub into the folder under its own name; a different key
// already there under that name is never overwritten.
TabMessage trust(const fs::path& file, const fs::path& folder) {
    auto key = content::readPublicKey(file);
    if (!key) return {"keys.not_a_key", {{"reason", key.error().describe()}}, true};
    for (const auto& known : readKeys(folder).keys)
        if (known.keyId == key->keyId()) return {"keys.already", {{"name", known.name}}, false};
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::error_code ec;
    fs::create_directories(folder, ec);
    const fs::path target = folder / file.filename();
    if (fs::exists(target, ec)) return {"keys.name_taken", {{"file", target.filename().string()}}, true};
    std::string error;
    if (!content::writeFileAtomically(target, bytes.str(), error)) return {"keys.failed", {{"reason", error}}, true};
    return {"keys.added", {{"name", key->name}, {"id", key->keyId()}}, false};
}

} // namespace

void Controller::loadTrustedKeys() {
    state_.trainer.keys.loading = true;
    load<KeysTab>([folder = worker_.dataDir() / "trusted-keys"](sync::RecordsStore&) { return readKeys(folder); },
                  [this](KeysTab read) {
                      KeysTab& tab = state_.trainer.keys;
                      tab.loading = false;
                      tab.keys = std::move(read.keys);
                      tab.problems = std::move(read.problems);
                  });
}

void Controller::on(const intent::LoadTrustedKeys&) {
    if (state_.trainerMode) loadTrustedKeys();
}

void Controller::on(const intent::FindKeysOnUsb& i) {
    if (!state_.trainerMode) return;
    withUsbFolder(UsbTask::TrustedKey, i.folder, [this](sync::RecordsStore&, const fs::path& target) {
        std::vector<std::string> offered;
        for (const auto& file : publicKeysIn(target)) offered.push_back(file.string());
        queue_.post([this, offered, folder = target.string()] {
            state_.trainer.keys.offered = offered;
            state_.trainer.keys.message.reset();
            if (offered.empty()) state_.trainer.keys.message = TabMessage{"keys.none_on_usb", {{"folder", folder}}, true};
        });
    });
}

void Controller::on(const intent::TrustKey& i) {
    if (!state_.trainerMode) return;
    load<TabMessage>([file = fs::path(i.file), folder = worker_.dataDir() / "trusted-keys"](
                         sync::RecordsStore&) { return trust(file, folder); },
                     [this](TabMessage message) {
                         state_.trainer.keys.message = std::move(message);
                         state_.trainer.keys.offered.clear();
                         loadTrustedKeys();
                     });
}

void Controller::on(const intent::RemoveTrustedKey& i) {
    if (!state_.trainerMode) return;
    // Only a bare file name: the intent must not reach outside trusted-keys/.
    const fs::path name = fs::path(i.file).filename();
    if (name.empty() || name.string() != i.file) return;
    load<bool>([file = worker_.dataDir() / "trusted-keys" / name](sync::RecordsStore&) {
                   std::error_code ec;
                   return fs::remove(file, ec);
               },
               [this, name](bool removed) {
                   state_.trainer.keys.message =
                       TabMessage{removed ? "keys.removed" : "keys.failed", {{"file", name.string()}, {"reason", ""}}, !removed};
                   loadTrustedKeys();
               });
}

} // namespace pelita::kiosk
