// TicketService intake: a ticket is created (with its first deadlines from
// the site's policy), read, listed (filter and paging), updated field by
// field (ticket_rules.h; a new kind or priority re-derives the deadlines),
// annotated with notes, and its history listed. Mutations run once per
// request_id (server/idempotent.h).
#ifndef FRONTDESK_SERVER_TICKET_INTAKE_DESK_H_
#define FRONTDESK_SERVER_TICKET_INTAKE_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class IntakeDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateTicket(const Call& call,
                            const v1::CreateTicketRequest& request,
                            v1::Ticket* response);
  absl::Status GetTicket(const Call& call, const v1::GetTicketRequest& request,
                         v1::Ticket* response);
  absl::Status ListTickets(const Call& call,
                           const v1::ListTicketsRequest& request,
                           v1::ListTicketsResponse* response);
  absl::Status UpdateTicket(const Call& call,
                            const v1::UpdateTicketRequest& request,
                            v1::Ticket* response);
  absl::Status AddTicketNote(const Call& call,
                             const v1::AddTicketNoteRequest& request,
                             v1::TicketEvent* response);
  absl::Status ListTicketEvents(const Call& call,
                                const v1::ListTicketEventsRequest& request,
                                v1::ListTicketEventsResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_INTAKE_DESK_H_
