// Retention of residents' and visitors' personal data, per site, each site's
// pass one transaction:
// - the visitor register (visitor_service.proto, "Retention")
//   [P-RETENTION]: erases the names, document and phone numbers and plates
//   of visits that ended, refusals made, visitor passes that expired, and key
//   loans to non-staff returned more than the site's retention_days ago
//   (VisitorSettings, default 90);
// - tickets (ticket_service.proto, "Retention") [T-COMPLAINT-RETENTION]:
//   erases the reporter's name and phone of tickets finished more than the
//   site's ticket_retention_days ago (default 365) and not important, and
//   their history's sealed reporter values (common/retention.h says which).
// Rows stay, so every count and time that reports use survives. Idempotent
// and safe with several server processes: an erased row is never erased
// again. frontdeskd runs it every --retention_interval (main.cc).
#ifndef FRONTDESK_SERVER_RETENTION_SWEEPER_H_
#define FRONTDESK_SERVER_RETENTION_SWEEPER_H_

#include "absl/status/statusor.h"
#include "common/clock.h"
#include "db/database.h"

namespace frontdesk {

struct RetentionCounts {
  int visits = 0;
  int refusals = 0;
  int alerts = 0;
  int key_events = 0;
  int passes = 0;
  int tickets = 0;        // reporters erased
  int ticket_events = 0;  // history entries whose reporter values went
  int total() const {
    return visits + refusals + alerts + key_events + passes + tickets +
           ticket_events;
  }
};

class RetentionSweeper {
 public:
  RetentionSweeper(db::Database& db, const Clock& clock)
      : db_(db), clock_(clock) {}

  // One pass over every site; what it erased.
  absl::StatusOr<RetentionCounts> SweepOnce();

 private:
  db::Database& db_;
  const Clock& clock_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_RETENTION_SWEEPER_H_
