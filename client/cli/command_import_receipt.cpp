// pelita import-receipt: applies the server's receipt for a carried bundle
// (sync/records_bundle.h); with a folder, every receipt in it.
#include "app/usb_files.h"
#include "cli/commands.h"

#include <pelita/content/records_files.h>
#include <pelita/sync/records_bundle.h>

#include <fstream>
#include <iostream>
#include <sstream>

namespace pelita::kiosk::cli {

namespace fs = std::filesystem;

namespace {

bool applyOne(const fs::path& file, sync::RecordsStore& store, const fs::path& dataDir) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::cerr << "pelita import-receipt: cannot read " << file.string() << "\n", false;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto applied = sync::applyReceipt(store, dataDir, bytes.str());
    if (!applied) return std::cerr << "pelita import-receipt: " << file.string() << ": " << applied.error().message << "\n", false;
    std::cout << file.filename().string() << " (bundle " << applied->bundleId << "): " << applied->confirmed
              << " confirmed, " << applied->quarantined << " refused by the server (quarantined), "
              << applied->notWaiting << " already done\n";
    return true;
}

} // namespace

int runImportReceipt(const Options& o) {
    auto store = sync::RecordsStore::open(o.dataDir);
    if (!store) return std::cerr << "pelita import-receipt: " << o.dataDir.string() << ": " << store.error().message << "\n", 1;
    if (!o.serverKeyFile.empty()) {
        auto key = sync::trustServerReceiptKey(o.dataDir, o.serverKeyFile);
        if (!key) return std::cerr << "pelita import-receipt: " << key.error().message << "\n", 1;
        std::cout << "trusting server receipt key " << key->keyId() << "\n";
    }
    if (o.receiptFile.empty()) return 0;
    const auto files = receiptsAt(o.receiptFile);
    if (files.empty())
        return std::cerr << "pelita import-receipt: no *" << content::kRecordsReceiptExtension << " file in "
                         << o.receiptFile.string() << "\n", 1;
    bool allApplied = true;
    for (const auto& file : files) allApplied = applyOne(file, **store, o.dataDir) && allApplied;
    const auto counts = (*store)->outboxCounts();
    std::cout << "outbox: " << counts.pending << " waiting (" << counts.carried << " carried), " << counts.quarantined
              << " in quarantine\n";
    return allApplied ? 0 : 1;
}

} // namespace pelita::kiosk::cli
