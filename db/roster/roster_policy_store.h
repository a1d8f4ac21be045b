// A site's roster policy ("sites/{site}/rosterPolicy"): its shift plan and
// the roster's limits. All SQL for roster_policies and
// roster_shift_definitions lives here.
//
// Contract:
// - A site that never saved a policy reads `defaults` (the rules own them,
//   server/roster/) under its name, with etag "0" and no update_time; the
//   first save writes the row. Reads of a site that does not exist are
//   NOT_FOUND (SITE_NOT_FOUND).
// - A save writes every field of the policy (the caller merged the update
//   mask and validated it, server/roster/roster_policy.h); the shifts and
//   the inventory checklist are each replaced as a whole and read back in
//   the order saved.
// - A save applies only to the version it was computed from: ABORTED
//   (ETAG_MISMATCH) otherwise, with nothing written; -1 skips the check.
//   Each save increments the version (the etag).
// - Durations are kept in whole seconds.
// Functions work inside the caller's transaction.
#ifndef FRONTDESK_DB_ROSTER_ROSTER_POLICY_STORE_H_
#define FRONTDESK_DB_ROSTER_ROSTER_POLICY_STORE_H_

#include <string>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk::db {

absl::StatusOr<v1::RosterPolicy> GetRosterPolicy(
    Tx& tx, const std::string& site_id, const v1::RosterPolicy& defaults);

// Writes `policy` (its name, update_time and etag are ignored) if the
// stored version is still `expected_version` (0: never saved); returns the
// saved policy.
absl::StatusOr<v1::RosterPolicy> SaveRosterPolicy(
    Tx& tx, const std::string& site_id, const v1::RosterPolicy& policy,
    long long expected_version, long long now_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ROSTER_ROSTER_POLICY_STORE_H_
