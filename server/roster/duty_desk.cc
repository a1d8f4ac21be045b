#include "server/roster/duty_desk.h"

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/grants.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "db/roster/duty_assignment_store.h"
#include "server/authorize.h"
#include "server/idempotent.h"
#include "server/roster/coverage.h"
#include "server/roster/date_bounds.h"
#include "server/roster/duty_rules.h"
#include "server/roster/duty_schedule.h"
#include "server/roster/leave_periods.h"
#include "server/roster/roster_names.h"
#include "server/roster/roster_policy.h"
#include "server/roster/roster_site.h"
#include "server/roster/shift_time.h"

namespace frontdesk {
namespace {

constexpr int kMaxListDays = 62;
// A day either side of a shift holds every duty that could be too close to
// it: a shift lasts at most 25 real hours and min_rest is at most 24 h.
constexpr absl::Duration kScheduleMargin = absl::Hours(50);

// The site's assignments on one shift (any status), in id order.
absl::StatusOr<std::vector<db::DutyAssignmentRow>> AssignmentsOn(
    db::Tx& tx, const db::ShiftRow& shift) {
  auto rows = db::ListSiteDutyAssignments(tx, shift.site_id, shift.date,
                                          shift.date, std::nullopt, 10000);
  if (!rows.ok()) return rows.status();
  std::vector<db::DutyAssignmentRow> out;
  for (auto& row : *rows) {
    if (row.definition_id == shift.definition.id()) {
      out.push_back(std::move(row));
    }
  }
  return out;
}

// The dates a list covers: `date >= ... AND date <= ...`, both required,
// at most kMaxListDays.
struct DateRange {
  absl::CivilDay first;
  absl::CivilDay last;
};

absl::StatusOr<DateRange> RangeOf(const std::vector<FilterTerm>& terms) {
  auto bounds = DateBoundsOf(terms);
  if (!bounds.ok()) return bounds.status();
  const std::optional<absl::CivilDay>& first = bounds->first;
  const std::optional<absl::CivilDay>& last = bounds->last;
  if (!first || !last) {
    return InvalidField("filter",
                        "must bound the dates: date >= \"YYYY-MM-DD\" AND "
                        "date <= \"YYYY-MM-DD\"");
  }
  if (*last < *first || *last - *first >= kMaxListDays) {
    return InvalidField("filter", absl::StrCat("the date range must be 1..",
                                               kMaxListDays, " days"));
  }
  return DateRange{*first, *last};
}

const FilterTerm* TermOf(const std::vector<FilterTerm>& terms,
                         absl::string_view field) {
  for (const FilterTerm& t : terms) {
    if (t.field == field) return &t;
  }
  return nullptr;
}

absl::Status CheckBool(absl::string_view value) {
  if (value == "true" || value == "false") return absl::OkStatus();
  return InvalidField("filter", "understaffed must be true or false");
}

absl::Status CheckStaffValue(absl::string_view value) {
  return ParseStaffName("filter", value).status();
}

const FilterSchema& ShiftFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"date", {FilterField::kDate}},
      {"understaffed", {FilterField::kString, nullptr, &CheckBool}},
      {"kind", {FilterField::kEnum, v1::ShiftDefinition::Kind_descriptor()}},
      {"staff", {FilterField::kString, nullptr, &CheckStaffValue}}};
  return *schema;
}

const FilterSchema& AssignmentFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"date", {FilterField::kDate}},
      {"staff", {FilterField::kString, nullptr, &CheckStaffValue}},
      {"status", {FilterField::kEnum, v1::DutyAssignment::Status_descriptor()}},
      {"origin",
       {FilterField::kEnum, v1::DutyAssignment::Origin_descriptor()}}};
  return *schema;
}

// The sites a "sites/-" (or one site's) list covers for the caller.
absl::StatusOr<std::vector<std::string>> ListedSites(db::Tx& tx,
                                                     const Call& call,
                                                     const std::string& site) {
  if (site != "-") return std::vector<std::string>{site};
  std::vector<std::string> sites = SitesOf(call, "-");
  if (!sites.empty()) {
    std::sort(sites.begin(), sites.end());
    return sites;
  }
  auto all = db::ListSites(tx, "", 100000);
  if (!all.ok()) return all.status();
  for (const v1::Site& s : *all) sites.push_back(LastSegment(s.name()));
  return sites;
}

