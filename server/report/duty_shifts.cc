#include "server/report/duty_shifts.h"

#include <google/protobuf/util/time_util.h>

#include <map>

#include "common/names.h"
#include "db/roster/duty_assignment_store.h"
#include "db/roster/handover_store.h"
#include "server/roster/attendance_view.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

// Assignments of a day are a handful per shift; this bounds a broken
// roster, not a real one.
constexpr int kAssignmentsOfADay = 10000;

bool Worked(const db::DutyAssignmentRow& a) {
  return a.clock_in_us > 0 || a.status == v1::DutyAssignment::ON_DUTY ||
         a.status == v1::DutyAssignment::RELIEVED ||
         a.status == v1::DutyAssignment::COMPLETED;
}

}  // namespace

absl::StatusOr<std::vector<v1::DutyShiftSummary>> SummarizeDutyShifts(
    db::Tx& tx, const std::string& site_id, absl::CivilDay day,
    const std::vector<db::ShiftRow>& shifts, absl::Time now) {
  std::vector<v1::DutyShiftSummary> out;
  if (shifts.empty()) return out;
  auto assignments = db::ListSiteDutyAssignments(
      tx, site_id, day, day, std::nullopt, kAssignmentsOfADay);
  if (!assignments.ok()) return assignments.status();
  RosterSites sites(tx);
  auto attendance = LoadAttendance(tx, sites, *assignments, now);
  if (!attendance.ok()) return attendance.status();
  std::map<std::string, int> irregularities;
  for (const AttendanceDuty& duty : *attendance) {
    irregularities[duty.assignment.definition_id] +=
        static_cast<int>(duty.outcome.irregularities.size());
  }
  for (const db::ShiftRow& shift : shifts) {
    const std::string& id = shift.definition.id();
    v1::DutyShiftSummary s;
    s.set_shift(db::ShiftName(site_id, shift.date, id));
    s.set_display_name(shift.definition.display_name());
    *s.mutable_start_time() = TimeUtil::MicrosecondsToTimestamp(shift.start_us);
    *s.mutable_end_time() = TimeUtil::MicrosecondsToTimestamp(shift.end_us);
    for (const db::DutyAssignmentRow& a : *assignments) {
      if (a.definition_id == id && Worked(a)) {
        s.add_staff(StaffName(a.staff_id));
      }
    }
    s.set_attendance_irregularities(irregularities[id]);
    auto handover = db::GetHandover(tx, db::HandoverKey{site_id, day, id});
    if (handover.ok()) {
      const v1::Handover& h = handover->handover;
      s.set_handover_status(h.status());
      s.set_handover_items(h.items_size());
      int significant = 0;
      for (const auto& item : h.items()) significant += item.significant();
      s.set_handover_significant_items(significant);
      s.set_incoming_arrived_early(h.incoming_arrived_early());
    } else if (!absl::IsNotFound(handover.status())) {
      return handover.status();
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace frontdesk
