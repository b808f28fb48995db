#pragma once
// Internal: writes files on a thread of its own, so that unpacking overlaps
// reading and hashing the package with writing to disk. The caller's thread
// gathers the bytes into aligned 1 MiB blocks, which DurableFile can hand to the
// disk directly, and goes on; a bounded queue keeps memory use at a few blocks.
// Use from one thread; finish() (or the destructor) joins the writer.
#include "package/durable_file.h"

#include <condition_variable>
#include <new>
#include <deque>
#include <filesystem>
#include <memory>
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
    // Aligned operator new rather than std::aligned_alloc, which MSVC lacks.
    struct FreeBytes {
        void operator()(char* p) const { ::operator delete(p, std::align_val_t{DurableFile::kDirectAlign}); }
    };
    // A file's next bytes, at a file offset that is a multiple of the block size.
    struct Block {
        Block();
        std::unique_ptr<char, FreeBytes> bytes;
        std::size_t size = 0;
    };
    struct Step {
        std::filesystem::path create; // non-empty: start this file
        std::unique_ptr<Block> block; // bytes for the current file
        bool close = false;
    };
    bool push(Step step, std::string& error);
    bool pushFilling(std::string& error); // queues the block being filled, if any
    void run();

    std::unique_ptr<Block> filling_; // the caller's; not shared with the writer
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Step> queue_;
    // Blocks the writer is done with, reused so that each does not fault in
    // fresh pages (a few percent of an import).
    std::vector<std::unique_ptr<Block>> spare_;
    std::string failure_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace pelita::content::detail
