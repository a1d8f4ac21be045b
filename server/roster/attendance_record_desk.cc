#include "server/roster/attendance_record_desk.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "db/directory/site_store.h"
#include "db/roster/attendance_store.h"
#include "db/roster/duty_assignment_store.h"
#include "server/roster/attendance_names.h"
#include "server/roster/attendance_view.h"
#include "server/roster/date_bounds.h"

namespace frontdesk {
namespace {

constexpr int kMaxDays = 400;
constexpr int kDefaultDays = 92;

absl::Status CheckBool(absl::string_view value) {
  if (value == "true" || value == "false") return absl::OkStatus();
  return InvalidField("filter", "final must be true or false");
}

absl::Status CheckSite(absl::string_view value) {
  return ParseSiteName("filter", value).status();
}

const FilterSchema& RecordFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"site", {FilterField::kString, nullptr, &CheckSite}},
      {"date", {FilterField::kDate}},
      {"irregularity",
       {FilterField::kEnum, v1::AttendanceRecord::Irregularity_descriptor()}},
      {"final", {FilterField::kString, nullptr, &CheckBool}},
  };
  return *schema;
}

absl::Status RecordNotFound(const std::string& name) {
  return Error(absl::StatusCode::kNotFound, "ATTENDANCE_RECORD_NOT_FOUND",
               absl::StrCat("attendance record \"", name, "\" does not exist"));
}

struct RecordQuery {
  std::optional<std::string> site_id;
  absl::CivilDay first, last;
  std::optional<v1::AttendanceRecord::Irregularity> irregularity;
  std::optional<bool> final;
};

absl::StatusOr<RecordQuery> QueryOf(const std::vector<FilterTerm>& terms,
                                    absl::Time now) {
  RecordQuery q;
  for (const FilterTerm& t : terms) {
    if (t.field == "site") {
      q.site_id = *ParseSiteName("filter", t.text);
    } else if (t.field == "irregularity") {
      if (t.op != FilterOp::kEq) {
        return InvalidField("filter", "irregularity takes =");
      }
      q.irregularity =
          static_cast<v1::AttendanceRecord::Irregularity>(t.number);
    } else if (t.field == "final") {
      q.final = t.text == "true";
    }
  }
  auto bounds = DateBoundsOf(terms);
  if (!bounds.ok()) return bounds.status();
  const std::optional<absl::CivilDay>& first = bounds->first;
  const std::optional<absl::CivilDay>& last = bounds->last;
  q.last = last.value_or(
      absl::CivilDay(absl::ToCivilDay(now, absl::UTCTimeZone())) + 1);
  q.first = first.value_or(q.last - kDefaultDays);
  if (q.last - q.first > kMaxDays) {
    return InvalidField("filter",
                        absl::StrCat("date spans at most ", kMaxDays, " days"));
  }
  return q;
}

// Instants around local dates [first, last] wide enough for any zone.
std::pair<long long, long long> AroundDates(absl::CivilDay first,
                                            absl::CivilDay last) {
  return {ToMicros(absl::FromCivil(first - 1, absl::UTCTimeZone())),
          ToMicros(absl::FromCivil(last + 2, absl::UTCTimeZone()))};
}

}  // namespace

absl::Status AttendanceRecordDesk::GetAttendanceRecord(
    const Call& call, const v1::GetAttendanceRecordRequest& request,
    v1::AttendanceRecord* response) {
  auto ref = ParseAttendanceRecordName("name", request.name());
  if (!ref.ok()) return ref.status();
  if (absl::Status s = CheckMayReadAttendanceOf(call.who, ref->staff_id, false);
      !s.ok()) {
    return s;
  }
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto found = db::FindAttendanceAssignment(tx, ref->staff_id, ref->id);
    if (!found.ok()) return found.status();
    if (!*found) return RecordNotFound(request.name());
    auto assignment = db::GetDutyAssignment(tx, **found);
    if (!assignment.ok()) return assignment.status();
    if (!MayReadAttendance(call.who, ref->staff_id, assignment->site_id,
                           false)) {
      return AttendanceDenied();
    }
    if (!HasAttendanceRecord(*assignment))
      return RecordNotFound(request.name());
    RosterSites sites(tx);
    auto loaded =
        LoadAttendance(tx, sites, {*assignment}, services_.clock.Now());
    if (!loaded.ok()) return loaded.status();
    *response = RecordToProto(loaded->front());
    return absl::OkStatus();
  });
}

