#pragma once
// The dashboard's files from assets/admin/, built into pelita-server
// (embed_assets.cmake): "admin.css", "i18n/id.json", "i18n/en.json".
// Static data; thread-safe.
#include <optional>
#include <string_view>

namespace pelita::server::admin {

std::optional<std::string_view> adminAsset(std::string_view name);

} // namespace pelita::server::admin
