// Attendance (考勤) of one duty from its scheduled instants and its punches,
// and a person's month from those records [R-ATTENDANCE].
//
// Punches are the server's clock (never the client's), or a time an
// approved correction (补卡) put in their place; recomputing after a
// correction is calling EvaluateAttendance again with the corrected punch.
// Minutes are whole minutes, cut down: a clock-in at 08:00:59 for an 08:00
// shift is on time, the way a punch clock showing 08:00 reads it; at
// 08:01:00 it is one minute late. That minute is the only grace: the policy
// has no other.
//   LATE (迟到)              clock-in 1+ minutes after the scheduled start.
//   HANDOVER_ARRIVAL_LATE   the shift starts with a handover and the
//                           clock-in is 1+ minutes after start minus the
//                           arrival lead (5 minutes: 接班人员提前5分钟到岗),
//                           but not LATE.
//   EARLY_LEAVE (早退)       clock-out 1+ minutes before the scheduled end.
//   overtime                minutes clocked out after the scheduled end
//                           (e.g. waiting for a late relief).
// Once the record is final, 4 hours after the scheduled end:
//   MISSED_CLOCK_IN / MISSED_CLOCK_OUT  one punch is missing;
//   ABSENT (旷工)            both are missing and the person was not excused
//                           (approved leave, swapped out).
// Before then a missing punch is not yet anything: it can still come, or be
// corrected.
//
// The month (AttendanceSummary.breaches), reading 001's "最多每月不得超过
// 三次,超过三次(含)以上者…": the third late arrival of a month is already a
// breach, LATE_LIMIT when late_count >= max_late_per_month (3). Corrections
// breach when there are more than max_corrections_per_month ("不打卡次数超过
// 规定次数"); any absence is a breach (ANY_ABSENCE).
#ifndef FRONTDESK_SERVER_ROSTER_ATTENDANCE_H_
#define FRONTDESK_SERVER_ROSTER_ATTENDANCE_H_

#include <optional>
#include <vector>

#include "absl/time/time.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk {

// A record becomes final this long after its scheduled end.
inline constexpr absl::Duration kAttendanceFinalAfter = absl::Hours(4);
// Defaults of RosterPolicy.
inline constexpr absl::Duration kDefaultHandoverArrivalLead = absl::Minutes(5);
inline constexpr int kDefaultMaxLatePerMonth = 3;
inline constexpr int kDefaultMaxCorrectionsPerMonth = 3;

struct ScheduledDuty {
  absl::Time start;
  absl::Time end;
  // The shift begins with a handover (front-desk duty).
  bool handover_at_start = false;
  // On approved leave or swapped out: nothing is owed.
  bool excused = false;
};

struct Punches {
  std::optional<absl::Time> clock_in;
  std::optional<absl::Time> clock_out;
};

struct AttendanceOutcome {
  std::vector<v1::AttendanceRecord::Irregularity> irregularities;
  int late_minutes = 0;
  int early_leave_minutes = 0;
  int overtime_minutes = 0;
  bool final = false;

  bool Has(v1::AttendanceRecord::Irregularity irregularity) const;
};

// The irregularities of `duty` with `punches`, as of `now`.
AttendanceOutcome EvaluateAttendance(const ScheduledDuty& duty,
                                     const Punches& punches,
                                     absl::Duration handover_arrival_lead,
                                     absl::Time now);

struct AttendanceLimits {
  int max_late_per_month = kDefaultMaxLatePerMonth;
  int max_corrections_per_month = kDefaultMaxCorrectionsPerMonth;
};

// The counts and breaches of a month from its records and the number of
// approved corrections: late/early/absence/missed counts and minutes,
// overtime, correction_count and breaches of `summary`; the other fields are
// left as they are.
void SummarizeMonth(const std::vector<AttendanceOutcome>& records,
                    int approved_corrections, const AttendanceLimits& limits,
                    v1::AttendanceSummary* summary);

// A correction filed when `corrections_before` were already filed that
// month is over the limit (AttendanceCorrection.over_limit): accepted, but
// reported.
bool CorrectionOverLimit(int corrections_before,
                         const AttendanceLimits& limits);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_ATTENDANCE_H_
