#include "app/records_worker.h"

namespace pelita::kiosk {

RecordsWorker::RecordsWorker(std::filesystem::path dataDir, platform::MainThreadQueue& queue)
    : dataDir_(std::move(dataDir)), queue_(queue), thread_([this] { loop(); }) {}

RecordsWorker::~RecordsWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
}

void RecordsWorker::post(Job job, OnError onError) {
    {
        std::lock_guard lock(mutex_);
        jobs_.emplace_back(std::move(job), std::move(onError));
    }
    wake_.notify_one();
}

void RecordsWorker::loop() {
    std::string openError;
    std::unique_ptr<sync::RecordsStore> store;
    if (auto opened = sync::RecordsStore::open(dataDir_))
        store = std::move(*opened);
    else
        openError = opened.error().message;

    for (;;) {
        std::pair<Job, OnError> next;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (jobs_.empty()) return; // stopping, and every job is done
            next = std::move(jobs_.front());
            jobs_.pop_front();
        }
        std::string error = openError;
        if (store) {
            try {
                next.first(*store);
            } catch (const std::exception& e) {
                error = e.what();
            }
        }
        if (!error.empty() && next.second)
            queue_.post([onError = std::move(next.second), error] { onError(error); });
    }
}

} // namespace pelita::kiosk
