// Points in time as people type them on the command line:
//   "2026-11-23 16:00", "2026-11-23 16:00:30" or "2026-11-23T16:00"
//       in the CLI time zone (below);
//   RFC 3339 "2026-11-23T16:00:00+08:00", "2026-11-23T08:00:00Z", with an
//       optional fraction of a second (".250"), whatever the zone.
// Whether a time is acceptable (e.g. in the future) is for the server.
//
// The CLI time zone is the one zone of a run in which local times are read
// (here) and printed (FormatLocalTime() in output.h). main() sets it once,
// before the command runs: --tz / FRONTDESK_TZ if given, else the time zone
// of the site the command is about; until then, and for commands about
// several sites or none, it is the process's local zone (TZ, else the
// system's).
#ifndef FRONTDESK_CLIENTS_CLI_LOCAL_TIME_H_
#define FRONTDESK_CLIENTS_CLI_LOCAL_TIME_H_

#include <google/protobuf/timestamp.pb.h>

#include "absl/time/time.h"

#include <optional>
#include <string>

namespace frontdesk::cli {

// The CLI time zone: the last SetCliTimeZone(), else absl::LocalTimeZone().
absl::TimeZone CliTimeZone();
void SetCliTimeZone(absl::TimeZone zone);
// Back to the local zone (TZ); for tests.
void ResetCliTimeZone();

// The instant `text` names, a local time read in `zone`; nullopt when it is
// not such a time (or not a real date, e.g. "2026-02-30 10:00").
std::optional<google::protobuf::Timestamp> ParseTimeInput(
    const std::string& text, absl::TimeZone zone);
// The same in CliTimeZone().
std::optional<google::protobuf::Timestamp> ParseTimeInput(
    const std::string& text);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_LOCAL_TIME_H_
