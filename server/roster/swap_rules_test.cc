// swap_rules.h: every swap rule by its reason name [R-SWAP-NOTICE]
// [R-SWAP-MONTHLY-LIMIT] [R-SWAP-NOT-CONSECUTIVE] [R-NO-BACK-TO-BACK].
#include "server/roster/swap_rules.h"

#include "common/status.h"
#include "common/status_testing.h"
#include "gtest/gtest.h"
#include "server/roster/coverage.h"
#include "server/roster/shift_time.h"

namespace frontdesk {
namespace {

using absl::CivilDay;

const std::string kWang = "staff/wang";
const std::string kLi = "staff/li";
const std::string kZhao = "staff/zhao";

absl::TimeZone Shanghai() {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone("Asia/Shanghai", &tz));
  return tz;
}

absl::Time Local(int y, int m, int d, int hh, int mm = 0) {
  return absl::FromCivil(absl::CivilSecond(y, m, d, hh, mm, 0), Shanghai());
}

RosterDuty Duty(const std::string& staff, const std::string& definition,
                CivilDay date) {
  const ShiftPattern pattern = definition == "day"
                                   ? ShiftPattern{8 * 60, 12 * 60}
                                   : ShiftPattern{20 * 60, 12 * 60};
  const ShiftInstants at = InstantsOn(pattern, date, Shanghai());
  RosterDuty d;
  d.assignment = "sites/hx/shifts/" + ShiftId(date, definition) +
                 "/assignments/" + staff.substr(6);
  d.staff = staff;
  d.definition = definition;
  d.date = date;
  d.start = at.start;
  d.end = at.end;
  return d;
}

// Day shifts of 16..30 November 2026 (Monday 16th to Monday 30th): Wang
// works the even dates, Li the odd ones.
std::vector<RosterDuty> Schedule(const std::string& staff) {
  std::vector<RosterDuty> out;
  for (CivilDay d(2026, 11, 16); d <= CivilDay(2026, 11, 30); ++d) {
    if ((d.day() % 2 == 0) == (staff == kWang)) {
      out.push_back(Duty(staff, "day", d));
    }
  }
  return out;
}

RosterDuty* Find(std::vector<RosterDuty>& schedule, CivilDay date) {
  for (RosterDuty& d : schedule) {
    if (d.date == date) return &d;
  }
  ADD_FAILURE() << "no duty on " << date;
  return &schedule.front();
}

// Wang gives Li Thursday 26's day shift and takes Li's Friday 27 in return,
// asked on Monday 23 at 10:00.
struct SwapTest : ::testing::Test {
  SwapTest() {
    context.now = Local(2026, 11, 23, 10);
    context.site_zone = Shanghai();
    context.requester_schedule = Schedule(kWang);
    context.counterpart_schedule = Schedule(kLi);
    swap.requester = kWang;
    swap.counterpart = kLi;
    swap.requester_duty = Duty(kWang, "day", CivilDay(2026, 11, 26));
    swap.counterpart_duty = Duty(kLi, "day", CivilDay(2026, 11, 27));
    swap.requested_at = context.now;
  }

  SwapRecord Record(const std::string& name, const std::string& requester,
                    const std::string& counterpart,
                    v1::ShiftSwap::Status status,
                    absl::CivilMonth month = absl::CivilMonth(2026, 11)) {
    return {name, requester, counterpart, {}, month, status};
  }

  SwapContext context;
  SwapProposal swap;
};

void ExpectRefused(const absl::Status& s, const char* reason,
                   const char* rule) {
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_EQ(ErrorReason(s), reason) << s;
  EXPECT_EQ(ErrorMetadata(s, "rule"), rule) << s;
}

TEST_F(SwapTest, AValidSwapPasses) {
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok())
      << CheckShiftSwap(swap, context);
}

TEST_F(SwapTest, CoverWithoutADutyInReturnPasses) {
  swap.counterpart = kZhao;
  swap.counterpart_duty.reset();
  context.counterpart_schedule = {};
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok())
      << CheckShiftSwap(swap, context);
}

TEST_F(SwapTest, NotWithOneself) {
  swap.counterpart = kWang;
  swap.counterpart_duty.reset();
  absl::Status s = CheckShiftSwap(swap, context);
  EXPECT_EQ(ExpectOneViolation(s, "shift_swap.counterpart"),
            "cannot be the requester: a swap is with someone else");
}

