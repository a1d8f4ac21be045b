// TicketService linked tickets: LinkTicket sets or clears a ticket's parent
// (link_rules.h); resolving a parent resolves its children (links.h).
#ifndef FRONTDESK_SERVER_TICKET_LINK_DESK_H_
#define FRONTDESK_SERVER_TICKET_LINK_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class LinkDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status LinkTicket(const Call& call,
                          const v1::LinkTicketRequest& request,
                          v1::Ticket* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_LINK_DESK_H_
