// Attendance corrections (补卡) [R-ATTENDANCE]:
// "staff/{staff}/attendanceCorrections/{id}".
//
// Create: by the person for their own record only (PERMISSION_DENIED
// otherwise). INVALID_ARGUMENT when the record already has the clock event
// of `kind` or a PENDING correction of it, when it is excused (swapped out,
// on leave), or when claimed_time is outside [scheduled_start - 2 h,
// scheduled_end + 4 h], in the future, or on the wrong side of the other
// punch. CORRECTION_WINDOW_CLOSED 3 days after the shift ended, or once the
// month's correction window closed (3 days after the site-local month).
// Beyond RosterPolicy.max_corrections_per_month (counting the month's
// corrections not rejected) it is accepted with over_limit.
//
// Approve / Reject: a SUPERVISOR or MANAGER of the record's site, never
// the person themself (PERMISSION_DENIED SELF_APPROVAL); only PENDING
// (CORRECTION_WRONG_STATE); under the etag if given. Approving puts the
// claimed time on the record (source CORRECTION) — its irregularities are
// recomputed on read — and a clock-out correction completes an assignment
// left ON_DUTY or RELIEVED, any correction one the absence sweep marked
// ABSENT. Reject needs a comment.
//
// List: parent "staff/{staff}" or "staff/-" (the caller's supervised
// sites), newest first; filter site = "sites/hx", status = PENDING, month =
// "2026-11" (the record's site-local month).
#ifndef FRONTDESK_SERVER_ROSTER_ATTENDANCE_CORRECTION_DESK_H_
#define FRONTDESK_SERVER_ROSTER_ATTENDANCE_CORRECTION_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class AttendanceCorrectionDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateAttendanceCorrection(
      const Call& call, const v1::CreateAttendanceCorrectionRequest& request,
      v1::AttendanceCorrection* response);
  absl::Status ListAttendanceCorrections(
      const Call& call, const v1::ListAttendanceCorrectionsRequest& request,
      v1::ListAttendanceCorrectionsResponse* response);
  absl::Status ApproveAttendanceCorrection(
      const Call& call, const v1::ApproveAttendanceCorrectionRequest& request,
      v1::AttendanceCorrection* response);
  absl::Status RejectAttendanceCorrection(
      const Call& call, const v1::RejectAttendanceCorrectionRequest& request,
      v1::AttendanceCorrection* response);

 private:
  absl::Status Decide(const Call& call, const std::string& method,
                      const google::protobuf::Message& request,
                      const std::string& name, const std::string& etag,
                      const std::string& request_id, bool approve,
                      const std::string& comment,
                      v1::AttendanceCorrection* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ATTENDANCE_CORRECTION_DESK_H_
