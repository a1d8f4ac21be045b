// Who may be put on a shift and when a duty may be added or removed
// [R-ROLES] [R-NO-COVERAGE-GAP] [R-NO-BACK-TO-BACK]: the checks of
// CreateDutyAssignment and DeleteDutyAssignment that are not the schedule's
// (duty_schedule.h) or coverage's (coverage.h).
//
// - STAFF_NOT_QUALIFIED: front-desk duty is a receptionist's: the person
//   holds RECEPTIONIST at the shift's site (or at every site).
// - SHIFT_ALREADY_STARTED: the roster of a shift that has started is
//   history. The one exception is an emergency relief (origin LEAVE_COVER,
//   e.g. someone fell ill on duty), accepted until the shift ends.
// - A new duty is PLANNED or LEAVE_COVER; SWAP duties are made by an
//   approved swap only (INVALID_ARGUMENT on duty_assignment.origin).
// - Only a SCHEDULED duty is removed (DUTY_NOT_SCHEDULED: one on leave,
//   swapped or worked is the leave's, the swap's or attendance's), and only
//   before its shift starts (SHIFT_ALREADY_STARTED).
#ifndef FRONTDESK_SERVER_ROSTER_DUTY_RULES_H_
#define FRONTDESK_SERVER_ROSTER_DUTY_RULES_H_

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk {

absl::Status CheckQualifiedForDesk(const std::vector<v1::RoleGrant>& grants,
                                   absl::string_view site_id);

absl::Status CheckDutyOrigin(v1::DutyAssignment::Origin origin);

absl::Status CheckMayAddDuty(v1::DutyAssignment::Origin origin,
                             absl::Time shift_start, absl::Time shift_end,
                             absl::Time now);

absl::Status CheckMayRemoveDuty(v1::DutyAssignment::Status status,
                                absl::Time shift_start, absl::Time now);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_DUTY_RULES_H_
