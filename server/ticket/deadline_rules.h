// A ticket's deadlines as plain arithmetic: from its clock history (plain
// values, as stored) and the SLA policy in force, the deadline columns the
// overdue and callback lists search by (ComputeDeadlines), and the breach
// and warning flags of a ticket as read (FillBreaches). No store here: the
// desk layer (deadlines.h) loads the history and the policy and saves the
// result.
//
// effective_due_us is the earliest deadline still owed: the promise (or the
// resolution deadline), the first response until it is made, the plan and
// the resident notice until they are met; none while the ticket is closed,
// ended or on hold (its clocks stand still).
#ifndef FRONTDESK_SERVER_TICKET_DEADLINE_RULES_H_
#define FRONTDESK_SERVER_TICKET_DEADLINE_RULES_H_

#include <optional>
#include <utility>
#include <vector>

#include "absl/time/time.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/ticket/sla.h"

namespace frontdesk {

// What the deadlines depend on, in Unix microseconds as stored.
struct TicketClocks {
  v1::Ticket::Status status = v1::Ticket::STATUS_UNSPECIFIED;
  long long create_us = 0;
  std::optional<long long> first_response_us, resolve_us, promised_us, close_us,
      plan_met_us, notice_due_us, notice_met_us;
  // Hold intervals [start, end); end empty while still on hold.
  std::vector<std::pair<long long, std::optional<long long>>> pauses;
};

struct TicketDeadlines {
  long long first_response_due_us = 0;
  long long resolution_due_us = 0;
  std::optional<long long> callback_due_us, plan_due_us, effective_due_us;
};

TicketDeadlines ComputeDeadlines(const SlaPolicy& policy,
                                 const TicketClocks& clocks, absl::Time now);

// Sets the breach and warning flags of a ticket read from the store.
void FillBreaches(v1::Ticket& ticket, absl::Time now);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_DEADLINE_RULES_H_
