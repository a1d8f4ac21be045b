// attendance.h: late, handover arrival, early leave, absence, missed
// punches, corrections and the month's breaches [R-ATTENDANCE].
#include "server/roster/attendance.h"

#include "gtest/gtest.h"
#include "server/roster/shift_time.h"

namespace frontdesk {
namespace {

using Record = v1::AttendanceRecord;
using Irregularities = std::vector<Record::Irregularity>;

absl::TimeZone NewYork() {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone("America/New_York", &tz));
  return tz;
}

// The night shift of 2026-11-23 in New York, 20:00 to 08:00, with a
// handover at its start.
ScheduledDuty Night(absl::CivilDay date = absl::CivilDay(2026, 11, 23)) {
  const ShiftInstants at = InstantsOn({20 * 60, 12 * 60}, date, NewYork());
  return {at.start, at.end, /*handover_at_start=*/true};
}

const absl::Duration kLead = kDefaultHandoverArrivalLead;

AttendanceOutcome Evaluate(const ScheduledDuty& duty, const Punches& punches,
                           absl::Time now) {
  return EvaluateAttendance(duty, punches, kLead, now);
}

// Long after the shift: the record is final.
absl::Time After(const ScheduledDuty& duty) {
  return duty.end + kAttendanceFinalAfter;
}

TEST(AttendanceTest, OnTimeWithTheHandoverLeadIsClean) {
  const ScheduledDuty d = Night();
  const AttendanceOutcome r = Evaluate(
      d, {d.start - absl::Minutes(5), d.end + absl::Seconds(30)}, After(d));
  EXPECT_TRUE(r.irregularities.empty());
  EXPECT_TRUE(r.final);
  EXPECT_EQ(r.overtime_minutes, 0);
}

TEST(AttendanceTest, LateCountsWholeMinutesAfterTheStart) {
  const ScheduledDuty d = Night();
  AttendanceOutcome r =
      Evaluate(d, {d.start + absl::Seconds(59), d.end}, After(d));
  EXPECT_FALSE(r.Has(Record::LATE));
  // Not late, but not 5 minutes early for the handover either.
  EXPECT_EQ(r.irregularities, Irregularities{Record::HANDOVER_ARRIVAL_LATE});
  r = Evaluate(d, {d.start + absl::Minutes(17) + absl::Seconds(40), d.end},
               After(d));
  EXPECT_EQ(r.irregularities, Irregularities{Record::LATE});
  EXPECT_EQ(r.late_minutes, 17);
}

TEST(AttendanceTest, HandoverArrivalLateOnlyForShiftsWithAHandover) {
  ScheduledDuty d = Night();
  const Punches at_07_57{d.start - absl::Minutes(3), d.end};
  EXPECT_EQ(Evaluate(d, at_07_57, After(d)).irregularities,
            Irregularities{Record::HANDOVER_ARRIVAL_LATE});
  d.handover_at_start = false;
  EXPECT_TRUE(Evaluate(d, at_07_57, After(d)).irregularities.empty());
}

TEST(AttendanceTest, EarlyLeaveAndOvertime) {
  const ScheduledDuty d = Night();
  AttendanceOutcome r = Evaluate(
      d, {d.start - absl::Minutes(10), d.end - absl::Minutes(45)}, After(d));
  EXPECT_EQ(r.irregularities, Irregularities{Record::EARLY_LEAVE});
  EXPECT_EQ(r.early_leave_minutes, 45);
  // Waiting 25 minutes for a late relief is overtime, not an irregularity.
  r = Evaluate(d, {d.start - absl::Minutes(10), d.end + absl::Minutes(25)},
               After(d));
  EXPECT_TRUE(r.irregularities.empty());
  EXPECT_EQ(r.overtime_minutes, 25);
}

TEST(AttendanceTest, EarlyLeaveAcrossTheFallBackNight) {
  // The night of 2026-10-31 lasts 13 hours: leaving 12 hours after an
  // on-time start is an hour early.
  const ScheduledDuty d = Night(absl::CivilDay(2026, 10, 31));
  const AttendanceOutcome r = Evaluate(
      d, {d.start - absl::Minutes(5), d.start + absl::Hours(12)}, After(d));
  EXPECT_EQ(r.irregularities, Irregularities{Record::EARLY_LEAVE});
  EXPECT_EQ(r.early_leave_minutes, 60);
}

TEST(AttendanceTest, MissedPunchesOnlyOnceTheRecordIsFinal) {
  const ScheduledDuty d = Night();
  const Punches no_out{d.start - absl::Minutes(5), std::nullopt};
  const absl::Time almost = After(d) - absl::Seconds(1);
  AttendanceOutcome r = Evaluate(d, no_out, almost);
  EXPECT_FALSE(r.final);
  EXPECT_TRUE(r.irregularities.empty());
  r = Evaluate(d, no_out, After(d));
  EXPECT_TRUE(r.final);
  EXPECT_EQ(r.irregularities, Irregularities{Record::MISSED_CLOCK_OUT});

  const Punches no_in{std::nullopt, d.end};
  EXPECT_EQ(Evaluate(d, no_in, After(d)).irregularities,
            Irregularities{Record::MISSED_CLOCK_IN});
}

TEST(AttendanceTest, AbsentWhenFinalWithNoPunchAndNotExcused) {
  ScheduledDuty d = Night();
  EXPECT_TRUE(Evaluate(d, {}, d.end).irregularities.empty());
  EXPECT_EQ(Evaluate(d, {}, After(d)).irregularities,
            Irregularities{Record::ABSENT});
  d.excused = true;  // on approved leave, or swapped out
  EXPECT_TRUE(Evaluate(d, {}, After(d)).irregularities.empty());
}

TEST(AttendanceTest, AnApprovedCorrectionIsRecomputed) {
  // Li was out dealing with a leak and never clocked out (MISSED_CLOCK_OUT);
  // the approved correction claims 07:40: now an early leave of 20 minutes.
  const ScheduledDuty d = Night();
  Punches punches{d.start - absl::Minutes(6), std::nullopt};
  EXPECT_EQ(Evaluate(d, punches, After(d)).irregularities,
            Irregularities{Record::MISSED_CLOCK_OUT});
  punches.clock_out = d.end - absl::Minutes(20);
  const AttendanceOutcome r = Evaluate(d, punches, After(d));
  EXPECT_EQ(r.irregularities, Irregularities{Record::EARLY_LEAVE});
  EXPECT_EQ(r.early_leave_minutes, 20);
}

TEST(AttendanceTest, LateAndEarlyTogether) {
  const ScheduledDuty d = Night();
  const AttendanceOutcome r = Evaluate(
      d, {d.start + absl::Minutes(3), d.end - absl::Minutes(2)}, After(d));
  EXPECT_EQ(r.irregularities,
            (Irregularities{Record::LATE, Record::EARLY_LEAVE}));
}

AttendanceOutcome Late(int minutes) {
  AttendanceOutcome r;
  r.irregularities = {Record::LATE};
  r.late_minutes = minutes;
  r.final = true;
  return r;
}

std::vector<v1::AttendanceSummary::Breach> Breaches(
    const std::vector<AttendanceOutcome>& records, int corrections) {
  v1::AttendanceSummary summary;
  SummarizeMonth(records, corrections, AttendanceLimits(), &summary);
  std::vector<v1::AttendanceSummary::Breach> out;
  for (int b : summary.breaches()) {
    out.push_back(static_cast<v1::AttendanceSummary::Breach>(b));
  }
  return out;
}

TEST(AttendanceTest, TheThirdLateArrivalOfAMonthIsABreach) {
  // 超过三次(含)以上: the third already counts.
  EXPECT_TRUE(Breaches({Late(2), Late(10)}, 0).empty());
  EXPECT_EQ(Breaches({Late(2), Late(10), Late(1)}, 0),
            std::vector<v1::AttendanceSummary::Breach>{
                v1::AttendanceSummary::LATE_LIMIT});
}

TEST(AttendanceTest, MoreCorrectionsThanTheLimitIsABreach) {
  EXPECT_TRUE(Breaches({}, 3).empty());
  EXPECT_EQ(Breaches({}, 4), std::vector<v1::AttendanceSummary::Breach>{
                                 v1::AttendanceSummary::CORRECTION_LIMIT});
  AttendanceLimits limits;
  EXPECT_FALSE(CorrectionOverLimit(2, limits));  // the third is within
  EXPECT_TRUE(CorrectionOverLimit(3, limits));   // the fourth is over
}

TEST(AttendanceTest, AnyAbsenceIsABreach) {
  AttendanceOutcome absent;
  absent.irregularities = {Record::ABSENT};
  EXPECT_EQ(Breaches({absent}, 0), std::vector<v1::AttendanceSummary::Breach>{
                                       v1::AttendanceSummary::ANY_ABSENCE});
}

TEST(AttendanceTest, TheMonthCountsAndAddsUp) {
  AttendanceOutcome early;
  early.irregularities = {Record::EARLY_LEAVE};
  early.early_leave_minutes = 30;
  AttendanceOutcome handover;
  handover.irregularities = {Record::HANDOVER_ARRIVAL_LATE};
  handover.overtime_minutes = 15;
  AttendanceOutcome missed;
  missed.irregularities = {Record::MISSED_CLOCK_IN};
  v1::AttendanceSummary s;
  SummarizeMonth({Late(4), Late(6), early, handover, missed}, 1,
                 AttendanceLimits(), &s);
  EXPECT_EQ(s.late_count(), 2);
  EXPECT_EQ(s.late_minutes(), 10);
  EXPECT_EQ(s.early_leave_count(), 1);
  EXPECT_EQ(s.early_leave_minutes(), 30);
  EXPECT_EQ(s.handover_arrival_late_count(), 1);
  EXPECT_EQ(s.missed_clock_in_count(), 1);
  EXPECT_EQ(s.missed_clock_out_count(), 0);
  EXPECT_EQ(s.absence_count(), 0);
  EXPECT_EQ(s.overtime_minutes(), 15);
  EXPECT_EQ(s.correction_count(), 1);
  EXPECT_EQ(s.breaches_size(), 0);
}

}  // namespace
}  // namespace frontdesk
