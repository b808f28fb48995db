// pelita-pack: makes, signs and checks Pelita course packages (.pelita).
#include "pack_commands.h"

#include <functional>
#include <iostream>

namespace {

constexpr const char* kUsage =
    "Usage: pelita-pack COMMAND ...\n"
    "  init DIR                               start a course source folder, with an example\n"
    "  build SRC -o OUT.pelita [--key KEY]    check a course folder and pack it (signed with --key)\n"
    "  keygen NAME                            make a publisher key pair: NAME.key (secret), NAME.pub\n"
    "  sign PKG --key KEY                     sign (or re-sign) a package\n"
    "  verify PKG [--trust KEY.pub ...]       check everything; exit 0 only when all is well\n"
    "  inspect PKG [--json]                   show what a package holds\n"
    "  quiz import FILE [--format gift|aiken] turn a Moodle GIFT or Aiken export into quiz JSON\n"
    "pelita-pack COMMAND --help explains each. docs/trainer-guide.md walks through them.\n";

} // namespace

int main(int argc, char** argv) {
    using namespace pelita::pack;
    const std::map<std::string, std::function<int(const std::vector<std::string>&)>> commands = {
        {"init", runInit}, {"build", runBuild},   {"keygen", runKeygen},
        {"sign", runSign}, {"verify", runVerify}, {"inspect", runInspect}, {"quiz", runQuiz}};
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << kUsage;
        return args.empty() ? 2 : 0;
    }
    auto command = commands.find(args[0]);
    if (command == commands.end()) {
        std::cerr << "pelita-pack: \"" << args[0] << "\" is not a command\n\n" << kUsage;
        return 2;
    }
    try {
        return command->second(std::vector<std::string>(args.begin() + 1, args.end()));
    } catch (const std::exception& e) {
        std::cerr << "pelita-pack " << args[0] << ": " << e.what() << "\n";
        return 1;
    }
}
