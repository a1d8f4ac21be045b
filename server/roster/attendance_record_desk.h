// Reading attendance records (考勤记录) [R-ATTENDANCE]: one per duty
// assignment, "staff/{staff}/attendanceRecords/{assignment id}", judged at
// read time (attendance_view.h).
//
// Get: the person, or a SUPERVISOR/MANAGER of the record's site (ADMIN
// too); anyone else PERMISSION_DENIED, checked before the record is looked
// up where the caller could read no one's. A CANCELLED assignment has no
// record (NOT_FOUND ATTENDANCE_RECORD_NOT_FOUND).
//
// List: parent "staff/{staff}" (the person's, at the sites the caller may
// read) or "staff/-" (everyone's at the sites the caller supervises), newest
// scheduled_start first. Filter: site = "sites/hx", date >= / <= / =
// "2026-11-01" (the shift's local date), irregularity = LATE, final = true
// | false. The dates span at most 400 days; without a lower bound the list
// starts 92 days before the upper one, which defaults to tomorrow (UTC).
#ifndef FRONTDESK_SERVER_ROSTER_ATTENDANCE_RECORD_DESK_H_
#define FRONTDESK_SERVER_ROSTER_ATTENDANCE_RECORD_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class AttendanceRecordDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetAttendanceRecord(
      const Call& call, const v1::GetAttendanceRecordRequest& request,
      v1::AttendanceRecord* response);
  absl::Status ListAttendanceRecords(
      const Call& call, const v1::ListAttendanceRecordsRequest& request,
      v1::ListAttendanceRecordsResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ATTENDANCE_RECORD_DESK_H_
