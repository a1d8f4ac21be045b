// The ticket figures of the reports, each one query on the history
// (ticket_events, ticket_callbacks, ticket_escalations) and the states it
// recorded (ticket_states, migration 0023), never on the tickets' current
// state, so a past period reads the same later [REP-FROM-HISTORY].
// Definitions: docs/metrics.md; the arithmetic on these rows is
// server/report/.
//
// "Counted once": a ticket that at as_of_us was DUPLICATE or linked under
// another ticket is left out of received and resolved; its parent or
// original stands for it.
#ifndef FRONTDESK_DB_REPORT_TICKET_FIGURES_H_
#define FRONTDESK_DB_REPORT_TICKET_FIGURES_H_

#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/report/report_window.h"

namespace frontdesk::db {

// Tickets created in the window, by 15-minute bucket of their creation and
// by kind, channel, route and complaint class (the last three as at
// as_of_us).
struct ReceivedCount {
  long long bucket = 0;
  int kind = 0, channel = 0, route = 0, complaint_class = 0;
  long long count = 0;
};
absl::StatusOr<std::vector<ReceivedCount>> CountReceived(
    Tx& tx, const ReportWindow& window);

// Each time a ticket reached RESOLVED or UNFOUNDED in the window: its
// bucket, the ticket, and whether it was by the SLA resolution deadline in
// force just before (a ticket without one is in time).
struct Resolution {
  long long bucket = 0;
  long long ticket_id = 0;
  bool in_deadline = true;
};
absl::StatusOr<std::vector<Resolution>> ListResolutions(
    Tx& tx, const ReportWindow& window);

// Tickets dispatched for the first time in the window.
absl::StatusOr<long long> CountFirstDispatches(Tx& tx,
                                               const ReportWindow& window);

// Callbacks recorded in the window, and those that found the resident
// unsatisfied.
struct CallbackCounts {
  long long callbacks = 0;
  long long unsatisfied = 0;
};
absl::StatusOr<CallbackCounts> CountCallbacks(Tx& tx,
                                              const ReportWindow& window);

// Tickets escalated (a step up the chain recorded) in the window.
absl::StatusOr<long long> CountEscalatedTickets(Tx& tx,
                                                const ReportWindow& window);

// Tickets open at `at_us` at `site_id`, and of them past the deadline then
// in force; linked tickets count with their parent.
struct OpenCounts {
  long long open = 0;
  long long overdue = 0;
};
absl::StatusOr<OpenCounts> CountOpenAt(Tx& tx, const std::string& site_id,
                                       long long at_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_TICKET_FIGURES_H_
