// Leave (请假) and reporting back (销假),
// "staff/{staff}/leaveApplications/{id}" [R-LEAVE-FLOW]
// [R-NO-COVERAGE-GAP]: the flow's rules are leave_rules.h; this desk reads
// and writes through the stores in one transaction per call.
//
// - A person applies for themself (parent is the caller), at one of their
//   sites; the steps are fixed when applied for (leave_rules.h).
// - The permission table cannot see the site in a "staff/..." name, so the
//   desk checks it: the applicant and the SUPERVISORs and MANAGERs of the
//   leave's site see it (anyone else: NOT_FOUND); the pending step's role at
//   that site decides it, never the applicant (SELF_APPROVAL); only the
//   applicant cancels; the applicant or a SUPERVISOR/MANAGER of the site
//   records the report back. "staff/-" lists what the caller may see.
// - affected_assignments: the applicant's duties at the site that overlap
//   the leave and are SCHEDULED, or ON_LEAVE through it.
// - coverage_gaps (PENDING only, computed at read time): the shifts not yet
//   ended that approving would leave shorter than they are and below their
//   headcount (coverage.h, the leave as if approved vs. as is). Approval at
//   the last step is COVERAGE_GAP while one remains; otherwise the SCHEDULED
//   affected duties become ON_LEAVE in the same transaction. Cancelling an
//   approved leave before it starts gives them back (SCHEDULED).
// - Reporting back early gives back the ON_LEAVE duties of shifts starting
//   after the return whose shift still needs them (fewer other people
//   working it than its headcount); the others stay with their relief.
#ifndef FRONTDESK_SERVER_ROSTER_LEAVE_DESK_H_
#define FRONTDESK_SERVER_ROSTER_LEAVE_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class LeaveDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateLeaveApplication(
      const Call& call, const v1::CreateLeaveApplicationRequest& request,
      v1::LeaveApplication* response);
  absl::Status GetLeaveApplication(
      const Call& call, const v1::GetLeaveApplicationRequest& request,
      v1::LeaveApplication* response);
  absl::Status ListLeaveApplications(
      const Call& call, const v1::ListLeaveApplicationsRequest& request,
      v1::ListLeaveApplicationsResponse* response);
  absl::Status ApproveLeaveApplication(
      const Call& call, const v1::ApproveLeaveApplicationRequest& request,
      v1::LeaveApplication* response);
  absl::Status RejectLeaveApplication(
      const Call& call, const v1::RejectLeaveApplicationRequest& request,
      v1::LeaveApplication* response);
  absl::Status CancelLeaveApplication(
      const Call& call, const v1::CancelLeaveApplicationRequest& request,
      v1::LeaveApplication* response);
  absl::Status ReturnFromLeave(const Call& call,
                               const v1::ReturnFromLeaveRequest& request,
                               v1::LeaveApplication* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_LEAVE_DESK_H_
