#include "server/roster/attendance_view.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/site_roles.h"
#include "common/status.h"
#include "db/roster/attendance_correction_store.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/authorize.h"
#include "server/roster/attendance_names.h"
#include "server/roster/roster_policy.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;
using Role = v1::StaffMember;

// The correction window after a month: 3 days.
constexpr absl::Duration kMonthCorrectionWindow = absl::Hours(72);

void SetTime(google::protobuf::Timestamp* ts, long long us) {
  *ts = TimeUtil::MicrosecondsToTimestamp(us);
}

}  // namespace

bool HasAttendanceRecord(const db::DutyAssignmentRow& assignment) {
  return assignment.status != v1::DutyAssignment::CANCELLED;
}

ScheduledDuty ScheduleOf(const db::DutyAssignmentRow& assignment) {
  ScheduledDuty duty;
  duty.start = FromMicros(assignment.start_us);
  duty.end = FromMicros(assignment.end_us);
  duty.handover_at_start = true;  // front-desk duty: every shift of the plan
  duty.excused = assignment.status == v1::DutyAssignment::SWAPPED_OUT ||
                 assignment.status == v1::DutyAssignment::ON_LEAVE;
  return duty;
}

Punches PunchesOf(const std::optional<db::AttendancePunchesRow>& punches) {
  Punches out;
  if (!punches) return out;
  if (punches->clock_in_us != 0)
    out.clock_in = FromMicros(punches->clock_in_us);
  if (punches->clock_out_us != 0) {
    out.clock_out = FromMicros(punches->clock_out_us);
  }
  return out;
}

absl::StatusOr<const RosterSite*> RosterSites::Get(const std::string& site_id) {
  auto it = sites_.find(site_id);
  if (it == sites_.end()) {
    auto loaded = LoadRosterSite(tx_, site_id);
    if (!loaded.ok()) return loaded.status();
    it = sites_.emplace(site_id, *std::move(loaded)).first;
  }
  return &it->second;
}

absl::StatusOr<std::vector<AttendanceDuty>> LoadAttendance(
    db::Tx& tx, RosterSites& sites,
    const std::vector<db::DutyAssignmentRow>& assignments, absl::Time now) {
  std::vector<AttendanceDuty> out;
  std::vector<long long> ids;
  for (const db::DutyAssignmentRow& a : assignments) {
    if (!HasAttendanceRecord(a)) continue;
    out.push_back(AttendanceDuty{a, std::nullopt, {}, {}});
    ids.push_back(a.id);
  }
  if (ids.empty()) return out;
  auto punches = db::ListAttendancePunches(tx, ids);
  if (!punches.ok()) return punches.status();
  std::map<long long, db::AttendancePunchesRow> by_id;
  for (auto& p : *punches) by_id.emplace(p.duty_assignment_id, p);
  db::AttendanceCorrectionQuery query;
  query.duty_assignment_ids = ids;
  query.limit = 100000;
  auto corrections = db::ListAttendanceCorrections(tx, query);
  if (!corrections.ok()) return corrections.status();
  std::map<long long, std::vector<std::string>> names;
  // Listed newest first; a record shows them in filing order.
  for (auto it = corrections->rbegin(); it != corrections->rend(); ++it) {
    names[it->duty_assignment_id].push_back(it->name());
  }
  for (AttendanceDuty& d : out) {
    auto p = by_id.find(d.assignment.id);
    if (p != by_id.end()) d.punches = p->second;
    d.corrections = std::move(names[d.assignment.id]);
    auto site = sites.Get(d.assignment.site_id);
    if (!site.ok()) return site.status();
    d.outcome =
        EvaluateAttendance(ScheduleOf(d.assignment), PunchesOf(d.punches),
                           HandoverArrivalLeadOf((*site)->policy), now);
  }
  return out;
}

v1::AttendanceRecord RecordToProto(const AttendanceDuty& duty) {
  const db::DutyAssignmentRow& a = duty.assignment;
  v1::AttendanceRecord out;
  out.set_name(db::AttendanceRecordName(a.staff_id, a.id));
  out.set_staff(StaffName(a.staff_id));
  out.set_site(SiteName(a.site_id));
  out.set_duty_assignment(a.name());
  SetTime(out.mutable_scheduled_start(), a.start_us);
  SetTime(out.mutable_scheduled_end(), a.end_us);
  long long update_us = a.update_us;
  long long version = 0;
  if (duty.punches) {
    const db::AttendancePunchesRow& p = *duty.punches;
    if (p.clock_in_us != 0) {
      SetTime(out.mutable_clock_in_time(), p.clock_in_us);
      out.set_clock_in_source(p.clock_in_source);
    }
    if (p.clock_out_us != 0) {
      SetTime(out.mutable_clock_out_time(), p.clock_out_us);
      out.set_clock_out_source(p.clock_out_source);
    }
    out.set_override_reason(p.override_reason);
    update_us = std::max(update_us, p.update_us);
    version = p.version;
  }
  for (auto irregularity : duty.outcome.irregularities) {
    out.add_irregularities(irregularity);
  }
  out.set_late_minutes(duty.outcome.late_minutes);
  out.set_early_leave_minutes(duty.outcome.early_leave_minutes);
  out.set_overtime_minutes(duty.outcome.overtime_minutes);
  out.set_final(duty.outcome.final);
  for (const std::string& c : duty.corrections) out.add_corrections(c);
  SetTime(out.mutable_update_time(), update_us);
  // The punches' version: what changes the record once it is written.
  out.set_etag(absl::StrCat(version));
  return out;
}

