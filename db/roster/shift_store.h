// Materialised shifts: a shift is materialised when it gets its first duty
// assignment, and from then on keeps the definition (display name, kind,
// local start, length, headcount) and the instants it was created with,
// whatever the policy says later ("sites/{site}/shifts/{yyyymmdd}-{def}").
// A shift without a row is computed from the current policy by the caller.
// All SQL for roster_shifts lives here.
//
// Contract:
// - MaterializeShift writes the shift unless it is materialised already,
//   and returns the stored one: the first definition wins, also when two
//   servers materialise the same shift at once.
// - The site must exist (NOT_FOUND SITE_NOT_FOUND). The definition and the
//   instants are the caller's, computed by server/roster/shift_time.h.
// - Lists are in start order; dates are the site's local dates, ranges
//   [first, last] inclusive.
// Functions work inside the caller's transaction.
#ifndef FRONTDESK_DB_ROSTER_SHIFT_STORE_H_
#define FRONTDESK_DB_ROSTER_SHIFT_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "db/database.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk::db {

struct ShiftRow {
  std::string site_id;
  absl::CivilDay date;  // the local date it starts on
  // Its id is the shift's definition id.
  v1::ShiftDefinition definition;
  long long start_us = 0;
  long long end_us = 0;
  long long create_us = 0;  // set by the store
};

// "sites/{site}/shifts/{yyyymmdd}-{definition}".
std::string ShiftName(const std::string& site_id, absl::CivilDay date,
                      const std::string& definition_id);

// The stored shift (see above); `shift.create_us` is ignored.
absl::StatusOr<ShiftRow> MaterializeShift(Tx& tx, const ShiftRow& shift,
                                          long long now_us);

// The materialised shift, or nullopt. With for_update, locks it (MariaDB).
absl::StatusOr<std::optional<ShiftRow>> FindShift(
    Tx& tx, const std::string& site_id, absl::CivilDay date,
    const std::string& definition_id, bool for_update = false);

// The site's materialised shifts starting on a date in [first, last].
absl::StatusOr<std::vector<ShiftRow>> ListShifts(Tx& tx,
                                                 const std::string& site_id,
                                                 absl::CivilDay first,
                                                 absl::CivilDay last);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ROSTER_SHIFT_STORE_H_
