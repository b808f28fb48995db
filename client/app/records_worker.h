#pragma once
// RecordsWorker: the kiosk's job thread for disk work. It owns the UI's
// connection to the records store and reads course files, so the UI thread
// never waits on disk. Jobs run one at a time, in the order they were posted,
// which keeps a learner's answers in order before their submit.
//
// Threads: post() from the UI thread. Jobs run on the worker thread; they hand
// results back by posting closures to the MainThreadQueue.
#include "platform/main_thread_queue.h"

#include <pelita/sync/records_store.h>

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace pelita::kiosk {

class RecordsWorker {
public:
    using Job = std::function<void(sync::RecordsStore&)>;
    using OnError = std::function<void(const std::string&)>;

    // Starts the thread, which opens <dataDir>/records.db.
    RecordsWorker(std::filesystem::path dataDir, platform::MainThreadQueue& queue);
    // Finishes every queued job (no write is dropped on quit), then joins.
    ~RecordsWorker();
    RecordsWorker(const RecordsWorker&) = delete;
    RecordsWorker& operator=(const RecordsWorker&) = delete;

    // Runs `job` on the worker. If it throws, or the store could not be opened,
    // `onError` runs on the UI thread with the message.
    void post(Job job, OnError onError);

    const std::filesystem::path& dataDir() const { return dataDir_; }

private:
    void loop();

    std::filesystem::path dataDir_;
    platform::MainThreadQueue& queue_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::pair<Job, OnError>> jobs_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace pelita::kiosk
