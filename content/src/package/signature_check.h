#pragma once
// Internal: checks a package's `signature` entry against its manifest bytes and
// the trusted keys, setting check.signature and adding problems as the options say.
#include <pelita/content/package_verifier.h>

#include <optional>
#include <string>

namespace pelita::content::detail {

void checkSignature(const std::optional<std::string>& signatureEntry, const std::string& manifestBytes,
                    const VerifyOptions& options, PackageCheck& check);

} // namespace pelita::content::detail
