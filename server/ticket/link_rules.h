// The rules of linking a ticket to a parent (LinkTicket), over plain values:
// the parent is a ticket of the same site, not the ticket itself nor one of
// its descendants (no link cycle), and has not ended. The desk is
// link_desk.h; resolving a parent resolves its children (links.h).
#ifndef FRONTDESK_SERVER_TICKET_LINK_RULES_H_
#define FRONTDESK_SERVER_TICKET_LINK_RULES_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

// INVALID_ARGUMENT on parent (another site; LINK_CYCLE when `child_id` is the
// parent or among `parent_ancestors`), FAILED_PRECONDITION PARENT_ENDED.
absl::Status CheckLinkParent(const std::string& child_site_id,
                             long long child_id,
                             const std::string& parent_site_id,
                             long long parent_id,
                             const std::vector<long long>& parent_ancestors,
                             v1::Ticket::Status parent_status);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_LINK_RULES_H_
