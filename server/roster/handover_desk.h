// The handover between shifts (交接班), "sites/{site}/handovers/{yyyymmdd}-
// {definition}" named after the outgoing shift, and the supervisor's release
// of an outgoing receptionist (issue 13 items 1, 2 and 5):
// - CreateHandover: the caller is ON_DUTY on the outgoing shift
//   (NOT_ON_DUTY); the incoming shift is the next of the site's plan; the
//   site's open matters are pulled in as items (handover_open_matters.h),
//   then the written ones; one per shift (ALREADY_EXISTS).
// - UpdateHandover / SubmitHandover: DRAFT only, by someone ON_DUTY on the
//   outgoing shift; submit needs a duty log.
// - ConsentHandoverItem: a supervisor passes a significant item on.
// - AcceptHandover: the incoming receptionist, clocked in on the incoming
//   shift (NOT_CLOCKED_IN), checks every item and counts the inventory; in
//   the same transaction the outgoing ON_DUTY assignments become RELIEVED.
// - ReleaseFromDuty: a supervisor relieves an outgoing person before the
//   handover is accepted, with a reason, recorded on the assignment.
// - CountersignHandover, and ListHandovers filtered countersigned = false.
// Who may call is the permission table's (roles at the handover's site);
// the rules are handover_rules.h; mutations are idempotent by request_id
// and checked against the etag. [R-HANDOVER-LOG] [R-HANDOVER-ACCEPT]
// [R-SIGNIFICANT-ITEM-CONSENT] [R-RELIEF-FIRST] [R-COUNTERSIGN]
#ifndef FRONTDESK_SERVER_ROSTER_HANDOVER_DESK_H_
#define FRONTDESK_SERVER_ROSTER_HANDOVER_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class HandoverDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateHandover(const Call& call,
                              const v1::CreateHandoverRequest& request,
                              v1::Handover* response);
  absl::Status GetHandover(const Call& call,
                           const v1::GetHandoverRequest& request,
                           v1::Handover* response);
  absl::Status ListHandovers(const Call& call,
                             const v1::ListHandoversRequest& request,
                             v1::ListHandoversResponse* response);
  absl::Status UpdateHandover(const Call& call,
                              const v1::UpdateHandoverRequest& request,
                              v1::Handover* response);
  absl::Status SubmitHandover(const Call& call,
                              const v1::SubmitHandoverRequest& request,
                              v1::Handover* response);
  absl::Status ConsentHandoverItem(
      const Call& call, const v1::ConsentHandoverItemRequest& request,
      v1::Handover* response);
  absl::Status AcceptHandover(const Call& call,
                              const v1::AcceptHandoverRequest& request,
                              v1::Handover* response);
  absl::Status ReleaseFromDuty(const Call& call,
                               const v1::ReleaseFromDutyRequest& request,
                               v1::DutyAssignment* response);
  absl::Status CountersignHandover(
      const Call& call, const v1::CountersignHandoverRequest& request,
      v1::Handover* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_HANDOVER_DESK_H_
