#pragma once
// Files a trainer brings to the kiosk on a USB stick: the server's receipts for
// carried records, and publisher keys to trust. Any thread; reads the disk.
#include <filesystem>
#include <vector>

namespace pelita::kiosk {

// `given` itself when it is a file; otherwise every *.pelita-receipt directly in it, sorted.
std::vector<std::filesystem::path> receiptsAt(const std::filesystem::path& given);

// Every *.pub in `folder` and the folders directly below it, sorted.
std::vector<std::filesystem::path> publicKeysIn(const std::filesystem::path& folder);

} // namespace pelita::kiosk
