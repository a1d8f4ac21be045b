// The callback cadence rule (callback_cadence.h) [T-PERIODIC-RESIDENT-VISITS].
#include "server/report/callback_cadence.h"

#include <gtest/gtest.h>

namespace frontdesk {
namespace {

using absl::CivilDay;
using absl::CivilMonth;

TEST(CallbackCadence, NoHandoverDateNoDuty) {
  CallbackDuty d = CallbackDutyOf(std::nullopt, CivilMonth(2026, 12));
  EXPECT_EQ(d.cadence, CallbackCadence::kNone);
  EXPECT_EQ(d.first, CivilDay(2026, 12, 1));
  EXPECT_EQ(d.last, CivilDay(2026, 12, 31));
}

TEST(CallbackCadence, MonthBeforeHandoverNoDuty) {
  EXPECT_EQ(CallbackDutyOf(CivilDay(2026, 10, 15), CivilMonth(2026, 9)).cadence,
            CallbackCadence::kNone);
}

TEST(CallbackCadence, HandoverMonthIsMonthly) {
  CallbackDuty d = CallbackDutyOf(CivilDay(2026, 10, 15), CivilMonth(2026, 10));
  EXPECT_EQ(d, (CallbackDuty{CallbackCadence::kMonthly, CivilDay(2026, 10, 1),
                             CivilDay(2026, 10, 31)}));
}

TEST(CallbackCadence, FirstYearMonthly) {
  CallbackDuty d = CallbackDutyOf(CivilDay(2026, 9, 7), CivilMonth(2027, 2));
  EXPECT_EQ(d, (CallbackDuty{CallbackCadence::kMonthly, CivilDay(2027, 2, 1),
                             CivilDay(2027, 2, 28)}));
}

TEST(CallbackCadence, AnniversaryMonthStillMonthlyUnlessOnThe1st) {
  EXPECT_EQ(CallbackDutyOf(CivilDay(2025, 12, 7), CivilMonth(2026, 12)).cadence,
            CallbackCadence::kMonthly);
  EXPECT_EQ(CallbackDutyOf(CivilDay(2025, 12, 1), CivilMonth(2026, 12)).cadence,
            CallbackCadence::kQuarterly);
  EXPECT_EQ(CallbackDutyOf(CivilDay(2025, 12, 7), CivilMonth(2027, 1)).cadence,
            CallbackCadence::kQuarterly);
}

TEST(CallbackCadence, AfterFirstYearCalendarQuarter) {
  CallbackDuty d = CallbackDutyOf(CivilDay(2024, 12, 7), CivilMonth(2026, 11));
  EXPECT_EQ(d, (CallbackDuty{CallbackCadence::kQuarterly, CivilDay(2026, 10, 1),
                             CivilDay(2026, 12, 31)}));
  EXPECT_EQ(QuarterOf(CivilMonth(2026, 1)).first, CivilDay(2026, 1, 1));
  EXPECT_EQ(QuarterOf(CivilMonth(2026, 3)).last, CivilDay(2026, 3, 31));
  EXPECT_EQ(QuarterOf(CivilMonth(2026, 5)).first, CivilDay(2026, 4, 1));
  EXPECT_EQ(QuarterOf(CivilMonth(2026, 9)).last, CivilDay(2026, 9, 30));
}

TEST(CallbackCadence, LeapDayAnniversaryIsFirstOfMarch) {
  EXPECT_EQ(FirstAnniversary(CivilDay(2024, 2, 29)), CivilDay(2025, 3, 1));
  EXPECT_EQ(CallbackDutyOf(CivilDay(2024, 2, 29), CivilMonth(2025, 2)).cadence,
            CallbackCadence::kMonthly);
  EXPECT_EQ(CallbackDutyOf(CivilDay(2024, 2, 29), CivilMonth(2025, 3)).cadence,
            CallbackCadence::kQuarterly);
}

}  // namespace
}  // namespace frontdesk
