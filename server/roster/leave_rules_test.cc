// leave_rules.h: the leave flow's steps, who decides, LEAVE_IN_PAST, the
// transitions, and leave days in halves per local day [R-LEAVE-FLOW].
#include "server/roster/leave_rules.h"

#include "common/status.h"
#include "common/status_testing.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using Leave = v1::LeaveApplication;
using Role = v1::StaffMember;

absl::TimeZone Zone(const char* name) {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone(name, &tz));
  return tz;
}

absl::Time Local(int y, int m, int d, int hh, int mm = 0,
                 const char* zone = "Asia/Shanghai") {
  return absl::FromCivil(absl::CivilSecond(y, m, d, hh, mm, 0), Zone(zone));
}

TEST(LeaveRulesTest, CalendarDaysAreLocalDaysTouched) {
  const absl::TimeZone sh = Zone("Asia/Shanghai");
  EXPECT_EQ(
      LeaveCalendarDays(Local(2026, 12, 1, 8), Local(2026, 12, 1, 20), sh), 1);
  // Midnight to midnight is one day; a night shift touches two.
  EXPECT_EQ(LeaveCalendarDays(Local(2026, 12, 1, 0), Local(2026, 12, 2, 0), sh),
            1);
  EXPECT_EQ(
      LeaveCalendarDays(Local(2026, 12, 1, 20), Local(2026, 12, 2, 8), sh), 2);
  EXPECT_EQ(LeaveCalendarDays(Local(2026, 12, 1, 0), Local(2026, 12, 5, 0), sh),
            4);
  EXPECT_EQ(LeaveCalendarDays(Local(2026, 12, 2, 0), Local(2026, 12, 1, 0), sh),
            0);
}

TEST(LeaveRulesTest, StepsSupervisorThenManagerForLongLeave) {
  EXPECT_EQ(LeaveApprovalSteps(3, 3, true),
            (std::vector<Role::Role>{Role::SUPERVISOR}));
  EXPECT_EQ(LeaveApprovalSteps(4, 3, true),
            (std::vector<Role::Role>{Role::SUPERVISOR, Role::MANAGER}));
  // 0: every leave goes to the manager after the supervisor.
  EXPECT_EQ(LeaveApprovalSteps(1, 0, true),
            (std::vector<Role::Role>{Role::SUPERVISOR, Role::MANAGER}));
}

TEST(LeaveRulesTest, TheOnlySupervisorsLeaveGoesToTheManager) {
  EXPECT_EQ(LeaveApprovalSteps(1, 3, false),
            (std::vector<Role::Role>{Role::MANAGER}));
  EXPECT_EQ(LeaveApprovalSteps(9, 3, false),
            (std::vector<Role::Role>{Role::MANAGER}));
}

TEST(LeaveRulesTest, TimesAreCheckedNamingTheField) {
  const absl::Time now = Local(2026, 11, 23, 9);
  ExpectOneViolation(CheckLeaveTimes(Leave::ANNUAL, Local(2026, 12, 2, 0),
                                     Local(2026, 12, 1, 0), now),
                     "leave_application.end_time");
  ExpectOneViolation(CheckLeaveTimes(Leave::ANNUAL, Local(2026, 12, 1, 0),
                                     Local(2026, 12, 1, 0), now),
                     "leave_application.end_time");
  ExpectOneViolation(CheckLeaveTimes(Leave::ANNUAL, absl::InfinitePast(),
                                     Local(2026, 12, 1, 0), now),
                     "leave_application.start_time");
  ExpectOneViolation(
      CheckLeaveTimes(Leave::ANNUAL, Local(2026, 12, 1, 0),
                      Local(2026, 12, 1, 0) + kMaxLeave + absl::Hours(1), now),
      "leave_application.end_time");
  EXPECT_TRUE(CheckLeaveTimes(Leave::ANNUAL, Local(2026, 12, 1, 0),
                              Local(2026, 12, 1, 0) + kMaxLeave, now)
                  .ok());
}

