// What the CLI's unit tests (cli_test.cc, cli_ticket_view_test.cc,
// cli_visitor_test.cc) share: a time zone set for one test, and timestamps.
#ifndef FRONTDESK_CLIENTS_CLI_CLI_TEST_SUPPORT_H_
#define FRONTDESK_CLIENTS_CLI_CLI_TEST_SUPPORT_H_

#include <google/protobuf/timestamp.pb.h>

#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace frontdesk::cli {

// Sets TZ for the life of the object (the CLI's local time zone).
class ScopedTimeZone {
 public:
  explicit ScopedTimeZone(const char* zone) {
    if (const char* old = std::getenv("TZ")) old_ = old;
    setenv("TZ", zone, 1);
    tzset();
  }
  ~ScopedTimeZone() {
    if (old_) {
      setenv("TZ", old_->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }

 private:
  std::optional<std::string> old_;
};

inline google::protobuf::Timestamp At(int64_t seconds) {
  google::protobuf::Timestamp t;
  t.set_seconds(seconds);
  return t;
}

// Unix seconds of 2026-11-23 16:00 in Asia/Shanghai (08:00 UTC).
inline constexpr int64_t kNov23At1600 = 1795420800;

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_CLI_TEST_SUPPORT_H_
