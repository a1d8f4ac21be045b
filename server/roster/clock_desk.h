// Clock in and out (打卡) at the server's clock, never the client's
// [R-ATTENDANCE] [R-NO-UNOFFICIAL-COVER] [R-RELIEF-FIRST].
//
// ClockIn: the person (the caller, or the one a CLOCK_TERMINAL of the site
// names: source TERMINAL, else SELF) must have a SCHEDULED assignment at the
// site whose window [start - 2 h, end) contains now, else
// NO_DUTY_ASSIGNMENT (不得擅自代班); one already clocked in there is
// ALREADY_CLOCKED_IN. The assignment becomes ON_DUTY with its clock_in
// time (the handover reads it), and the record gets the punch.
//
// ClockOut: the person's latest ON_DUTY or RELIEVED assignment at the site
// that started at most 2 days ago (NOT_CLOCKED_IN without one). ON_DUTY is
// RELIEF_NOT_ON_DUTY (接班人员未上岗,不准下岗) unless a SUPERVISOR or
// MANAGER of the site clocks someone else out with override_reason (source
// SUPERVISOR, the reason and the supervisor recorded). The assignment
// becomes COMPLETED.
//
// Who: naming someone else takes a CLOCK_TERMINAL of the site (no
// override) or, for ClockOut, a SUPERVISOR/MANAGER of the site with
// override_reason; otherwise PERMISSION_DENIED. A supervisor may not
// override for themself (SELF_APPROVAL). Both calls lock the assignment,
// so two servers never clock one duty twice; request_id replays the first
// answer.
#ifndef FRONTDESK_SERVER_ROSTER_CLOCK_DESK_H_
#define FRONTDESK_SERVER_ROSTER_CLOCK_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class ClockDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status ClockIn(const Call& call, const v1::ClockInRequest& request,
                       v1::AttendanceRecord* response);
  absl::Status ClockOut(const Call& call, const v1::ClockOutRequest& request,
                        v1::AttendanceRecord* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_CLOCK_DESK_H_