bool Matches(const FilterTerm& term, long long value) {
  return term.op == FilterOp::kEq ? value == term.number : value != term.number;
}

// A shift's place in a list: start, then site, then definition.
std::string ShiftKey(const db::ShiftRow& row) {
  return absl::StrFormat("%020d|%s|%s", row.start_us + (1LL << 62), row.site_id,
                         row.definition.id());
}

}  // namespace

absl::Status DutyDesk::GetShift(const Call& /*call*/,
                                const v1::GetShiftRequest& request,
                                v1::Shift* response) {
  auto ref = ParseShiftName("name", request.name());
  if (!ref.ok()) return ref.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto site = LoadRosterSite(tx, ref->site_id);
    if (!site.ok()) return site.status();
    auto shift = ResolveShift(tx, *site, *ref);
    if (!shift.ok()) return shift.status();
    auto assignments = AssignmentsOn(tx, shift->row);
    if (!assignments.ok()) return assignments.status();
    *response = ShiftToProto(*shift, *assignments);
    return absl::OkStatus();
  });
}

absl::Status DutyDesk::ListShifts(const Call& call,
                                  const v1::ListShiftsRequest& request,
                                  v1::ListShiftsResponse* response) {
  auto parent = ParseSiteName("parent", request.parent(), true);
  if (!parent.ok()) return parent.status();
  auto terms = ParseFilter(request.filter(), ShiftFilterSchema());
  if (!terms.ok()) return terms.status();
  auto range = RangeOf(*terms);
  if (!range.ok()) return range.status();
  auto page = ListPage::Start(
      services_.page_tokens, call.who.name(), request.page_size(),
      request.page_token(),
      absl::StrCat("shifts\n", request.parent(), "\n", CanonicalFilter(*terms)),
      PageKey::kTextAndId);
  if (!page.ok()) return page.status();
  const FilterTerm* understaffed = TermOf(*terms, "understaffed");
  const FilterTerm* kind = TermOf(*terms, "kind");
  const FilterTerm* staff = TermOf(*terms, "staff");
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto sites = ListedSites(tx, call, *parent);
    if (!sites.ok()) return sites.status();
    std::vector<std::pair<std::string, v1::Shift>> rows;
    for (const std::string& site_id : *sites) {
      auto site = LoadRosterSite(tx, site_id);
      if (!site.ok()) return site.status();
      auto shifts = ShiftsOfDates(tx, *site, range->first, range->last);
      if (!shifts.ok()) return shifts.status();
      auto assigned = db::ListSiteDutyAssignments(
          tx, site_id, range->first, range->last, std::nullopt, 100000);
      if (!assigned.ok()) return assigned.status();
      for (const ResolvedShift& shift : *shifts) {
        const std::string key = ShiftKey(shift.row);
        if (page->after_text_and_id() &&
            key <= page->after_text_and_id()->first) {
          continue;
        }
        if (kind && !Matches(*kind, shift.row.definition.kind())) continue;
        std::vector<db::DutyAssignmentRow> on_shift;
        for (const auto& a : *assigned) {
          if (a.date == shift.row.date &&
              a.definition_id == shift.row.definition.id()) {
            on_shift.push_back(a);
          }
        }
        v1::Shift out = ShiftToProto(shift, on_shift);
        if (understaffed &&
            out.understaffed() != (understaffed->text == "true")) {
          continue;
        }
        if (staff &&
            std::none_of(out.assignments().begin(), out.assignments().end(),
                         [&](const v1::DutyAssignment& a) {
                           return a.staff() == staff->text;
                         })) {
          continue;
        }
        rows.emplace_back(key, std::move(out));
      }
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    if (static_cast<int>(rows.size()) > page->FetchLimit()) {
      rows.resize(page->FetchLimit());
    }
    response->set_next_page_token(page->NextToken(
        rows, [](const auto& row) { return std::make_pair(row.first, 0LL); }));
    for (auto& row : rows) *response->add_shifts() = std::move(row.second);
    return absl::OkStatus();
  });
}

