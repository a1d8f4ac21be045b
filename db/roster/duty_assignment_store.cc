#include "db/roster/duty_assignment_store.h"

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
#include "db/roster/date_key.h"
#include "db/roster/shift_store.h"

namespace frontdesk::db {
namespace {

// The longest a shift really lasts: the longest nominal shift (24 h) and
// the hour gained the night the clocks go back. A duty overlapping a
// period starts at most this long before it, which bounds the range scan
// of duty_assignments_by_staff from below.
constexpr long long kLongestShiftUs = 25LL * 3600 * 1000 * 1000;

constexpr char kColumns[] =
    "SELECT id, site_id, date_key, definition_id, staff_id, status, origin,"
    " shift_swap_id, leave_application_id, start_time_us, end_time_us,"
    " created_by, create_time_us, update_time_us, version,"
    " clock_in_time_us, released_by, release_time_us, release_reason"
    " FROM duty_assignments";

struct AssignmentColumns {
  long long id = 0, shift_swap_id = 0, leave_application_id = 0, start_us = 0,
            end_us = 0, create_us = 0, update_us = 0, version = 0,
            clock_in_us = 0, release_us = 0;
  std::string site_id, definition_id, staff_id, created_by, released_by,
      release_reason;
  int date_key = 0, status = 0, origin = 0;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, site_id, date_key, definition_id, staff_id, status,
                origin, shift_swap_id, leave_application_id, start_us, end_us,
                created_by, create_us, update_us, version, clock_in_us,
                released_by, release_us, release_reason);
  }

  DutyAssignmentRow ToRow() const {
    DutyAssignmentRow row;
    row.id = id;
    row.site_id = site_id;
    row.date = DayOfKey(date_key);
    row.definition_id = definition_id;
    row.staff_id = staff_id;
    row.status = static_cast<v1::DutyAssignment::Status>(status);
    row.origin = static_cast<v1::DutyAssignment::Origin>(origin);
    row.shift_swap_id = shift_swap_id;
    row.leave_application_id = leave_application_id;
    row.start_us = start_us;
    row.end_us = end_us;
    row.created_by = created_by;
    row.create_us = create_us;
    row.update_us = update_us;
    row.version = version;
    row.clock_in_us = clock_in_us;
    row.released_by = released_by;
    row.release_us = release_us;
    row.release_reason = release_reason;
    return row;
  }
};

// Whether an assignment in `status` holds the person's place on the shift
// (duty_assignments.held_by is set).
bool HoldsPlace(v1::DutyAssignment::Status status) {
  return status != v1::DutyAssignment::SWAPPED_OUT &&
         status != v1::DutyAssignment::CANCELLED;
}

absl::Status EtagMismatch() {
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               "the duty assignment was changed by someone else; read it "
               "again");
}

absl::Status NotFound(const DutyAssignmentRef& ref) {
  DutyAssignmentRow row;
  row.site_id = ref.site_id;
  row.date = ref.date;
  row.definition_id = ref.definition_id;
  row.id = ref.id;
  return Error(
      absl::StatusCode::kNotFound, "DUTY_ASSIGNMENT_NOT_FOUND",
      absl::StrCat("duty assignment \"", row.name(), "\" does not exist"));
}

// The assignment of `staff_id` that holds a place on the shift, if any.
// Locking on MariaDB, so that it also sees one committed after this
// transaction's snapshot.
std::optional<DutyAssignmentRow> PlaceHolder(Tx& tx, const std::string& site_id,
                                             absl::CivilDay date,
                                             const std::string& definition_id,
                                             const std::string& staff_id) {
  AssignmentColumns r;
  Params params;
  std::string sql =
      absl::StrCat(kColumns, " WHERE site_id = ", params.Text(site_id),
                   " AND date_key = ", params.Int(DateKey(date)),
                   " AND definition_id = ", params.Text(definition_id),
                   " AND held_by = ", params.Text(staff_id),
                   tx.mysql() ? " FOR UPDATE" : "");
  soci::statement st(tx.sql);
  r.Bind(st);
  params.Execute(st, sql);
  if (!st.fetch()) return std::nullopt;
  return r.ToRow();
}

absl::Status AlreadyAssigned(const std::string& staff_id,
                             const std::optional<DutyAssignmentRow>& holder) {
  std::string holder_name = holder ? holder->name() : "";
  return Error(absl::StatusCode::kAlreadyExists, "DUTY_ALREADY_ASSIGNED",
               absl::StrCat("staff member \"", StaffName(staff_id),
                            "\" is already on this shift",
                            holder ? absl::StrCat(" (", holder_name, ")") : ""),
               {{"assignment", holder_name}});
}

absl::Status CheckStatus(v1::DutyAssignment::Status status) {
  if (status == v1::DutyAssignment::STATUS_UNSPECIFIED ||
      !v1::DutyAssignment::Status_IsValid(status)) {
    return InvalidField("duty_assignment.status", "must be set");
  }
  return absl::OkStatus();
}

}  // namespace

