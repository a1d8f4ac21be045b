#include "server/roster/attendance_summary_desk.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "db/directory/site_store.h"
#include "db/roster/attendance_correction_store.h"
#include "db/roster/duty_assignment_store.h"
#include "db/roster/leave_store.h"
#include "server/roster/attendance_names.h"
#include "server/roster/attendance_view.h"
#include "server/roster/leave_periods.h"
#include "server/roster/leave_rules.h"

namespace frontdesk {
namespace {

using Summary = v1::AttendanceSummary;

constexpr char kNoSite[] = "\x01none";

absl::Status CheckSite(absl::string_view value) {
  return ParseSiteName("filter", value).status();
}
absl::Status CheckMonth(absl::string_view value) {
  return ParseMonth("filter", value).status();
}

const FilterSchema& SummaryFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"site", {FilterField::kString, nullptr, &CheckSite}},
      {"month", {FilterField::kString, nullptr, &CheckMonth}},
      {"breach", {FilterField::kEnum, Summary::Breach_descriptor()}},
  };
  return *schema;
}

int MonthKey(absl::CivilMonth month) {
  return static_cast<int>(month.year() * 100 + month.month());
}

// The sites whose records count: `site` if given (which the caller must
// be able to read unless it is their own attendance), else every site the
// caller reads ({} = every site) or, for their own, every site.
absl::StatusOr<std::vector<std::string>> SitesCounted(
    const Call& call, const std::string& staff_id,
    const std::optional<std::string>& site) {
  const bool own = staff_id == call.who.staff_id;
  if (site) {
    if (!own && !MayReadAttendance(call.who, "", *site, true)) {
      return AttendanceDenied();
    }
    return std::vector<std::string>{*site};
  }
  if (own) return std::vector<std::string>{};
  return SitesReadable(call.who, true);
}

bool Counts(const std::vector<std::string>& sites, const std::string& site) {
  return sites.empty() ||
         std::find(sites.begin(), sites.end(), site) != sites.end();
}

// One person's summary of `month` from their assignments `rows` (already
// restricted to the sites counted: `site_id`, else `counted`, empty for
// every site), with the leave they took at those sites.
absl::StatusOr<Summary> SummaryOf(
    db::Tx& tx, RosterSites& sites, const std::string& staff_id,
    absl::CivilMonth month, const std::string& site_id,
    const std::vector<std::string>& counted,
    const std::vector<db::DutyAssignmentRow>& rows, int approved_corrections,
    absl::Time now) {
  auto duties = LoadAttendance(tx, sites, rows, now);
  if (!duties.ok()) return duties.status();
  std::vector<const RosterSite*> involved;
  std::set<std::string> seen;
  for (const db::DutyAssignmentRow& r : rows) {
    if (!seen.insert(r.site_id).second) continue;
    auto site = sites.Get(r.site_id);
    if (!site.ok()) return site.status();
    involved.push_back(*site);
  }
  if (!site_id.empty() && involved.empty()) {
    auto site = sites.Get(site_id);
    if (!site.ok()) return site.status();
    involved.push_back(*site);
  }
  Summary summary = SummarizeAttendance(staff_id, month, site_id, *duties,
                                        approved_corrections, involved, now);
  // Leave taken in the month, by type, in each leave's site's days.
  db::LeaveQuery query;
  query.all_sites = true;
  query.staff_id = staff_id;
  query.statuses = {v1::LeaveApplication::APPROVED,
                    v1::LeaveApplication::RETURNED};
  const absl::CivilDay first(month), last(absl::CivilDay(month + 1) - 1);
  query.overlap_from_us =
      ToMicros(absl::FromCivil(first - 1, absl::UTCTimeZone()));
  query.overlap_to_us =
      ToMicros(absl::FromCivil(last + 2, absl::UTCTimeZone()));
  query.limit = 100000;
  auto leave = db::ListLeave(tx, query);
  if (!leave.ok()) return leave.status();
  std::map<int, double> days_by_type;
  for (const db::LeaveRow& row : *leave) {
    if (!site_id.empty() ? row.site_id != site_id
                         : !Counts(counted, row.site_id)) {
      continue;
    }
    auto site = sites.Get(row.site_id);
    if (!site.ok()) return site.status();
    const LeavePeriod period = PeriodOf(row);
    if (period.end <= period.start) continue;
    const double days =
        LeaveDaysInMonth(period.start, period.end, (*site)->zone, month);
    if (days > 0) days_by_type[row.type] += days;
  }
  for (const auto& [type, days] : days_by_type) {
    v1::LeaveDays* out = summary.add_leave();
    out->set_type(static_cast<v1::LeaveApplication::Type>(type));
    out->set_days(days);
  }
  return summary;
}

