#pragma once
// The trainer commands. Each prints what it did and returns the exit code.
#include "cli/options.h"

namespace pelita::kiosk::cli {

int runSync(const Options& options);
int runConfig(const Options& options);
int runImport(const Options& options);
int runUninstall(const Options& options);
int runKiosk(const Options& options, const char* argv0);
int runExportRecords(const Options& options); // records carried by hand on USB
int runImportReceipt(const Options& options);
int runCatalogue(const Options& options);     // lists what the server offers; --download IRI asks for one
int runPull(const Options& options);          // roster, catalogue, downloads: `pelita sync` after its pass

} // namespace pelita::kiosk::cli
