#pragma once
// pelita-pack's commands. Each takes its own arguments (after the command name),
// prints what it did or each problem, and returns the exit code: 0 done,
// 1 the package or course failed a check, 2 the command line was wrong.
#include <pelita/content/expected.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pelita::pack {

struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values; // "--key" -> its values, in order
    std::set<std::string> flags;                            // "--json"
    bool help = false;

    const std::string* value(const std::string& flag) const;
};

// `valueFlags` take the next argument ("-o OUT"); `flags` stand alone.
Expected<Args, std::string> parseArgs(const std::vector<std::string>& argv,
                                      const std::set<std::string>& valueFlags,
                                      const std::set<std::string>& flags);

// Prints "pelita-pack COMMAND: message" and the usage to stderr; returns 2.
int usageError(const std::string& command, const std::string& message, const std::string& usage);

// parseArgs() for one command that takes exactly `positional` plain arguments.
// When `exitCode` is set the command is over: --help was printed (0) or the
// command line was wrong (2, explained on stderr).
struct CommandLine {
    Args args;
    std::optional<int> exitCode;
};
CommandLine parseCommand(const std::string& command, const std::string& usage,
                         const std::vector<std::string>& argv, std::size_t positional,
                         const std::set<std::string>& valueFlags = {},
                         const std::set<std::string>& flags = {});

int runInit(const std::vector<std::string>& argv);
int runBuild(const std::vector<std::string>& argv);
int runKeygen(const std::vector<std::string>& argv);
int runSign(const std::vector<std::string>& argv);
int runVerify(const std::vector<std::string>& argv);
int runInspect(const std::vector<std::string>& argv);
int runQuiz(const std::vector<std::string>& argv);

} // namespace pelita::pack
