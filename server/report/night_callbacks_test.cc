#include "server/report/night_callbacks.h"

#include "gtest/gtest.h"

namespace frontdesk {
namespace {

constexpr long long kMinute = 60LL * 1000000;
constexpr long long kHour = 60 * kMinute;

const absl::TimeZone& Shanghai() {
  static const absl::TimeZone* zone = [] {
    auto* z = new absl::TimeZone;
    EXPECT_TRUE(absl::LoadTimeZone("Asia/Shanghai", z));
    return z;
  }();
  return *zone;
}

long long At(absl::CivilDay day, int hour) {
  return absl::ToUnixMicros(
      Shanghai().At(absl::CivilSecond(day) + hour * 3600).pre);
}

db::ShiftRow Shift(absl::CivilDay day, const std::string& id,
                   v1::ShiftDefinition::Kind kind, int start_hour) {
  db::ShiftRow s;
  s.site_id = "hx";
  s.date = day;
  s.definition.set_id(id);
  s.definition.set_kind(kind);
  s.start_us = At(day, start_hour);
  s.end_us = s.start_us + 12 * kHour;
  return s;
}

const absl::CivilDay kDay(2026, 12, 1);

TEST(NightWatchesOf, OnePerDayWithANightShift) {
  const absl::CivilDay next = kDay + 1;
  auto watches =
      NightWatchesOf({Shift(kDay, "day", v1::ShiftDefinition::DAY, 8),
                      Shift(kDay, "mid", v1::ShiftDefinition::DAY, 12),
                      Shift(kDay, "night", v1::ShiftDefinition::NIGHT, 20),
                      Shift(next, "night", v1::ShiftDefinition::NIGHT, 20),
                      Shift(kDay + 2, "day", v1::ShiftDefinition::DAY, 8)},
                     Shanghai());
  ASSERT_EQ(watches.size(), 2u);  // the third day has no night shift
  EXPECT_EQ(watches[0].day_start_us, At(kDay, 8));
  EXPECT_EQ(watches[0].night_start_us, At(kDay, 20));
  // No day shift on the second day: its watch starts at local midnight.
  EXPECT_EQ(watches[1].day_start_us, At(next, 0));
}

TEST(NightCallbacksWithinHour, CalledBackByTheNightStartPlusAnHour) {
  const NightWatch watch{At(kDay, 8), At(kDay, 20)};
  const long long night = watch.night_start_us;
  const std::vector<db::RepairResolution> resolutions = {
      {At(kDay, 10), night + 30 * kMinute},  // in the hour
      {At(kDay, 11), At(kDay, 15)},          // called back in the day
      {At(kDay, 12), night + 61 * kMinute},  // too late
      {At(kDay, 13), std::nullopt},          // never
      {At(kDay, 7), std::nullopt},           // before the day shifts
      {At(kDay, 21), std::nullopt},          // resolved at night
  };
  v1::RateMetric m =
      NightCallbacksWithinHour(resolutions, {watch}, night + 10 * kHour);
  EXPECT_EQ(m.numerator(), 2);
  EXPECT_EQ(m.denominator(), 4);
  EXPECT_FALSE(m.met());
}

TEST(NightCallbacksWithinHour, UncalledWithinTheRunningHourIsNotYetJudged) {
  const NightWatch watch{At(kDay, 8), At(kDay, 20)};
  const std::vector<db::RepairResolution> resolutions = {
      {At(kDay, 10), std::nullopt}, {At(kDay, 11), At(kDay, 20) + kMinute}};
  v1::RateMetric m = NightCallbacksWithinHour(
      resolutions, {watch}, watch.night_start_us + 30 * kMinute);
  EXPECT_EQ(m.numerator(), 1);
  EXPECT_EQ(m.denominator(), 1);
  EXPECT_TRUE(NightCallbacksWithinHour(resolutions, {}, 0).no_data());
}

}  // namespace
}  // namespace frontdesk
