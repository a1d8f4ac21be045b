#include "db/roster/attendance_correction_store.h"

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/columns.h"
#include "db/internal/fetch.h"
#include "db/internal/inserted_id.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

constexpr char kColumns[] =
    "SELECT id, staff_id, duty_assignment_id, site_id, month_key, kind,"
    " claimed_time_us, reason, status, over_limit, decided_by,"
    " decide_time_us, decision_comment, create_time_us, update_time_us,"
    " version FROM attendance_corrections";

struct CorrectionColumns {
  long long id = 0, assignment_id = 0, claimed_us = 0, decide_us = 0,
            create_us = 0, update_us = 0, version = 0;
  int month_key = 0, kind = 0, status = 0, over_limit = 0;
  std::string staff_id, site_id, reason, decided_by, decision_comment;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, staff_id, assignment_id, site_id, month_key, kind,
                claimed_us, reason, status, over_limit, decided_by, decide_us,
                decision_comment, create_us, update_us, version);
  }

  AttendanceCorrectionRow ToRow() const {
    AttendanceCorrectionRow row;
    row.id = id;
    row.staff_id = staff_id;
    row.duty_assignment_id = assignment_id;
    row.site_id = site_id;
    row.month_key = month_key;
    row.kind = static_cast<v1::AttendanceCorrection::Kind>(kind);
    row.claimed_us = claimed_us;
    row.reason = reason;
    row.status = static_cast<v1::AttendanceCorrection::Status>(status);
    row.over_limit = over_limit != 0;
    row.decided_by = decided_by;
    row.decide_us = decide_us;
    row.decision_comment = decision_comment;
    row.create_us = create_us;
    row.update_us = update_us;
    row.version = version;
    return row;
  }
};

absl::StatusOr<std::vector<AttendanceCorrectionRow>> Fetch(
    Tx& tx, Params& params, const std::string& sql) {
  CorrectionColumns r;
  return FetchAll(tx, params, r, sql, [](const CorrectionColumns& c) {
    return absl::StatusOr<AttendanceCorrectionRow>(c.ToRow());
  });
}

}  // namespace

std::string AttendanceRecordName(const std::string& staff_id,
                                 long long duty_assignment_id) {
  return absl::StrCat(StaffName(staff_id), "/attendanceRecords/",
                      duty_assignment_id);
}

std::string AttendanceCorrectionRow::name() const {
  return absl::StrCat(StaffName(staff_id), "/attendanceCorrections/", id);
}

v1::AttendanceCorrection AttendanceCorrectionRow::ToProto() const {
  v1::AttendanceCorrection out;
  out.set_name(name());
  out.set_attendance_record(AttendanceRecordName(staff_id, duty_assignment_id));
  out.set_kind(kind);
  SetTimestamp(out.mutable_claimed_time(), claimed_us);
  out.set_reason(reason);
  out.set_status(status);
  out.set_over_limit(over_limit);
  if (!decided_by.empty()) {
    out.set_decided_by(StaffName(decided_by));
    SetTimestamp(out.mutable_decide_time(), decide_us);
    out.set_decision_comment(decision_comment);
  }
  SetTimestamp(out.mutable_create_time(), create_us);
  out.set_etag(Etag(version));
  return out;
}

absl::StatusOr<AttendanceCorrectionRow> InsertAttendanceCorrection(
    Tx& tx, const AttendanceCorrectionRow& row, long long now_us) {
  int assignment_exists = 0;
  tx.sql << "SELECT COUNT(*) FROM duty_assignments WHERE id = :id",
      soci::use(row.duty_assignment_id), soci::into(assignment_exists);
  if (!assignment_exists) {
    return Error(absl::StatusCode::kNotFound, "DUTY_ASSIGNMENT_NOT_FOUND",
                 absl::StrCat("duty assignment ", row.duty_assignment_id,
                              " does not exist"));
  }
  int kind = row.kind, status = v1::AttendanceCorrection::PENDING,
      over_limit = row.over_limit ? 1 : 0;
  tx.sql << "INSERT INTO attendance_corrections (staff_id,"
            " duty_assignment_id, site_id, month_key, kind, claimed_time_us,"
            " reason, status, over_limit, create_time_us, update_time_us,"
            " version) VALUES (:st, :a, :si, :m, :k, :cl, :r, :s, :o, :c, :u,"
            " 1)",
      soci::use(row.staff_id), soci::use(row.duty_assignment_id),
      soci::use(row.site_id), soci::use(row.month_key), soci::use(kind),
      soci::use(row.claimed_us), soci::use(row.reason), soci::use(status),
      soci::use(over_limit), soci::use(now_us), soci::use(now_us);
  return GetAttendanceCorrection(tx, row.staff_id,
                                 InsertedId(tx, "attendance_corrections"));
}