// A person's assignments in `month` at the sites counted.
absl::StatusOr<std::vector<db::DutyAssignmentRow>> StaffMonth(
    db::Tx& tx, const std::string& staff_id, absl::CivilMonth month,
    const std::vector<std::string>& counted) {
  const absl::CivilDay first(month), last(absl::CivilDay(month + 1) - 1);
  auto rows = db::ListStaffDutyAssignments(
      tx, staff_id, ToMicros(absl::FromCivil(first - 1, absl::UTCTimeZone())),
      ToMicros(absl::FromCivil(last + 2, absl::UTCTimeZone())));
  if (!rows.ok()) return rows.status();
  std::vector<db::DutyAssignmentRow> out;
  for (db::DutyAssignmentRow& r : *rows) {
    if (absl::CivilMonth(r.date) != month || !Counts(counted, r.site_id)) {
      continue;
    }
    out.push_back(std::move(r));
  }
  return out;
}

absl::StatusOr<int> ApprovedCorrections(db::Tx& tx, const std::string& staff_id,
                                        absl::CivilMonth month,
                                        const std::vector<std::string>& sites) {
  db::AttendanceCorrectionQuery query;
  query.staff_id = staff_id;
  query.month_key = MonthKey(month);
  query.status = v1::AttendanceCorrection::APPROVED;
  query.site_ids = sites;
  query.limit = 100000;
  auto rows = db::ListAttendanceCorrections(tx, query);
  if (!rows.ok()) return rows.status();
  return static_cast<int>(rows->size());
}

bool HasBreach(const Summary& s, Summary::Breach breach) {
  for (int b : s.breaches()) {
    if (b == breach) return true;
  }
  return false;
}

}  // namespace

absl::Status AttendanceSummaryDesk::GetAttendanceSummary(
    const Call& call, const v1::GetAttendanceSummaryRequest& request,
    v1::AttendanceSummary* response) {
  auto ref = ParseAttendanceSummaryName("name", request.name());
  if (!ref.ok()) return ref.status();
  std::optional<std::string> site;
  if (!request.site().empty()) {
    auto parsed = ParseSiteName("site", request.site());
    if (!parsed.ok()) return parsed.status();
    site = *parsed;
  }
  if (absl::Status s = CheckMayReadAttendanceOf(call.who, ref->staff_id, true);
      !s.ok()) {
    return s;
  }
  auto counted = SitesCounted(call, ref->staff_id, site);
  if (!counted.ok()) return counted.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    const absl::Time now = services_.clock.Now();
    RosterSites sites(tx);
    if (site) {
      auto exists = sites.Get(*site);
      if (!exists.ok()) return exists.status();
    }
    auto rows = StaffMonth(tx, ref->staff_id, ref->month, *counted);
    if (!rows.ok()) return rows.status();
    auto corrections =
        ApprovedCorrections(tx, ref->staff_id, ref->month, *counted);
    if (!corrections.ok()) return corrections.status();
    auto summary =
        SummaryOf(tx, sites, ref->staff_id, ref->month, site.value_or(""),
                  *counted, *rows, *corrections, now);
    if (!summary.ok()) return summary.status();
    *response = *std::move(summary);
    return absl::OkStatus();
  });
}

