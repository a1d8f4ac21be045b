// The visitor register's and the key cabinet's figures of the reports: each
// one query on the recorded check-in/check-out times, refusals and key
// events [REP-DAILY-DUTY]. Definitions: docs/metrics.md.
#ifndef FRONTDESK_DB_REPORT_VISITOR_FIGURES_H_
#define FRONTDESK_DB_REPORT_VISITOR_FIGURES_H_

#include "absl/status/statusor.h"
#include "db/database.h"
#include "db/report/report_window.h"

namespace frontdesk::db {

struct VisitorFigures {
  long long visits = 0;    // checked in in the window
  long long refusals = 0;  // refused in the window
  // Visits checked in in the window still on the premises past their
  // expected departure + `overstay_grace_us` (checked out later, or not
  // out by as_of_us).
  long long overstays = 0;
  long long on_premises_at_end = 0;   // in at as_of_us
  long long keys_lent = 0;            // LENT events in the window
  long long keys_returned = 0;        // RETURNED events in the window
  long long keys_out_at_end = 0;      // lent and not returned at as_of_us
  long long keys_overdue_at_end = 0;  // of those, past their due time
};

absl::StatusOr<VisitorFigures> CountVisitorFigures(Tx& tx,
                                                   const ReportWindow& window,
                                                   long long overstay_grace_us);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_VISITOR_FIGURES_H_
