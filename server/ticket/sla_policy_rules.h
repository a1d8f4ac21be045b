// The rules of a site's SLA policy update (UpdateSlaPolicy), over plain
// values: which fields an update may name, and how the named fields merge
// into the policy in force, with their bounds and the checks across fields.
// The desk (sla_policy_desk.h) loads and saves the policy.
#ifndef FRONTDESK_SERVER_TICKET_SLA_POLICY_RULES_H_
#define FRONTDESK_SERVER_TICKET_SLA_POLICY_RULES_H_

#include <google/protobuf/field_mask.pb.h>

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

// A policy's windows in whole seconds, as stored.
struct SlaPolicyWindows {
  long long first_response_s = 0;
  long long resolution_s = 0;
  long long callback_s = 0;
  long long escalate_supervisor_after_s = 0;
  long long escalate_manager_after_s = 0;
  long long plan_s = 0;
  long long coordination_s = 0;
};

// The fields an update changes: the mask's paths, or when the mask is empty
// first_response, resolution, callback and the two escalation offsets.
std::vector<std::string> SlaPolicyUpdatePaths(
    const google::protobuf::FieldMask& mask);

// INVALID_ARGUMENT on update_mask for each path that is not a mutable field
// (first_response, resolution, callback, escalate_supervisor_after,
// escalate_manager_after, plan, coordination).
absl::Status CheckSlaPolicyPaths(const std::vector<std::string>& paths);

// Copies the fields named by `paths` from `in` into `windows` (a policy of
// `kind`) and checks the result. Bounds: whole seconds up to 30 days; at
// least 60 s for the windows, 2 days for coordination, 0 for the escalation
// offsets. Only a complaint owes a plan (other kinds leave it 0). Across
// fields: the manager not before the supervisor, the first response and the
// plan not longer than the resolution. INVALID_ARGUMENT on policy.<field>.
absl::Status MergeSlaPolicy(v1::Ticket::Kind kind, const v1::SlaPolicy& in,
                            const std::vector<std::string>& paths,
                            SlaPolicyWindows* windows);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_SLA_POLICY_RULES_H_
