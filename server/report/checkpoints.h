// The open-items checkpoints (未结事项汇总, 每日至少两次 11:00 与 14:30)
// [REP-OPEN-ITEMS]: the instant a list describes and the checkpoint before
// it, in the site's zone.
//
// - MORNING_1100 of a date: 11:00 that day; previous: 14:30 the day before.
// - AFTERNOON_1430: 14:30 that day; previous: 11:00 the same day.
// - unspecified ("now"): `now`; previous: the latest checkpoint at or
//   before it.
// A checkpoint after `now` is INVALID_ARGUMENT (PERIOD_IN_FUTURE) naming
// "checkpoint"; a bad date names "date". The date defaults to the site's
// today; it is ignored for "now".
#ifndef FRONTDESK_SERVER_REPORT_CHECKPOINTS_H_
#define FRONTDESK_SERVER_REPORT_CHECKPOINTS_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk {

struct CheckpointTimes {
  absl::Time cutoff;
  absl::Time previous;
};

absl::StatusOr<CheckpointTimes> ResolveCheckpoint(
    v1::OpenItemsList::Checkpoint checkpoint, absl::string_view date,
    absl::TimeZone zone, absl::Time now);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_CHECKPOINTS_H_
