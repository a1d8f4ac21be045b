// The link rules of link_rules.h.
#include "server/ticket/link_rules.h"

#include "common/status.h"
#include "server/ticket/lifecycle.h"

namespace frontdesk {

absl::Status CheckLinkParent(const std::string& child_site_id,
                             long long child_id,
                             const std::string& parent_site_id,
                             long long parent_id,
                             const std::vector<long long>& parent_ancestors,
                             v1::Ticket::Status parent_status) {
  if (parent_site_id != child_site_id) {
    return InvalidField("parent", "must be a ticket of the same site");
  }
  bool cycle = parent_id == child_id;
  for (long long a : parent_ancestors) cycle |= a == child_id;
  if (cycle) {
    return InvalidField("parent",
                        "would make the ticket its own ancestor "
                        "(a link cycle)",
                        "LINK_CYCLE");
  }
  if (IsEnded(parent_status)) {
    return Error(absl::StatusCode::kFailedPrecondition, "PARENT_ENDED",
                 "the parent ticket has ended; link to the ticket "
                 "that carries on");
  }
  return absl::OkStatus();
}

}  // namespace frontdesk
