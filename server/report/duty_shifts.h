// The shifts of a site's day in the daily duty report (DutyShiftSummary)
// [REP-DAILY-DUTY]: each materialised shift starting that local day, who
// worked it (clocked in, or on duty, relieved or completed), the handover at
// its end (status, items, significant items, whether the relief came the
// arrival lead early) and the irregularities of its attendance records
// judged as attendance_view.h judges them at `now`.
#ifndef FRONTDESK_SERVER_REPORT_DUTY_SHIFTS_H_
#define FRONTDESK_SERVER_REPORT_DUTY_SHIFTS_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "db/database.h"
#include "db/roster/shift_store.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk {

// `shifts`: the site's materialised shifts of `day` (db::ListShifts).
absl::StatusOr<std::vector<v1::DutyShiftSummary>> SummarizeDutyShifts(
    db::Tx& tx, const std::string& site_id, absl::CivilDay day,
    const std::vector<db::ShiftRow>& shifts, absl::Time now);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_DUTY_SHIFTS_H_