absl::Status DutyDesk::CreateDutyAssignment(
    const Call& call, const v1::CreateDutyAssignmentRequest& request,
    v1::DutyAssignment* response) {
  auto ref = ParseShiftName("parent", request.parent());
  Violations v;
  v.Merge(ref.status());
  const v1::DutyAssignment& in = request.duty_assignment();
  auto staff_id = ParseStaffName("duty_assignment.staff", in.staff());
  v.Merge(staff_id.status());
  v.Merge(CheckDutyOrigin(in.origin()));
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "CreateDutyAssignment", request,
      request.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto site = LoadRosterSite(tx, ref->site_id);
        if (!site.ok()) return site.status();
        auto shift = ResolveShift(tx, *site, *ref);
        if (!shift.ok()) return shift.status();
        const absl::Time now = services_.clock.Now();
        const absl::Time start = FromMicros(shift->row.start_us);
        const absl::Time end = FromMicros(shift->row.end_us);
        if (absl::Status s = CheckMayAddDuty(in.origin(), start, end, now);
            !s.ok()) {
          return s;
        }
        auto member = db::GetStaffMember(tx, *staff_id);
        if (!member.ok()) return member.status();
        if (absl::Status s =
                CheckQualifiedForDesk(StaffGrants(*member), ref->site_id);
            !s.ok()) {
          return s;
        }
        auto around = db::ListStaffDutyAssignments(
            tx, *staff_id, ToMicros(start - kScheduleMargin),
            ToMicros(end + kScheduleMargin));
        if (!around.ok()) return around.status();
        // A place already held on this very shift is the store's
        // DUTY_ALREADY_ASSIGNED, not an overlap.
        std::vector<RosterDuty> schedule;
        for (const auto& row : *around) {
          if (row.site_id == ref->site_id && row.date == ref->date &&
              row.definition_id == ref->definition_id) {
            continue;
          }
          schedule.push_back(DutyOf(row));
        }
        db::DutyAssignmentRow row;
        row.site_id = ref->site_id;
        row.date = ref->date;
        row.definition_id = ref->definition_id;
        row.staff_id = *staff_id;
        row.status = v1::DutyAssignment::SCHEDULED;
        row.origin = in.origin();
        row.start_us = shift->row.start_us;
        row.end_us = shift->row.end_us;
        row.created_by = call.who.staff_id;
        RosterDuty duty = DutyOf(row);
        if (absl::Status s =
                CheckFitsSchedule(duty, schedule, MinRestOf(site->policy));
            !s.ok()) {
          return s;
        }
        auto leave = StaffLeave(tx, {*staff_id}, start, end);
        if (!leave.ok()) return leave.status();
        if (absl::Status s = CheckNotOnLeave(duty, *leave); !s.ok()) return s;
        const long long now_us = ToMicros(now);
        auto materialized = MaterializeShiftAt(tx, *site, *ref, now_us);
        if (!materialized.ok()) return materialized.status();
        auto inserted = db::InsertDutyAssignment(tx, row, now_us);
        if (!inserted.ok()) return inserted.status();
        out->CopyFrom(inserted->ToProto());
        return absl::OkStatus();
      });
}

absl::Status DutyDesk::DeleteDutyAssignment(
    const Call& call, const v1::DeleteDutyAssignmentRequest& request,
    v1::DutyAssignment* response) {
  auto name = ParseDutyAssignmentName("name", request.name());
  Violations v;
  v.Merge(name.status());
  auto expected = ParseEtag("etag", request.etag());
  v.Merge(expected.status());
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "DeleteDutyAssignment", request,
      request.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto site = LoadRosterSite(tx, name->shift.site_id);
        if (!site.ok()) return site.status();
        auto shift = ResolveShift(tx, *site, name->shift, true);
        if (!shift.ok()) return shift.status();
        auto current = db::GetDutyAssignment(tx, RefOf(*name), true);
        if (!current.ok()) return current.status();
        const long long version = *expected >= 0 ? *expected : current->version;
        const absl::Time now = services_.clock.Now();
        if (absl::Status s = CheckMayRemoveDuty(
                current->status, FromMicros(shift->row.start_us), now);
            !s.ok()) {
          return s;
        }
        auto on_shift = AssignmentsOn(tx, shift->row);
        if (!on_shift.ok()) return on_shift.status();
        std::vector<RosterDuty> before, after;
        for (const auto& a : *on_shift) {
          before.push_back(DutyOf(a));
          if (a.id != current->id) after.push_back(DutyOf(a));
        }
        const std::vector<ShiftOccurrence> occurrence = {
            OccurrenceOf(shift->row)};
        if (absl::Status s =
                CheckNoNewGap(FindCoverageGaps(occurrence, before, {}),
                              FindCoverageGaps(occurrence, after, {}));
            !s.ok()) {
          return s;
        }
        db::DutyAssignmentChange cancel;
        cancel.status = v1::DutyAssignment::CANCELLED;
        auto changed = db::ChangeDutyAssignment(tx, RefOf(*name), cancel,
                                                version, ToMicros(now));
        if (!changed.ok()) return changed.status();
        out->CopyFrom(changed->ToProto());
        return absl::OkStatus();
      });
}

