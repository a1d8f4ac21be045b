// ReportService.GetOpenItemsList (未结事项汇总) [REP-OPEN-ITEMS]: the
// tickets open at a checkpoint (checkpoints.h), grouped by who holds them,
// compared with the checkpoint before, rebuilt from the recorded states so
// an earlier checkpoint asked later reads as it stood then.
//
// Groups: one per department or vendor holding tickets (by name), then one
// with department "" for tickets held by a staff member (assignee set) or
// not dispatched yet. Items: overdue first, then by due time (none last),
// then by creation. At most kMaxOpenItems items per site (the ones created
// first), and `truncated` set when the site had more. For "sites/-" the
// groups are under by_site; open, overdue and closed_since_previous add up,
// and the total is truncated when any site is.
#ifndef FRONTDESK_SERVER_REPORT_OPEN_ITEMS_DESK_H_
#define FRONTDESK_SERVER_REPORT_OPEN_ITEMS_DESK_H_

#include "frontdesk/v1/report_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

inline constexpr int kMaxOpenItems = 5000;

class OpenItemsDesk : public Desk {
 public:
  // `max_items`: the cap per site (kMaxOpenItems; a test passes a small one).
  explicit OpenItemsDesk(ServiceContext services, int max_items = kMaxOpenItems)
      : Desk(services), max_items_(max_items) {}

  absl::Status GetOpenItemsList(const Call& call,
                                const v1::GetOpenItemsListRequest& request,
                                v1::OpenItemsList* response);

 private:
  int max_items_;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_OPEN_ITEMS_DESK_H_
