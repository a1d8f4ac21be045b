// TicketService per-site SLA policies (deadlines and escalation offsets for
// each kind × priority): listed with the defaults filled in, and updated by
// an admin or manager with the rules of sla_policy_rules.h.
#ifndef FRONTDESK_SERVER_TICKET_SLA_POLICY_DESK_H_
#define FRONTDESK_SERVER_TICKET_SLA_POLICY_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class SlaPolicyDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status UpdateSlaPolicy(const Call& call,
                               const v1::UpdateSlaPolicyRequest& request,
                               v1::SlaPolicy* response);
  absl::Status ListSlaPolicies(const Call& call,
                               const v1::ListSlaPoliciesRequest& request,
                               v1::ListSlaPoliciesResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_SLA_POLICY_DESK_H_
