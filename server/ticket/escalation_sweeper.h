// The escalation sweep: finds open tickets past their deadline and performs
// the steps of the chain that are due (escalation.h decides which), each as
// one transaction that locks the ticket, records the step and appends an
// ESCALATED event. frontdeskd runs it every --sweep_interval (main.cc).
//
// Safe with several server processes on one database: a step is recorded
// under a unique key (db/escalation_store.h), so each happens exactly once
// whichever sweeper reaches it first; the loser's transaction writes nothing.
#ifndef FRONTDESK_SERVER_TICKET_ESCALATION_SWEEPER_H_
#define FRONTDESK_SERVER_TICKET_ESCALATION_SWEEPER_H_

#include "absl/status/statusor.h"
#include "common/clock.h"
#include "common/data_protector.h"
#include "db/database.h"
#include "server/ticket/escalation.h"

namespace frontdesk {

class EscalationSweeper {
 public:
  // Offsets come from each ticket's site policy (deadlines.h); `protector`
  // seals history entries as every writer does (db/ticket/ticket_rows.h).
  EscalationSweeper(db::Database& db, const Clock& clock,
                    const DataProtector& protector)
      : db_(db), clock_(clock), protector_(protector) {}

  // One pass over at most `batch` candidate tickets; returns the number of
  // escalation steps this call recorded.
  absl::StatusOr<int> SweepOnce(int batch = 200);

 private:
  db::Database& db_;
  const Clock& clock_;
  const DataProtector& protector_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_ESCALATION_SWEEPER_H_
