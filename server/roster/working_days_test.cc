// working_days.h: weekends, public holidays and make-up working days (调休),
// and notice counted in working days [R-SWAP-NOTICE].
#include "server/roster/working_days.h"

#include "common/status_testing.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using absl::CivilDay;

// China's National Day 2024: 1-7 October off, worked on Sunday 29 September
// and Saturday 12 October (国务院办公厅 2024 holiday notice).
WorkingCalendar GoldenWeek2024() {
  std::vector<CivilDay> holidays;
  for (int d = 1; d <= 7; ++d) holidays.push_back(CivilDay(2024, 10, d));
  absl::StatusOr<WorkingCalendar> calendar = WorkingCalendar::Create(
      holidays, {CivilDay(2024, 9, 29), CivilDay(2024, 10, 12)});
  EXPECT_TRUE(calendar.ok()) << calendar.status();
  return *calendar;
}

TEST(WorkingDaysTest, WeekdaysWorkWeekendsRest) {
  const WorkingCalendar plain;
  EXPECT_TRUE(plain.IsWorkingDay(CivilDay(2026, 11, 20)));   // Friday
  EXPECT_FALSE(plain.IsWorkingDay(CivilDay(2026, 11, 21)));  // Saturday
  EXPECT_FALSE(plain.IsWorkingDay(CivilDay(2026, 11, 22)));  // Sunday
  EXPECT_TRUE(plain.IsWorkingDay(CivilDay(2026, 11, 23)));   // Monday
}

TEST(WorkingDaysTest, GoldenWeekHolidaysRestAndMakeUpWeekendsWork) {
  const WorkingCalendar cal = GoldenWeek2024();
  EXPECT_TRUE(cal.IsWorkingDay(CivilDay(2024, 9, 29)));  // Sunday, make-up
  EXPECT_TRUE(cal.IsWorkingDay(CivilDay(2024, 9, 30)));  // Monday
  for (int d = 1; d <= 7; ++d) {
    EXPECT_FALSE(cal.IsWorkingDay(CivilDay(2024, 10, d))) << d;
  }
  EXPECT_TRUE(cal.IsWorkingDay(CivilDay(2024, 10, 8)));    // Tuesday
  EXPECT_TRUE(cal.IsWorkingDay(CivilDay(2024, 10, 12)));   // Saturday, make-up
  EXPECT_FALSE(cal.IsWorkingDay(CivilDay(2024, 10, 13)));  // Sunday
  EXPECT_FALSE(cal.IsWorkingDay(CivilDay(2024, 9, 28)));   // Saturday
}

TEST(WorkingDaysTest, OneWorkingDaysNoticeOfAMondayShiftIsFridays) {
  const WorkingCalendar plain;
  const CivilDay monday(2026, 11, 23);
  EXPECT_EQ(plain.WorkingDaysBefore(monday, 1), CivilDay(2026, 11, 20));
  EXPECT_TRUE(HasWorkingDaysNotice(plain, CivilDay(2026, 11, 20), monday, 1));
  EXPECT_TRUE(HasWorkingDaysNotice(plain, CivilDay(2026, 11, 19), monday, 1));
  EXPECT_FALSE(HasWorkingDaysNotice(plain, CivilDay(2026, 11, 21), monday, 1));
  EXPECT_FALSE(HasWorkingDaysNotice(plain, CivilDay(2026, 11, 22), monday, 1));
  EXPECT_FALSE(HasWorkingDaysNotice(plain, monday, monday, 1));
}

TEST(WorkingDaysTest, NoticeAcrossGoldenWeekCountsOnlyWorkingDays) {
  const WorkingCalendar cal = GoldenWeek2024();
  // The first shift after the holiday: the last working day before it is
  // Monday 30 September, a week earlier.
  const CivilDay tuesday_after(2024, 10, 8);
  EXPECT_EQ(cal.WorkingDaysBefore(tuesday_after, 1), CivilDay(2024, 9, 30));
  EXPECT_TRUE(
      HasWorkingDaysNotice(cal, CivilDay(2024, 9, 30), tuesday_after, 1));
  EXPECT_FALSE(
      HasWorkingDaysNotice(cal, CivilDay(2024, 10, 1), tuesday_after, 1));
  EXPECT_FALSE(
      HasWorkingDaysNotice(cal, CivilDay(2024, 10, 7), tuesday_after, 1));
  // Two working days: Sunday 29 September, the make-up day, is the second.
  EXPECT_EQ(cal.WorkingDaysBefore(tuesday_after, 2), CivilDay(2024, 9, 29));
}

TEST(WorkingDaysTest, AMakeUpWeekendDayGivesNotice) {
  const WorkingCalendar cal = GoldenWeek2024();
  // Monday 14 October: Saturday 12 October is a working day, Sunday 13 not.
  const CivilDay monday(2024, 10, 14);
  EXPECT_EQ(cal.WorkingDaysBefore(monday, 1), CivilDay(2024, 10, 12));
  EXPECT_TRUE(HasWorkingDaysNotice(cal, CivilDay(2024, 10, 12), monday, 1));
  EXPECT_FALSE(HasWorkingDaysNotice(cal, CivilDay(2024, 10, 13), monday, 1));
  // Monday 30 September: the make-up Sunday before it counts.
  EXPECT_EQ(cal.WorkingDaysBefore(CivilDay(2024, 9, 30), 1),
            CivilDay(2024, 9, 29));
  // Without the calendar the same Monday needs Friday's request.
  EXPECT_EQ(WorkingCalendar().WorkingDaysBefore(monday, 1),
            CivilDay(2024, 10, 11));
}

TEST(WorkingDaysTest, ADateCannotBeBothHolidayAndMakeUpDay) {
  const CivilDay saturday(2024, 10, 12);
  ExpectOneViolation(WorkingCalendar::Create({saturday}, {saturday}).status(),
                     "make_up_working_days");
}

TEST(WorkingDaysTest, AMakeUpWorkingDayIsAWeekendDay) {
  ExpectOneViolation(
      WorkingCalendar::Create({}, {CivilDay(2024, 10, 11)}).status(),
      "make_up_working_days");
}

TEST(WorkingDaysTest, ZeroNoticeOnlyForbidsRequestsAfterTheShiftDate) {
  const WorkingCalendar plain;
  const CivilDay day(2026, 11, 21);
  EXPECT_TRUE(HasWorkingDaysNotice(plain, day, day, 0));
  EXPECT_FALSE(HasWorkingDaysNotice(plain, day + 1, day, 0));
}

}  // namespace
}  // namespace frontdesk