DutyAssignmentRef DutyAssignmentRow::ref() const {
  return {site_id, date, definition_id, id};
}

std::string DutyAssignmentRow::name() const {
  return absl::StrCat(ShiftName(site_id, date, definition_id), "/assignments/",
                      id);
}

v1::DutyAssignment DutyAssignmentRow::ToProto() const {
  v1::DutyAssignment out;
  out.set_name(name());
  out.set_staff(StaffName(staff_id));
  out.set_status(status);
  out.set_origin(origin);
  if (shift_swap_id != 0) {
    out.set_shift_swap(
        absl::StrCat(SiteName(site_id), "/shiftSwaps/", shift_swap_id));
  }
  if (leave_application_id != 0) {
    out.set_leave_application(absl::StrCat(
        StaffName(staff_id), "/leaveApplications/", leave_application_id));
  }
  SetTimestamp(out.mutable_start_time(), start_us);
  SetTimestamp(out.mutable_end_time(), end_us);
  out.set_created_by(StaffName(created_by));
  SetTimestamp(out.mutable_create_time(), create_us);
  SetTimestamp(out.mutable_update_time(), update_us);
  out.set_etag(Etag(version));
  if (!released_by.empty()) {
    out.set_released_by(StaffName(released_by));
    SetTimestamp(out.mutable_release_time(), release_us);
    out.set_release_reason(release_reason);
  }
  return out;
}

absl::StatusOr<DutyAssignmentRow> InsertDutyAssignment(
    Tx& tx, const DutyAssignmentRow& row, long long now_us) {
  if (absl::Status s = CheckStatus(row.status); !s.ok()) return s;
  if (row.origin == v1::DutyAssignment::ORIGIN_UNSPECIFIED ||
      !v1::DutyAssignment::Origin_IsValid(row.origin)) {
    return InvalidField("duty_assignment.origin", "must be set");
  }
  // Locking the shift serialises the assignments of one shift (MariaDB).
  auto shift = FindShift(tx, row.site_id, row.date, row.definition_id, true);
  if (!shift.ok()) return shift.status();
  if (!shift->has_value()) {
    return Error(
        absl::StatusCode::kNotFound, "SHIFT_NOT_FOUND",
        absl::StrCat("shift \"",
                     ShiftName(row.site_id, row.date, row.definition_id),
                     "\" has not been materialised"));
  }
  int staff_exists = 0;
  tx.sql << "SELECT COUNT(*) FROM staff WHERE id = :id",
      soci::use(row.staff_id), soci::into(staff_exists);
  if (!staff_exists) {
    return Error(absl::StatusCode::kNotFound, "STAFF_NOT_FOUND",
                 absl::StrCat("staff member \"", StaffName(row.staff_id),
                              "\" does not exist"));
  }
  const bool holds = HoldsPlace(row.status);
  if (holds) {
    auto holder =
        PlaceHolder(tx, row.site_id, row.date, row.definition_id, row.staff_id);
    if (holder) return AlreadyAssigned(row.staff_id, holder);
  }
  int date_key = DateKey(row.date), status = row.status, origin = row.origin;
  soci::indicator held = holds ? soci::i_ok : soci::i_null;
  try {
    tx.sql << "INSERT INTO duty_assignments (site_id, date_key,"
              " definition_id, staff_id, held_by, status, origin,"
              " shift_swap_id, leave_application_id, start_time_us,"
              " end_time_us, created_by, create_time_us, update_time_us,"
              " version) VALUES (:s, :d, :def, :st, :h, :stat, :o, :sw, :l,"
              " :b, :e, :by, :c, :u, 1)",
        soci::use(row.site_id), soci::use(date_key),
        soci::use(row.definition_id), soci::use(row.staff_id),
        soci::use(row.staff_id, held), soci::use(status), soci::use(origin),
        soci::use(row.shift_swap_id), soci::use(row.leave_application_id),
        soci::use((*shift)->start_us), soci::use((*shift)->end_us),
        soci::use(row.created_by), soci::use(now_us), soci::use(now_us);
  } catch (const std::exception& e) {
    if (!IsDuplicateKey(e)) throw;
    return AlreadyAssigned(
        row.staff_id, PlaceHolder(tx, row.site_id, row.date, row.definition_id,
                                  row.staff_id));
  }
  DutyAssignmentRef ref{row.site_id, row.date, row.definition_id,
                        InsertedId(tx, "duty_assignments")};
  return GetDutyAssignment(tx, ref);
}

