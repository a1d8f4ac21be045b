#include "server/report/checkpoints.h"

#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "server/report/report_period.h"

namespace frontdesk {
namespace {

absl::Time Morning(absl::CivilDay day, absl::TimeZone zone) {
  return zone
      .At(absl::CivilSecond(day.year(), day.month(), day.day(), 11, 0, 0))
      .pre;
}

absl::Time Afternoon(absl::CivilDay day, absl::TimeZone zone) {
  return zone
      .At(absl::CivilSecond(day.year(), day.month(), day.day(), 14, 30, 0))
      .pre;
}

}  // namespace

absl::StatusOr<CheckpointTimes> ResolveCheckpoint(
    v1::OpenItemsList::Checkpoint checkpoint, absl::string_view date,
    absl::TimeZone zone, absl::Time now) {
  const absl::CivilDay today = absl::ToCivilDay(now, zone);
  if (checkpoint == v1::OpenItemsList::CHECKPOINT_UNSPECIFIED) {
    CheckpointTimes times{now, Afternoon(today - 1, zone)};
    if (Afternoon(today, zone) <= now) {
      times.previous = Afternoon(today, zone);
    } else if (Morning(today, zone) <= now) {
      times.previous = Morning(today, zone);
    }
    return times;
  }
  absl::CivilDay day = today;
  if (!date.empty()) {
    auto parsed = ParseReportDate("date", date);
    if (!parsed.ok()) return parsed.status();
    day = *parsed;
  }
  CheckpointTimes times;
  if (checkpoint == v1::OpenItemsList::MORNING_1100) {
    times = {Morning(day, zone), Afternoon(day - 1, zone)};
  } else if (checkpoint == v1::OpenItemsList::AFTERNOON_1430) {
    times = {Afternoon(day, zone), Morning(day, zone)};
  } else {
    return InvalidField("checkpoint",
                        "must be MORNING_1100, AFTERNOON_1430 "
                        "or unspecified (now)");
  }
  if (times.cutoff > now) {
    return InvalidField(
        "checkpoint",
        absl::StrCat("the checkpoint of ", absl::FormatCivilTime(day),
                     " has not come yet at the site"),
        "PERIOD_IN_FUTURE");
  }
  return times;
}

}  // namespace frontdesk
