// Attendance records' punches (考勤打卡): one row per duty assignment, keyed
// by the assignment's id, written at the first clock event (a punch or an
// approved correction). A record without a row has no punches; its
// schedule is its assignment's (duty_assignment_store.h). Irregularities
// and `final` are the rules' (server/roster/attendance.h), computed at read
// time: nothing judged is stored here. All SQL for attendance_records lives
// here.
//
// Contract:
// - SaveAttendancePunches writes the row of a new record (expected_version
//   0: ALREADY_EXISTS ATTENDANCE_RECORD_EXISTS if one was written
//   meanwhile) or the next version of an existing one (ABORTED
//   ETAG_MISMATCH unless it is still at expected_version). The assignment
//   must exist (NOT_FOUND DUTY_ASSIGNMENT_NOT_FOUND).
// - The caller serialises the clock events of one duty by locking its
//   assignment (GetDutyAssignment for_update); the version catches the
//   rest.
// - FindAttendanceAssignment resolves a record's name ("staff/{staff}/
//   attendanceRecords/{id}") to its assignment: nullopt unless that
//   assignment is the staff member's.
// Functions work inside the caller's transaction; a refused call writes
// nothing.
#ifndef FRONTDESK_DB_ROSTER_ATTENDANCE_STORE_H_
#define FRONTDESK_DB_ROSTER_ATTENDANCE_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/roster/duty_assignment_store.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk::db {

struct AttendancePunchesRow {
  long long duty_assignment_id = 0;
  std::string staff_id;
  std::string site_id;
  // 0 / SOURCE_UNSPECIFIED for a punch not (yet) made.
  long long clock_in_us = 0;
  v1::AttendanceRecord::Source clock_in_source =
      v1::AttendanceRecord::SOURCE_UNSPECIFIED;
  long long clock_out_us = 0;
  v1::AttendanceRecord::Source clock_out_source =
      v1::AttendanceRecord::SOURCE_UNSPECIFIED;
  // A supervisor's clock-out before the relief took over: why, and who
  // (staff id).
  std::string override_reason;
  std::string overridden_by;
  // Set by the store.
  long long create_us = 0;
  long long update_us = 0;
  long long version = 0;
};

// The row of the record of assignment `duty_assignment_id`, or nullopt.
// With for_update, locks it (MariaDB).
absl::StatusOr<std::optional<AttendancePunchesRow>> FindAttendancePunches(
    Tx& tx, long long duty_assignment_id, bool for_update = false);

// The rows of those of `duty_assignment_ids` that have one, in id order.
absl::StatusOr<std::vector<AttendancePunchesRow>> ListAttendancePunches(
    Tx& tx, const std::vector<long long>& duty_assignment_ids);

// Writes `row` (see above); returns it as stored.
absl::StatusOr<AttendancePunchesRow> SaveAttendancePunches(
    Tx& tx, const AttendancePunchesRow& row, long long expected_version,
    long long now_us);

// The assignment `duty_assignment_id` of `staff_id`, or nullopt.
absl::StatusOr<std::optional<DutyAssignmentRef>> FindAttendanceAssignment(
    Tx& tx, const std::string& staff_id, long long duty_assignment_id);

// The site's SCHEDULED assignments that ended at or before `ended_by_us`
// and whose record has no row (no punch, no approved correction), in end
// order, at most `limit`: what the absence sweep marks ABSENT.
absl::StatusOr<std::vector<DutyAssignmentRef>> ListUnpunchedScheduledDuties(
    Tx& tx, const std::string& site_id, long long ended_by_us, int limit);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ROSTER_ATTENDANCE_STORE_H_
