// The escalation chain of a ticket that missed a deadline: staff →
// supervisor → manager (what the desk cannot handle is reported to the
// supervisor; serious cases go to the manager) [T-ESCALATION-CHAIN]
// [T-ESCALATION-ON-BREACH].
//
// DueEscalations is a pure function: the caller passes when the ticket
// breached and how far it has already been escalated, and gets the levels to
// escalate to now, lowest first. Escalations are never repeated and never
// skipped silently: a ticket found long overdue gets every level whose time
// has come, in order.
#ifndef FRONTDESK_SERVER_TICKET_ESCALATION_H_
#define FRONTDESK_SERVER_TICKET_ESCALATION_H_

#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

enum class EscalationLevel { kNone = 0, kSupervisor = 1, kManager = 2 };

// How long after the breach each level is due.
struct EscalationPolicy {
  absl::Duration supervisor_after_breach = absl::ZeroDuration();
  absl::Duration manager_after_breach = absl::Hours(24);
};

// The levels above `already_reached` whose time has come, in order
// (supervisor before manager). The chain is climbed in order: once the
// manager's time has come the supervisor is due too, even under a policy
// that gives the manager the shorter delay. `breach_time` is the deadline that
// was missed (e.g. SlaState::resolution_due), empty when nothing is breached.
// As in ComputeSla, exactly at a deadline is not late: a level is due only when
// `now` is strictly after breach_time + its delay, so with a zero delay the
// supervisor is told as soon as the ticket is breached, not at the deadline.
std::vector<EscalationLevel> DueEscalations(
    const EscalationPolicy& policy, std::optional<absl::Time> breach_time,
    EscalationLevel already_reached, absl::Time now);

// An escalation on demand (EscalateTicket): an open or resolved ticket
// (`status`) at level `current` goes to `requested`, or one level up when
// unspecified. FAILED_PRECONDITION: TICKET_NOT_OPEN (closed or ended),
// ESCALATION_AT_TOP (past the manager), ALREADY_ESCALATED (not above
// `current`).
absl::StatusOr<v1::EscalationLevel> EscalationOnDemand(
    v1::Ticket::Status status, int current, v1::EscalationLevel requested);

// "none", "supervisor", "manager"; "unknown" for a value outside the enum.
const char* EscalationLevelName(EscalationLevel level);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_ESCALATION_H_
