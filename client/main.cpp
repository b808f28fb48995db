// pelita: the learning kiosk, and the trainer commands that share its data folder.
#include "cli/commands.h"

#include <curl/curl.h>

#include <iostream>

int main(int argc, char** argv) {
    using namespace pelita::kiosk::cli;
    auto options = parseOptions(argc, argv);
    if (!options) {
        std::cerr << "pelita: " << options.error().message << "\n\n" << usage(Command::Kiosk);
        return 2;
    }
    if (options->help) {
        std::cout << usage(options->command);
        return 0;
    }
    // libcurl's global setup is not thread-safe, so do it before any thread starts.
    curl_global_init(CURL_GLOBAL_DEFAULT);
    int result = 0;
    switch (options->command) {
    case Command::Sync: result = runSync(*options); break;
    case Command::Config: result = runConfig(*options); break;
    case Command::Import: result = runImport(*options); break;
    case Command::Uninstall: result = runUninstall(*options); break;
    case Command::Kiosk: result = runKiosk(*options, argv[0]); break;
    case Command::ExportRecords: result = runExportRecords(*options); break;
    case Command::ImportReceipt: result = runImportReceipt(*options); break;
    case Command::Catalogue: result = runCatalogue(*options); break;
    }
    curl_global_cleanup();
    return result;
}
