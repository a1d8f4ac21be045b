// The rows behind the staff report (ReportService.GetStaffReport)
// [REP-STAFF-WORKLOAD] [REP-STAFF-ATTENDANCE]: each figure one query, in
// SQL, grouped by staff member, over one site. Workload is read from what
// was recorded in the window and who recorded it (the history's actor, the
// slip's issuer, the caller, the registering receptionist...), so a past
// period reads the same later. Attendance is read from the duties of the
// period's local dates and their punches, judged by the rules of
// server/roster/attendance.h (restated in SQL below, each condition beside
// the rule it reads). The definitions are docs/metrics.md "Staff report".
// Staff ids are bare ids ("wang.li"), as the tables store them.
#ifndef FRONTDESK_DB_REPORT_STAFF_FIGURES_H_
#define FRONTDESK_DB_REPORT_STAFF_FIGURES_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/report/report_window.h"

namespace frontdesk::db {

// What one person recorded at the site in [window.start_us, end_us).
struct StaffWorkload {
  long long tickets_recorded = 0;      // CREATED entries, as actor
  long long dispatches_made = 0;       // DISPATCHED entries, as actor
  long long callbacks_made = 0;        // callbacks, as caller
  long long work_orders_finished = 0;  // completed, as "staff/" assignee
  long long work_orders_reworked = 0;  // rework ordered on their last finish
  long long visits_registered = 0;     // visits checked in, as registrar
  long long key_transactions = 0;      // LENT and RETURNED, as actor
  long long handovers_written = 0;     // submitted, as writer
};

// Staff id -> workload, for everyone with any of it in the window.
absl::StatusOr<std::map<std::string, StaffWorkload>> CountStaffWorkload(
    Tx& tx, const ReportWindow& window);

// The duties counted: the site's duty assignments of local dates
// first_date_key .. last_date_key (yyyymmdd, both included), judged at
// now_us (a record becomes final 4 hours after its scheduled end) with the
// site's handover arrival lead.
struct DutyWindow {
  std::string site_id;
  int first_date_key = 0;
  int last_date_key = 0;
  long long now_us = 0;
  long long handover_lead_us = 0;
};

// One person's attendance over the duties of a DutyWindow.
struct StaffAttendance {
  int scheduled_shifts = 0;
  int worked_shifts = 0;
  long long worked_us = 0;
  int late_count = 0;
  int handover_arrival_late_count = 0;
  int early_leave_count = 0;
  int absence_count = 0;
  int missed_clock_count = 0;  // MISSED_CLOCK_IN + MISSED_CLOCK_OUT
  int correction_count = 0;    // approved corrections of those records
  int swap_count = 0;          // distinct approved swaps behind them
  int overtime_minutes = 0;
};

// Staff id -> attendance, for everyone with a duty (not CANCELLED) in it.
absl::StatusOr<std::map<std::string, StaffAttendance>> CountStaffAttendance(
    Tx& tx, const DutyWindow& window);

// An APPROVED or RETURNED leave filed at the site that overlaps
// [from_us, to_us): one row per application (a person has a few a month).
struct StaffLeaveRow {
  std::string staff_id;
  int status = 0;  // LeaveApplication.Status
  long long start_us = 0;
  long long end_us = 0;
  long long return_us = 0;  // 0 unless RETURNED
};
absl::StatusOr<std::vector<StaffLeaveRow>> ListStaffLeave(
    Tx& tx, const std::string& site_id, long long from_us, long long to_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_STAFF_FIGURES_H_
