#include "cli_options.h"

namespace pelita::server::cli {

Expected<ParsedOptions, std::string> parseOptions(const std::vector<std::string>& args,
                                                  const std::set<std::string>& withValue) {
    ParsedOptions parsed;
    for (size_t i = 0; i < args.size(); ++i) {
        const auto& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            parsed.help = true;
            continue;
        }
        if (!withValue.count(arg)) return unexpected("unknown option " + arg);
        if (i + 1 >= args.size()) return unexpected(arg + " needs a value");
        if (!parsed.values.emplace(arg, args[i + 1]).second) return unexpected(arg + " given twice");
        ++i;
    }
    return parsed;
}

Expected<StorageChoice, std::string> storageChoice(const ParsedOptions& options) {
    const auto data = options.values.find("--data");
    const auto database = options.values.find("--database");
    const bool hasData = data != options.values.end(), hasDatabase = database != options.values.end();
    if (!hasData && !hasDatabase)
        return unexpected(std::string("give --data DIR, or --database postgresql://... (with --data DIR for files)"));
    const std::filesystem::path files = hasData ? std::filesystem::path(data->second) : std::filesystem::path();
    if (!hasDatabase) return StorageChoice{data->second, files};
    if (database->second.rfind("postgresql://", 0) != 0 && database->second.rfind("postgres://", 0) != 0)
        return unexpected("--database must be a postgresql:// URI, got \"" + database->second + "\"");
    return StorageChoice{database->second, files};
}

Expected<StorageChoice, std::string> storageWithFiles(const ParsedOptions& options) {
    auto choice = storageChoice(options);
    if (choice && choice->filesDir.empty())
        return unexpected(std::string("--database needs --data DIR as well: packages, publisher keys and the "
                                      "receipt key are files, kept in DIR"));
    return choice;
}

Expected<ListenAddress, std::string> parseListenAddress(const std::string& text) {
    const auto colon = text.rfind(':');
    const auto bad = [&](const std::string& why) {
        return unexpected("bad --listen \"" + text + "\": " + why + " (expected HOST:PORT, e.g. 127.0.0.1:8080)");
    };
    if (colon == std::string::npos) return bad("no port");
    ListenAddress address{text.substr(0, colon), 0};
    const auto port = text.substr(colon + 1);
    if (address.host.empty()) return bad("no host");
    if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos)
        return bad("port must be a number");
    address.port = std::stoi(port);
    if (address.port > 65535) return bad("port must be at most 65535");
    return address;
}

} // namespace pelita::server::cli
