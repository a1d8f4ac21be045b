// The rules of a shift swap (换班), each refused under its own reason
// (roster_service.proto, ShiftSwap). A swap: the requester gives one duty to
// the counterpart, and takes one of the counterpart's in return (还班) or,
// when the counterpart covers without a duty in return, none. The desk
// checks every rule on create, agree and approve, with the swap's own
// record left out of the counts by its name.
//
//   shift_swap.counterpart (INVALID_ARGUMENT)  not with oneself; each duty
//       belongs to the party who gives it away, and they are two duties.
//   SWAP_SHIFT_STARTED  the earliest shift involved has started.
//   SWAP_NOTICE_TOO_SHORT [R-SWAP-NOTICE]  the swap was requested (its
//       create time, whenever it is checked) on or before the working day
//       before the earliest shift's local date, on the site's calendar
//       (working_days.h): for a Monday shift, by Friday.
//   SWAP_MONTHLY_LIMIT_EXCEEDED [R-SWAP-MONTHLY-LIMIT]  at most
//       max_swaps_per_month (3) swaps per person per calendar month of the
//       earliest shift involved. Reading of 每人每月换班不得超过3次: what
//       counts is swaps, not duties or requests that came to nothing: the swaps
//       the person is a party to (either side) that are PROPOSED, AGREED or
//       APPROVED. A pending swap holds its place, so four proposals cannot
//       all be approved; a declined, rejected, cancelled or expired one frees
//       it. Metadata "staff" names who is at the limit.
//   SWAP_CONSECUTIVE [R-SWAP-NOT-CONSECUTIVE]  reading of 不允许连续换班: no
//       chain of swaps and no run of swapped duties. A duty obtained through
//       a swap is not swapped on, nor is a duty already in another live
//       (PROPOSED, AGREED, APPROVED) swap; and neither party gives away a
//       duty whose previous or next duty in their own schedule was obtained
//       or given away through a swap or is in another live swap of theirs.
//       Metadata "staff", "assignment" (the duty that makes it consecutive).
//   DUTY_OVERLAP, BACK_TO_BACK_SHIFTS [R-NO-BACK-TO-BACK]  换班者、还班者
//       不允许连班: after the swap, neither party has a duty overlapping, or
//       less than min_rest from, the duty they take (duty_schedule.h).
//   STAFF_ON_LEAVE  neither party takes a duty during their approved leave.
// Who may approve (R-SWAP-APPROVED, SELF_APPROVAL), the parties'
// qualification (STAFF_NOT_QUALIFIED) and the swap's status
// (SWAP_WRONG_STATE) are the desk's, from stored data.
#ifndef FRONTDESK_SERVER_ROSTER_SWAP_RULES_H_
#define FRONTDESK_SERVER_ROSTER_SWAP_RULES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/roster/duty_schedule.h"
#include "server/roster/working_days.h"

namespace frontdesk {

// Default RosterPolicy.max_swaps_per_month.
inline constexpr int kDefaultMaxSwapsPerMonth = 3;
// Working days of notice a swap needs (001: 提前一个工作日).
inline constexpr int kSwapNoticeWorkingDays = 1;

// A stored swap, as the limits see it.
struct SwapRecord {
  std::string name;  // "sites/{site}/shiftSwaps/{swap}"
  std::string requester;
  std::string counterpart;
  // The assignments it moves: the requester's, and the counterpart's if any.
  std::vector<std::string> assignments;
  // The local month of its earliest shift.
  absl::CivilMonth month;
  v1::ShiftSwap::Status status = v1::ShiftSwap::PROPOSED;
};

// The swap being checked.
struct SwapProposal {
  // Its name once stored (so it does not count against itself); "" when new.
  std::string name;
  std::string requester;
  std::string counterpart;
  RosterDuty requester_duty;
  std::optional<RosterDuty> counterpart_duty;
  // When it was requested (ShiftSwap.create_time; `now` on create).
  absl::Time requested_at;
};

// What the rules need besides the proposal.
struct SwapContext {
  absl::Time now;
  absl::TimeZone site_zone;
  WorkingCalendar calendar;
  int max_swaps_per_month = kDefaultMaxSwapsPerMonth;
  absl::Duration min_rest = kDefaultMinRest;
  // Each party's duties around the swap, any status (given-away and
  // obtained ones included).
  std::vector<RosterDuty> requester_schedule;
  std::vector<RosterDuty> counterpart_schedule;
  // The parties' swaps of the months involved, any status.
  std::vector<SwapRecord> swaps;
  // The parties' approved leave.
  std::vector<LeavePeriod> leave;
};

// PROPOSED, AGREED or APPROVED.
bool IsLiveSwap(v1::ShiftSwap::Status status);

// The duty of the swap whose shift starts first.
const RosterDuty& EarliestDuty(const SwapProposal& swap);

absl::Status CheckSwapParties(const SwapProposal& swap);
absl::Status CheckSwapNotStarted(const SwapProposal& swap, absl::Time now);
absl::Status CheckSwapNotice(const SwapProposal& swap, absl::TimeZone site_zone,
                             const WorkingCalendar& calendar);
absl::Status CheckSwapMonthlyLimit(const SwapProposal& swap,
                                   const std::vector<SwapRecord>& swaps,
                                   int max_swaps_per_month);
absl::Status CheckSwapNotConsecutive(const SwapProposal& swap,
                                     const SwapContext& context);
// Rest, overlap and leave of both parties after the swap.
absl::Status CheckSwapLeavesRest(const SwapProposal& swap,
                                 const SwapContext& context);

// Every rule above, in that order; the first refusal.
absl::Status CheckShiftSwap(const SwapProposal& swap,
                            const SwapContext& context);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_SWAP_RULES_H_
