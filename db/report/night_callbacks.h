// The rows behind "night callbacks within 1 hour" (000 §2.10)
// [T-NIGHT-CALLBACK-HOUR]: each time a repair reached RESOLVED in the
// window (counted once), and when the first callback after it was recorded
// (any result: an attempt that found no one home is the call the night
// receptionist owes), by as_of. Which resolutions fall in a day shift and
// whether the call came within the hour is server/report/night_callbacks.h.
#ifndef FRONTDESK_DB_REPORT_NIGHT_CALLBACKS_H_
#define FRONTDESK_DB_REPORT_NIGHT_CALLBACKS_H_

#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/report/report_window.h"

namespace frontdesk::db {

struct RepairResolution {
  long long resolve_us = 0;
  std::optional<long long> first_callback_us;
};

absl::StatusOr<std::vector<RepairResolution>> ListRepairResolutions(
    Tx& tx, const ReportWindow& window);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_NIGHT_CALLBACKS_H_