absl::Status AttendanceSummaryDesk::ListAttendanceSummaries(
    const Call& call, const v1::ListAttendanceSummariesRequest& request,
    v1::ListAttendanceSummariesResponse* response) {
  auto staff = ParseStaffParent("parent", request.parent());
  if (!staff.ok()) return staff.status();
  if (absl::Status s = CheckMayReadAttendanceOf(call.who, *staff, true);
      !s.ok()) {
    return s;
  }
  auto terms = ParseFilter(request.filter(), SummaryFilterSchema());
  if (!terms.ok()) return terms.status();
  std::optional<std::string> site;
  std::optional<absl::CivilMonth> month;
  std::optional<Summary::Breach> breach;
  for (const FilterTerm& t : *terms) {
    if (t.op != FilterOp::kEq) {
      return InvalidField("filter", absl::StrCat(t.field, " takes ="));
    }
    if (t.field == "site") site = *ParseSiteName("filter", t.text);
    if (t.field == "month") month = *ParseMonth("filter", t.text);
    if (t.field == "breach") breach = static_cast<Summary::Breach>(t.number);
  }
  if (*staff == "-" && !month) {
    return InvalidField("filter",
                        "month = \"yyyy-mm\" is required with "
                        "parent \"staff/-\"");
  }
  auto counted = SitesCounted(call, *staff, site);
  if (!counted.ok()) return counted.status();
  auto page =
      ListPage::Start(services_.page_tokens, call.who.name(),
                      request.page_size(), request.page_token(),
                      absl::StrCat("attendance-summaries|", request.parent(),
                                   "|", CanonicalFilter(*terms)),
                      PageKey::kTextAndId);
  if (!page.ok()) return page.status();
  const absl::Time now = services_.clock.Now();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    response->Clear();
    RosterSites sites(tx);
    if (site) {
      auto exists = sites.Get(*site);
      if (!exists.ok()) return exists.status();
    }
    std::vector<Summary> summaries;
    // The page key: (staff id, month key) — months newest first are keyed
    // by their negated key so that the order is ascending.
    std::vector<std::pair<std::string, long long>> keys;
    if (*staff != "-") {
      std::vector<absl::CivilMonth> months;
      if (month) {
        months.push_back(*month);
      } else {
        const absl::CivilMonth current(
            absl::ToCivilDay(now, absl::UTCTimeZone()));
        for (int i = 0; i < 12; ++i) months.push_back(current - i);
      }
      for (absl::CivilMonth m : months) {
        auto rows = StaffMonth(tx, *staff, m, *counted);
        if (!rows.ok()) return rows.status();
        auto corrections = ApprovedCorrections(tx, *staff, m, *counted);
        if (!corrections.ok()) return corrections.status();
        auto s = SummaryOf(tx, sites, *staff, m, site.value_or(""), *counted,
                           *rows, *corrections, now);
        if (!s.ok()) return s.status();
        summaries.push_back(*std::move(s));
        keys.emplace_back(*staff, -MonthKey(m));
      }
    } else {
      std::vector<std::string> site_ids = *counted;
      if (site_ids.empty()) {
        auto all = db::ListSites(tx, "", 10000);
        if (!all.ok()) return all.status();
        for (const v1::Site& s : *all) site_ids.push_back(SiteOfName(s.name()));
      }
      const absl::CivilDay first(*month), last(absl::CivilDay(*month + 1) - 1);
      std::map<std::string, std::vector<db::DutyAssignmentRow>> by_staff;
      for (const std::string& id : site_ids) {
        if (id == kNoSite) continue;
        auto rows = db::ListSiteDutyAssignments(tx, id, first, last,
                                                std::nullopt, 1000000);
        if (!rows.ok()) return rows.status();
        for (db::DutyAssignmentRow& r : *rows) {
          if (HasAttendanceRecord(r)) by_staff[r.staff_id].push_back(r);
        }
      }
      db::AttendanceCorrectionQuery query;
      query.month_key = MonthKey(*month);
      query.status = v1::AttendanceCorrection::APPROVED;
      query.site_ids = site_ids;
      query.limit = 1000000;
      auto approved = db::ListAttendanceCorrections(tx, query);
      if (!approved.ok()) return approved.status();
      std::map<std::string, int> corrections;
      for (const auto& c : *approved) ++corrections[c.staff_id];
      for (auto& [id, rows] : by_staff) {
        if (page->after_text_and_id() &&
            std::make_pair(id, -static_cast<long long>(MonthKey(*month))) <=
                *page->after_text_and_id()) {
          continue;
        }
        auto s = SummaryOf(tx, sites, id, *month, site.value_or(""), *counted,
                           rows, corrections[id], now);
        if (!s.ok()) return s.status();
        summaries.push_back(*std::move(s));
        keys.emplace_back(id, -MonthKey(*month));
      }
    }
    std::vector<std::pair<Summary, std::pair<std::string, long long>>> kept;
    for (size_t i = 0; i < summaries.size(); ++i) {
      if (breach && !HasBreach(summaries[i], *breach)) continue;
      if (*staff != "-" && page->after_text_and_id() &&
          keys[i] <= *page->after_text_and_id()) {
        continue;
      }
      kept.emplace_back(std::move(summaries[i]), keys[i]);
      if (static_cast<int>(kept.size()) >= page->FetchLimit()) break;
    }
    response->set_next_page_token(
        page->NextToken(kept, [](const auto& k) { return k.second; }));
    for (auto& k : kept) {
      *response->add_attendance_summaries() = std::move(k.first);
    }
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
