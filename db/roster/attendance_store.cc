#include "db/roster/attendance_store.h"

#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "db/internal/columns.h"
#include "db/internal/fetch.h"
#include "db/internal/params.h"
#include "db/internal/sql_errors.h"
#include "db/roster/date_key.h"

namespace frontdesk::db {
namespace {

constexpr char kColumns[] =
    "SELECT duty_assignment_id, staff_id, site_id, clock_in_time_us,"
    " clock_in_source, clock_out_time_us, clock_out_source, override_reason,"
    " overridden_by, create_time_us, update_time_us, version"
    " FROM attendance_records";

struct PunchColumns {
  long long id = 0, clock_in_us = 0, clock_out_us = 0, create_us = 0,
            update_us = 0, version = 0;
  int clock_in_source = 0, clock_out_source = 0;
  std::string staff_id, site_id, override_reason, overridden_by;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, staff_id, site_id, clock_in_us, clock_in_source,
                clock_out_us, clock_out_source, override_reason, overridden_by,
                create_us, update_us, version);
  }

  AttendancePunchesRow ToRow() const {
    AttendancePunchesRow row;
    row.duty_assignment_id = id;
    row.staff_id = staff_id;
    row.site_id = site_id;
    row.clock_in_us = clock_in_us;
    row.clock_in_source =
        static_cast<v1::AttendanceRecord::Source>(clock_in_source);
    row.clock_out_us = clock_out_us;
    row.clock_out_source =
        static_cast<v1::AttendanceRecord::Source>(clock_out_source);
    row.override_reason = override_reason;
    row.overridden_by = overridden_by;
    row.create_us = create_us;
    row.update_us = update_us;
    row.version = version;
    return row;
  }
};

absl::Status EtagMismatch() {
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               "the attendance record was changed by someone else; read it "
               "again");
}

}  // namespace

absl::StatusOr<std::optional<AttendancePunchesRow>> FindAttendancePunches(
    Tx& tx, long long duty_assignment_id, bool for_update) {
  PunchColumns r;
  Params params;
  std::string sql = absl::StrCat(
      kColumns, " WHERE duty_assignment_id = ", params.Int(duty_assignment_id),
      for_update && tx.mysql() ? " FOR UPDATE" : "");
  soci::statement st(tx.sql);
  r.Bind(st);
  params.Execute(st, sql);
  if (!st.fetch()) return std::optional<AttendancePunchesRow>();
  return std::optional<AttendancePunchesRow>(r.ToRow());
}

absl::StatusOr<std::vector<AttendancePunchesRow>> ListAttendancePunches(
    Tx& tx, const std::vector<long long>& duty_assignment_ids) {
  std::vector<AttendancePunchesRow> out;
  // Bounded IN lists: a month of a site is a few hundred assignments.
  constexpr size_t kChunk = 200;
  for (size_t i = 0; i < duty_assignment_ids.size(); i += kChunk) {
    Params params;
    std::string in;
    for (size_t j = i; j < duty_assignment_ids.size() && j < i + kChunk; ++j) {
      absl::StrAppend(&in, in.empty() ? "" : ", ",
                      params.Int(duty_assignment_ids[j]));
    }
    PunchColumns r;
    auto rows =
        FetchAll(tx, params, r,
                 absl::StrCat(kColumns, " WHERE duty_assignment_id IN (", in,
                              ") ORDER BY duty_assignment_id"),
                 [](const PunchColumns& c) {
                   return absl::StatusOr<AttendancePunchesRow>(c.ToRow());
                 });
    if (!rows.ok()) return rows.status();
    out.insert(out.end(), rows->begin(), rows->end());
  }
  return out;
}

