#include "server/roster/attendance.h"

#include <algorithm>

namespace frontdesk {
namespace {

using Record = v1::AttendanceRecord;

// Whole minutes from `from` to `to`, cut down; 0 when `to` is not later.
int MinutesAfter(absl::Time from, absl::Time to) {
  if (to <= from) return 0;
  return static_cast<int>(absl::ToInt64Minutes(to - from));
}

}  // namespace

bool AttendanceOutcome::Has(Record::Irregularity irregularity) const {
  return std::find(irregularities.begin(), irregularities.end(),
                   irregularity) != irregularities.end();
}

AttendanceOutcome EvaluateAttendance(const ScheduledDuty& duty,
                                     const Punches& punches,
                                     absl::Duration handover_arrival_lead,
                                     absl::Time now) {
  AttendanceOutcome out;
  out.final = now >= duty.end + kAttendanceFinalAfter;
  if (duty.excused) return out;

  if (punches.clock_in.has_value()) {
    out.late_minutes = MinutesAfter(duty.start, *punches.clock_in);
    if (out.late_minutes > 0) {
      out.irregularities.push_back(Record::LATE);
    } else if (duty.handover_at_start &&
               MinutesAfter(duty.start - handover_arrival_lead,
                            *punches.clock_in) > 0) {
      out.irregularities.push_back(Record::HANDOVER_ARRIVAL_LATE);
    }
  }
  if (punches.clock_out.has_value()) {
    out.early_leave_minutes = MinutesAfter(*punches.clock_out, duty.end);
    if (out.early_leave_minutes > 0) {
      out.irregularities.push_back(Record::EARLY_LEAVE);
    }
    out.overtime_minutes = MinutesAfter(duty.end, *punches.clock_out);
  }
  if (out.final) {
    if (!punches.clock_in.has_value() && !punches.clock_out.has_value()) {
      out.irregularities.push_back(Record::ABSENT);
    } else if (!punches.clock_in.has_value()) {
      out.irregularities.push_back(Record::MISSED_CLOCK_IN);
    } else if (!punches.clock_out.has_value()) {
      out.irregularities.push_back(Record::MISSED_CLOCK_OUT);
    }
  }
  return out;
}

void SummarizeMonth(const std::vector<AttendanceOutcome>& records,
                    int approved_corrections, const AttendanceLimits& limits,
                    v1::AttendanceSummary* summary) {
  int late = 0, late_minutes = 0, handover_late = 0, early = 0,
      early_minutes = 0, absent = 0, missed_in = 0, missed_out = 0,
      overtime = 0;
  for (const AttendanceOutcome& r : records) {
    if (r.Has(Record::LATE)) {
      ++late;
      late_minutes += r.late_minutes;
    }
    if (r.Has(Record::HANDOVER_ARRIVAL_LATE)) ++handover_late;
    if (r.Has(Record::EARLY_LEAVE)) {
      ++early;
      early_minutes += r.early_leave_minutes;
    }
    if (r.Has(Record::ABSENT)) ++absent;
    if (r.Has(Record::MISSED_CLOCK_IN)) ++missed_in;
    if (r.Has(Record::MISSED_CLOCK_OUT)) ++missed_out;
    overtime += r.overtime_minutes;
  }
  summary->set_late_count(late);
  summary->set_late_minutes(late_minutes);
  summary->set_handover_arrival_late_count(handover_late);
  summary->set_early_leave_count(early);
  summary->set_early_leave_minutes(early_minutes);
  summary->set_absence_count(absent);
  summary->set_missed_clock_in_count(missed_in);
  summary->set_missed_clock_out_count(missed_out);
  summary->set_overtime_minutes(overtime);
  summary->set_correction_count(approved_corrections);
  summary->clear_breaches();
  // 超过三次(含)以上: the third late arrival already counts.
  if (late > 0 && late >= limits.max_late_per_month) {
    summary->add_breaches(v1::AttendanceSummary::LATE_LIMIT);
  }
  if (approved_corrections > limits.max_corrections_per_month) {
    summary->add_breaches(v1::AttendanceSummary::CORRECTION_LIMIT);
  }
  if (absent > 0) summary->add_breaches(v1::AttendanceSummary::ANY_ABSENCE);
}

bool CorrectionOverLimit(int corrections_before,
                         const AttendanceLimits& limits) {
  return corrections_before >= limits.max_corrections_per_month;
}

}  // namespace frontdesk
