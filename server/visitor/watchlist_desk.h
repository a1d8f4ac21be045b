// The site watchlist, managed by supervisors and managers.
// Logic of VisitorService (visitor_service.proto states each rule); the gRPC
// wiring is visitor_service.cc. Each method authorises `who`, validates, and
// runs its reads and writes on the injected database and clock.
#ifndef FRONTDESK_SERVER_VISITOR_WATCHLIST_DESK_H_
#define FRONTDESK_SERVER_VISITOR_WATCHLIST_DESK_H_

#include "absl/status/status.h"
#include "common/principal.h"
#include "frontdesk/v1/visitor_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class WatchlistDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateWatchlistEntry(
      const Call& call, const v1::CreateWatchlistEntryRequest& request,
      v1::WatchlistEntry* response);
  absl::Status ListWatchlistEntries(
      const Call& call, const v1::ListWatchlistEntriesRequest& request,
      v1::ListWatchlistEntriesResponse* response);
  absl::Status DeleteWatchlistEntry(
      const Call& call, const v1::DeleteWatchlistEntryRequest& request,
      v1::WatchlistEntry* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_VISITOR_WATCHLIST_DESK_H_