absl::StatusOr<AttendanceCorrectionRow> GetAttendanceCorrection(
    Tx& tx, const std::string& staff_id, long long id, bool for_update) {
  Params params;
  std::string sql = absl::StrCat(kColumns, " WHERE id = ", params.Int(id),
                                 " AND staff_id = ", params.Text(staff_id),
                                 for_update && tx.mysql() ? " FOR UPDATE" : "");
  auto rows = Fetch(tx, params, sql);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) {
    return Error(
        absl::StatusCode::kNotFound, "ATTENDANCE_CORRECTION_NOT_FOUND",
        absl::StrCat("attendance correction \"", StaffName(staff_id),
                     "/attendanceCorrections/", id, "\" does not exist"));
  }
  return rows->front();
}

absl::StatusOr<std::vector<AttendanceCorrectionRow>> ListAttendanceCorrections(
    Tx& tx, const AttendanceCorrectionQuery& query) {
  Params params;
  std::string sql = absl::StrCat(kColumns, " WHERE 1 = 1");
  if (query.staff_id) {
    absl::StrAppend(&sql, " AND staff_id = ", params.Text(*query.staff_id));
  }
  if (!query.site_ids.empty()) {
    absl::StrAppend(&sql, " AND site_id IN ", params.TextList(query.site_ids));
  }
  if (query.month_key) {
    absl::StrAppend(&sql, " AND month_key = ", params.Int(*query.month_key));
  }
  if (query.status) {
    absl::StrAppend(&sql, " AND status = ", params.Int(*query.status));
  }
  if (!query.duty_assignment_ids.empty()) {
    std::string in;
    for (long long id : query.duty_assignment_ids) {
      absl::StrAppend(&in, in.empty() ? "" : ", ", params.Int(id));
    }
    absl::StrAppend(&sql, " AND duty_assignment_id IN (", in, ")");
  }
  if (query.before_id) {
    absl::StrAppend(&sql, " AND id < ", params.Int(*query.before_id));
  }
  absl::StrAppend(&sql, " ORDER BY id DESC LIMIT ", params.Int(query.limit));
  return Fetch(tx, params, sql);
}

absl::StatusOr<AttendanceCorrectionRow> DecideAttendanceCorrection(
    Tx& tx, const std::string& staff_id, long long id,
    v1::AttendanceCorrection::Status status, const std::string& by,
    const std::string& comment, long long expected_version, long long now_us) {
  auto current = GetAttendanceCorrection(tx, staff_id, id, true);
  if (!current.ok()) return current.status();
  int new_status = status;
  soci::statement st =
      (tx.sql.prepare << "UPDATE attendance_corrections SET status = :s,"
                         " decided_by = :b, decide_time_us = :d,"
                         " decision_comment = :c, update_time_us = :u,"
                         " version = version + 1"
                         " WHERE id = :id AND version = :v",
       soci::use(new_status), soci::use(by), soci::use(now_us),
       soci::use(comment), soci::use(now_us), soci::use(id),
       soci::use(expected_version));
  st.execute(true);
  if (st.get_affected_rows() != 1) {
    return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                 "the attendance correction was changed by someone else; "
                 "read it again");
  }
  return GetAttendanceCorrection(tx, staff_id, id);
}

}  // namespace frontdesk::db