TEST_F(SwapTest, EachDutyBelongsToWhoGivesItAway) {
  swap.requester_duty = Duty(kLi, "night", CivilDay(2026, 11, 26));
  ExpectOneViolation(CheckShiftSwap(swap, context),
                     "shift_swap.requester_assignment");
  swap.requester_duty = Duty(kWang, "day", CivilDay(2026, 11, 26));
  swap.counterpart_duty = Duty(kZhao, "day", CivilDay(2026, 11, 27));
  ExpectOneViolation(CheckShiftSwap(swap, context),
                     "shift_swap.counterpart_assignment");
}

TEST_F(SwapTest, SwapShiftStarted) {
  context.now = swap.requester_duty.start;
  ExpectRefused(CheckShiftSwap(swap, context), "SWAP_SHIFT_STARTED",
                "R-SWAP-NOTICE");
  context.now = swap.requester_duty.start - absl::Seconds(1);
  EXPECT_NE(ErrorReason(CheckShiftSwap(swap, context)), "SWAP_SHIFT_STARTED");
}

TEST_F(SwapTest, SwapNoticeTooShort) {
  // Thursday's shift: asked on Wednesday (any hour) is one working day
  // ahead; on Thursday it is not.
  swap.requested_at = Local(2026, 11, 25, 23, 59);
  context.now = swap.requested_at;
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok());
  swap.requested_at = Local(2026, 11, 26, 0, 1);
  context.now = swap.requested_at;
  absl::Status s = CheckShiftSwap(swap, context);
  ExpectRefused(s, "SWAP_NOTICE_TOO_SHORT", "R-SWAP-NOTICE");
  EXPECT_EQ(ErrorMetadata(s, "apply_by"), "2026-11-25") << s;
}

TEST_F(SwapTest, SwapNoticeOfAMondayShiftIsFridaysOnTheSiteCalendar) {
  // Wang gives Monday 30's day shift to Zhao.
  swap.counterpart = kZhao;
  swap.counterpart_duty.reset();
  context.counterpart_schedule = {};
  swap.requester_duty =
      *Find(context.requester_schedule, CivilDay(2026, 11, 30));
  swap.requested_at = context.now = Local(2026, 11, 28, 9);  // Saturday
  ExpectRefused(CheckShiftSwap(swap, context), "SWAP_NOTICE_TOO_SHORT",
                "R-SWAP-NOTICE");
  // With Saturday 28 a make-up working day (调休), Saturday is in time.
  context.calendar = *WorkingCalendar::Create({}, {CivilDay(2026, 11, 28)});
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok());
}

TEST_F(SwapTest, SwapNoticeIsCountedFromTheRequestNotTheApproval) {
  // Approved on Thursday morning before the shift: the request on Monday
  // gave the notice.
  context.now = Local(2026, 11, 26, 7);
  swap.name = "sites/hx/shiftSwaps/1";
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok());
}

TEST_F(SwapTest, SwapNoticeCountsFromTheEarliestShift) {
  // Li gives Wednesday 25 instead: the earliest shift is Wednesday's, so a
  // request on Wednesday is too late though Thursday's shift alone would
  // allow it; Tuesday's is in time.
  swap.counterpart_duty =
      *Find(context.counterpart_schedule, CivilDay(2026, 11, 25));
  swap.requested_at = Local(2026, 11, 25, 9);
  ExpectRefused(CheckSwapNotice(swap, context.site_zone, context.calendar),
                "SWAP_NOTICE_TOO_SHORT", "R-SWAP-NOTICE");
  swap.requested_at = Local(2026, 11, 24, 10);
  EXPECT_TRUE(CheckSwapNotice(swap, context.site_zone, context.calendar).ok());
}

TEST_F(SwapTest, SwapMonthlyLimitExceeded) {
  context.swaps = {Record("s/1", kWang, kZhao, v1::ShiftSwap::APPROVED),
                   Record("s/2", kZhao, kWang, v1::ShiftSwap::AGREED),
                   Record("s/3", kWang, "staff/qian", v1::ShiftSwap::PROPOSED)};
  absl::Status s = CheckShiftSwap(swap, context);
  ExpectRefused(s, "SWAP_MONTHLY_LIMIT_EXCEEDED", "R-SWAP-MONTHLY-LIMIT");
  EXPECT_EQ(ErrorMetadata(s, "staff"), kWang) << s;
  // The policy may allow more.
  context.max_swaps_per_month = 4;
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok());
}

