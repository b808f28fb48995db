#pragma once
// PelitaStore records as JSON: the form the catalogue and the kiosk list send,
// and the form a store may keep a record in. Keys are camelCase, as in the
// rest of /pelita/v1/ (docs/protocol.md). No I/O; thread-safe.
#include <nlohmann/json.hpp>

#include "pelita_store.h"

namespace pelita::server {

nlohmann::json toJson(const PublishedPackage& package);
PublishedPackage publishedPackageFromJson(const nlohmann::json& json);

nlohmann::json toJson(const CertificateRecord& certificate);
CertificateRecord certificateFromJson(const nlohmann::json& json);

nlohmann::json toJson(const KioskRecord& kiosk);
nlohmann::json toJson(const KioskQueue& queue);
nlohmann::json toJson(const RosterEntry& learner);

} // namespace pelita::server
