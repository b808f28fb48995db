// pelita-test-postgres start|stop STATE_DIR: the ctest fixture that runs one
// PostgreSQL cluster for a whole ctest run (see postgres_server.h).
#include <iostream>
#include <string>

#include "postgres_server.h"

int main(int argc, char** argv) {
    const std::string command = argc == 3 ? argv[1] : "";
    if (command != "start" && command != "stop") {
        std::cerr << "usage: pelita-test-postgres start|stop STATE_DIR\n";
        return 2;
    }
    try {
        if (command == "start") {
            pelita::test::PostgresServer::stop(argv[2]); // one a crashed run left behind
            pelita::test::PostgresServer::start(argv[2]);
        } else {
            pelita::test::PostgresServer::stop(argv[2]);
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "pelita-test-postgres: " << e.what() << "\n";
        return 1;
    }
}