absl::Status AttendanceRecordDesk::ListAttendanceRecords(
    const Call& call, const v1::ListAttendanceRecordsRequest& request,
    v1::ListAttendanceRecordsResponse* response) {
  auto staff = ParseStaffParent("parent", request.parent());
  if (!staff.ok()) return staff.status();
  if (absl::Status s = CheckMayReadAttendanceOf(call.who, *staff, false);
      !s.ok()) {
    return s;
  }
  auto terms = ParseFilter(request.filter(), RecordFilterSchema());
  if (!terms.ok()) return terms.status();
  const absl::Time now = services_.clock.Now();
  auto query = QueryOf(*terms, now);
  if (!query.ok()) return query.status();
  auto page =
      ListPage::Start(services_.page_tokens, call.who.name(),
                      request.page_size(), request.page_token(),
                      absl::StrCat("attendance-records|", request.parent(), "|",
                                   CanonicalFilter(*terms)),
                      PageKey::kTimeAndId);
  if (!page.ok()) return page.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    response->Clear();
    std::vector<db::DutyAssignmentRow> rows;
    if (*staff != "-") {
      auto [from_us, to_us] = AroundDates(query->first, query->last);
      auto listed = db::ListStaffDutyAssignments(tx, *staff, from_us, to_us);
      if (!listed.ok()) return listed.status();
      rows = *std::move(listed);
    } else {
      std::vector<std::string> sites = SitesReadable(call.who, false);
      if (query->site_id) {
        if (!MayReadAttendance(call.who, "", *query->site_id, false)) {
          return AttendanceDenied();
        }
        sites = {*query->site_id};
      } else if (sites.empty()) {
        auto all = db::ListSites(tx, "", 10000);
        if (!all.ok()) return all.status();
        for (const v1::Site& s : *all) sites.push_back(SiteOfName(s.name()));
      }
      for (const std::string& site : sites) {
        if (site == "\x01none") continue;
        auto listed = db::ListSiteDutyAssignments(
            tx, site, query->first, query->last, std::nullopt, 1000000);
        if (!listed.ok()) return listed.status();
        rows.insert(rows.end(), listed->begin(), listed->end());
      }
    }
    std::vector<db::DutyAssignmentRow> kept;
    for (db::DutyAssignmentRow& r : rows) {
      if (r.date < query->first || r.date > query->last) continue;
      if (query->site_id && r.site_id != *query->site_id) continue;
      if (!MayReadAttendance(call.who, r.staff_id, r.site_id, false)) continue;
      if (page->after_pair() &&
          std::make_pair(r.start_us, r.id) >= *page->after_pair()) {
        continue;
      }
      kept.push_back(std::move(r));
    }
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
      return std::make_pair(a.start_us, a.id) >
             std::make_pair(b.start_us, b.id);
    });
    RosterSites sites(tx);
    auto loaded = LoadAttendance(tx, sites, kept, now);
    if (!loaded.ok()) return loaded.status();
    std::vector<AttendanceDuty> matched;
    for (AttendanceDuty& d : *loaded) {
      if (query->irregularity && !d.outcome.Has(*query->irregularity)) continue;
      if (query->final && d.outcome.final != *query->final) continue;
      matched.push_back(std::move(d));
      if (static_cast<int>(matched.size()) >= page->FetchLimit()) break;
    }
    response->set_next_page_token(
        page->NextToken(matched, [](const AttendanceDuty& d) {
          return std::make_pair(d.assignment.start_us, d.assignment.id);
        }));
    for (const AttendanceDuty& d : matched) {
      *response->add_attendance_records() = RecordToProto(d);
    }
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
