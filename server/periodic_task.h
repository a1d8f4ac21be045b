// Runs a function every interval on a thread of its own until stopped; the
// stop is prompt (the thread waits on the mutex for `stop_` or the interval,
// it does not sleep). Used by frontdeskd's sweepers. Start() once; Stop() may
// be called from any thread, any number of times.
#ifndef FRONTDESK_SERVER_PERIODIC_TASK_H_
#define FRONTDESK_SERVER_PERIODIC_TASK_H_

#include <functional>
#include <thread>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
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
      for (;;) {
        {
          absl::MutexLock lock(&mu_);
          if (stop_) return;
        }
        run();
        absl::MutexLock lock(&mu_);
        if (mu_.AwaitWithTimeout(absl::Condition(&stop_), interval)) return;
      }
    });
  }

  void Stop() ABSL_LOCKS_EXCLUDED(mu_) {
    {
      absl::MutexLock lock(&mu_);
      stop_ = true;
    }
    if (thread_.joinable()) thread_.join();
  }

 private:
  absl::Mutex mu_;
  bool stop_ ABSL_GUARDED_BY(mu_) = false;
  std::thread thread_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_PERIODIC_TASK_H_
