// TicketService escalation on demand (escalation.h: one level up or the level
// asked) and the supervisor's lists: escalations and overdue tickets. The
// automatic steps are the sweeper's (escalation_sweeper.h).
#ifndef FRONTDESK_SERVER_TICKET_ESCALATION_DESK_H_
#define FRONTDESK_SERVER_TICKET_ESCALATION_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class EscalationDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status EscalateTicket(const Call& call,
                              const v1::EscalateTicketRequest& request,
                              v1::Escalation* response);
  absl::Status ListEscalations(const Call& call,
                               const v1::ListEscalationsRequest& request,
                               v1::ListEscalationsResponse* response);
  absl::Status ListOverdueTickets(const Call& call,
                                  const v1::ListOverdueTicketsRequest& request,
                                  v1::ListTicketsResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_ESCALATION_DESK_H_