absl::Status DutyDesk::ListDutyAssignments(
    const Call& call, const v1::ListDutyAssignmentsRequest& request,
    v1::ListDutyAssignmentsResponse* response) {
  // "sites/{site}/shifts/{shift}" or ".../shifts/-".
  const std::string& parent = request.parent();
  std::optional<ShiftRef> one_shift;
  std::string site_id;
  if (absl::EndsWith(parent, "/shifts/-")) {
    auto site = ParseSiteName(
        "parent",
        parent.substr(0, parent.size() - std::string("/shifts/-").size()),
        true);
    if (!site.ok()) return site.status();
    site_id = *site;
  } else {
    auto ref = ParseShiftName("parent", parent);
    if (!ref.ok()) return ref.status();
    one_shift = *ref;
    site_id = ref->site_id;
  }
  auto terms = ParseFilter(request.filter(), AssignmentFilterSchema());
  if (!terms.ok()) return terms.status();
  DateRange range;
  if (one_shift) {
    range = {one_shift->date, one_shift->date};
  } else {
    auto r = RangeOf(*terms);
    if (!r.ok()) return r.status();
    range = *r;
  }
  auto page = ListPage::Start(
      services_.page_tokens, call.who.name(), request.page_size(),
      request.page_token(),
      absl::StrCat("dutyAssignments\n", parent, "\n", CanonicalFilter(*terms)),
      PageKey::kTimeAndId);
  if (!page.ok()) return page.status();
  const FilterTerm* staff = TermOf(*terms, "staff");
  const FilterTerm* status = TermOf(*terms, "status");
  const FilterTerm* origin = TermOf(*terms, "origin");
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto sites = ListedSites(tx, call, site_id);
    if (!sites.ok()) return sites.status();
    std::vector<db::DutyAssignmentRow> rows;
    for (const std::string& site : *sites) {
      if (site_id != "-") {
        // One site: it must exist (NOT_FOUND otherwise).
        auto exists = db::GetSite(tx, site);
        if (!exists.ok()) return exists.status();
      }
      std::optional<db::DutyAssignmentCursor> after;
      if (page->after_pair()) {
        after = db::DutyAssignmentCursor{page->after_pair()->first,
                                         page->after_pair()->second};
      }
      auto listed = db::ListSiteDutyAssignments(tx, site, range.first,
                                                range.last, after, 100000);
      if (!listed.ok()) return listed.status();
      for (auto& row : *listed) {
        if (one_shift && row.definition_id != one_shift->definition_id) {
          continue;
        }
        if (staff && StaffName(row.staff_id) != staff->text) continue;
        if (status && !Matches(*status, row.status)) continue;
        if (origin && !Matches(*origin, row.origin)) continue;
        rows.push_back(std::move(row));
      }
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return std::tie(a.start_us, a.id) < std::tie(b.start_us, b.id);
    });
    if (static_cast<int>(rows.size()) > page->FetchLimit()) {
      rows.resize(page->FetchLimit());
    }
    response->set_next_page_token(page->NextToken(rows, [](const auto& row) {
      return std::make_pair(row.start_us, row.id);
    }));
    for (const auto& row : rows)
      *response->add_duty_assignments() = row.ToProto();
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