TEST_F(SwapTest, SwapMonthlyLimitCountsTheCounterpartToo) {
  context.swaps = {Record("s/1", kLi, kZhao, v1::ShiftSwap::APPROVED),
                   Record("s/2", kLi, kZhao, v1::ShiftSwap::APPROVED),
                   Record("s/3", kZhao, kLi, v1::ShiftSwap::APPROVED)};
  absl::Status s = CheckShiftSwap(swap, context);
  ExpectRefused(s, "SWAP_MONTHLY_LIMIT_EXCEEDED", "R-SWAP-MONTHLY-LIMIT");
  EXPECT_EQ(ErrorMetadata(s, "staff"), kLi) << s;
}

TEST_F(SwapTest, SwapMonthlyLimitCountsOnlyLiveSwapsOfTheMonth) {
  context.swaps = {
      Record("s/1", kWang, kZhao, v1::ShiftSwap::DECLINED),
      Record("s/2", kWang, kZhao, v1::ShiftSwap::REJECTED),
      Record("s/3", kWang, kZhao, v1::ShiftSwap::CANCELLED),
      Record("s/4", kWang, kZhao, v1::ShiftSwap::EXPIRED),
      Record("s/5", kWang, kZhao, v1::ShiftSwap::APPROVED,
             absl::CivilMonth(2026, 10)),
      Record("s/6", kWang, kZhao, v1::ShiftSwap::APPROVED,
             absl::CivilMonth(2026, 12)),
      Record("s/7", kWang, kZhao, v1::ShiftSwap::APPROVED),
      Record("s/8", kZhao, "staff/qian", v1::ShiftSwap::APPROVED),
  };
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok());
}

TEST_F(SwapTest, SwapMonthlyLimitDoesNotCountTheSwapItself) {
  // At approval the swap is stored as AGREED: it is the third, not a fourth.
  swap.name = "s/3";
  context.swaps = {Record("s/1", kWang, kZhao, v1::ShiftSwap::APPROVED),
                   Record("s/2", kWang, kZhao, v1::ShiftSwap::APPROVED),
                   Record("s/3", kWang, kLi, v1::ShiftSwap::AGREED)};
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok());
}

TEST_F(SwapTest, SwapConsecutiveADutyObtainedBySwapIsNotSwappedOn) {
  // Wang got Thursday's day shift from Zhao; he may not pass it on to Li.
  RosterDuty* thursday =
      Find(context.requester_schedule, CivilDay(2026, 11, 26));
  thursday->shift_swap = "sites/hx/shiftSwaps/9";
  swap.requester_duty = *thursday;
  absl::Status s = CheckShiftSwap(swap, context);
  ExpectRefused(s, "SWAP_CONSECUTIVE", "R-SWAP-NOT-CONSECUTIVE");
  EXPECT_EQ(ErrorMetadata(s, "assignment"), thursday->assignment) << s;
}

TEST_F(SwapTest, SwapConsecutiveADutyInAnotherLiveSwap) {
  SwapRecord other = Record("s/9", kWang, kZhao, v1::ShiftSwap::PROPOSED);
  other.assignments = {swap.requester_duty.assignment};
  context.swaps = {other};
  ExpectRefused(CheckShiftSwap(swap, context), "SWAP_CONSECUTIVE",
                "R-SWAP-NOT-CONSECUTIVE");
  context.swaps[0].status = v1::ShiftSwap::DECLINED;
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok());
}

TEST_F(SwapTest, SwapConsecutiveTheNextDutyIsInAnotherSwap) {
  // Wang's next duty, Saturday 28, is in a pending swap with Zhao: Thursday
  // 26, right before it in his schedule, may not be swapped too.
  const RosterDuty saturday =
      *Find(context.requester_schedule, CivilDay(2026, 11, 28));
  SwapRecord other = Record("s/9", kWang, kZhao, v1::ShiftSwap::AGREED);
  other.assignments = {saturday.assignment};
  context.swaps = {other};
  absl::Status s = CheckShiftSwap(swap, context);
  ExpectRefused(s, "SWAP_CONSECUTIVE", "R-SWAP-NOT-CONSECUTIVE");
  EXPECT_EQ(ErrorMetadata(s, "staff"), kWang) << s;
  EXPECT_EQ(ErrorMetadata(s, "assignment"), saturday.assignment) << s;
}

