// Duty assignments: a staff member on a materialised shift (shift_store.h),
// "sites/{site}/shifts/{yyyymmdd}-{def}/assignments/{id}". All SQL for
// duty_assignments lives here.
//
// Contract:
// - An assignment is written on a materialised shift and carries that
//   shift's instants (start/end), so a person's duties in a period are one
//   range query; rows are never deleted (a deleted assignment is CANCELLED).
// - One person holds a shift once: while an assignment of theirs on it is
//   not SWAPPED_OUT or CANCELLED, another one — inserted, or one taken back
//   from those states — is ALREADY_EXISTS (DUTY_ALREADY_ASSIGNED, metadata
//   "assignment" the one that holds the place). A unique index backs this,
//   also against two servers at once.
// - Kept here whatever the caller validated: the shift is materialised
//   (NOT_FOUND SHIFT_NOT_FOUND), the staff member exists (NOT_FOUND
//   STAFF_NOT_FOUND), status and origin are set (INVALID_ARGUMENT). Who may
//   be assigned (qualification, overlap, rest, leave, coverage) is the
//   rules' (server/roster/), not the store's.
// - A state change applies only to the version it was computed from
//   (ABORTED ETAG_MISMATCH otherwise) and increments it. The store does not
//   judge transitions; the rules do.
// - A refused call writes nothing. Functions work inside the caller's
//   transaction.
#ifndef FRONTDESK_DB_ROSTER_DUTY_ASSIGNMENT_STORE_H_
#define FRONTDESK_DB_ROSTER_DUTY_ASSIGNMENT_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "db/database.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk::db {

// Which assignment: the parts of its name.
struct DutyAssignmentRef {
  std::string site_id;
  absl::CivilDay date;
  std::string definition_id;
  long long id = 0;
};

struct DutyAssignmentRow {
  long long id = 0;  // set by the store
  std::string site_id;
  absl::CivilDay date;        // the shift's local date
  std::string definition_id;  // the shift's definition
  std::string staff_id;
  v1::DutyAssignment::Status status = v1::DutyAssignment::SCHEDULED;
  v1::DutyAssignment::Origin origin = v1::DutyAssignment::PLANNED;
  // Ids of "sites/{site}/shiftSwaps/{id}" and
  // "staff/{staff}/leaveApplications/{id}"; 0 for none.
  long long shift_swap_id = 0;
  long long leave_application_id = 0;
  // The shift's instants; set by the store from the shift.
  long long start_us = 0;
  long long end_us = 0;
  std::string created_by;  // staff id of who assigned
  // Set by the store.
  long long create_us = 0;
  long long update_us = 0;
  long long version = 0;
  // When the person clocked in (ClockIn), 0 before.
  long long clock_in_us = 0;
  // The supervisor (staff id) who released the person before the relief
  // took over, when and why (ReleaseFromDuty); empty / 0 for none.
  std::string released_by;
  long long release_us = 0;
  std::string release_reason;

  DutyAssignmentRef ref() const;
  std::string name() const;
  v1::DutyAssignment ToProto() const;
};

// Writes `row` (its id, instants, times and version are the store's).
absl::StatusOr<DutyAssignmentRow> InsertDutyAssignment(
    Tx& tx, const DutyAssignmentRow& row, long long now_us);

// NOT_FOUND (DUTY_ASSIGNMENT_NOT_FOUND) unless the assignment is on the
// shift `ref` names. With for_update, locks it (MariaDB).
absl::StatusOr<DutyAssignmentRow> GetDutyAssignment(
    Tx& tx, const DutyAssignmentRef& ref, bool for_update = false);

// A position in start order, to continue a list after.
struct DutyAssignmentCursor {
  long long start_us = 0;
  long long id = 0;
};

// The site's assignments (any status) on shifts starting on a local date
// in [first, last], in start order (then id), after `after` if given, at
// most `limit`. NOT_FOUND when the site does not exist.
absl::StatusOr<std::vector<DutyAssignmentRow>> ListSiteDutyAssignments(
    Tx& tx, const std::string& site_id, absl::CivilDay first,
    absl::CivilDay last, std::optional<DutyAssignmentCursor> after, int limit);

// The person's assignments (any status, any site) whose shift overlaps
// [from_us, to_us), in start order: what the schedule rules
// (server/roster/duty_schedule.h) and coverage need around a duty.
absl::StatusOr<std::vector<DutyAssignmentRow>> ListStaffDutyAssignments(
    Tx& tx, const std::string& staff_id, long long from_us, long long to_us);

// A supervisor's release of a person before their relief took over.
struct DutyRelease {
  std::string by;  // staff id
  long long at_us = 0;
  std::string reason;
};
// The new state of an assignment. Fields left unset are kept.
struct DutyAssignmentChange {
  v1::DutyAssignment::Status status = v1::DutyAssignment::STATUS_UNSPECIFIED;
  std::optional<long long> shift_swap_id;
  std::optional<long long> leave_application_id;
  std::optional<long long> clock_in_us;
  std::optional<DutyRelease> release;
};

absl::StatusOr<DutyAssignmentRow> ChangeDutyAssignment(
    Tx& tx, const DutyAssignmentRef& ref, const DutyAssignmentChange& change,
    long long expected_version, long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ROSTER_DUTY_ASSIGNMENT_STORE_H_
