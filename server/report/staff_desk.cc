#include "server/report/staff_desk.h"

#include <map>
#include <optional>
#include <set>
#include <string>

#include "common/clock.h"
#include "common/names.h"
#include "db/directory/staff_store.h"
#include "db/report/staff_figures.h"
#include "db/roster/roster_policy_store.h"
#include "server/report/report_compute.h"
#include "server/report/report_period.h"
#include "server/report/staff_rules.h"
#include "server/roster/leave_rules.h"
#include "server/roster/roster_policy.h"

namespace frontdesk {
namespace {

using Row = v1::StaffReportRow;

int DateKey(absl::CivilDay day) {
  return static_cast<int>(day.year() * 10000 + day.month() * 100 + day.day());
}

void SetWorkload(const db::StaffWorkload& w, Row* row) {
  row->set_tickets_recorded(w.tickets_recorded);
  row->set_dispatches_made(w.dispatches_made);
  row->set_callbacks_made(w.callbacks_made);
  row->set_work_orders_finished(w.work_orders_finished);
  row->set_work_orders_reworked(w.work_orders_reworked);
  row->set_visits_registered(w.visits_registered);
  row->set_key_transactions(w.key_transactions);
  row->set_handovers_written(w.handovers_written);
}

void SetAttendance(const db::StaffAttendance& a, Row* row) {
  row->set_scheduled_shifts(a.scheduled_shifts);
  row->set_worked_shifts(a.worked_shifts);
  row->mutable_worked_time()->set_seconds(a.worked_us / 1000000);
  row->mutable_worked_time()->set_nanos(
      static_cast<int>(a.worked_us % 1000000) * 1000);
  row->set_late_count(a.late_count);
  row->set_handover_arrival_late_count(a.handover_arrival_late_count);
  row->set_early_leave_count(a.early_leave_count);
  row->set_absence_count(a.absence_count);
  row->set_missed_clock_count(a.missed_clock_count);
  row->set_correction_count(a.correction_count);
  row->set_swap_count(a.swap_count);
  row->set_overtime_minutes(a.overtime_minutes);
}

// The directory's entries of the people named so far in one request
// (nullopt: no longer in the directory), so that "sites/-" reads each
// person once however many sites they worked at.
using People = std::map<std::string, std::optional<v1::StaffMember>>;

absl::StatusOr<const std::optional<v1::StaffMember>*> Member(
    db::Tx& tx, const std::string& id, People& people) {
  auto it = people.find(id);
  if (it == people.end()) {
    auto member = db::GetStaffMember(tx, id);
    if (!member.ok() && member.status().code() != absl::StatusCode::kNotFound) {
      return member.status();
    }
    std::optional<v1::StaffMember> entry;
    if (member.ok()) entry = *std::move(member);
    it = people.emplace(id, std::move(entry)).first;
  }
  return &it->second;
}

absl::StatusOr<v1::StaffReport> StaffOfSite(db::Tx& tx, const ReportSite& site,
                                            const ReportDays& days,
                                            absl::Time now,
                                            const std::set<std::string>& only,
                                            People& directory) {
  const db::ReportWindow w = WindowOf(site, days, now);
  auto workload = db::CountStaffWorkload(tx, w);
  if (!workload.ok()) return workload.status();
  auto policy = db::GetRosterPolicy(tx, site.id, DefaultRosterPolicy());
  if (!policy.ok()) return policy.status();
  db::DutyWindow duties;
  duties.site_id = site.id;
  duties.first_date_key = DateKey(days.first);
  duties.last_date_key = DateKey(days.last);
  duties.now_us = ToMicros(now);
  duties.handover_lead_us =
      absl::ToInt64Microseconds(HandoverArrivalLeadOf(*policy));
  auto attendance = db::CountStaffAttendance(tx, duties);
  if (!attendance.ok()) return attendance.status();
  auto leave = db::ListStaffLeave(tx, site.id, w.start_us, w.end_us);
  if (!leave.ok()) return leave.status();
  std::map<std::string, double> leave_days;
  for (const db::StaffLeaveRow& l : *leave) {
    const LeaveSpan span = EffectiveLeave(
        static_cast<v1::LeaveApplication::Status>(l.status),
        FromMicros(l.start_us), FromMicros(l.end_us), FromMicros(l.return_us));
    const double d = LeaveDaysBetween(span.start, span.end, site.zone,
                                      days.first, days.last);
    if (d > 0) leave_days[l.staff_id] += d;
  }

  std::set<std::string> people;
  for (const auto& [id, _] : *workload) people.insert(id);
  for (const auto& [id, _] : *attendance) people.insert(id);
  for (const auto& [id, _] : leave_days) people.insert(id);
  v1::StaffReport report;
  *report.mutable_scope() = ScopeOf(&site, days, days.last >= site.today, now);
  for (const std::string& id : people) {
    if (!only.empty() && !only.count(id)) continue;
    Row* row = report.add_rows();
    row->set_staff(StaffName(id));
    // The person as the directory names them now; one who has since left
    // it keeps their row under their id.
    auto member = Member(tx, id, directory);
    if (!member.ok()) return member.status();
    if (const std::optional<v1::StaffMember>& m = **member) {
      row->set_display_name(m->display_name());
      for (int role : m->roles()) {
        row->add_roles(static_cast<v1::StaffMember::Role>(role));
      }
    }
    if (auto it = workload->find(id); it != workload->end()) {
      SetWorkload(it->second, row);
    }
    if (auto it = attendance->find(id); it != attendance->end()) {
      SetAttendance(it->second, row);
    } else {
      row->mutable_worked_time();
    }
    if (auto it = leave_days.find(id); it != leave_days.end()) {
      row->set_leave_days(it->second);
    }
  }
  FinishStaffReport(&report);
  return report;
}

}  // namespace

absl::Status StaffReportDesk::GetStaffReport(
    const Call& call, const v1::GetStaffReportRequest& request,
    v1::StaffReport* response) {
  auto only = ParseStaffFilter("staff", request.staff());
  if (!only.ok()) return only.status();
  People directory;
  return Compute(
      services_, call, request.site(),
      [&](absl::CivilDay today) {
        return ExplicitPeriod("period", request.period().start_date(),
                              request.period().end_date(), today);
      },
      [&](db::Tx& tx, const ReportSite& site, const ReportDays& days,
          absl::Time now) {
        return StaffOfSite(tx, site, days, now, *only, directory);
      },
      AddStaffReport, response);
}

}  // namespace frontdesk
