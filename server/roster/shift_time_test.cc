// shift_time.h: a shift's instants in the site's zone, across midnight and
// across daylight-saving changes.
#include "server/roster/shift_time.h"

#include "common/status_testing.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

absl::TimeZone Zone(const char* name) {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone(name, &tz)) << name;
  return tz;
}

absl::Time Utc(int y, int m, int d, int hh, int mm) {
  return absl::FromCivil(absl::CivilSecond(y, m, d, hh, mm, 0),
                         absl::UTCTimeZone());
}

const ShiftPattern kDay{8 * 60, 12 * 60};
const ShiftPattern kNight{20 * 60, 12 * 60};

TEST(ShiftTimeTest, NightShiftCrossesMidnightInTheSiteZone) {
  const absl::TimeZone shanghai = Zone("Asia/Shanghai");
  const ShiftInstants night =
      InstantsOn(kNight, absl::CivilDay(2026, 11, 23), shanghai);
  EXPECT_EQ(night.start, Utc(2026, 11, 23, 12, 0));
  EXPECT_EQ(night.end, Utc(2026, 11, 24, 0, 0));
}

TEST(ShiftTimeTest, NightShiftLastsElevenHoursWhenClocksGoForward) {
  // 2026-03-08 02:00 EST becomes 03:00 EDT.
  const absl::TimeZone ny = Zone("America/New_York");
  const ShiftInstants night =
      InstantsOn(kNight, absl::CivilDay(2026, 3, 7), ny);
  EXPECT_EQ(night.start, Utc(2026, 3, 8, 1, 0));  // 20:00 EST
  EXPECT_EQ(night.end, Utc(2026, 3, 8, 12, 0));   // 08:00 EDT
  EXPECT_EQ(night.end - night.start, absl::Hours(11));
  // The day shift that follows starts where the night ended.
  EXPECT_EQ(InstantsOn(kDay, absl::CivilDay(2026, 3, 8), ny).start, night.end);
}

TEST(ShiftTimeTest, NightShiftLastsThirteenHoursWhenClocksGoBack) {
  // 2026-11-01 02:00 EDT becomes 01:00 EST.
  const absl::TimeZone ny = Zone("America/New_York");
  const ShiftInstants night =
      InstantsOn(kNight, absl::CivilDay(2026, 10, 31), ny);
  EXPECT_EQ(night.start, Utc(2026, 11, 1, 0, 0));  // 20:00 EDT
  EXPECT_EQ(night.end, Utc(2026, 11, 1, 13, 0));   // 08:00 EST
  EXPECT_EQ(night.end - night.start, absl::Hours(13));
  EXPECT_EQ(InstantsOn(kDay, absl::CivilDay(2026, 11, 1), ny).start, night.end);
}

TEST(ShiftTimeTest, OrdinaryNightsLastTwelveHours) {
  const absl::TimeZone ny = Zone("America/New_York");
  for (absl::CivilDay d :
       {absl::CivilDay(2026, 3, 6), absl::CivilDay(2026, 3, 8),
        absl::CivilDay(2026, 11, 1)}) {
    const ShiftInstants night = InstantsOn(kNight, d, ny);
    EXPECT_EQ(night.end - night.start, absl::Hours(12)) << d;
  }
}

TEST(ShiftTimeTest, ASkippedLocalTimeStartsWhenTheClocksJump) {
  // 02:30 does not happen in New York on 2026-03-08: the shift starts at
  // 03:00 EDT, and one ending at 02:30 ends then too, so they still tile.
  const absl::TimeZone ny = Zone("America/New_York");
  const ShiftPattern early{2 * 60 + 30, 6 * 60};
  const ShiftInstants s = InstantsOn(early, absl::CivilDay(2026, 3, 8), ny);
  EXPECT_EQ(s.start, Utc(2026, 3, 8, 7, 0));        // 03:00 EDT
  EXPECT_EQ(s.end, Utc(2026, 3, 8, 12, 30));        // 08:30 EDT
  const ShiftPattern before{20 * 60 + 30, 6 * 60};  // 20:30 .. 02:30
  EXPECT_EQ(InstantsOn(before, absl::CivilDay(2026, 3, 7), ny).end, s.start);
}