bool MayReadAttendance(const Principal& who, const std::string& staff_id,
                       const std::string& site_id, bool as_report_job) {
  if (who.staff_id == staff_id || who.HasRole(Role::ADMIN)) return true;
  if (SupervisesSite(who, site_id)) return true;
  return as_report_job && who.HasRoleAt(Role::REPORT_JOB, site_id);
}

absl::Status CheckMayReadAttendanceOf(const Principal& who,
                                      const std::string& staff_id,
                                      bool as_report_job) {
  if (who.staff_id == staff_id || who.HasRole(Role::ADMIN) ||
      who.HasRole(Role::SUPERVISOR) || who.HasRole(Role::MANAGER) ||
      (as_report_job && who.HasRole(Role::REPORT_JOB))) {
    return absl::OkStatus();
  }
  return AttendanceDenied();
}

absl::Status AttendanceDenied() {
  return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
               "only the person, a supervisor or manager of their site reads "
               "their attendance",
               {{"rule", "R-ROLES"}});
}

std::vector<std::string> SitesReadable(const Principal& who,
                                       bool as_report_job) {
  if (as_report_job) {
    return SitesWhereHeld(who,
                          {Role::SUPERVISOR, Role::MANAGER, Role::REPORT_JOB});
  }
  return SitesWhereHeld(who, {Role::SUPERVISOR, Role::MANAGER});
}

absl::CivilMonth MonthOf(const db::DutyAssignmentRow& assignment) {
  return absl::CivilMonth(assignment.date);
}

absl::Time MonthClosesAt(absl::CivilMonth month, absl::TimeZone zone) {
  return absl::FromCivil(absl::CivilDay(month + 1), zone) +
         kMonthCorrectionWindow;
}

v1::AttendanceSummary SummarizeAttendance(
    const std::string& staff_id, absl::CivilMonth month,
    const std::string& site_id, const std::vector<AttendanceDuty>& duties,
    int approved_corrections, const std::vector<const RosterSite*>& sites,
    absl::Time now) {
  v1::AttendanceSummary out;
  out.set_name(absl::StrCat(StaffName(staff_id), "/attendanceSummaries/",
                            FormatMonth(month)));
  out.set_staff(StaffName(staff_id));
  out.set_month(FormatMonth(month));
  if (!site_id.empty()) out.set_site(SiteName(site_id));

  AttendanceLimits limits;
  bool first = true;
  bool closed = true;
  for (const RosterSite* site : sites) {
    const int late = site->policy.max_late_per_month();
    const int corrections = site->policy.max_corrections_per_month();
    limits.max_late_per_month =
        first ? late : std::min(limits.max_late_per_month, late);
    limits.max_corrections_per_month =
        first ? corrections
              : std::min(limits.max_corrections_per_month, corrections);
    first = false;
    if (now < MonthClosesAt(month, site->zone)) closed = false;
  }
  if (sites.empty() &&
      now < MonthClosesAt(month, absl::UTCTimeZone()) + absl::Hours(14)) {
    closed = false;
  }

  std::vector<AttendanceOutcome> outcomes;
  std::set<long long> swaps;
  int scheduled = 0, worked = 0;
  absl::Duration worked_time;
  bool all_final = true;
  for (const AttendanceDuty& d : duties) {
    outcomes.push_back(d.outcome);
    all_final = all_final && d.outcome.final;
    const db::DutyAssignmentRow& a = d.assignment;
    if ((a.origin == v1::DutyAssignment::SWAP ||
         a.status == v1::DutyAssignment::SWAPPED_OUT) &&
        a.shift_swap_id != 0) {
      swaps.insert(a.shift_swap_id);
    }
    if (!IsWorking(a.status)) continue;
    ++scheduled;
    const Punches p = PunchesOf(d.punches);
    if (p.clock_in && p.clock_out) {
      ++worked;
      if (*p.clock_out > *p.clock_in) worked_time += *p.clock_out - *p.clock_in;
    }
  }
  SummarizeMonth(outcomes, approved_corrections, limits, &out);
  out.set_scheduled_shifts(scheduled);
  out.set_worked_shifts(worked);
  *out.mutable_worked_time() =
      TimeUtil::MicrosecondsToDuration(absl::ToInt64Microseconds(worked_time));
  out.set_swap_count(static_cast<int>(swaps.size()));
  out.set_final(all_final && closed);
  return out;
}

}  // namespace frontdesk
