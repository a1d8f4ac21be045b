// TicketService's live feed (WatchTickets): a site's ticket events in id
// order, from an event_id the client received (or now, or the beginning),
// until the client cancels or the server stops. The desk sees neither gRPC
// nor the stream: it writes to `sink` (false: the client went away) and asks
// `cancelled` between polls. Stop() ends every feed with UNAVAILABLE
// (SHUTTING_DOWN) so that the client resumes elsewhere or after a restart.
// The reporter's values in the events are shown as the watcher may see them
// (reporter_access.h): the batch is presented, and logged when the watcher
// is outside the site's desk, before it is sent.
#ifndef FRONTDESK_SERVER_TICKET_WATCH_DESK_H_
#define FRONTDESK_SERVER_TICKET_WATCH_DESK_H_

#include <atomic>
#include <functional>

#include "absl/status/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class WatchDesk : public Desk {
 public:
  using Sink = std::function<bool(const v1::TicketEvent&)>;

  using Desk::Desk;

  absl::Status WatchTickets(const Call& call,
                            const v1::WatchTicketsRequest& request,
                            const Sink& sink,
                            const std::function<bool()>& cancelled);

  // Ends every feed (running or to come) with UNAVAILABLE.
  void Stop() { stopping_ = true; }

 private:
  std::atomic<bool> stopping_{false};
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_WATCH_DESK_H_
