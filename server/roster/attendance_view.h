// Attendance records and monthly summaries as the API shows them, read from
// the stores and judged by the rules of attendance.h [R-ATTENDANCE]; shared
// by the attendance desks (clock, records, corrections, summaries), which
// run these inside their own transaction.
//
// Contract:
// - Every duty assignment but a CANCELLED one has a record, named after it
//   ("staff/{staff}/attendanceRecords/{assignment id}"). Its punches are the
//   attendance_records row (attendance_store.h) if one was written, else
//   none. Every shift of the plan starts with a handover (front-desk duty),
//   so HANDOVER_ARRIVAL_LATE applies to all; a SWAPPED_OUT or ON_LEAVE
//   assignment is excused (nothing owed).
// - `final` and the irregularities are computed at read time against the
//   server's clock: a record is final from scheduled_end + 4 h, whether or
//   not a sweep ran. The duty's own status ABSENT is set afterwards by the
//   absence sweep (absence_sweeper.h); an approved correction of such a
//   duty makes it COMPLETED.
// - Who reads a person's attendance: the person; SUPERVISOR or MANAGER of
//   the record's site; ADMIN; for summaries also REPORT_JOB of the site.
#ifndef FRONTDESK_SERVER_ROSTER_ATTENDANCE_VIEW_H_
#define FRONTDESK_SERVER_ROSTER_ATTENDANCE_VIEW_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/principal.h"
#include "db/database.h"
#include "db/roster/attendance_store.h"
#include "db/roster/duty_assignment_store.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/roster/attendance.h"
#include "server/roster/roster_site.h"

namespace frontdesk {

// One record: its assignment, its punches, the corrections filed against
// it (names), and its judgement as of the time it was loaded.
struct AttendanceDuty {
  db::DutyAssignmentRow assignment;
  std::optional<db::AttendancePunchesRow> punches;
  std::vector<std::string> corrections;
  AttendanceOutcome outcome;
};

bool HasAttendanceRecord(const db::DutyAssignmentRow& assignment);
ScheduledDuty ScheduleOf(const db::DutyAssignmentRow& assignment);
Punches PunchesOf(const std::optional<db::AttendancePunchesRow>& punches);

// The sites' roster settings, each loaded once per transaction.
class RosterSites {
 public:
  explicit RosterSites(db::Tx& tx) : tx_(tx) {}
  absl::StatusOr<const RosterSite*> Get(const std::string& site_id);

 private:
  db::Tx& tx_;
  std::map<std::string, RosterSite> sites_;
};

// The records of `assignments` (CANCELLED ones dropped), judged at `now`.
absl::StatusOr<std::vector<AttendanceDuty>> LoadAttendance(
    db::Tx& tx, RosterSites& sites,
    const std::vector<db::DutyAssignmentRow>& assignments, absl::Time now);

v1::AttendanceRecord RecordToProto(const AttendanceDuty& duty);

// Whether `who` may read `staff_id`'s attendance at `site_id`;
// `as_report_job` lets REPORT_JOB read too (summaries).
bool MayReadAttendance(const Principal& who, const std::string& staff_id,
                       const std::string& site_id, bool as_report_job);
// Before anything is looked up: PERMISSION_DENIED unless `who` is
// `staff_id` (any for "-" ) or could read someone's attendance somewhere.
absl::Status CheckMayReadAttendanceOf(const Principal& who,
                                      const std::string& staff_id,
                                      bool as_report_job);
// PERMISSION_DENIED: not the caller's to read.
absl::Status AttendanceDenied();
// The sites where `who` reads others' attendance ({} = every site; a
// sentinel that matches no site when none), as server/authorize.h.
std::vector<std::string> SitesReadable(const Principal& who,
                                       bool as_report_job);

// The local month a record counts in: its shift's date's month.
absl::CivilMonth MonthOf(const db::DutyAssignmentRow& assignment);
// When the month's correction window closes at a site: 3 days after the
// month ends, local midnight.
absl::Time MonthClosesAt(absl::CivilMonth month, absl::TimeZone zone);

// A person's month from their records in it (`duties`, all theirs),
// counting `approved_corrections`; limits are the strictest of the sites
// involved (the defaults without any). `site_id` names the one site it is
// restricted to, if any. Leave (LeaveDays) is not filled here.
v1::AttendanceSummary SummarizeAttendance(
    const std::string& staff_id, absl::CivilMonth month,
    const std::string& site_id, const std::vector<AttendanceDuty>& duties,
    int approved_corrections, const std::vector<const RosterSite*>& sites,
    absl::Time now);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ATTENDANCE_VIEW_H_
