// Runs a function every interval on a thread of its own until stopped; the
// stop is prompt (a condition variable, not a sleep). Used by frontdeskd's
// sweepers.
#ifndef FRONTDESK_SERVER_PERIODIC_TASK_H_
#define FRONTDESK_SERVER_PERIODIC_TASK_H_

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "absl/time/time.h"

namespace frontdesk {

class PeriodicTask {
 public:
  PeriodicTask() = default;
  PeriodicTask(const PeriodicTask&) = delete;
  PeriodicTask& operator=(const PeriodicTask&) = delete;
  ~PeriodicTask() { Stop(); }

  // Calls `run` now and then every `interval` until Stop().
  void Start(absl::Duration interval, std::function<void()> run) {
    thread_ = std::thread([this, interval, run = std::move(run)] {
      std::unique_lock<std::mutex> lock(mu_);
      while (!stop_) {
        lock.unlock();
        run();
        lock.lock();
        cv_.wait_for(lock, absl::ToChronoMilliseconds(interval),
                     [this] { return stop_; });
      }
    });
  }

  void Stop() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_PERIODIC_TASK_H_
