// Points in time as people type them on the command line:
//   "2026-11-23 16:00", "2026-11-23 16:00:30" or "2026-11-23T16:00"
//       in the CLI's local time zone (the TZ environment variable, else the
//       system's);
//   RFC 3339 "2026-11-23T16:00:00+08:00", "2026-11-23T08:00:00Z", with an
//       optional fraction of a second (".250").
// Whether a time is acceptable (e.g. in the future) is for the server.
#ifndef FRONTDESK_CLIENTS_CLI_LOCAL_TIME_H_
#define FRONTDESK_CLIENTS_CLI_LOCAL_TIME_H_

#include <google/protobuf/timestamp.pb.h>

#include <optional>
#include <string>

namespace frontdesk::cli {

// The instant `text` names, or nullopt when it is not such a time (or not a
// real date, e.g. "2026-02-30 10:00").
std::optional<google::protobuf::Timestamp> ParseTimeInput(
    const std::string& text);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_LOCAL_TIME_H_
