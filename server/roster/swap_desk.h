// Shift swaps (换班), "sites/{site}/shiftSwaps/{id}" [R-SWAP-APPROVED]: the
// requester (the caller) proposes to give one of their SCHEDULED duties to
// the counterpart, optionally taking one of theirs in return; only the
// counterpart agrees or declines, only the requester cancels, and a
// SUPERVISOR or MANAGER of the site who is not a party approves or rejects
// (SELF_APPROVAL). Every rule of swap_rules.h is checked on create, agree
// and approve, with the parties' schedules, swaps and approved leave read
// in the call's transaction, plus STAFF_NOT_QUALIFIED (both receptionists
// of the site) and SWAP_WRONG_STATE.
//
// Approval changes hands in the same transaction: each given-away
// assignment becomes SWAPPED_OUT with the swap's id and the other party gets
// a new SCHEDULED assignment with origin SWAP. The swap row is locked first
// (FOR UPDATE on MariaDB) and changed only at the version read, so two
// servers approving at once change hands exactly once; the loser sees
// SWAP_WRONG_STATE.
//
// A PROPOSED or AGREED swap whose earliest shift has started reads as
// EXPIRED (Get, List and its status filter); agreeing to or approving it
// is SWAP_SHIFT_STARTED, any other verb SWAP_WRONG_STATE. A party sees
// their own swaps; the site's supervisors and managers see all of its
// swaps; anyone else gets NOT_FOUND.
#ifndef FRONTDESK_SERVER_ROSTER_SWAP_DESK_H_
#define FRONTDESK_SERVER_ROSTER_SWAP_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class SwapDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateShiftSwap(const Call& call,
                               const v1::CreateShiftSwapRequest& request,
                               v1::ShiftSwap* response);
  absl::Status GetShiftSwap(const Call& call,
                            const v1::GetShiftSwapRequest& request,
                            v1::ShiftSwap* response);
  absl::Status ListShiftSwaps(const Call& call,
                              const v1::ListShiftSwapsRequest& request,
                              v1::ListShiftSwapsResponse* response);
  absl::Status AgreeShiftSwap(const Call& call,
                              const v1::AgreeShiftSwapRequest& request,
                              v1::ShiftSwap* response);
  absl::Status DeclineShiftSwap(const Call& call,
                                const v1::DeclineShiftSwapRequest& request,
                                v1::ShiftSwap* response);
  absl::Status ApproveShiftSwap(const Call& call,
                                const v1::ApproveShiftSwapRequest& request,
                                v1::ShiftSwap* response);
  absl::Status RejectShiftSwap(const Call& call,
                               const v1::RejectShiftSwapRequest& request,
                               v1::ShiftSwap* response);
  absl::Status CancelShiftSwap(const Call& call,
                               const v1::CancelShiftSwapRequest& request,
                               v1::ShiftSwap* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_SWAP_DESK_H_
