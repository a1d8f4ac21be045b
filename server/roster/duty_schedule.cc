#include "server/roster/duty_schedule.h"

#include "absl/strings/str_cat.h"
#include "common/status.h"

namespace frontdesk {

bool IsWorking(v1::DutyAssignment::Status status) {
  switch (status) {
    case v1::DutyAssignment::SCHEDULED:
    case v1::DutyAssignment::ON_DUTY:
    case v1::DutyAssignment::RELIEVED:
    case v1::DutyAssignment::COMPLETED:
    case v1::DutyAssignment::ABSENT:  // was theirs to work
      return true;
    default:
      return false;
  }
}

bool Overlaps(absl::Time a_start, absl::Time a_end, absl::Time b_start,
              absl::Time b_end) {
  return a_start < b_end && b_start < a_end;
}

absl::Status CheckFitsSchedule(const RosterDuty& duty,
                               const std::vector<RosterDuty>& schedule,
                               absl::Duration min_rest) {
  for (const RosterDuty& other : schedule) {
    if (other.staff != duty.staff || other.assignment == duty.assignment ||
        !IsWorking(other.status)) {
      continue;
    }
    const std::vector<std::pair<std::string, std::string>> metadata = {
        {"rule", "R-NO-BACK-TO-BACK"},
        {"staff", duty.staff},
        {"assignment", other.assignment}};
    if (Overlaps(duty.start, duty.end, other.start, other.end)) {
      return Error(
          absl::StatusCode::kFailedPrecondition, "DUTY_OVERLAP",
          absl::StrCat(duty.staff,
                       " already has a duty at that time: ", other.assignment),
          metadata);
    }
    const absl::Duration rest = duty.start >= other.end
                                    ? duty.start - other.end
                                    : other.start - duty.end;
    if (rest < min_rest) {
      return Error(absl::StatusCode::kFailedPrecondition, "BACK_TO_BACK_SHIFTS",
                   absl::StrCat(duty.staff, " would work back-to-back (连班): ",
                                absl::FormatDuration(rest), " of rest next to ",
                                other.assignment, ", less than ",
                                absl::FormatDuration(min_rest)),
                   metadata);
    }
  }
  return absl::OkStatus();
}

absl::Status CheckNotOnLeave(const RosterDuty& duty,
                             const std::vector<LeavePeriod>& leave) {
  for (const LeavePeriod& l : leave) {
    if (l.staff == duty.staff &&
        Overlaps(duty.start, duty.end, l.start, l.end)) {
      return Error(
          absl::StatusCode::kFailedPrecondition, "STAFF_ON_LEAVE",
          absl::StrCat(duty.staff, " is on approved leave during the shift"),
          {{"rule", "R-LEAVE-FLOW"}, {"staff", duty.staff}});
    }
  }
  return absl::OkStatus();
}

}  // namespace frontdesk
