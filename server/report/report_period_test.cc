#include "server/report/report_period.h"

#include "common/status.h"
#include "common/status_testing.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using absl::CivilDay;

const CivilDay kToday(2026, 12, 7);  // a Monday

TEST(ReportPeriod, ExplicitPeriodIncludesBothEnds) {
  auto days = ExplicitPeriod("period", "2026-11-01", "2026-11-30", kToday);
  ASSERT_TRUE(days.ok()) << days.status();
  EXPECT_EQ(days->day_count(), 30);
  EXPECT_FALSE(days->partial);
}

TEST(ReportPeriod, EndingTodayIsPartial) {
  auto days = ExplicitPeriod("period", "2026-12-01", "2026-12-07", kToday);
  ASSERT_TRUE(days.ok()) << days.status();
  EXPECT_TRUE(days->partial);
}

TEST(ReportPeriod, RefusesBadDatesNamingTheField) {
  ExpectOneViolation(
      ExplicitPeriod("period", "2026-02-30", "2026-03-01", kToday).status(),
      "period.start_date");
  ExpectOneViolation(
      ExplicitPeriod("period", "2026-02-01", "26-3-1", kToday).status(),
      "period.end_date");
}

TEST(ReportPeriod, RefusesReversedLongAndFuturePeriods) {
  auto reversed = ExplicitPeriod("period", "2026-11-02", "2026-11-01", kToday);
  EXPECT_EQ(ErrorReason(reversed.status()), "PERIOD_REVERSED");
  EXPECT_EQ(FieldsOf(reversed.status()),
            std::vector<std::string>{"period.start_date"});

  EXPECT_TRUE(ExplicitPeriod("period", "2025-12-07", "2026-12-07", kToday).ok())
      << "366 days is the limit";
  auto too_long = ExplicitPeriod("period", "2025-12-06", "2026-12-07", kToday);
  EXPECT_EQ(ErrorReason(too_long.status()), "PERIOD_TOO_LONG");

  auto future = ExplicitPeriod("period", "2026-12-01", "2026-12-08", kToday);
  EXPECT_EQ(ErrorReason(future.status()), "PERIOD_IN_FUTURE");
  EXPECT_EQ(FieldsOf(future.status()),
            std::vector<std::string>{"period.end_date"});
}

TEST(ReportPeriod, DayDefaultsToYesterday) {
  auto day = DayPeriod("date", "", kToday);
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(*day,
            (ReportDays{CivilDay(2026, 12, 6), CivilDay(2026, 12, 6), false}));
  auto today = DayPeriod("date", "2026-12-07", kToday);
  ASSERT_TRUE(today.ok());
  EXPECT_TRUE(today->partial);
  EXPECT_EQ(ErrorReason(DayPeriod("date", "2026-12-08", kToday).status()),
            "PERIOD_IN_FUTURE");
}

TEST(ReportPeriod, WeekRunsMondayToSundayAndDefaultsToLastWeek) {
  auto last = WeekPeriod("date", "", kToday);
  ASSERT_TRUE(last.ok());
  EXPECT_EQ(*last,
            (ReportDays{CivilDay(2026, 11, 30), CivilDay(2026, 12, 6), false}));
  // A Sunday belongs to the week before it.
  auto sunday = WeekPeriod("date", "2026-11-29", kToday);
  ASSERT_TRUE(sunday.ok());
  EXPECT_EQ(sunday->first, CivilDay(2026, 11, 23));
  // This week so far: cut at today, partial.
  auto current = WeekPeriod("date", "2026-12-07", CivilDay(2026, 12, 9));
  ASSERT_TRUE(current.ok());
  EXPECT_EQ(*current,
            (ReportDays{CivilDay(2026, 12, 7), CivilDay(2026, 12, 9), true}));
  EXPECT_EQ(ErrorReason(WeekPeriod("date", "2026-12-14", kToday).status()),
            "PERIOD_IN_FUTURE");
}

TEST(ReportPeriod, MonthAcrossTheYearBoundary) {
  auto last = MonthPeriod("month", "", CivilDay(2027, 1, 3));
  ASSERT_TRUE(last.ok());
  EXPECT_EQ(*last,
            (ReportDays{CivilDay(2026, 12, 1), CivilDay(2026, 12, 31), false}));
  auto february = MonthPeriod("month", "2028-02", kToday + 800);
  ASSERT_TRUE(february.ok());
  EXPECT_EQ(february->day_count(), 29) << "2028 is a leap year";
  ExpectOneViolation(MonthPeriod("month", "2026-13", kToday).status(), "month");
  auto current = MonthPeriod("month", "2026-12", kToday);
  ASSERT_TRUE(current.ok());
  EXPECT_TRUE(current->partial);
  EXPECT_EQ(current->last, kToday);
}

TEST(ReportPeriod, PreviousPeriodOfAMonthIsTheWholePreviousMonth) {
  ReportDays march{CivilDay(2026, 3, 1), CivilDay(2026, 3, 31), false};
  EXPECT_EQ(PreviousPeriod(march),
            (ReportDays{CivilDay(2026, 2, 1), CivilDay(2026, 2, 28), false}));
  ReportDays january{CivilDay(2026, 1, 1), CivilDay(2026, 1, 31), false};
  EXPECT_EQ(PreviousPeriod(january).first, CivilDay(2025, 12, 1));
  ReportDays ten{CivilDay(2026, 3, 5), CivilDay(2026, 3, 14), false};
  EXPECT_EQ(PreviousPeriod(ten),
            (ReportDays{CivilDay(2026, 2, 23), CivilDay(2026, 3, 4), false}));
}

TEST(ReportPeriod, DaysAtADstChangeAre23And25Hours) {
  absl::TimeZone berlin;
  ASSERT_TRUE(absl::LoadTimeZone("Europe/Berlin", &berlin));
  Instants spring =
      InstantsOf(CivilDay(2026, 3, 29), CivilDay(2026, 3, 29), berlin);
  EXPECT_EQ(spring.end - spring.start, absl::Hours(23));
  Instants autumn =
      InstantsOf(CivilDay(2026, 10, 25), CivilDay(2026, 10, 25), berlin);
  EXPECT_EQ(autumn.end - autumn.start, absl::Hours(25));
  std::vector<absl::Time> bounds = DayBoundaries(
      {CivilDay(2026, 3, 28), CivilDay(2026, 3, 30), false}, berlin);
  ASSERT_EQ(bounds.size(), 4u);
  EXPECT_EQ(bounds[2] - bounds[1], absl::Hours(23));
  EXPECT_EQ(bounds[3] - bounds[2], absl::Hours(24));
}

TEST(ReportPeriod, ADayIsCutInTheSitesOwnZone) {
  absl::TimeZone shanghai;
  ASSERT_TRUE(absl::LoadTimeZone("Asia/Shanghai", &shanghai));
  Instants day =
      InstantsOf(CivilDay(2026, 12, 1), CivilDay(2026, 12, 1), shanghai);
  EXPECT_EQ(absl::FormatTime("%Y-%m-%dT%H:%M", day.start, absl::UTCTimeZone()),
            "2026-11-30T16:00");
}

}  // namespace
}  // namespace frontdesk
