#pragma once
// Internal: writes files on a thread of its own, so that unpacking overlaps
// reading and hashing the package with writing to disk. The caller's thread
// queues work and goes on; a bounded queue keeps memory use at a few chunks.
// Use from one thread; finish() (or the destructor) joins the writer.
#include "package/durable_file.h"

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace pelita::content::detail {

class WriteBehind {
public:
    WriteBehind();
    ~WriteBehind();
    WriteBehind(const WriteBehind&) = delete;
    WriteBehind& operator=(const WriteBehind&) = delete;

    // Each returns false, with the first failure in `error`, once any queued
    // step has failed; later steps are then dropped.
    bool create(const std::filesystem::path& file, std::string& error); // closes the file before it
    bool write(const char* data, std::size_t size, std::string& error); // copies `data`
    bool finish(std::string& error);                                    // closes the last file, waits for all

private:
    struct Step {
        std::filesystem::path create; // non-empty: start this file
        std::vector<char> bytes;
        bool close = false;
    };
    bool push(Step step, std::string& error);
    void run();

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Step> queue_;
    // Chunk buffers the writer is done with, reused so that each chunk does not
    // fault in fresh pages (a few percent of an import).
    std::vector<std::vector<char>> spare_;
    std::string failure_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace pelita::content::detail
