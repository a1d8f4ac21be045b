// The escalation chain and escalation on demand (escalation.h).
#include "server/ticket/escalation.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "server/ticket/lifecycle.h"

namespace frontdesk {

std::vector<EscalationLevel> DueEscalations(
    const EscalationPolicy& policy, std::optional<absl::Time> breach_time,
    EscalationLevel already_reached, absl::Time now) {
  std::vector<EscalationLevel> due;
  if (!breach_time.has_value()) return due;
  const bool supervisor_due =
      now > *breach_time + policy.supervisor_after_breach;
  const bool manager_due = now > *breach_time + policy.manager_after_breach;
  // The chain is climbed in order: reaching the manager passes the supervisor.
  const int highest = manager_due ? 2 : supervisor_due ? 1 : 0;
  const int first = std::max(1, static_cast<int>(already_reached) + 1);
  for (int level = first; level <= highest; ++level) {
    due.push_back(static_cast<EscalationLevel>(level));
  }
  return due;
}

const char* EscalationLevelName(EscalationLevel level) {
  switch (level) {
    case EscalationLevel::kNone:
      return "none";
    case EscalationLevel::kSupervisor:
      return "supervisor";
    case EscalationLevel::kManager:
      return "manager";
  }
  return "unknown";
}

absl::StatusOr<v1::EscalationLevel> EscalationOnDemand(
    v1::Ticket::Status status, int current, v1::EscalationLevel requested) {
  if (!IsOpen(status) && status != v1::Ticket::RESOLVED) {
    return Error(absl::StatusCode::kFailedPrecondition, "TICKET_NOT_OPEN",
                 absl::StrCat("a ", v1::Ticket::Status_Name(status),
                              " ticket is not escalated"));
  }
  int level =
      requested != v1::ESCALATION_LEVEL_UNSPECIFIED ? requested : current + 1;
  if (level > v1::ESCALATION_LEVEL_MANAGER) {
    return Error(absl::StatusCode::kFailedPrecondition, "ESCALATION_AT_TOP",
                 "the ticket is already with the manager");
  }
  if (level <= current) {
    return Error(absl::StatusCode::kFailedPrecondition, "ALREADY_ESCALATED",
                 absl::StrCat("the ticket is already escalated to ",
                              v1::EscalationLevel_Name(
                                  static_cast<v1::EscalationLevel>(current))));
  }
  return static_cast<v1::EscalationLevel>(level);
}

}  // namespace frontdesk