TEST(ShiftTimeTest, ARepeatedLocalTimeIsItsFirstOccurrence) {
  const absl::TimeZone ny = Zone("America/New_York");
  const ShiftPattern early{1 * 60 + 30, 6 * 60};
  const ShiftInstants s = InstantsOn(early, absl::CivilDay(2026, 11, 1), ny);
  EXPECT_EQ(s.start, Utc(2026, 11, 1, 5, 30));  // 01:30 EDT
  EXPECT_EQ(s.end, Utc(2026, 11, 1, 12, 30));   // 07:30 EST: 7 real hours
}

TEST(ShiftTimeTest, ATwentyFourHourShiftEndsAtTheSameLocalTime) {
  const absl::TimeZone ny = Zone("America/New_York");
  const ShiftInstants s =
      InstantsOn({8 * 60, 24 * 60}, absl::CivilDay(2026, 3, 7), ny);
  EXPECT_EQ(s.start, Utc(2026, 3, 7, 13, 0));  // 08:00 EST
  EXPECT_EQ(s.end, Utc(2026, 3, 8, 12, 0));    // 08:00 EDT
}

TEST(ShiftTimeTest, ParsesDates) {
  absl::StatusOr<absl::CivilDay> d = ParseLocalDate("2028-02-29", "date");
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_EQ(*d, absl::CivilDay(2028, 2, 29));
  EXPECT_EQ(FormatLocalDate(*d), "2028-02-29");
}

TEST(ShiftTimeTest, ADateThatDoesNotExistIsRefusedNamingTheField) {
  for (const char* bad :
       {"2026-02-30", "2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10"}) {
    absl::StatusOr<absl::CivilDay> d = ParseLocalDate(bad, "shift.date");
    EXPECT_FALSE(d.ok()) << bad;
    ExpectOneViolation(d.status(), "shift.date");
  }
}

TEST(ShiftTimeTest, AMalformedDateIsRefused) {
  for (const char* bad : {"", "2026-2-3", "2026/02/03", "20260203",
                          "2026-02-3x", " 2026-02-03"}) {
    ExpectOneViolation(ParseLocalDate(bad, "date").status(), "date");
  }
}

TEST(ShiftTimeTest, ParsesLocalTimes) {
  EXPECT_EQ(*ParseLocalTime("00:00", "t"), 0);
  EXPECT_EQ(*ParseLocalTime("23:59", "t"), 23 * 60 + 59);
  for (const char* bad : {"24:00", "08:60", "8:00", "08.00", "", "08:00:00"}) {
    ExpectOneViolation(ParseLocalTime(bad, "t").status(), "t");
  }
}

TEST(ShiftTimeTest, PatternOfADefinition) {
  v1::ShiftDefinition def;
  def.set_start_local_time("20:00");
  def.mutable_duration()->set_seconds(12 * 3600);
  absl::StatusOr<ShiftPattern> p = PatternOf(def, "shifts[1]");
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->start_minute, 20 * 60);
  EXPECT_EQ(p->length_minutes, 12 * 60);

  def.mutable_duration()->set_seconds(12 * 3600 + 30);  // not whole minutes
  ExpectOneViolation(PatternOf(def, "shifts[1]").status(),
                     "shifts[1].duration");
  def.mutable_duration()->set_seconds(25 * 3600);
  ExpectOneViolation(PatternOf(def, "shifts[1]").status(),
                     "shifts[1].duration");
  def.mutable_duration()->set_seconds(59 * 60);
  ExpectOneViolation(PatternOf(def, "shifts[1]").status(),
                     "shifts[1].duration");
  def.set_start_local_time("25:00");
  def.mutable_duration()->set_seconds(3600);
  ExpectOneViolation(PatternOf(def, "shifts[1]").status(),
                     "shifts[1].start_local_time");
}

}  // namespace
}  // namespace frontdesk
