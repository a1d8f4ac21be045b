// Leave applications (请假) and their approval steps,
// "staff/{staff}/leaveApplications/{id}". All SQL for leave_applications
// and leave_approval_steps lives here.
//
// Contract:
// - An application is written with its steps (ordinal 0, 1, ...); a state
//   change rewrites the application's state (status, current step, report
//   back) and every step's decision, only at the version it was computed
//   from (ABORTED ETAG_MISMATCH otherwise), and increments the version.
//   GetLeave with for_update locks the row (MariaDB).
// - Kept here whatever the caller validated: the person and the site exist
//   (NOT_FOUND STAFF_NOT_FOUND / SITE_NOT_FOUND), type and status are set
//   (INVALID_ARGUMENT). Who decides and which transitions apply are the
//   rules' (server/roster/leave_rules.h).
// - Lists are in id order. A refused call writes nothing; functions work
//   inside the caller's transaction.
#ifndef FRONTDESK_DB_ROSTER_LEAVE_STORE_H_
#define FRONTDESK_DB_ROSTER_LEAVE_STORE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/filter.h"
#include "db/database.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk::db {

struct LeaveStepRow {
  v1::StaffMember::Role role = v1::StaffMember::SUPERVISOR;
  v1::ApprovalStep::Decision decision = v1::ApprovalStep::DECISION_UNSPECIFIED;
  std::string decided_by;  // staff id
  long long decide_us = 0;
  std::string comment;
};

struct LeaveRow {
  long long id = 0;  // set by the store
  std::string staff_id;
  std::string site_id;
  v1::LeaveApplication::Type type = v1::LeaveApplication::TYPE_UNSPECIFIED;
  long long start_us = 0;
  long long end_us = 0;
  std::string reason;
  v1::LeaveApplication::Status status = v1::LeaveApplication::PENDING;
  int current_step = 0;  // -1 when not PENDING
  std::vector<LeaveStepRow> steps;
  long long return_us = 0;
  std::string returned_by;  // staff id
  // Set by the store.
  long long create_us = 0;
  long long update_us = 0;
  long long version = 0;

  std::string name() const;
  // Everything but affected_assignments and coverage_gaps (the desk's).
  v1::LeaveApplication ToProto() const;
};

absl::StatusOr<LeaveRow> InsertLeave(Tx& tx, const LeaveRow& row,
                                     long long now_us);

// NOT_FOUND (LEAVE_APPLICATION_NOT_FOUND) unless it is `staff_id`'s.
absl::StatusOr<LeaveRow> GetLeave(Tx& tx, const std::string& staff_id,
                                  long long id, bool for_update = false);

// Writes status, current_step, return_us, returned_by and the steps'
// decisions of `row` (same number of steps as stored).
absl::StatusOr<LeaveRow> UpdateLeaveState(Tx& tx, const LeaveRow& row,
                                          long long expected_version,
                                          long long now_us);

struct LeaveQuery {
  // Who sees what: `staff_id`'s own ("" for nobody's in particular) plus
  // the applications at `site_ids` (every site when `all_sites`).
  bool all_sites = false;
  std::vector<std::string> site_ids;
  std::string visible_staff;
  // Narrowing: applicant, site, status, type ("" / 0 any); the leave
  // overlaps [overlap_from_us, overlap_to_us) when overlap_to_us > 0;
  // ended_by_us > 0: end_us <= ended_by_us.
  std::string staff_id;
  std::string site_id;
  std::vector<int> statuses;
  int type = 0;
  long long overlap_from_us = 0;
  long long overlap_to_us = 0;
  long long ended_by_us = 0;
  // start_time / end_time compared with an instant (filter terms).
  struct TimeTerm {
    bool end = false;  // end_time_us, else start_time_us
    FilterOp op = FilterOp::kEq;
    long long us = 0;
  };
  std::vector<TimeTerm> times;
  // PENDING at a step `awaiting_staff` may decide: the pending step's role
  // is SUPERVISOR at one of `supervisor_sites` or MANAGER at one of
  // `manager_sites` (an empty list with *_everywhere: every site), and the
  // application is not theirs. Unset when awaiting_staff is "".
  std::string awaiting_staff;
  bool supervisor_everywhere = false;
  std::vector<std::string> supervisor_sites;
  bool manager_everywhere = false;
  std::vector<std::string> manager_sites;
  long long after_id = 0;
  int limit = 50;
};
absl::StatusOr<std::vector<LeaveRow>> ListLeave(Tx& tx, const LeaveQuery& q);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ROSTER_LEAVE_STORE_H_
