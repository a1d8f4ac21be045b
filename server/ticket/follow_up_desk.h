// TicketService follow-up of an open ticket: holds (Pend/Resume; the SLA
// clocks stop), promises to the resident (sla.h, coordination_rules.h), a
// complaint's agreed plan (plan_rules.h) and the resident notices. Each step
// runs in the shared frame of ticket_step.h.
#ifndef FRONTDESK_SERVER_TICKET_FOLLOW_UP_DESK_H_
#define FRONTDESK_SERVER_TICKET_FOLLOW_UP_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class FollowUpDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status PendTicket(const Call& call,
                          const v1::PendTicketRequest& request,
                          v1::Ticket* response);
  absl::Status ResumeTicket(const Call& call,
                            const v1::ResumeTicketRequest& request,
                            v1::Ticket* response);
  absl::Status ChangePromise(const Call& call,
                             const v1::ChangePromiseRequest& request,
                             v1::Ticket* response);
  absl::Status AgreeTicketPlan(const Call& call,
                               const v1::AgreeTicketPlanRequest& request,
                               v1::Ticket* response);
  absl::Status RecordResidentNotice(
      const Call& call, const v1::RecordResidentNoticeRequest& request,
      v1::Ticket* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_FOLLOW_UP_DESK_H_