TEST(LeaveRulesTest, LeaveInPastExceptSickAndBereavementWithinThreeDays) {
  const absl::Time now = Local(2026, 11, 23, 9);
  EXPECT_EQ(ErrorReason(CheckLeaveTimes(Leave::ANNUAL, now - absl::Minutes(1),
                                        now + absl::Hours(8), now)),
            "LEAVE_IN_PAST");
  EXPECT_TRUE(
      CheckLeaveTimes(Leave::ANNUAL, now, now + absl::Hours(8), now).ok());
  // Sick leave that ended 3 days ago may still be filed; a minute later not.
  const absl::Time end = now - kLateFilingWindow;
  EXPECT_TRUE(
      CheckLeaveTimes(Leave::SICK, end - absl::Hours(8), end, now).ok());
  EXPECT_TRUE(
      CheckLeaveTimes(Leave::BEREAVEMENT, end - absl::Hours(72), end, now)
          .ok());
  EXPECT_EQ(ErrorReason(CheckLeaveTimes(Leave::SICK, end - absl::Hours(8),
                                        end - absl::Minutes(1), now)),
            "LEAVE_IN_PAST");
  EXPECT_EQ(ErrorReason(CheckLeaveTimes(Leave::PERSONAL, end - absl::Hours(8),
                                        end, now)),
            "LEAVE_IN_PAST");
}

TEST(LeaveRulesTest, VerbsApplyOnlyToTheirStates) {
  const absl::Time start = Local(2026, 12, 1, 0);
  const absl::Time before = start - absl::Hours(1);
  const absl::Time after = start + absl::Hours(1);
  EXPECT_TRUE(
      CheckLeaveVerb(LeaveVerb::kApprove, Leave::PENDING, start, before).ok());
  EXPECT_TRUE(
      CheckLeaveVerb(LeaveVerb::kReject, Leave::PENDING, start, after).ok());
  EXPECT_TRUE(
      CheckLeaveVerb(LeaveVerb::kCancel, Leave::PENDING, start, after).ok());
  EXPECT_TRUE(
      CheckLeaveVerb(LeaveVerb::kCancel, Leave::APPROVED, start, before).ok());
  EXPECT_TRUE(
      CheckLeaveVerb(LeaveVerb::kReturn, Leave::APPROVED, start, after).ok());
  for (auto [verb, status, now] :
       std::vector<std::tuple<LeaveVerb, Leave::Status, absl::Time>>{
           {LeaveVerb::kApprove, Leave::APPROVED, before},
           {LeaveVerb::kReject, Leave::CANCELLED, before},
           {LeaveVerb::kCancel, Leave::APPROVED, after},
           {LeaveVerb::kCancel, Leave::REJECTED, before},
           {LeaveVerb::kReturn, Leave::PENDING, after},
           {LeaveVerb::kReturn, Leave::APPROVED, before},
           {LeaveVerb::kReturn, Leave::RETURNED, after}}) {
    absl::Status s = CheckLeaveVerb(verb, status, start, now);
    EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
    EXPECT_EQ(ErrorReason(s), "LEAVE_WRONG_STATE") << s;
  }
}

TEST(LeaveRulesTest, NobodyDecidesTheirOwnAndOnlyTheStepsRole) {
  absl::Status self = CheckLeaveDecider("staff/li", "staff/li", true);
  EXPECT_EQ(self.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrorReason(self), "SELF_APPROVAL");
  absl::Status other = CheckLeaveDecider("staff/li", "staff/zhao", false);
  EXPECT_EQ(other.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrorReason(other), "PERMISSION_DENIED");
  EXPECT_TRUE(CheckLeaveDecider("staff/li", "staff/zhao", true).ok());
}

TEST(LeaveRulesTest, AReportBackCutsTheLeave) {
  const absl::Time start = Local(2026, 12, 1, 0);
  const absl::Time end = Local(2026, 12, 5, 0);
  const absl::Time back = Local(2026, 12, 3, 9);
  LeaveSpan s = EffectiveLeave(Leave::APPROVED, start, end, absl::UnixEpoch());
  EXPECT_EQ(s.end, end);
  s = EffectiveLeave(Leave::RETURNED, start, end, back);
  EXPECT_EQ(s.end, back);
  s = EffectiveLeave(Leave::RETURNED, start, end, end + absl::Hours(3));
  EXPECT_EQ(s.end, end);
  s = EffectiveLeave(Leave::PENDING, start, end, absl::UnixEpoch());
  EXPECT_LE(s.end, s.start);
}

