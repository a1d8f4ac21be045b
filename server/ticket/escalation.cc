#include "server/ticket/escalation.h"

#include <algorithm>

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

}  // namespace frontdesk
