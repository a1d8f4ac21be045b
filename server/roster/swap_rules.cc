#include "server/roster/swap_rules.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "common/status.h"

namespace frontdesk {
namespace {

using Metadata = std::vector<std::pair<std::string, std::string>>;

absl::Status Refuse(absl::string_view reason, absl::string_view rule,
                    absl::string_view message, Metadata metadata) {
  metadata.insert(metadata.begin(), {"rule", std::string(rule)});
  return Error(absl::StatusCode::kFailedPrecondition, reason, message,
               metadata);
}

bool IsPartyTo(const SwapRecord& s, const std::string& staff) {
  return s.requester == staff || s.counterpart == staff;
}

// Another live swap of `staff` that moves `assignment`.
bool InOtherLiveSwap(const std::string& assignment, const std::string& staff,
                     const SwapProposal& swap,
                     const std::vector<SwapRecord>& swaps) {
  return std::any_of(swaps.begin(), swaps.end(), [&](const SwapRecord& s) {
    return s.name != swap.name && IsLiveSwap(s.status) && IsPartyTo(s, staff) &&
           std::count(s.assignments.begin(), s.assignments.end(), assignment);
  });
}

// `duty` handed over by `giver` in a swap: refused when it, or its
// neighbour in the giver's schedule, is already part of a swap.
absl::Status CheckGivenNotConsecutive(const RosterDuty& duty,
                                      const std::string& giver,
                                      const std::vector<RosterDuty>& schedule,
                                      const SwapProposal& swap,
                                      const std::vector<SwapRecord>& swaps) {
  if (!duty.shift_swap.empty() ||
      InOtherLiveSwap(duty.assignment, giver, swap, swaps)) {
    return Refuse(
        "SWAP_CONSECUTIVE", "R-SWAP-NOT-CONSECUTIVE",
        absl::StrCat(duty.assignment,
                     " was obtained through a swap or is in another swap: a "
                     "swapped duty is not swapped on (不允许连续换班)"),
        {{"staff", giver}, {"assignment", duty.assignment}});
  }
  // The giver's duties in start order, the given one among them.
  std::vector<const RosterDuty*> ordered;
  for (const RosterDuty& d : schedule) {
    if (d.staff == giver && d.status != v1::DutyAssignment::CANCELLED &&
        d.assignment != duty.assignment) {
      ordered.push_back(&d);
    }
  }
  std::sort(ordered.begin(), ordered.end(),
            [](const RosterDuty* a, const RosterDuty* b) {
              return a->start < b->start;
            });
  auto next = std::lower_bound(
      ordered.begin(), ordered.end(), duty.start,
      [](const RosterDuty* d, absl::Time t) { return d->start < t; });
  std::vector<const RosterDuty*> neighbours;
  if (next != ordered.end()) neighbours.push_back(*next);
  if (next != ordered.begin()) neighbours.push_back(*(next - 1));
  for (const RosterDuty* n : neighbours) {
    if (!n->shift_swap.empty() ||
        InOtherLiveSwap(n->assignment, giver, swap, swaps)) {
      return Refuse("SWAP_CONSECUTIVE", "R-SWAP-NOT-CONSECUTIVE",
                    absl::StrCat(giver, "'s duty next to ", duty.assignment,
                                 ", ", n->assignment,
                                 ", is already swapped: no consecutive swaps "
                                 "(不允许连续换班)"),
                    {{"staff", giver}, {"assignment", n->assignment}});
    }
  }
  return absl::OkStatus();
}

// `taker`'s schedule after the swap, checked against the duty they take.
absl::Status CheckTakerFits(const RosterDuty& taken, const std::string& taker,
                            const std::optional<RosterDuty>& given,
                            std::vector<RosterDuty> schedule,
                            const SwapContext& context) {
  RosterDuty theirs = taken;
  theirs.staff = taker;
  if (given.has_value()) {
    for (RosterDuty& d : schedule) {
      if (d.assignment == given->assignment) {
        d.status = v1::DutyAssignment::SWAPPED_OUT;
      }
    }
  }
  if (absl::Status s = CheckFitsSchedule(theirs, schedule, context.min_rest);
      !s.ok()) {
    return s;
  }
  return CheckNotOnLeave(theirs, context.leave);
}

}  // namespace

bool IsLiveSwap(v1::ShiftSwap::Status status) {
  return status == v1::ShiftSwap::PROPOSED || status == v1::ShiftSwap::AGREED ||
         status == v1::ShiftSwap::APPROVED;
}

const RosterDuty& EarliestDuty(const SwapProposal& swap) {
  if (swap.counterpart_duty.has_value() &&
      swap.counterpart_duty->start < swap.requester_duty.start) {
    return *swap.counterpart_duty;
  }
  return swap.requester_duty;
}

absl::Status CheckSwapParties(const SwapProposal& swap) {
  Violations v;
  if (swap.counterpart.empty()) {
    v.Add("shift_swap.counterpart", "is required");
  } else if (swap.counterpart == swap.requester) {
    v.Add("shift_swap.counterpart",
          "cannot be the requester: a swap is with someone else");
  }
  if (swap.requester_duty.staff != swap.requester) {
    v.Add("shift_swap.requester_assignment", "is not the requester's duty");
  }
  if (swap.counterpart_duty.has_value()) {
    if (swap.counterpart_duty->staff != swap.counterpart) {
      v.Add("shift_swap.counterpart_assignment",
            "is not the counterpart's duty");
    } else if (swap.counterpart_duty->assignment ==
               swap.requester_duty.assignment) {
      v.Add("shift_swap.counterpart_assignment",
            "is the duty given away: a swap exchanges two duties");
    }
  }
  return v.ToStatus();
}

absl::Status CheckSwapNotStarted(const SwapProposal& swap, absl::Time now) {
  const RosterDuty& earliest = EarliestDuty(swap);
  if (now < earliest.start) return absl::OkStatus();
  return Error(
      absl::StatusCode::kFailedPrecondition, "SWAP_SHIFT_STARTED",
      absl::StrCat("shift of ", earliest.assignment,
                   " has started; the roster is history"),
      {{"rule", "R-SWAP-NOTICE"}, {"assignment", earliest.assignment}});
}

absl::Status CheckSwapNotice(const SwapProposal& swap, absl::TimeZone site_zone,
                             const WorkingCalendar& calendar) {
  const RosterDuty& earliest = EarliestDuty(swap);
  const absl::CivilDay requested_on =
      absl::ToCivilDay(swap.requested_at, site_zone);
  if (HasWorkingDaysNotice(calendar, requested_on, earliest.date,
                           kSwapNoticeWorkingDays)) {
    return absl::OkStatus();
  }
  const absl::CivilDay deadline =
      calendar.WorkingDaysBefore(earliest.date, kSwapNoticeWorkingDays);
  const std::string by = absl::StrFormat("%04d-%02d-%02d", deadline.year(),
                                         deadline.month(), deadline.day());
  return Refuse("SWAP_NOTICE_TOO_SHORT", "R-SWAP-NOTICE",
                absl::StrCat("a swap is applied for at least one working day "
                             "ahead: for this shift, by ",
                             by),
                {{"apply_by", by}});
}

absl::Status CheckSwapMonthlyLimit(const SwapProposal& swap,
                                   const std::vector<SwapRecord>& swaps,
                                   int max_swaps_per_month) {
  const absl::CivilMonth month(EarliestDuty(swap).date);
  for (const std::string* staff : {&swap.requester, &swap.counterpart}) {
    const int count = static_cast<int>(
        std::count_if(swaps.begin(), swaps.end(), [&](const SwapRecord& s) {
          return s.name != swap.name && IsLiveSwap(s.status) &&
                 s.month == month && IsPartyTo(s, *staff);
        }));
    if (count >= max_swaps_per_month) {
      return Refuse(
          "SWAP_MONTHLY_LIMIT_EXCEEDED", "R-SWAP-MONTHLY-LIMIT",
          absl::StrFormat("%s already has %d swaps in %04d-%02d; at most %d "
                          "per person per month",
                          *staff, count, month.year(), month.month(),
                          max_swaps_per_month),
          {{"staff", *staff}});
    }
  }
  return absl::OkStatus();
}

absl::Status CheckSwapNotConsecutive(const SwapProposal& swap,
                                     const SwapContext& context) {
  if (absl::Status s = CheckGivenNotConsecutive(
          swap.requester_duty, swap.requester, context.requester_schedule, swap,
          context.swaps);
      !s.ok()) {
    return s;
  }
  if (swap.counterpart_duty.has_value()) {
    return CheckGivenNotConsecutive(*swap.counterpart_duty, swap.counterpart,
                                    context.counterpart_schedule, swap,
                                    context.swaps);
  }
  return absl::OkStatus();
}

absl::Status CheckSwapLeavesRest(const SwapProposal& swap,
                                 const SwapContext& context) {
  if (absl::Status s = CheckTakerFits(swap.requester_duty, swap.counterpart,
                                      swap.counterpart_duty,
                                      context.counterpart_schedule, context);
      !s.ok()) {
    return s;
  }
  if (swap.counterpart_duty.has_value()) {
    return CheckTakerFits(*swap.counterpart_duty, swap.requester,
                          swap.requester_duty, context.requester_schedule,
                          context);
  }
  return absl::OkStatus();
}

absl::Status CheckShiftSwap(const SwapProposal& swap,
                            const SwapContext& context) {
  if (absl::Status s = CheckSwapParties(swap); !s.ok()) return s;
  if (absl::Status s = CheckSwapNotStarted(swap, context.now); !s.ok()) {
    return s;
  }
  if (absl::Status s =
          CheckSwapNotice(swap, context.site_zone, context.calendar);
      !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckSwapMonthlyLimit(swap, context.swaps,
                                             context.max_swaps_per_month);
      !s.ok()) {
    return s;
  }
  if (absl::Status s = CheckSwapNotConsecutive(swap, context); !s.ok()) {
    return s;
  }
  return CheckSwapLeavesRest(swap, context);
}

}  // namespace frontdesk
