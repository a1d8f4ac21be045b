// The SLA policy update rules of sla_policy_rules.h.
#include "server/ticket/sla_policy_rules.h"

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "common/status.h"

namespace frontdesk {
namespace {

constexpr long long kMonth = 30 * 86400;

// Whole seconds within [min, max]; INVALID_ARGUMENT on `field` otherwise.
absl::StatusOr<long long> Seconds(absl::string_view field,
                                  const google::protobuf::Duration& d,
                                  long long min_s, long long max_s) {
  if (d.nanos() != 0 || d.seconds() < min_s || d.seconds() > max_s) {
    return InvalidField(
        field, absl::StrCat("must be whole seconds between ", min_s, " s and ",
                            max_s / 86400, " days"));
  }
  return d.seconds();
}

}  // namespace

std::vector<std::string> SlaPolicyUpdatePaths(
    const google::protobuf::FieldMask& mask) {
  std::vector<std::string> paths(mask.paths().begin(), mask.paths().end());
  if (paths.empty()) {
    paths = {"first_response", "resolution", "callback",
             "escalate_supervisor_after", "escalate_manager_after"};
  }
  return paths;
}

absl::Status CheckSlaPolicyPaths(const std::vector<std::string>& paths) {
  Violations v;
  for (const std::string& path : paths) {
    if (path != "first_response" && path != "resolution" &&
        path != "callback" && path != "escalate_supervisor_after" &&
        path != "escalate_manager_after" && path != "plan" &&
        path != "coordination") {
      v.Add("update_mask", absl::StrCat("\"", path,
                                        "\" cannot be updated; mutable fields "
                                        "are first_response, resolution, "
                                        "callback, escalate_supervisor_after, "
                                        "escalate_manager_after, plan and "
                                        "coordination"));
    }
  }
  return v.ToStatus();
}

absl::Status MergeSlaPolicy(v1::Ticket::Kind kind, const v1::SlaPolicy& in,
                            const std::vector<std::string>& paths,
                            SlaPolicyWindows* windows) {
  SlaPolicyWindows& row = *windows;
  Violations checks;
  auto set = [&](const char* field, const google::protobuf::Duration& d,
                 long long min_s, long long* target) {
    auto s = Seconds(absl::StrCat("policy.", field), d, min_s, kMonth);
    if (!s.ok()) {
      checks.Merge(s.status());
    } else {
      *target = *s;
    }
  };
  for (const std::string& path : paths) {
    if (path == "first_response") {
      set("first_response", in.first_response(), 60, &row.first_response_s);
    } else if (path == "resolution") {
      set("resolution", in.resolution(), 60, &row.resolution_s);
    } else if (path == "callback") {
      set("callback", in.callback(), 60, &row.callback_s);
    } else if (path == "plan") {
      if (kind != v1::Ticket::COMPLAINT) {
        if (in.plan().seconds() != 0 || in.plan().nanos() != 0) {
          checks.Add("policy.plan",
                     "only a complaint owes a plan (the "
                     "department at fault agrees it); leave it "
                     "0 for other kinds");
        }
      } else {
        set("plan", in.plan(), 60, &row.plan_s);
      }
    } else if (path == "coordination") {
      set("coordination", in.coordination(), 2 * 86400, &row.coordination_s);
    } else if (path == "escalate_supervisor_after") {
      set("escalate_supervisor_after", in.escalate_supervisor_after(), 0,
          &row.escalate_supervisor_after_s);
    } else {
      set("escalate_manager_after", in.escalate_manager_after(), 0,
          &row.escalate_manager_after_s);
    }
  }
  if (checks.empty() &&
      row.escalate_manager_after_s < row.escalate_supervisor_after_s) {
    checks.Add("policy.escalate_manager_after",
               "must not be before escalate_supervisor_after");
  }
  if (checks.empty() && row.first_response_s > row.resolution_s) {
    checks.Add("policy.first_response", "must not be longer than resolution");
  }
  if (checks.empty() && row.plan_s > row.resolution_s) {
    checks.Add("policy.plan",
               "must not be longer than resolution (the plan "
               "comes before the fix)");
  }
  return checks.ToStatus();
}

}  // namespace frontdesk
