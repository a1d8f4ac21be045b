#include "server/roster/roster_site.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <map>
#include <utility>

#include "common/clock.h"
#include "common/status.h"
#include "db/directory/site_store.h"
#include "db/roster/calendar_store.h"
#include "db/roster/roster_policy_store.h"
#include "server/roster/roster_policy.h"
#include "server/roster/shift_time.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

absl::Status ShiftNotFound(const ShiftRef& ref) {
  return Error(absl::StatusCode::kNotFound, "SHIFT_NOT_FOUND",
               ref.name() + " is not a shift of the site's roster policy",
               {{"shift", ref.name()}});
}

absl::StatusOr<db::ShiftRow> ComputeShift(const RosterSite& site,
                                          const ShiftRef& ref) {
  auto definition = FindDefinition(site.policy, ref.definition_id);
  if (!definition) return ShiftNotFound(ref);
  auto pattern = PatternOf(*definition, "shifts");
  if (!pattern.ok()) return pattern.status();
  const ShiftInstants at = InstantsOn(*pattern, ref.date, site.zone);
  db::ShiftRow row;
  row.site_id = site.id;
  row.date = ref.date;
  row.definition = *std::move(definition);
  row.start_us = ToMicros(at.start);
  row.end_us = ToMicros(at.end);
  return row;
}

}  // namespace

absl::StatusOr<RosterSite> LoadRosterSite(db::Tx& tx,
                                          const std::string& site_id) {
  auto site = db::GetSite(tx, site_id);
  if (!site.ok()) return site.status();
  RosterSite out;
  out.id = site_id;
  if (!absl::LoadTimeZone(site->time_zone(), &out.zone)) {
    out.zone = absl::UTCTimeZone();
  }
  auto policy = db::GetRosterPolicy(tx, site_id, DefaultRosterPolicy());
  if (!policy.ok()) return policy.status();
  out.policy = *std::move(policy);
  return out;
}

absl::StatusOr<ResolvedShift> ResolveShift(db::Tx& tx, const RosterSite& site,
                                           const ShiftRef& ref,
                                           bool for_update) {
  auto stored =
      db::FindShift(tx, site.id, ref.date, ref.definition_id, for_update);
  if (!stored.ok()) return stored.status();
  if (*stored) return ResolvedShift{**std::move(stored), true};
  auto computed = ComputeShift(site, ref);
  if (!computed.ok()) return computed.status();
  return ResolvedShift{*std::move(computed), false};
}

absl::StatusOr<db::ShiftRow> MaterializeShiftAt(db::Tx& tx,
                                                const RosterSite& site,
                                                const ShiftRef& ref,
                                                long long now_us) {
  auto shift = ResolveShift(tx, site, ref);
  if (!shift.ok()) return shift.status();
  if (shift->materialized) return shift->row;
  return db::MaterializeShift(tx, shift->row, now_us);
}

absl::StatusOr<std::vector<ResolvedShift>> ShiftsOfDates(db::Tx& tx,
                                                         const RosterSite& site,
                                                         absl::CivilDay first,
                                                         absl::CivilDay last) {
  auto stored = db::ListShifts(tx, site.id, first, last);
  if (!stored.ok()) return stored.status();
  std::map<std::pair<absl::CivilDay, std::string>, db::ShiftRow> by_key;
  for (db::ShiftRow& row : *stored) {
    by_key.emplace(std::make_pair(row.date, row.definition.id()),
                   std::move(row));
  }
  std::vector<ResolvedShift> out;
  for (absl::CivilDay day = first; day <= last; ++day) {
    for (const v1::ShiftDefinition& d : site.policy.shifts()) {
      if (by_key.count({day, d.id()})) continue;
      auto computed = ComputeShift(site, {site.id, day, d.id()});
      if (computed.ok()) out.push_back({*std::move(computed), false});
    }
  }
  for (auto& [key, row] : by_key) out.push_back({std::move(row), true});
  std::sort(out.begin(), out.end(),
            [](const ResolvedShift& a, const ResolvedShift& b) {
              if (a.row.start_us != b.row.start_us) {
                return a.row.start_us < b.row.start_us;
              }
              return a.row.definition.id() < b.row.definition.id();
            });
  return out;
}

ShiftOccurrence OccurrenceOf(const db::ShiftRow& shift) {
  return {shift.definition.id(), shift.date, FromMicros(shift.start_us),
          FromMicros(shift.end_us), shift.definition.min_headcount()};
}

RosterDuty DutyOf(const db::DutyAssignmentRow& row) {
  RosterDuty duty;
  duty.assignment = row.name();
  duty.staff = "staff/" + row.staff_id;
  duty.definition = row.definition_id;
  duty.date = row.date;
  duty.start = FromMicros(row.start_us);
  duty.end = FromMicros(row.end_us);
  duty.status = row.status;
  if (row.shift_swap_id != 0) {
    duty.shift_swap =
        absl::StrCat("sites/", row.site_id, "/shiftSwaps/", row.shift_swap_id);
  }
  return duty;
}

db::DutyAssignmentRef RefOf(const DutyAssignmentName& name) {
  return {name.shift.site_id, name.shift.date, name.shift.definition_id,
          name.id};
}

absl::StatusOr<std::vector<RosterDuty>> SiteDuties(db::Tx& tx,
                                                   const std::string& site_id,
                                                   absl::CivilDay first,
                                                   absl::CivilDay last) {
  std::vector<RosterDuty> out;
  std::optional<db::DutyAssignmentCursor> after;
  constexpr int kBatch = 1000;
  while (true) {
    auto rows =
        db::ListSiteDutyAssignments(tx, site_id, first, last, after, kBatch);
    if (!rows.ok()) return rows.status();
    for (const auto& row : *rows) out.push_back(DutyOf(row));
    if (static_cast<int>(rows->size()) < kBatch) break;
    after = db::DutyAssignmentCursor{rows->back().start_us, rows->back().id};
  }
  return out;
}

absl::StatusOr<WorkingCalendar> LoadWorkingCalendar(db::Tx& tx,
                                                    const std::string& site_id,
                                                    absl::CivilDay first,
                                                    absl::CivilDay last) {
  auto days = db::ListCalendarDays(tx, site_id, first - 62, last + 62);
  if (!days.ok()) return days.status();
  const db::WorkingCalendarDays lists = db::WorkingDaysOf(*days);
  return WorkingCalendar::Create(lists.holidays, lists.make_up_working_days);
}

v1::Shift ShiftToProto(const ResolvedShift& shift,
                       const std::vector<db::DutyAssignmentRow>& assignments) {
  v1::Shift out;
  const db::ShiftRow& row = shift.row;
  out.set_name(db::ShiftName(row.site_id, row.date, row.definition.id()));
  out.set_site("sites/" + row.site_id);
  out.set_date(FormatLocalDate(row.date));
  *out.mutable_definition() = row.definition;
  *out.mutable_start_time() = TimeUtil::MicrosecondsToTimestamp(row.start_us);
  *out.mutable_end_time() = TimeUtil::MicrosecondsToTimestamp(row.end_us);
  std::set<std::string> working;
  for (const auto& a : assignments) {
    if (!IsWorking(a.status)) continue;
    *out.add_assignments() = a.ToProto();
    working.insert(a.staff_id);
  }
  out.set_understaffed(static_cast<int>(working.size()) <
                       row.definition.min_headcount());
  out.set_materialized(shift.materialized);
  return out;
}

}  // namespace frontdesk
