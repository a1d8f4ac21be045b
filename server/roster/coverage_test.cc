// coverage.h: the gaps of 24-hour duty, across midnight and across DST
// changes in America/New_York [R-NO-COVERAGE-GAP].
#include "server/roster/coverage.h"

#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using absl::CivilDay;

absl::TimeZone Zone(const char* name) {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone(name, &tz)) << name;
  return tz;
}

absl::Time Utc(int y, int m, int d, int hh, int mm) {
  return absl::FromCivil(absl::CivilSecond(y, m, d, hh, mm, 0),
                         absl::UTCTimeZone());
}

std::vector<PlannedShift> DayAndNight(int headcount = 1) {
  return {{"day", {8 * 60, 12 * 60}, headcount},
          {"night", {20 * 60, 12 * 60}, headcount}};
}

RosterDuty On(
    const std::string& staff, const std::string& definition, CivilDay date,
    v1::DutyAssignment::Status status = v1::DutyAssignment::SCHEDULED) {
  RosterDuty d;
  d.assignment = "a/" + staff + "/" + ShiftId(date, definition);
  d.staff = staff;
  d.definition = definition;
  d.date = date;
  d.status = status;
  return d;
}

// Wang on every day shift, Li on every night of [first, last].
std::vector<RosterDuty> FullRoster(CivilDay first, CivilDay last) {
  std::vector<RosterDuty> duties;
  for (CivilDay d = first; d <= last; ++d) {
    duties.push_back(On("staff/wang", "day", d));
    duties.push_back(On("staff/li", "night", d));
  }
  return duties;
}

std::vector<std::string> Ids(const std::vector<CoverageGap>& gaps) {
  std::vector<std::string> out;
  for (const auto& g : gaps) {
    out.push_back(ShiftId(g.shift.date, g.shift.definition));
  }
  return out;
}

TEST(CoverageTest, ShiftsOfAPeriodInStartOrderWithTheLastNight) {
  const auto shifts =
      ShiftsBetween(DayAndNight(), CivilDay(2026, 11, 23),
                    CivilDay(2026, 11, 24), Zone("Asia/Shanghai"));
  ASSERT_EQ(shifts.size(), 4u);
  EXPECT_EQ(ShiftId(shifts[0].date, shifts[0].definition), "20261123-day");
  EXPECT_EQ(ShiftId(shifts[3].date, shifts[3].definition), "20261124-night");
  EXPECT_EQ(shifts[3].end, Utc(2026, 11, 25, 0, 0));  // 08:00 in Shanghai
  for (size_t i = 1; i < shifts.size(); ++i) {
    EXPECT_EQ(shifts[i].start, shifts[i - 1].end) << i;
  }
}

TEST(CoverageTest, AFullRosterHasNoGaps) {
  const CivilDay first(2026, 11, 1), last(2026, 11, 30);
  const auto shifts =
      ShiftsBetween(DayAndNight(), first, last, Zone("Asia/Shanghai"));
  EXPECT_TRUE(FindCoverageGaps(shifts, FullRoster(first, last), {}).empty());
}

TEST(CoverageTest, GapsSayHowShort) {
  const CivilDay day(2026, 11, 23);
  const auto shifts =
      ShiftsBetween(DayAndNight(2), day, day, Zone("Asia/Shanghai"));
  const auto gaps = FindCoverageGaps(
      shifts,
      {On("staff/wang", "day", day), On("staff/zhao", "day", day),
       On("staff/li", "night", day)},
      {});
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_EQ(Ids(gaps), std::vector<std::string>{"20261123-night"});
  EXPECT_EQ(gaps[0].working, 1);
  EXPECT_EQ(gaps[0].short_by, 1);
}

TEST(CoverageTest, OnlyWorkingAssignmentsOfDistinctPeopleCount) {
  const CivilDay day(2026, 11, 23);
  const auto shifts =
      ShiftsBetween(DayAndNight(2), day, day, Zone("Asia/Shanghai"));
  const auto gaps = FindCoverageGaps(
      shifts,
      {On("staff/wang", "day", day), On("staff/wang", "day", day),
       On("staff/li", "night", day, v1::DutyAssignment::ON_DUTY),
       On("staff/zhao", "night", day, v1::DutyAssignment::SWAPPED_OUT),
       On("staff/qian", "night", day, v1::DutyAssignment::CANCELLED),
       On("staff/sun", "night", day, v1::DutyAssignment::ON_LEAVE)},
      {});
  ASSERT_EQ(gaps.size(), 2u);
  EXPECT_EQ(gaps[0].working, 1);  // Wang twice is one person
  EXPECT_EQ(gaps[1].working, 1);  // only Li works the night
}

