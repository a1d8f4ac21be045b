// The slips (信息传递单) behind the weekly summary's department lines
// [REP-WEEKLY-TRANSFERS]: each work order of a site issued in the window,
// and each issued before it that was still open at its end, judged as it
// stood at window.as_of_us (nothing later is seen). Counting them per
// department is server/report/department_slips.h; the definitions are
// DepartmentSlipSummary's comments and docs/metrics.md.
#ifndef FRONTDESK_DB_REPORT_DEPARTMENT_SLIPS_H_
#define FRONTDESK_DB_REPORT_DEPARTMENT_SLIPS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/report/report_window.h"

namespace frontdesk::db {

struct DepartmentSlip {
  // work_orders.assignee: "staff/{id}", "sites/{site}/departments/{id}" or
  // "vendors/{id}".
  std::string assignee;
  // Issued in the window; false for one carried over from before it.
  bool issued_in_window = false;
  long long issue_us = 0;
  // Reported back (completed) by as_of.
  std::optional<long long> finished_us;
  // The agreed time, when one was given.
  std::optional<long long> promised_us;
  // Open at as_of: not finished, not superseded by a later dispatch of the
  // ticket, and the ticket itself still open.
  bool open = false;
  // Open and past its agreed time at as_of.
  bool overdue = false;
  // A rework order after an unsatisfied callback followed this one (the next
  // order of the ticket is a rework order), by as_of.
  bool reworked = false;
};

absl::StatusOr<std::vector<DepartmentSlip>> ListDepartmentSlips(
    Tx& tx, const ReportWindow& window);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_DEPARTMENT_SLIPS_H_
