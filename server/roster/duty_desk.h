// The roster itself: a site's shifts and who is on them (值班安排).
// Anyone at the site reads it; a SUPERVISOR or MANAGER of the site puts
// people on shifts and takes them off (the permission table) [R-ROLES].
//
// - A shift exists on every date for every definition of the site's
//   policy; the first assignment materialises it (roster_site.h).
// - CreateDutyAssignment checks, in one transaction: the origin and the
//   shift's start (duty_rules.h), the person's qualification
//   (STAFF_NOT_QUALIFIED), their schedule around the shift (DUTY_OVERLAP,
//   BACK_TO_BACK_SHIFTS with the policy's min_rest, duty_schedule.h) and
//   their approved leave (STAFF_ON_LEAVE); one place per person per shift
//   (ALREADY_EXISTS DUTY_ALREADY_ASSIGNED, kept by the store).
// - DeleteDutyAssignment keeps the row as CANCELLED and refuses a removal
//   that would leave the shift shorter than its headcount (COVERAGE_GAP,
//   coverage.h) [R-NO-COVERAGE-GAP].
// - Lists are bounded: a date range of at most 62 days, named in the
//   filter (`date >= "2026-11-01" AND date <= "2026-11-30"`), unless the
//   parent is one shift. "sites/-" covers the sites the caller may read.
#ifndef FRONTDESK_SERVER_ROSTER_DUTY_DESK_H_
#define FRONTDESK_SERVER_ROSTER_DUTY_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class DutyDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetShift(const Call& call, const v1::GetShiftRequest& request,
                        v1::Shift* response);
  absl::Status ListShifts(const Call& call,
                          const v1::ListShiftsRequest& request,
                          v1::ListShiftsResponse* response);
  absl::Status CreateDutyAssignment(
      const Call& call, const v1::CreateDutyAssignmentRequest& request,
      v1::DutyAssignment* response);
  absl::Status DeleteDutyAssignment(
      const Call& call, const v1::DeleteDutyAssignmentRequest& request,
      v1::DutyAssignment* response);
  absl::Status ListDutyAssignments(
      const Call& call, const v1::ListDutyAssignmentsRequest& request,
      v1::ListDutyAssignmentsResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_DUTY_DESK_H_
