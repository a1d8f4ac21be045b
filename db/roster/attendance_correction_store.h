// Attendance corrections (补卡): a person's request to record a missed clock
// event of one of their attendance records,
// "staff/{staff}/attendanceCorrections/{id}". All SQL for
// attendance_corrections lives here.
//
// Contract:
// - Inserted PENDING with the site and site-local month (yyyymm) of the
//   record's shift, which the caller computed; the assignment must exist
//   (NOT_FOUND DUTY_ASSIGNMENT_NOT_FOUND). Rows are never deleted.
// - A decision applies only to the version it was computed from (ABORTED
//   ETAG_MISMATCH otherwise) and increments it. The store does not judge
//   transitions or who decides; the rules and desks do.
// - Lists are newest first (id descending).
// Functions work inside the caller's transaction; a refused call writes
// nothing.
#ifndef FRONTDESK_DB_ROSTER_ATTENDANCE_CORRECTION_STORE_H_
#define FRONTDESK_DB_ROSTER_ATTENDANCE_CORRECTION_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk::db {

struct AttendanceCorrectionRow {
  long long id = 0;  // set by the store
  std::string staff_id;
  long long duty_assignment_id = 0;  // the record's id
  std::string site_id;
  int month_key = 0;  // yyyymm, the shift's site-local month
  v1::AttendanceCorrection::Kind kind = v1::AttendanceCorrection::CLOCK_IN;
  long long claimed_us = 0;
  std::string reason;
  v1::AttendanceCorrection::Status status = v1::AttendanceCorrection::PENDING;
  bool over_limit = false;
  std::string decided_by;  // staff id
  long long decide_us = 0;
  std::string decision_comment;
  // Set by the store.
  long long create_us = 0;
  long long update_us = 0;
  long long version = 0;

  std::string name() const;
  v1::AttendanceCorrection ToProto() const;
};

// "staff/{staff}/attendanceRecords/{duty_assignment_id}".
std::string AttendanceRecordName(const std::string& staff_id,
                                 long long duty_assignment_id);

absl::StatusOr<AttendanceCorrectionRow> InsertAttendanceCorrection(
    Tx& tx, const AttendanceCorrectionRow& row, long long now_us);

// NOT_FOUND (ATTENDANCE_CORRECTION_NOT_FOUND) unless correction `id` is
// `staff_id`'s. With for_update, locks it (MariaDB).
absl::StatusOr<AttendanceCorrectionRow> GetAttendanceCorrection(
    Tx& tx, const std::string& staff_id, long long id, bool for_update = false);

// Which corrections a list returns; unset fields do not narrow it. An empty
// site_ids means every site.
struct AttendanceCorrectionQuery {
  std::optional<std::string> staff_id;
  std::vector<std::string> site_ids;
  std::optional<int> month_key;
  std::optional<v1::AttendanceCorrection::Status> status;
  // The corrections of these records only, if not empty.
  std::vector<long long> duty_assignment_ids;
  // Only ids below this one (the page before), if set.
  std::optional<long long> before_id;
  int limit = 1000;
};
absl::StatusOr<std::vector<AttendanceCorrectionRow>> ListAttendanceCorrections(
    Tx& tx, const AttendanceCorrectionQuery& query);

// PENDING -> `status` by `by` (staff id) at now_us with `comment`.
absl::StatusOr<AttendanceCorrectionRow> DecideAttendanceCorrection(
    Tx& tx, const std::string& staff_id, long long id,
    v1::AttendanceCorrection::Status status, const std::string& by,
    const std::string& comment, long long expected_version, long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ROSTER_ATTENDANCE_CORRECTION_STORE_H_
