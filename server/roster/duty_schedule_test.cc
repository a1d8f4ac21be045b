// duty_schedule.h: overlap, back-to-back (连班) and leave for one more duty
// [R-NO-BACK-TO-BACK].
#include "server/roster/duty_schedule.h"

#include "common/status.h"
#include "gtest/gtest.h"
#include "server/roster/shift_time.h"

namespace frontdesk {
namespace {

const ShiftPattern kDay{8 * 60, 12 * 60};
const ShiftPattern kNight{20 * 60, 12 * 60};

absl::TimeZone NewYork() {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone("America/New_York", &tz));
  return tz;
}

RosterDuty Duty(const std::string& id, const std::string& staff,
                const ShiftPattern& pattern, absl::CivilDay date,
                absl::TimeZone tz = NewYork()) {
  const ShiftInstants at = InstantsOn(pattern, date, tz);
  return RosterDuty{"sites/ny/shifts/x/assignments/" + id,
                    staff,
                    pattern.start_minute < 12 * 60 ? "day" : "night",
                    date,
                    at.start,
                    at.end};
}

void ExpectRefused(const absl::Status& s, const char* reason,
                   const std::string& clashes_with) {
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_EQ(ErrorReason(s), reason) << s;
  EXPECT_EQ(ErrorMetadata(s, "rule"), "R-NO-BACK-TO-BACK") << s;
  EXPECT_EQ(ErrorMetadata(s, "assignment"), clashes_with) << s;
}

TEST(DutyScheduleTest, DayThenNightIsBackToBack) {
  const RosterDuty day =
      Duty("1", "staff/wang", kDay, absl::CivilDay(2026, 11, 23));
  const RosterDuty night =
      Duty("2", "staff/wang", kNight, absl::CivilDay(2026, 11, 23));
  ExpectRefused(CheckFitsSchedule(night, {day}, kDefaultMinRest),
                "BACK_TO_BACK_SHIFTS", day.assignment);
  ExpectRefused(CheckFitsSchedule(day, {night}, kDefaultMinRest),
                "BACK_TO_BACK_SHIFTS", night.assignment);
  // With min_rest 0 a shift straight after another is allowed.
  EXPECT_TRUE(CheckFitsSchedule(night, {day}, absl::ZeroDuration()).ok());
}

TEST(DutyScheduleTest, NightThenNextNightHasTwelveHoursRest) {
  const RosterDuty n1 =
      Duty("1", "staff/wang", kNight, absl::CivilDay(2026, 11, 23));
  const RosterDuty n2 =
      Duty("2", "staff/wang", kNight, absl::CivilDay(2026, 11, 24));
  EXPECT_TRUE(CheckFitsSchedule(n2, {n1}, kDefaultMinRest).ok());
  ExpectRefused(CheckFitsSchedule(n2, {n1}, absl::Hours(13)),
                "BACK_TO_BACK_SHIFTS", n1.assignment);
}

TEST(DutyScheduleTest, RestIsRealTimeAcrossDst) {
  // The day shift of 2026-10-31 ends 20:00 EDT; the next day's starts
  // 08:00 EST, after the clocks went back: 13 real hours of rest, not 12.
  const RosterDuty d1 =
      Duty("1", "staff/wang", kDay, absl::CivilDay(2026, 10, 31));
  const RosterDuty d2 =
      Duty("2", "staff/wang", kDay, absl::CivilDay(2026, 11, 1));
  EXPECT_EQ(d2.start - d1.end, absl::Hours(13));
  EXPECT_TRUE(CheckFitsSchedule(d2, {d1}, absl::Hours(13)).ok());
  // In spring, 11 hours: a 12-hour minimum rest refuses it.
  const RosterDuty s1 =
      Duty("3", "staff/wang", kDay, absl::CivilDay(2026, 3, 7));
  const RosterDuty s2 =
      Duty("4", "staff/wang", kDay, absl::CivilDay(2026, 3, 8));
  ExpectRefused(CheckFitsSchedule(s2, {s1}, absl::Hours(12)),
                "BACK_TO_BACK_SHIFTS", s1.assignment);
}

TEST(DutyScheduleTest, OverlapIsRefused) {
  const RosterDuty night =
      Duty("1", "staff/wang", kNight, absl::CivilDay(2026, 11, 23));
  const ShiftPattern all_day{8 * 60, 24 * 60};
  const RosterDuty long_day =
      Duty("2", "staff/wang", all_day, absl::CivilDay(2026, 11, 23));
  ExpectRefused(CheckFitsSchedule(long_day, {night}, kDefaultMinRest),
                "DUTY_OVERLAP", night.assignment);
}

TEST(DutyScheduleTest, OnlyThePersonsWorkingDutiesCount) {
  const RosterDuty day =
      Duty("1", "staff/wang", kDay, absl::CivilDay(2026, 11, 23));
  RosterDuty night =
      Duty("2", "staff/wang", kNight, absl::CivilDay(2026, 11, 23));
  RosterDuty others = Duty("3", "staff/li", kDay, absl::CivilDay(2026, 11, 23));
  RosterDuty given_away = day;
  given_away.status = v1::DutyAssignment::SWAPPED_OUT;
  RosterDuty cancelled = day;
  cancelled.status = v1::DutyAssignment::CANCELLED;
  RosterDuty on_leave = day;
  on_leave.status = v1::DutyAssignment::ON_LEAVE;
  EXPECT_TRUE(
      CheckFitsSchedule(night, {others, given_away, cancelled, on_leave, night},
                        kDefaultMinRest)
          .ok());
}

TEST(DutyScheduleTest, ApprovedLeaveCoveringTheShift) {
  const RosterDuty night =
      Duty("1", "staff/wang", kNight, absl::CivilDay(2026, 11, 23));
  const LeavePeriod ends_at_start{"staff/wang", night.start - absl::Hours(24),
                                  night.start};
  const LeavePeriod starts_at_end{"staff/wang", night.end,
                                  night.end + absl::Hours(24)};
  const LeavePeriod someone_else{"staff/li", night.start, night.end};
  EXPECT_TRUE(
      CheckNotOnLeave(night, {ends_at_start, starts_at_end, someone_else})
          .ok());
  const LeavePeriod last_hour{"staff/wang", night.end - absl::Hours(1),
                              night.end + absl::Hours(1)};
  absl::Status s = CheckNotOnLeave(night, {last_hour});
  EXPECT_EQ(ErrorReason(s), "STAFF_ON_LEAVE") << s;
  EXPECT_EQ(ErrorMetadata(s, "staff"), "staff/wang") << s;
}

}  // namespace
}  // namespace frontdesk
