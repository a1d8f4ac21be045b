// A site's roster policy: its shift plan, limits and handover inventory
// checklist ("sites/{site}/rosterPolicy"). Anyone at the site reads it; the
// MANAGER changes it (the permission table), as a whole validated by
// roster_policy.h, under the etag. Materialised shifts keep the definition
// they were made with (shift_store.h), so a new plan applies to shifts not
// yet on the roster.
#ifndef FRONTDESK_SERVER_ROSTER_POLICY_DESK_H_
#define FRONTDESK_SERVER_ROSTER_POLICY_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class PolicyDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetRosterPolicy(const Call& call,
                               const v1::GetRosterPolicyRequest& request,
                               v1::RosterPolicy* response);
  absl::Status UpdateRosterPolicy(const Call& call,
                                  const v1::UpdateRosterPolicyRequest& request,
                                  v1::RosterPolicy* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_POLICY_DESK_H_
