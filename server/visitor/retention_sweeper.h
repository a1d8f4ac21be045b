// Retention of the visitor register's personal data (visitor_service.proto,
// "Retention"): for each site, erases the names, document
// and phone numbers and plates of visits that ended, refusals made, visitor
// passes that expired, and key loans to non-staff returned more than the site's
// retention_days ago (VisitorSettings, default 90). Rows stay, so every count
// and time that reports use survives. Idempotent and safe with several server
// processes: an erased row is never erased again, and each site's pass is one
// transaction. frontdeskd runs it every --retention_interval (main.cc).
#ifndef FRONTDESK_SERVER_VISITOR_RETENTION_SWEEPER_H_
#define FRONTDESK_SERVER_VISITOR_RETENTION_SWEEPER_H_

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
  int total() const { return visits + refusals + alerts + key_events + passes; }
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

#endif  // FRONTDESK_SERVER_VISITOR_RETENTION_SWEEPER_H_
