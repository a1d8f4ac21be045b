#include "server/roster/roster_policy.h"

#include <algorithm>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "common/validation.h"
#include "server/roster/attendance.h"
#include "server/roster/duty_schedule.h"
#include "server/roster/shift_plan.h"
#include "server/roster/swap_rules.h"

namespace frontdesk {
namespace {

bool IsInventoryId(const std::string& id) {
  if (id.empty() || id.size() > 32) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return absl::ascii_isdigit(static_cast<unsigned char>(c)) ||
           (c >= 'a' && c <= 'z') || c == '-';
  });
}

absl::Duration DurationOf(const google::protobuf::Duration& d) {
  return absl::Seconds(d.seconds()) + absl::Nanoseconds(d.nanos());
}

void SetDuration(google::protobuf::Duration* out, absl::Duration d) {
  out->set_seconds(absl::ToInt64Seconds(d));
}

void CheckWholeMinutes(Violations& v, const char* field,
                       const google::protobuf::Duration& d,
                       absl::Duration max) {
  const absl::Duration value = DurationOf(d);
  if (value < absl::ZeroDuration() || value > max) {
    v.Add(field, absl::StrCat("must be 0..", absl::FormatDuration(max)));
  } else if (d.nanos() != 0 || d.seconds() % 60 != 0) {
    v.Add(field, "must be whole minutes");
  }
}

void CheckRange(Violations& v, const char* field, int value, int lo, int hi) {
  if (value < lo || value > hi) {
    v.Add(field, absl::StrCat("must be ", lo, "..", hi));
  }
}

}  // namespace

v1::RosterPolicy DefaultRosterPolicy() {
  v1::RosterPolicy policy;
  for (auto& d : DefaultShiftPlan()) *policy.add_shifts() = std::move(d);
  SetDuration(policy.mutable_handover_arrival_lead(),
              kDefaultHandoverArrivalLead);
  SetDuration(policy.mutable_min_rest(), kDefaultMinRest);
  policy.set_max_swaps_per_month(kDefaultMaxSwapsPerMonth);
  policy.set_max_late_per_month(kDefaultMaxLatePerMonth);
  policy.set_max_corrections_per_month(kDefaultMaxCorrectionsPerMonth);
  policy.set_supervisor_only_leave_days(kDefaultSupervisorOnlyLeaveDays);
  return policy;
}

absl::Status ValidateRosterPolicy(const v1::RosterPolicy& policy) {
  Violations v;
  v.Merge(ValidateShiftPlan(policy.shifts()));
  CheckWholeMinutes(v, "handover_arrival_lead", policy.handover_arrival_lead(),
                    absl::Minutes(60));
  CheckWholeMinutes(v, "min_rest", policy.min_rest(), absl::Hours(24));
  CheckRange(v, "max_swaps_per_month", policy.max_swaps_per_month(), 0, 10);
  CheckRange(v, "max_late_per_month", policy.max_late_per_month(), 0, 31);
  CheckRange(v, "max_corrections_per_month", policy.max_corrections_per_month(),
             0, 31);
  CheckRange(v, "supervisor_only_leave_days",
             policy.supervisor_only_leave_days(), 0, 30);
  if (policy.inventory_checklist_size() > kMaxInventoryItems) {
    v.Add("inventory_checklist",
          absl::StrCat("at most ", kMaxInventoryItems, " items"));
  }
  std::set<std::string> ids;
  for (int i = 0; i < policy.inventory_checklist_size(); ++i) {
    const v1::InventoryItem& item = policy.inventory_checklist(i);
    const std::string field = absl::StrCat("inventory_checklist[", i, "]");
    if (!IsInventoryId(item.id())) {
      v.Add(field + ".id", "must be 1..32 of [a-z0-9-]");
    } else if (!ids.insert(item.id()).second) {
      v.Add(field + ".id", "is already the id of another item");
    }
    const int length = Utf8Length(item.display_name());
    if (length < 1 || length > 64) {
      v.Add(field + ".display_name", "must be 1..64 characters");
    }
    CheckRange(v, (field + ".expected_count").c_str(), item.expected_count(), 0,
               10000);
  }
  return v.ToStatus();
}

std::vector<PlannedShift> PlanOf(const v1::RosterPolicy& policy) {
  std::vector<PlannedShift> plan;
  for (const v1::ShiftDefinition& d : policy.shifts()) {
    auto pattern = PatternOf(d, "shifts");
    if (!pattern.ok()) continue;  // a valid policy has none such
    plan.push_back({d.id(), *pattern, d.min_headcount()});
  }
  return plan;
}

std::optional<v1::ShiftDefinition> FindDefinition(
    const v1::RosterPolicy& policy, const std::string& id) {
  for (const v1::ShiftDefinition& d : policy.shifts()) {
    if (d.id() == id) return d;
  }
  return std::nullopt;
}

absl::Duration MinRestOf(const v1::RosterPolicy& policy) {
  return DurationOf(policy.min_rest());
}

absl::Duration HandoverArrivalLeadOf(const v1::RosterPolicy& policy) {
  return DurationOf(policy.handover_arrival_lead());
}

}  // namespace frontdesk