TEST_F(SwapTest, SwapConsecutiveThePreviousDutyWasGivenAway) {
  // Wang gave Tuesday 24 away in an approved swap (SWAPPED_OUT): Thursday
  // 26, his next duty, may not be swapped.
  RosterDuty* tuesday =
      Find(context.requester_schedule, CivilDay(2026, 11, 24));
  tuesday->status = v1::DutyAssignment::SWAPPED_OUT;
  tuesday->shift_swap = "sites/hx/shiftSwaps/8";
  ExpectRefused(CheckShiftSwap(swap, context), "SWAP_CONSECUTIVE",
                "R-SWAP-NOT-CONSECUTIVE");
  // Sunday 22 is not next to Thursday 26: that is allowed.
  tuesday->status = v1::DutyAssignment::SCHEDULED;
  tuesday->shift_swap.clear();
  Find(context.requester_schedule, CivilDay(2026, 11, 22))->shift_swap = "s/8";
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok());
}

TEST_F(SwapTest, SwapConsecutiveAppliesToTheCounterpartsDutyToo) {
  // Li's Sunday 29, the duty after the Friday 27 Li gives back, was
  // obtained through a swap.
  Find(context.counterpart_schedule, CivilDay(2026, 11, 29))->shift_swap =
      "s/7";
  absl::Status s = CheckShiftSwap(swap, context);
  ExpectRefused(s, "SWAP_CONSECUTIVE", "R-SWAP-NOT-CONSECUTIVE");
  EXPECT_EQ(ErrorMetadata(s, "staff"), kLi) << s;
}

TEST_F(SwapTest, BackToBackShiftsForTheCounterpart) {
  // Li also works Thursday 26's night: taking Thursday's day shift would be
  // day then night, 连班.
  context.counterpart_schedule.push_back(
      Duty(kLi, "night", CivilDay(2026, 11, 26)));
  absl::Status s = CheckShiftSwap(swap, context);
  ExpectRefused(s, "BACK_TO_BACK_SHIFTS", "R-NO-BACK-TO-BACK");
  EXPECT_EQ(ErrorMetadata(s, "staff"), kLi) << s;
}

TEST_F(SwapTest, BackToBackShiftsForTheRequester) {
  // Wang also works Thursday 26's night, which ends as Friday 27's day
  // shift, the one he takes, begins.
  RosterDuty night = Duty(kWang, "night", CivilDay(2026, 11, 26));
  context.requester_schedule.push_back(night);
  absl::Status s = CheckShiftSwap(swap, context);
  ExpectRefused(s, "BACK_TO_BACK_SHIFTS", "R-NO-BACK-TO-BACK");
  EXPECT_EQ(ErrorMetadata(s, "staff"), kWang) << s;
  EXPECT_EQ(ErrorMetadata(s, "assignment"), night.assignment) << s;
}

TEST_F(SwapTest, TheDutyGivenAwayNoLongerCountsForRest) {
  // Li works Wednesday 25 and Friday 27; giving Friday away and taking
  // Thursday 26 leaves 12 hours of rest either side: allowed with the
  // default 8, refused with 13.
  EXPECT_TRUE(CheckShiftSwap(swap, context).ok());
  context.min_rest = absl::Hours(13);
  ExpectRefused(CheckShiftSwap(swap, context), "BACK_TO_BACK_SHIFTS",
                "R-NO-BACK-TO-BACK");
}

TEST_F(SwapTest, DutyOverlapAfterTheSwap) {
  // Zhao covers Wang's Thursday but is already on a 24-hour duty that day.
  swap.counterpart = kZhao;
  swap.counterpart_duty.reset();
  RosterDuty zhao = Duty(kZhao, "day", CivilDay(2026, 11, 26));
  zhao.assignment = "sites/hx/shifts/20261126-all/assignments/zhao";
  zhao.end = zhao.start + absl::Hours(24);
  context.counterpart_schedule = {zhao};
  absl::Status s = CheckShiftSwap(swap, context);
  ExpectRefused(s, "DUTY_OVERLAP", "R-NO-BACK-TO-BACK");
  EXPECT_EQ(ErrorMetadata(s, "assignment"), zhao.assignment) << s;
}

TEST_F(SwapTest, StaffOnLeaveDuringATakenDuty) {
  context.leave = {{kLi, Local(2026, 11, 26, 0), Local(2026, 11, 27, 0)}};
  absl::Status s = CheckShiftSwap(swap, context);
  EXPECT_EQ(ErrorReason(s), "STAFF_ON_LEAVE") << s;
  EXPECT_EQ(ErrorMetadata(s, "staff"), kLi) << s;
}

}  // namespace
}  // namespace frontdesk
