#pragma once
// The pelita-server commands. Each takes the arguments after its name and
// returns the process exit code (0 ok, 1 failure, 2 bad usage).
#include <string>
#include <vector>

namespace pelita::server {

int runServeCommand(const std::vector<std::string>& args);
int runCredentialCommand(const std::vector<std::string>& args);
int runPublishCommand(const std::vector<std::string>& args);
int runRosterCommand(const std::vector<std::string>& args);
int runAnalyticsCommand(const std::vector<std::string>& args);
int runAdminUserCommand(const std::vector<std::string>& args); // admin/admin_user_command.cpp
int runImportBundleCommand(const std::vector<std::string>& args); // import_bundle_command.cpp
int runKioskKeyCommand(const std::vector<std::string>& args);

extern const char* const kServeUsage;

} // namespace pelita::server
