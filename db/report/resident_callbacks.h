// The callback plan's queries (回访计划, ReportService.GetResidentCallbackPlan)
// [T-PERIODIC-RESIDENT-VISITS]: for one site and a duty period, the units
// due and, per unit, the callbacks recorded in the period. Computed in SQL,
// grouped by unit (one row per unit, never one per callback), on the
// indexes of migration 0027.
//
// Due: units of the site created before the period began (a unit added
// during the period is due from the next one). Done: at least one REACHED
// callback in [start_us, end_us).
#ifndef FRONTDESK_DB_REPORT_RESIDENT_CALLBACKS_H_
#define FRONTDESK_DB_REPORT_RESIDENT_CALLBACKS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/report/report_window.h"

namespace frontdesk::db {

struct UnitCallbackRow {
  std::string unit_id;  // "{building}-{entrance}-{room}"
  bool done = false;
  int callbacks_in_period = 0;
  // The latest callback (any result) before end_us.
  std::optional<long long> last_callback_us;
};

struct CallbackPlanRows {
  long long due = 0;
  long long done = 0;
  // At most `unit_limit`, by unit id; `truncated` when more are due.
  std::vector<UnitCallbackRow> units;
  bool truncated = false;
};

// The plan of `w.site_id` over [w.start_us, w.end_us), listing at most
// `unit_limit` units.
absl::StatusOr<CallbackPlanRows> ReadCallbackPlan(Tx& tx, const ReportWindow& w,
                                                  int unit_limit);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_RESIDENT_CALLBACKS_H_
