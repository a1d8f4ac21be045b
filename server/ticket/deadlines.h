// A ticket's deadlines as stored and shown: the policy in force at its site
// (its own, or the defaults of sla.h and escalation.h), the deadline columns
// recomputed with ComputeDeadlines (deadline_rules.h) after every step, and the
// breach flags filled at read time (they depend on "now").
//
// What a ticket owes besides the SLA: a complaint's plan (plan_due_us, from
// the policy's plan window, paused like the SLA) and the same-day resident
// notice (notice_due_us, set by the workflow when several parties become
// involved; coordination_rules.h). Each is met when its *_met_us is set: by
// the plan or the notice, or by the resolution or an ending without work
// (StopOwedClocks), whichever comes first. effective_due_us, which the
// overdue list and the escalation sweeper search by, is the earliest
// deadline still owed.
#ifndef FRONTDESK_SERVER_TICKET_DEADLINES_H_
#define FRONTDESK_SERVER_TICKET_DEADLINES_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "db/database.h"
#include "db/ticket/sla_policy_store.h"
#include "db/ticket/ticket_rows.h"
#include "db/ticket/ticket_store.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/ticket/deadline_rules.h"
#include "server/ticket/escalation.h"
#include "server/ticket/sla.h"

namespace frontdesk {

struct TicketPolicy {
  SlaPolicy sla;
  EscalationPolicy escalation;
  db::SlaPolicyRow stored;  // version 0 when the defaults apply
};

// The defaults as a row (version 0), for sites without a policy of their own.
db::SlaPolicyRow DefaultPolicyRow(v1::Ticket::Kind kind,
                                  v1::Ticket::Priority priority);
TicketPolicy PolicyFromRow(const db::SlaPolicyRow& row);
absl::StatusOr<TicketPolicy> PolicyFor(db::Tx& tx, const std::string& site_id,
                                       int kind, int priority);

// First-response and resolution deadlines of a ticket created now.
absl::StatusOr<db::InitialDeadlines> InitialDeadlinesFor(
    db::Tx& tx, const std::string& site_id, const v1::Ticket& ticket,
    absl::Time created);

// Recomputes the deadline columns of `row` (what the overdue and callback
// lists search by) from its timeline and its site's policy
// (ComputeDeadlines of deadline_rules.h; FillBreaches is there too).
absl::Status RefreshDeadlines(db::Tx& tx, db::TicketRow& row, absl::Time now);

// The resolution or an ending without work answers what the ticket still
// owed: the plan and resident-notice clocks stop at `now` (late if past
// their due times).
void StopOwedClocks(db::TicketRow& row, absl::Time now);

// Which deadline row.effective_due_us is, in words, for escalation reasons:
// "resident notice", "plan", "first response", "promise" or "resolution".
const char* EffectiveDeadlineName(const db::TicketRow& row);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_DEADLINES_H_