TEST(CoverageTest, LeaveFromTheMorningAfterSpringForwardMissesTheNight) {
  // The night of 2026-03-07 in New York ends 08:00 EDT = 12:00 UTC after 11
  // hours. Li's leave starting then must not touch it (a 12-hour night would
  // run to 13:00 UTC), but Wang's day shift starting then is short.
  const absl::TimeZone ny = Zone("America/New_York");
  const CivilDay sat(2026, 3, 7), sun(2026, 3, 8);
  const auto shifts = ShiftsBetween(DayAndNight(), sat, sun, ny);
  std::vector<RosterDuty> duties = FullRoster(sat, sun);
  const LeavePeriod li{"staff/li", Utc(2026, 3, 8, 12, 0),
                       Utc(2026, 3, 8, 23, 0)};
  EXPECT_TRUE(FindCoverageGaps(shifts, duties, {li}).empty());
  const LeavePeriod wang{"staff/wang", Utc(2026, 3, 8, 12, 0),
                         Utc(2026, 3, 8, 12, 30)};
  EXPECT_EQ(Ids(FindCoverageGaps(shifts, duties, {wang})),
            std::vector<std::string>{"20260308-day"});
}

TEST(CoverageTest, LeaveInTheThirteenthHourOfTheFallBackNight) {
  // The night of 2026-10-31 runs 20:00 EDT to 08:00 EST = 00:00 to 13:00
  // UTC. Li's leave from 12:30 UTC (07:30 EST) falls in its last hour.
  const absl::TimeZone ny = Zone("America/New_York");
  const CivilDay sat(2026, 10, 31);
  const auto shifts = ShiftsBetween(DayAndNight(), sat, sat, ny);
  ASSERT_EQ(shifts[1].end - shifts[1].start, absl::Hours(13));
  const LeavePeriod li{"staff/li", Utc(2026, 11, 1, 12, 30),
                       Utc(2026, 11, 2, 0, 0)};
  const auto gaps = FindCoverageGaps(shifts, FullRoster(sat, sat), {li});
  EXPECT_EQ(Ids(gaps), std::vector<std::string>{"20261031-night"});
}

TEST(CoverageTest, ApprovingLeaveThatOpensAGapIsRefused) {
  const absl::TimeZone ny = Zone("America/New_York");
  const CivilDay sat(2026, 3, 7);
  const auto shifts = ShiftsBetween(DayAndNight(), sat, sat, ny);
  const auto duties = FullRoster(sat, sat);
  const auto before = FindCoverageGaps(shifts, duties, {});
  // The approver's preview: the pending leave as if approved.
  const LeavePeriod li{"staff/li", Utc(2026, 3, 8, 6, 0),
                       Utc(2026, 3, 8, 7, 0)};
  absl::Status s =
      CheckNoNewGap(before, FindCoverageGaps(shifts, duties, {li}));
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_EQ(ErrorReason(s), "COVERAGE_GAP") << s;
  EXPECT_EQ(ErrorMetadata(s, "rule"), "R-NO-COVERAGE-GAP") << s;
  EXPECT_EQ(ErrorMetadata(s, "shift"), "20260307-night") << s;
  EXPECT_EQ(ErrorMetadata(s, "short_by"), "1") << s;

  // With a relief assigned first (origin LEAVE_COVER), it is allowed.
  auto covered = duties;
  covered.push_back(On("staff/zhao", "night", sat));
  EXPECT_TRUE(
      CheckNoNewGap(before, FindCoverageGaps(shifts, covered, {li})).ok());
}

TEST(CoverageTest, AnUnderstaffedShiftMayNotGetShorter) {
  const CivilDay day(2026, 11, 23);
  const auto shifts =
      ShiftsBetween(DayAndNight(3), day, day, Zone("Asia/Shanghai"));
  std::vector<RosterDuty> duties = {On("staff/wang", "day", day),
                                    On("staff/zhao", "day", day),
                                    On("staff/li", "night", day)};
  const auto before = FindCoverageGaps(shifts, duties, {});
  // Filling in the roster: the same gaps are no worse.
  EXPECT_TRUE(CheckNoNewGap(before, before).ok());
  // Removing Zhao leaves the day short by 2 instead of 1; removing Li, the
  // night short by 3 instead of 2: both are named.
  duties.erase(duties.begin() + 1, duties.end());
  absl::Status s = CheckNoNewGap(before, FindCoverageGaps(shifts, duties, {}));
  EXPECT_EQ(ErrorReason(s), "COVERAGE_GAP") << s;
  EXPECT_EQ(ErrorMetadata(s, "shifts"), "20261123-day,20261123-night") << s;
  EXPECT_EQ(ErrorMetadata(s, "short_by"), "2") << s;
}

}  // namespace
}  // namespace frontdesk
