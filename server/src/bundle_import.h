#pragma once
// Importing a kiosk's USB records bundle: the one function behind
// `pelita-server import-bundle`, POST /pelita/v1/bundles and the admin pages.
// The bundle must be signed with the key its kiosk registered (or an admin set
// with `pelita-server kiosk-key set`); each statement then goes through the
// same validation and storage as POST /xapi/statements, stamped with the
// kiosk's authority, exactly once. Importing a bundle again stores nothing new
// and gives an equivalent receipt. Needs sodium_init().
// Thread notes: any worker thread (what it touches in LrsContext is thread-safe).
#include <string>
#include <string_view>

#include <pelita/content/expected.h>

#include "bundle_format.h"
#include "lrs_routes.h"

namespace pelita::server {

struct BundleRefusal {
    // 400: the file is damaged, altered, or from a kiosk the server cannot vouch
    // for (nothing was stored). 500: storage failed part-way; importing the same
    // file again is safe and finishes the job. 503: no Pelita store (PostgreSQL).
    int status = 400;
    std::string message;
};

struct ImportedBundle {
    Receipt receipt;
    std::string receiptText;   // the signed receipt file's contents
    std::string receiptName;   // its file name, receiptFileName()
};

Expected<ImportedBundle, BundleRefusal> importBundle(LrsContext& context, std::string_view bundleBytes);

} // namespace pelita::server
