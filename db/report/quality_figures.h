// The rows behind the service-quality indicators [REP-SLA-COMPLIANCE]
// [REP-CALLBACK-RATE] [REP-SATISFACTION] [REP-TIMELINESS]
// [REP-EFFECTIVE-COMPLAINT-RATE]: each one query on the history and the
// recorded times, judged as at window.as_of_us (nothing later is seen). The
// arithmetic is server/report/quality_indicators.h; the definitions
// docs/metrics.md.
#ifndef FRONTDESK_DB_REPORT_QUALITY_FIGURES_H_
#define FRONTDESK_DB_REPORT_QUALITY_FIGURES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/report/report_window.h"

namespace frontdesk::db {

// A complaint created in the window (counted once; not CANCELLED at
// as_of): when it was first answered (dispatch, notice to the resident,
// resolution or an UNFOUNDED finding) and first finished (RESOLVED or
// UNFOUNDED), by as_of; its paused intervals; and, as it stood at as_of,
// its status, class, the department its agreed plan found responsible, how
// often it had been reopened, whether its promise had been renegotiated
// (ChangePromise) and whether it had been escalated to the site manager.
// promised_at_finish_us: the promise in force when it was first finished.
struct ComplaintFacts {
  long long ticket_id = 0;
  long long create_us = 0;
  std::optional<long long> answered_us;
  std::optional<long long> finished_us;
  bool unfounded = false;
  int status = 0;
  int complaint_class = 0;
  std::string plan_department;  // "sites/{site}/departments/{id}" or ""
  std::string unit_id;          // "" when not about a unit
  long long reopenings = 0;
  bool renegotiated = false;
  bool escalated_to_manager = false;
  std::optional<long long> promised_at_finish_us;
  // [start, end) of each pause; end nullopt while still paused.
  std::vector<std::pair<long long, std::optional<long long>>> pauses;
};
absl::StatusOr<std::vector<ComplaintFacts>> ListComplaintFacts(
    Tx& tx, const ReportWindow& window);

// Each RESOLVED entry in the window (counted once), and whether a callback
// that reached the resident (SATISFIED or UNSATISFIED) followed it before
// the ticket's next resolution, by as_of.
struct CallbackFollowUp {
  long long resolutions = 0;
  long long called_back = 0;
};
absl::StatusOr<CallbackFollowUp> CountCallbackFollowUps(
    Tx& tx, const ReportWindow& window);

// Callbacks in the window that reached the resident, by rating (1..5).
absl::StatusOr<std::vector<std::pair<int, long long>>> CountRatings(
    Tx& tx, const ReportWindow& window);

// A work order (a slip) issued in the window: how long after the ticket's
// creation or latest reopening it was issued, the ticket's priority then,
// its route, whether the arrival was confirmed by as_of, and whether it was
// redirected (the ticket dispatched again before this order was finished).
struct SlipFacts {
  long long issue_us = 0;
  long long since_us = 0;  // creation or the latest reopening before it
  int priority = 0;
  int route = 0;
  bool arrival_confirmed = false;
  bool redirected = false;
};
absl::StatusOr<std::vector<SlipFacts>> ListSlipFacts(
    Tx& tx, const ReportWindow& window);

// Work orders whose promised time falls in the window, and of them those
// finished by it (by as_of).
struct PromiseCounts {
  long long due = 0;
  long long kept = 0;
};
absl::StatusOr<PromiseCounts> CountWorkOrderPromises(
    Tx& tx, const ReportWindow& window);

// Units of the site in the directory at the window's end.
absl::StatusOr<long long> CountUnitsAt(Tx& tx, const ReportWindow& window);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_QUALITY_FIGURES_H_
