// Monthly attendance summaries (月度考勤汇总) [R-ATTENDANCE], computed at
// read time from the records (attendance_view.h), the approved corrections
// and the assignments; months are the site-local months of the shifts'
// dates.
//
// Get "staff/{staff}/attendanceSummaries/{yyyy-mm}", optional site: the
// person, SUPERVISOR/MANAGER or REPORT_JOB of the site(s) counted, ADMIN.
// Without a site, a reader other than the person sees the sites they may
// read only.
//
// List: parent "staff/-" with filter month = "2026-11" (required) and
// optional site = "sites/hx", breach = LATE_LIMIT: one summary per person
// with a duty in the month at the sites read (the filter's, or every site
// the caller may read), in staff id order. Parent "staff/{staff}": that
// person's months, the filter's month or the 12 up to the current one
// (UTC), newest first.
//
// swap_count counts the distinct approved swaps the person's assignments
// came from (origin SWAP) or went to (SWAPPED_OUT). `leave` (LeaveDays) is
// the approved leave (cut at the report back) at the sites counted, by
// type, in days of the leave's site counted in halves (leave_rules.h
// LeaveDaysInMonth).
#ifndef FRONTDESK_SERVER_ROSTER_ATTENDANCE_SUMMARY_DESK_H_
#define FRONTDESK_SERVER_ROSTER_ATTENDANCE_SUMMARY_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class AttendanceSummaryDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetAttendanceSummary(
      const Call& call, const v1::GetAttendanceSummaryRequest& request,
      v1::AttendanceSummary* response);
  absl::Status ListAttendanceSummaries(
      const Call& call, const v1::ListAttendanceSummariesRequest& request,
      v1::ListAttendanceSummariesResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ATTENDANCE_SUMMARY_DESK_H_