absl::StatusOr<DutyAssignmentRow> GetDutyAssignment(
    Tx& tx, const DutyAssignmentRef& ref, bool for_update) {
  AssignmentColumns r;
  Params params;
  std::string sql =
      absl::StrCat(kColumns, " WHERE id = ", params.Int(ref.id),
                   " AND site_id = ", params.Text(ref.site_id),
                   " AND date_key = ", params.Int(DateKey(ref.date)),
                   " AND definition_id = ", params.Text(ref.definition_id),
                   for_update && tx.mysql() ? " FOR UPDATE" : "");
  soci::statement st(tx.sql);
  r.Bind(st);
  params.Execute(st, sql);
  if (!st.fetch()) return NotFound(ref);
  return r.ToRow();
}

absl::StatusOr<std::vector<DutyAssignmentRow>> ListSiteDutyAssignments(
    Tx& tx, const std::string& site_id, absl::CivilDay first,
    absl::CivilDay last, std::optional<DutyAssignmentCursor> after, int limit) {
  int site_exists = 0;
  tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :id", soci::use(site_id),
      soci::into(site_exists);
  if (!site_exists) {
    return Error(
        absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
        absl::StrCat("site \"", SiteName(site_id), "\" does not exist"));
  }
  Params params;
  std::string sql =
      absl::StrCat(kColumns, " WHERE site_id = ", params.Text(site_id),
                   " AND date_key >= ", params.Int(DateKey(first)),
                   " AND date_key <= ", params.Int(DateKey(last)));
  if (after) {
    absl::StrAppend(&sql, " AND (start_time_us > ", params.Int(after->start_us),
                    " OR (start_time_us = ", params.Int(after->start_us),
                    " AND id > ", params.Int(after->id), "))");
  }
  absl::StrAppend(&sql, " ORDER BY start_time_us, id LIMIT ",
                  params.Int(limit));
  AssignmentColumns r;
  return FetchAll(tx, params, r, sql, [](const AssignmentColumns& c) {
    return absl::StatusOr<DutyAssignmentRow>(c.ToRow());
  });
}

absl::StatusOr<std::vector<DutyAssignmentRow>> ListStaffDutyAssignments(
    Tx& tx, const std::string& staff_id, long long from_us, long long to_us) {
  Params params;
  std::string sql = absl::StrCat(
      kColumns, " WHERE staff_id = ", params.Text(staff_id),
      " AND start_time_us > ", params.Int(from_us - kLongestShiftUs),
      " AND start_time_us < ", params.Int(to_us), " AND end_time_us > ",
      params.Int(from_us), " ORDER BY start_time_us, id");
  AssignmentColumns r;
  return FetchAll(tx, params, r, sql, [](const AssignmentColumns& c) {
    return absl::StatusOr<DutyAssignmentRow>(c.ToRow());
  });
}

absl::StatusOr<DutyAssignmentRow> ChangeDutyAssignment(
    Tx& tx, const DutyAssignmentRef& ref, const DutyAssignmentChange& change,
    long long expected_version, long long now_us) {
  if (absl::Status s = CheckStatus(change.status); !s.ok()) return s;
  auto current = GetDutyAssignment(tx, ref, true);
  if (!current.ok()) return current.status();
  if (current->version != expected_version) return EtagMismatch();
  const bool holds = HoldsPlace(change.status);
  if (holds && !HoldsPlace(current->status)) {
    auto holder = PlaceHolder(tx, ref.site_id, ref.date, ref.definition_id,
                              current->staff_id);
    if (holder) return AlreadyAssigned(current->staff_id, holder);
  }
  int status = change.status;
  long long swap_id = change.shift_swap_id.value_or(current->shift_swap_id);
  long long leave_id =
      change.leave_application_id.value_or(current->leave_application_id);
  long long clock_in_us = change.clock_in_us.value_or(current->clock_in_us);
  const DutyRelease release = change.release.value_or(DutyRelease{
      current->released_by, current->release_us, current->release_reason});
  soci::indicator held = holds ? soci::i_ok : soci::i_null;
  try {
    soci::statement st =
        (tx.sql.prepare << "UPDATE duty_assignments SET status = :stat,"
                           " held_by = :h, shift_swap_id = :sw,"
                           " leave_application_id = :l, clock_in_time_us = :ci,"
                           " released_by = :rb, release_time_us = :rt,"
                           " release_reason = :rr, update_time_us = :u,"
                           " version = version + 1"
                           " WHERE id = :id AND version = :v",
         soci::use(status), soci::use(current->staff_id, held),
         soci::use(swap_id), soci::use(leave_id), soci::use(clock_in_us),
         soci::use(release.by), soci::use(release.at_us),
         soci::use(release.reason), soci::use(now_us), soci::use(ref.id),
         soci::use(expected_version));
    st.execute(true);
    if (st.get_affected_rows() != 1) return EtagMismatch();
  } catch (const std::exception& e) {
    if (!IsDuplicateKey(e)) throw;
    return AlreadyAssigned(current->staff_id,
                           PlaceHolder(tx, ref.site_id, ref.date,
                                       ref.definition_id, current->staff_id));
  }
  return GetDutyAssignment(tx, ref);
}

}  // namespace frontdesk::db
