// POSIX: fork/exec of the PostgreSQL tools, the postgres user, a free port.
#include "postgres_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <vector>

#include <libpq-fe.h>

namespace pelita::test {

namespace {

const std::filesystem::path kBin = "/usr/lib/postgresql/15/bin";

std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs argv (as the postgres user when we are root) with output to `log`;
// returns the exit code.
int run(std::vector<std::string> argv, const std::filesystem::path& log) {
    if (geteuid() == 0) argv.insert(argv.begin(), {"runuser", "-u", "postgres", "--"});
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        std::vector<char*> args;
        for (auto& a : argv) args.push_back(a.data());
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int freePort() {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        getsockname(s, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    close(s);
    if (port == 0) throw std::runtime_error("no free port on 127.0.0.1");
    return port;
}

// Hands the folder to the postgres user, who runs the cluster when we are root.
void handToPostgresUser(const std::filesystem::path& folder) {
    if (geteuid() != 0) return;
    const passwd* user = getpwnam("postgres");
    if (!user) throw std::runtime_error("running as root, but there is no postgres user to run initdb as");
    if (chown(folder.c_str(), user->pw_uid, user->pw_gid) != 0)
        throw std::runtime_error("cannot hand " + folder.string() + " to the postgres user");
}

void exec(const std::string& uri, const std::string& sql) {
    PGconn* conn = PQconnectdb(uri.c_str());
    std::string error;
    if (PQstatus(conn) != CONNECTION_OK) {
        error = PQerrorMessage(conn);
    } else {
        PGresult* result = PQexec(conn, sql.c_str());
        if (PQresultStatus(result) != PGRES_COMMAND_OK && PQresultStatus(result) != PGRES_TUPLES_OK)
            error = PQresultErrorMessage(result);
        PQclear(result);
    }
    PQfinish(conn);
    if (!error.empty()) throw std::runtime_error(sql + ": " + error);
}

} // namespace

PostgresServer::PostgresServer() {
    std::random_device rd;
    folder_ = std::filesystem::temp_directory_path() / ("pelita-pg-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(folder_ / "socket");
    handToPostgresUser(folder_);
    handToPostgresUser(folder_ / "socket");
    // initdb's output goes to a file we open; the server writes its own log
    // (as the postgres user when we are root, so it must create that file itself).
    const auto log = folder_ / "initdb.log";
    if (run({(kBin / "initdb").string(), "-D", (folder_ / "data").string(), "-U", "pelita", "-A", "trust", "-E", "UTF8",
             "--locale=C", "--no-sync"},
            log) != 0) {
        const auto why = readFile(log);
        std::filesystem::remove_all(folder_);
        throw std::runtime_error("initdb failed:\n" + why);
    }
    // A port another process grabs between freePort() and the server's bind
    // makes pg_ctl fail; try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        port_ = freePort();
        const std::string settings = "-c listen_addresses=127.0.0.1 -p " + std::to_string(port_) + " -k " +
                                     (folder_ / "socket").string() +
                                     " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        if (run({(kBin / "pg_ctl").string(), "-D", (folder_ / "data").string(), "-l", (folder_ / "data" / "server.log").string(),
                 "-w", "-t", "60", "-o", settings, "start"},
                folder_ / "pg_ctl.log") == 0)
            return;
    }
    const auto why = readFile(folder_ / "pg_ctl.log") + readFile(folder_ / "data" / "server.log");
    std::filesystem::remove_all(folder_);
    throw std::runtime_error("PostgreSQL did not start:\n" + why);
}

PostgresServer::PostgresServer(Attached, std::filesystem::path folder, int port)
    : folder_(std::move(folder)), port_(port), owned_(false) {}

PostgresServer::~PostgresServer() {
    if (owned_) shutDown();
}

void PostgresServer::shutDown() {
    // "immediate": nothing in a test cluster needs a clean checkpoint.
    run({(kBin / "pg_ctl").string(), "-D", (folder_ / "data").string(), "-m", "immediate", "-w", "stop"},
        folder_ / "pg_ctl.log");
    std::error_code ec;
    std::filesystem::remove_all(folder_, ec);
}

std::string PostgresServer::uri(const std::string& database) const {
    return "postgresql://pelita@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

std::string PostgresServer::createDatabase(const std::string& database) const {
    if (database.empty() || database.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
        throw std::runtime_error("bad test database name " + database);
    try {
        exec(uri(), "CREATE DATABASE " + database);
    } catch (const std::runtime_error& e) {
        // Asked again for the same name (a test reopening its storage): keep it.
        if (std::string(e.what()).find("already exists") == std::string::npos) throw;
    }
    return uri(database);
}

void PostgresServer::start(const std::filesystem::path& stateDir) {
    PostgresServer server;
    std::filesystem::create_directories(stateDir);
    std::ofstream(stateDir / "cluster") << server.folder_.string() << "\n" << server.port_ << "\n";
    server.owned_ = false;
}

std::unique_ptr<PostgresServer> PostgresServer::attach(const std::filesystem::path& stateDir) {
    std::ifstream in(stateDir / "cluster");
    std::string folder;
    int port = 0;
    if (!(in >> folder >> port)) return nullptr;
    return std::unique_ptr<PostgresServer>(new PostgresServer(Attached{}, folder, port));
}

void PostgresServer::stop(const std::filesystem::path& stateDir) {
    if (auto server = attach(stateDir)) server->shutDown();
    std::filesystem::remove(stateDir / "cluster");
}

} // namespace pelita::test
