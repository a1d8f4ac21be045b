// TicketService resolution: resolving (with linked children), the callback
// (回访) that closes, reopens for rework or counts an unreachable attempt,
// reopening, the endings without work (unfounded, duplicate, cancelled) and
// the callbacks-due list. Rules: resolution_rules.h and lifecycle.h; each
// step runs in the shared frame of ticket_step.h.
#ifndef FRONTDESK_SERVER_TICKET_RESOLUTION_DESK_H_
#define FRONTDESK_SERVER_TICKET_RESOLUTION_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class ResolutionDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status ResolveTicket(const Call& call,
                             const v1::ResolveTicketRequest& request,
                             v1::Ticket* response);
  absl::Status RecordCallback(const Call& call,
                              const v1::RecordCallbackRequest& request,
                              v1::TicketCallback* response);
  absl::Status ReopenTicket(const Call& call,
                            const v1::ReopenTicketRequest& request,
                            v1::Ticket* response);
  absl::Status MarkTicketUnfounded(
      const Call& call, const v1::MarkTicketUnfoundedRequest& request,
      v1::Ticket* response);
  absl::Status MarkTicketDuplicate(
      const Call& call, const v1::MarkTicketDuplicateRequest& request,
      v1::Ticket* response);
  absl::Status CancelTicket(const Call& call,
                            const v1::CancelTicketRequest& request,
                            v1::Ticket* response);
  absl::Status ListCallbacksDue(const Call& call,
                                const v1::ListCallbacksDueRequest& request,
                                v1::ListTicketsResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_RESOLUTION_DESK_H_
