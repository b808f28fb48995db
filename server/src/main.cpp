// pelita-server: the central xAPI LRS. Dispatches to a command; see --help.
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args[0] == "credential")
        return pelita::server::runCredentialCommand({args.begin() + 1, args.end()});
    if (!args.empty() && args[0] == "publish")
        return pelita::server::runPublishCommand({args.begin() + 1, args.end()});
    if (!args.empty() && args[0] == "roster")
        return pelita::server::runRosterCommand({args.begin() + 1, args.end()});
    if (!args.empty() && args[0] == "import-bundle")
        return pelita::server::runImportBundleCommand({args.begin() + 1, args.end()});
    if (!args.empty() && args[0] == "kiosk-key")
        return pelita::server::runKioskKeyCommand({args.begin() + 1, args.end()});
    if (!args.empty() && args[0] == "admin-user")
        return pelita::server::runAdminUserCommand({args.begin() + 1, args.end()});
    if (!args.empty() && args[0] == "analytics")
        return pelita::server::runAnalyticsCommand({args.begin() + 1, args.end()});
    return pelita::server::runServeCommand(args);
}
