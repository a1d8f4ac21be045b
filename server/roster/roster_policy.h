// A site's roster policy as the rules see it: the defaults a site reads
// until its manager saves one, the update mask a manager may change, and
// the policy turned into the plain inputs of the other rules (the shift
// plan of coverage.h, the limits of attendance.h and swap_rules.h).
//
// Limits (INVALID_ARGUMENT naming the field): handover_arrival_lead
// 0..60 min, min_rest 0..24 h (both whole minutes), max_swaps_per_month
// 0..10, max_late_per_month and max_corrections_per_month 0..31,
// supervisor_only_leave_days 0..30, at most 50 inventory items with ids
// 1..32 of [a-z0-9-] unique, display names 1..64 characters, expected
// counts 0..10000; the shifts as shift_plan.h.
#ifndef FRONTDESK_SERVER_ROSTER_ROSTER_POLICY_H_
#define FRONTDESK_SERVER_ROSTER_ROSTER_POLICY_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/roster/coverage.h"

namespace frontdesk {

inline constexpr int kDefaultSupervisorOnlyLeaveDays = 3;
inline constexpr int kMaxInventoryItems = 50;

// Day 08:00 and night 20:00, 12 h each, one receptionist; the limits'
// defaults (attendance.h, duty_schedule.h, swap_rules.h); no inventory.
v1::RosterPolicy DefaultRosterPolicy();

// Checks every field of a whole policy (after the update mask is merged).
absl::Status ValidateRosterPolicy(const v1::RosterPolicy& policy);

// The policy's shift plan for coverage.h; the policy must be valid.
std::vector<PlannedShift> PlanOf(const v1::RosterPolicy& policy);

// The definition with `id`, or nullopt.
std::optional<v1::ShiftDefinition> FindDefinition(
    const v1::RosterPolicy& policy, const std::string& id);

absl::Duration MinRestOf(const v1::RosterPolicy& policy);
absl::Duration HandoverArrivalLeadOf(const v1::RosterPolicy& policy);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ROSTER_POLICY_H_
