// Shift times: a shift is a civil start time and a nominal length in the
// site's time zone; its instants on a duty date are found here.
//
// A shift keeps its local start and its local end across a daylight-saving
// change, so its real length changes: a 12-hour night shift from 20:00 to
// 08:00 in America/New_York lasts 11 hours the night the clocks go forward
// and 13 hours the night they go back. The end is the local time reached by
// adding the nominal length to the local start (civil arithmetic), so the
// shifts of a plan that tile the 24 local hours (shift_plan.h) also tile the
// real timeline: one shift's end is exactly the next one's start.
//
// A local time the clocks skip (02:30 on the spring-forward night) is the
// instant the clocks jump (03:00 local); a local time that occurs twice
// (01:30 on the fall-back night) is its first occurrence. Start and end use
// the same conversion, so tiling holds in those hours too.
//
// Dates are "YYYY-MM-DD" and times "HH:MM" (24-hour clock), exactly: a date
// or time that does not exist (2026-02-30, 24:00) is INVALID_ARGUMENT naming
// the field.
#ifndef FRONTDESK_SERVER_ROSTER_SHIFT_TIME_H_
#define FRONTDESK_SERVER_ROSTER_SHIFT_TIME_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk {

// The longest and shortest nominal shift (ShiftDefinition.duration).
inline constexpr absl::Duration kMinShiftLength = absl::Hours(1);
inline constexpr absl::Duration kMaxShiftLength = absl::Hours(24);

// A shift definition reduced to its times.
struct ShiftPattern {
  // Minutes after local midnight, 0..1439.
  int start_minute = 0;
  // Nominal length in whole minutes, kMinShiftLength..kMaxShiftLength.
  int length_minutes = 0;
};

// The instants of one occurrence of a shift: [start, end).
struct ShiftInstants {
  absl::Time start;
  absl::Time end;
};

// The local date "YYYY-MM-DD"; INVALID_ARGUMENT on `field` when it is
// malformed or does not exist.
absl::StatusOr<absl::CivilDay> ParseLocalDate(absl::string_view text,
                                              absl::string_view field);

// "YYYY-MM-DD" of `day`.
std::string FormatLocalDate(absl::CivilDay day);

// Minutes after midnight of the local time "HH:MM" (00:00..23:59);
// INVALID_ARGUMENT on `field` otherwise.
absl::StatusOr<int> ParseLocalTime(absl::string_view text,
                                   absl::string_view field);

// The pattern of `definition`: start_local_time "HH:MM", duration whole
// minutes within 1 h..24 h. INVALID_ARGUMENT naming
// `field`.start_local_time or `field`.duration.
absl::StatusOr<ShiftPattern> PatternOf(const v1::ShiftDefinition& definition,
                                       absl::string_view field);

// The instant the local civil time `local` happens in `tz` (see above for
// skipped and repeated local times).
absl::Time LocalInstant(absl::CivilMinute local, absl::TimeZone tz);

// The instants of the shift `pattern` that starts on local date `date`.
ShiftInstants InstantsOn(const ShiftPattern& pattern, absl::CivilDay date,
                         absl::TimeZone tz);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_SHIFT_TIME_H_
