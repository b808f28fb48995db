#include "pack_commands.h"

#include <iostream>

namespace pelita::pack {

const std::string* Args::value(const std::string& flag) const {
    auto it = values.find(flag);
    return it == values.end() || it->second.empty() ? nullptr : &it->second.back();
}

Expected<Args, std::string> parseArgs(const std::vector<std::string>& argv,
                                      const std::set<std::string>& valueFlags,
                                      const std::set<std::string>& flags) {
    Args args;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a == "--help" || a == "-h") {
            args.help = true;
        } else if (valueFlags.count(a)) {
            if (i + 1 >= argv.size()) return unexpected(a + " needs a value");
            args.values[a].push_back(argv[++i]);
        } else if (flags.count(a)) {
            args.flags.insert(a);
        } else if (a.size() > 1 && a[0] == '-') {
            return unexpected("unknown option \"" + a + "\"");
        } else {
            args.positional.push_back(a);
        }
    }
    return args;
}

int usageError(const std::string& command, const std::string& message, const std::string& usage) {
    std::cerr << "pelita-pack " << command << ": " << message << "\n\n" << usage;
    return 2;
}

CommandLine parseCommand(const std::string& command, const std::string& usage,
                         const std::vector<std::string>& argv, std::size_t positional,
                         const std::set<std::string>& valueFlags, const std::set<std::string>& flags) {
    auto args = parseArgs(argv, valueFlags, flags);
    if (!args) return {{}, usageError(command, args.error(), usage)};
    if (args->help) {
        std::cout << usage;
        return {*args, 0};
    }
    if (args->positional.size() != positional)
        return {*args,
                usageError(command,
                           args->positional.size() < positional ? "missing argument" : "too many arguments",
                           usage)};
    return {*args, std::nullopt};
}

} // namespace pelita::pack