absl::StatusOr<AttendancePunchesRow> SaveAttendancePunches(
    Tx& tx, const AttendancePunchesRow& row, long long expected_version,
    long long now_us) {
  int in_source = row.clock_in_source, out_source = row.clock_out_source;
  if (expected_version == 0) {
    int assignment_exists = 0;
    tx.sql << "SELECT COUNT(*) FROM duty_assignments WHERE id = :id",
        soci::use(row.duty_assignment_id), soci::into(assignment_exists);
    if (!assignment_exists) {
      return Error(absl::StatusCode::kNotFound, "DUTY_ASSIGNMENT_NOT_FOUND",
                   absl::StrCat("duty assignment ", row.duty_assignment_id,
                                " does not exist"));
    }
    try {
      tx.sql << "INSERT INTO attendance_records (duty_assignment_id,"
                " staff_id, site_id, clock_in_time_us, clock_in_source,"
                " clock_out_time_us, clock_out_source, override_reason,"
                " overridden_by, create_time_us, update_time_us, version)"
                " VALUES (:a, :st, :si, :ci, :cis, :co, :cos, :r, :b, :c, :u,"
                " 1)",
          soci::use(row.duty_assignment_id), soci::use(row.staff_id),
          soci::use(row.site_id), soci::use(row.clock_in_us),
          soci::use(in_source), soci::use(row.clock_out_us),
          soci::use(out_source), soci::use(row.override_reason),
          soci::use(row.overridden_by), soci::use(now_us), soci::use(now_us);
    } catch (const std::exception& e) {
      if (!IsDuplicateKey(e)) throw;
      return Error(absl::StatusCode::kAlreadyExists, "ATTENDANCE_RECORD_EXISTS",
                   "the attendance record was written by someone else; read "
                   "it again");
    }
  } else {
    soci::statement st =
        (tx.sql.prepare << "UPDATE attendance_records SET"
                           " clock_in_time_us = :ci, clock_in_source = :cis,"
                           " clock_out_time_us = :co, clock_out_source = :cos,"
                           " override_reason = :r, overridden_by = :b,"
                           " update_time_us = :u, version = version + 1"
                           " WHERE duty_assignment_id = :a AND version = :v",
         soci::use(row.clock_in_us), soci::use(in_source),
         soci::use(row.clock_out_us), soci::use(out_source),
         soci::use(row.override_reason), soci::use(row.overridden_by),
         soci::use(now_us), soci::use(row.duty_assignment_id),
         soci::use(expected_version));
    st.execute(true);
    if (st.get_affected_rows() != 1) return EtagMismatch();
  }
  auto stored = FindAttendancePunches(tx, row.duty_assignment_id);
  if (!stored.ok()) return stored.status();
  return **stored;
}

absl::StatusOr<std::optional<DutyAssignmentRef>> FindAttendanceAssignment(
    Tx& tx, const std::string& staff_id, long long duty_assignment_id) {
  std::string site_id, definition_id;
  int date_key = 0;
  soci::indicator ind = soci::i_null;
  tx.sql << "SELECT site_id, date_key, definition_id FROM duty_assignments"
            " WHERE id = :id AND staff_id = :s",
      soci::use(duty_assignment_id), soci::use(staff_id),
      soci::into(site_id, ind), soci::into(date_key), soci::into(definition_id);
  if (!tx.sql.got_data()) return std::optional<DutyAssignmentRef>();
  return std::optional<DutyAssignmentRef>(DutyAssignmentRef{
      site_id, DayOfKey(date_key), definition_id, duty_assignment_id});
}

absl::StatusOr<std::vector<DutyAssignmentRef>> ListUnpunchedScheduledDuties(
    Tx& tx, const std::string& site_id, long long ended_by_us, int limit) {
  struct RefColumns {
    long long id = 0;
    std::string site_id, definition_id;
    int date_key = 0;
    void Bind(soci::statement& st) {
      IntoColumns(st, id, site_id, date_key, definition_id);
    }
  } r;
  Params params;
  std::string sql = absl::StrCat(
      "SELECT d.id, d.site_id, d.date_key, d.definition_id"
      " FROM duty_assignments d LEFT JOIN attendance_records a"
      " ON a.duty_assignment_id = d.id WHERE d.site_id = ",
      params.Text(site_id),
      " AND d.status = ", params.Int(v1::DutyAssignment::SCHEDULED),
      " AND d.end_time_us <= ", params.Int(ended_by_us),
      " AND a.duty_assignment_id IS NULL ORDER BY d.end_time_us, d.id LIMIT ",
      params.Int(limit));
  return FetchAll(tx, params, r, sql, [](const RefColumns& c) {
    return absl::StatusOr<DutyAssignmentRef>(DutyAssignmentRef{
        c.site_id, DayOfKey(c.date_key), c.definition_id, c.id});
  });
}

}  // namespace frontdesk::db
