// A person's duties as the roster rules see them, and whether one more duty
// fits: no overlap, enough rest between two duties (no 连班), and not during
// approved leave. Used when a duty is assigned and, for both parties, when a
// swap changes hands [R-NO-BACK-TO-BACK].
//
// Back-to-back: two duties of one person less than RosterPolicy.min_rest
// apart are back-to-back, including 0 apart (one shift straight after the
// other, e.g. a day shift then the night shift). The rest is measured in
// real time between the instants, so across a DST change an hour more or
// less of rest is what the person really gets.
#ifndef FRONTDESK_SERVER_ROSTER_DUTY_SCHEDULE_H_
#define FRONTDESK_SERVER_ROSTER_DUTY_SCHEDULE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk {

// Default RosterPolicy.min_rest.
inline constexpr absl::Duration kDefaultMinRest = absl::Hours(8);

// One duty assignment of a person.
struct RosterDuty {
  // "sites/{site}/shifts/{shift}/assignments/{assignment}".
  std::string assignment;
  // "staff/{staff}".
  std::string staff;
  // The shift's definition id and local date (the shift's name is
  // "{yyyymmdd}-{definition}").
  std::string definition;
  absl::CivilDay date;
  absl::Time start;
  absl::Time end;
  v1::DutyAssignment::Status status = v1::DutyAssignment::SCHEDULED;
  // The approved swap through which the duty was obtained (origin SWAP) or
  // given away (SWAPPED_OUT); empty otherwise (DutyAssignment.shift_swap).
  std::string shift_swap;
};

// Approved leave of a person, [start, end).
struct LeavePeriod {
  std::string staff;
  absl::Time start;
  absl::Time end;
};

// The duty is someone's work: not cancelled, swapped out or on leave.
bool IsWorking(v1::DutyAssignment::Status status);

// [a_start, a_end) and [b_start, b_end) share an instant.
bool Overlaps(absl::Time a_start, absl::Time a_end, absl::Time b_start,
              absl::Time b_end);

// OK when `duty` fits the working duties of `schedule` (other people's
// duties and `duty` itself, by assignment name, are ignored):
//   FAILED_PRECONDITION DUTY_OVERLAP when it overlaps one,
//   FAILED_PRECONDITION BACK_TO_BACK_SHIFTS when it starts less than
//   `min_rest` after one ends or ends less than `min_rest` before one starts.
// Metadata: rule R-NO-BACK-TO-BACK, staff, and "assignment", the duty it
// clashes with.
absl::Status CheckFitsSchedule(const RosterDuty& duty,
                               const std::vector<RosterDuty>& schedule,
                               absl::Duration min_rest);

// FAILED_PRECONDITION STAFF_ON_LEAVE when approved leave of duty.staff
// overlaps the duty (metadata rule R-LEAVE-FLOW, staff).
absl::Status CheckNotOnLeave(const RosterDuty& duty,
                             const std::vector<LeavePeriod>& leave);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_DUTY_SCHEDULE_H_