TEST(LeaveRulesTest, LeaveDaysInMonthInHalvesPerLocalDay) {
  const absl::TimeZone sh = Zone("Asia/Shanghai");
  const absl::CivilMonth dec(2026, 12);
  // Whole days.
  EXPECT_DOUBLE_EQ(
      LeaveDaysInMonth(Local(2026, 12, 1, 0), Local(2026, 12, 4, 0), sh, dec),
      3.0);
  // A morning is half a day; a day shift 08:00-20:00 is exactly half: 0.5.
  EXPECT_DOUBLE_EQ(
      LeaveDaysInMonth(Local(2026, 12, 1, 8), Local(2026, 12, 1, 12), sh, dec),
      0.5);
  EXPECT_DOUBLE_EQ(
      LeaveDaysInMonth(Local(2026, 12, 1, 8), Local(2026, 12, 1, 20), sh, dec),
      0.5);
  EXPECT_DOUBLE_EQ(
      LeaveDaysInMonth(Local(2026, 12, 1, 6), Local(2026, 12, 1, 20), sh, dec),
      1.0);
  // A night shift touches two days, half each.
  EXPECT_DOUBLE_EQ(
      LeaveDaysInMonth(Local(2026, 12, 1, 20), Local(2026, 12, 2, 8), sh, dec),
      1.0);
  // Across the month's end only the month's days count.
  EXPECT_DOUBLE_EQ(
      LeaveDaysInMonth(Local(2026, 11, 29, 0), Local(2026, 12, 2, 12), sh, dec),
      1.5);
  EXPECT_DOUBLE_EQ(
      LeaveDaysInMonth(Local(2026, 11, 29, 0), Local(2026, 12, 2, 12), sh,
                       absl::CivilMonth(2026, 11)),
      2.0);
  EXPECT_DOUBLE_EQ(
      LeaveDaysInMonth(Local(2026, 12, 2, 0), Local(2026, 12, 1, 0), sh, dec),
      0.0);
}

// The staff report's period is any run of local dates: a leave crossing
// its start or end counts only its days inside, in halves as for a month.
TEST(LeaveRulesTest, LeaveDaysBetweenClipToThePeriod) {
  const absl::TimeZone sh = Zone("Asia/Shanghai");
  const absl::CivilDay first(2026, 11, 16), last(2026, 11, 20);
  // 11-01 00:00 .. 11-17 12:00: the 16th whole, the 17th half.
  EXPECT_DOUBLE_EQ(LeaveDaysBetween(Local(2026, 11, 1, 0),
                                    Local(2026, 11, 17, 12), sh, first, last),
                   1.5);
  // Past the end: the 19th and 20th only.
  EXPECT_DOUBLE_EQ(LeaveDaysBetween(Local(2026, 11, 19, 0),
                                    Local(2026, 11, 25, 0), sh, first, last),
                   2.0);
  // Wholly outside, or ending at the period's first midnight: none.
  EXPECT_DOUBLE_EQ(LeaveDaysBetween(Local(2026, 11, 1, 0),
                                    Local(2026, 11, 16, 0), sh, first, last),
                   0.0);
  // A month is the same as LeaveDaysInMonth.
  EXPECT_DOUBLE_EQ(
      LeaveDaysBetween(Local(2026, 11, 29, 0), Local(2026, 12, 2, 12), sh,
                       absl::CivilDay(2026, 12, 1),
                       absl::CivilDay(2026, 12, 31)),
      LeaveDaysInMonth(Local(2026, 11, 29, 0), Local(2026, 12, 2, 12), sh,
                       absl::CivilMonth(2026, 12)));
}

TEST(LeaveRulesTest, LeaveDaysOnTheDstDayUseTheDaysRealLength) {
  const char* ny = "America/New_York";
  const absl::TimeZone tz = Zone(ny);
  // 2026-03-08 lasts 23 hours in New York: 12 hours of it is more than half.
  EXPECT_DOUBLE_EQ(
      LeaveDaysInMonth(Local(2026, 3, 8, 0, 0, ny),
                       Local(2026, 3, 8, 0, 0, ny) + absl::Hours(12), tz,
                       absl::CivilMonth(2026, 3)),
      1.0);
  // 2026-11-01 lasts 25 hours: 12 hours of it is half a day.
  EXPECT_DOUBLE_EQ(
      LeaveDaysInMonth(Local(2026, 11, 1, 0, 0, ny),
                       Local(2026, 11, 1, 0, 0, ny) + absl::Hours(12), tz,
                       absl::CivilMonth(2026, 11)),
      0.5);
}

}  // namespace
}  // namespace frontdesk
