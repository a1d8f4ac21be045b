#include "server/roster/leave_desk.h"

#include <google/protobuf/util/time_util.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/site_roles.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/staff_store.h"
#include "db/roster/duty_assignment_store.h"
#include "db/roster/leave_store.h"
#include "server/authorize.h"
#include "server/idempotent.h"
#include "server/roster/coverage.h"
#include "server/roster/leave_periods.h"
#include "server/roster/leave_rules.h"
#include "server/roster/roster_site.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;
using Leave = v1::LeaveApplication;

// A headcount no shift reaches: FindCoverageGaps then reports every shift
// with the number of people working it.
constexpr int kCountAll = 1 << 20;

struct LeaveRef {
  std::string staff_id;
  long long id = 0;
};

absl::StatusOr<LeaveRef> ParseLeaveName(absl::string_view field,
                                        absl::string_view name) {
  const std::vector<std::string> parts = absl::StrSplit(name, '/');
  LeaveRef ref;
  if (parts.size() != 4 || parts[0] != "staff" ||
      parts[2] != "leaveApplications" || !CheckStaffId(field, parts[1]).ok() ||
      !absl::SimpleAtoi(parts[3], &ref.id) || ref.id <= 0) {
    return InvalidField(field,
                        "must be \"staff/{staff}/leaveApplications/{id}\"");
  }
  ref.staff_id = parts[1];
  return ref;
}

absl::Time TimeOf(const google::protobuf::Timestamp& ts, bool set) {
  if (!set) return absl::InfinitePast();
  return FromMicros(TimeUtil::TimestampToMicroseconds(ts));
}

bool MaySee(const Principal& who, const db::LeaveRow& row) {
  return who.staff_id == row.staff_id || who.HasRole(v1::StaffMember::ADMIN) ||
         SupervisesSite(who, row.site_id);
}

absl::Status NotFound(const db::LeaveRow& row) {
  return Error(
      absl::StatusCode::kNotFound, "LEAVE_APPLICATION_NOT_FOUND",
      absl::StrCat("leave application \"", row.name(), "\" does not exist"));
}

absl::Status Denied(absl::string_view message) {
  return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
               message, {{"rule", "R-LEAVE-FLOW"}});
}

absl::CivilDay LocalDay(absl::Time t, absl::TimeZone tz) {
  return absl::ToCivilDay(t, tz);
}

// The applicant's duties at the leave's site that overlap it and are
// SCHEDULED, or ON_LEAVE through it.
absl::StatusOr<std::vector<db::DutyAssignmentRow>> Affected(
    db::Tx& tx, const db::LeaveRow& row) {
  auto rows =
      db::ListStaffDutyAssignments(tx, row.staff_id, row.start_us, row.end_us);
  if (!rows.ok()) return rows.status();
  std::vector<db::DutyAssignmentRow> out;
  for (auto& d : *rows) {
    if (d.site_id != row.site_id) continue;
    if (d.status == v1::DutyAssignment::SCHEDULED ||
        (d.status == v1::DutyAssignment::ON_LEAVE &&
         d.leave_application_id == row.id)) {
      out.push_back(std::move(d));
    }
  }
  return out;
}

// Coverage of the shifts the leave overlaps, as is and with the leave as if
// approved (coverage.h).
struct LeaveCoverage {
  std::vector<CoverageGap> before;
  std::vector<CoverageGap> after;
  std::vector<v1::CoverageGap> shown;
};

absl::StatusOr<LeaveCoverage> CoverageOf(db::Tx& tx, const RosterSite& site,
                                         const db::LeaveRow& row,
                                         absl::Time now) {
  const absl::Time start = FromMicros(row.start_us);
  const absl::Time end = FromMicros(row.end_us);
  // A shift starting the day before may reach into the leave.
  const absl::CivilDay first = LocalDay(start, site.zone) - 1;
  const absl::CivilDay last = LocalDay(end, site.zone);
  auto shifts = ShiftsOfDates(tx, site, first, last);
  if (!shifts.ok()) return shifts.status();
  std::vector<ShiftOccurrence> occurrences, counted;
  for (const ResolvedShift& s : *shifts) {
    ShiftOccurrence o = OccurrenceOf(s.row);
    // Shifts that ended are history: no relief can be assigned to them.
    if (o.end <= now || !Overlaps(o.start, o.end, start, end)) continue;
    occurrences.push_back(o);
    o.min_headcount = kCountAll;
    counted.push_back(o);
  }
  LeaveCoverage out;
  if (occurrences.empty()) return out;
  auto duties = SiteDuties(tx, site.id, first, last);
  if (!duties.ok()) return duties.status();
  std::set<std::string> people;
  for (const RosterDuty& d : *duties) {
    people.insert(d.staff.substr(std::string("staff/").size()));
  }
  auto leave = StaffLeave(tx, {people.begin(), people.end()},
                          occurrences.front().start, occurrences.back().end);
  if (!leave.ok()) return leave.status();
  std::vector<LeavePeriod> with_this = *leave;
  with_this.push_back({StaffName(row.staff_id), start, end});
  out.before = FindCoverageGaps(occurrences, *duties, *leave);
  out.after = FindCoverageGaps(occurrences, *duties, with_this);
  const std::vector<CoverageGap> now_working =
      FindCoverageGaps(counted, *duties, *leave);
  const std::vector<CoverageGap> then_working =
      FindCoverageGaps(counted, *duties, with_this);
  for (size_t i = 0; i < occurrences.size() && i < now_working.size() &&
                     i < then_working.size();
       ++i) {
    const ShiftOccurrence& o = occurrences[i];
    const int before = now_working[i].working;
    const int after = then_working[i].working;
    if (after >= before || after >= o.min_headcount) continue;
    v1::CoverageGap* gap = &out.shown.emplace_back();
    gap->set_shift(db::ShiftName(site.id, o.date, o.definition));
    *gap->mutable_start_time() =
        TimeUtil::MicrosecondsToTimestamp(ToMicros(o.start));
    gap->set_working(before);
    gap->set_working_after(after);
    gap->set_min_headcount(o.min_headcount);
  }
  return out;
}

// The application as the API shows it: affected duties, and while PENDING
// the coverage gaps approving it would open.
absl::StatusOr<Leave> Shown(db::Tx& tx, const RosterSite& site,
                            const db::LeaveRow& row, absl::Time now) {
  Leave out = row.ToProto();
  auto affected = Affected(tx, row);
  if (!affected.ok()) return affected.status();
  for (const auto& d : *affected) out.add_affected_assignments(d.name());
  if (row.status == Leave::PENDING) {
    auto coverage = CoverageOf(tx, site, row, now);
    if (!coverage.ok()) return coverage.status();
    for (auto& g : coverage->shown) *out.add_coverage_gaps() = std::move(g);
  }
  return out;
}

// Gives back (SCHEDULED) `row`'s ON_LEAVE duties (through it), those
// whose shift starts after `from_us` and which `wanted(duty)`.
absl::Status GiveBack(
    db::Tx& tx, const db::LeaveRow& row, long long from_us, long long now_us,
    const std::function<absl::StatusOr<bool>(const db::DutyAssignmentRow&)>&
        wanted) {
  auto affected = Affected(tx, row);
  if (!affected.ok()) return affected.status();
  for (const auto& d : *affected) {
    if (d.status != v1::DutyAssignment::ON_LEAVE || d.start_us <= from_us) {
      continue;
    }
    auto want = wanted(d);
    if (!want.ok()) return want.status();
    if (!*want) continue;
    db::DutyAssignmentChange change;
    change.status = v1::DutyAssignment::SCHEDULED;
    change.leave_application_id = 0;
    auto changed =
        db::ChangeDutyAssignment(tx, d.ref(), change, d.version, now_us);
    if (!changed.ok()) return changed.status();
  }
  return absl::OkStatus();
}

// Whether the shift of `duty` has fewer other people working it than its
// headcount (so its holder back from leave is needed on it).
absl::StatusOr<bool> ShiftNeedsThem(db::Tx& tx,
                                    const db::DutyAssignmentRow& duty,
                                    const RosterSite& site) {
  auto shift = ResolveShift(tx, site, {site.id, duty.date, duty.definition_id});
  if (!shift.ok()) return shift.status();
  auto rows = db::ListSiteDutyAssignments(tx, site.id, duty.date, duty.date,
                                          std::nullopt, 1000);
  if (!rows.ok()) return rows.status();
  std::set<std::string> working;
  for (const auto& r : *rows) {
    if (r.definition_id == duty.definition_id && r.staff_id != duty.staff_id &&
        IsWorking(r.status)) {
      working.insert(r.staff_id);
    }
  }
  return static_cast<int>(working.size()) <
         shift->row.definition.min_headcount();
}

// A verb on a stored application: parse, lock it, check who may see it and
// its etag, let `apply` judge and change `next`, write it at the version
// read and present the result.
using Apply =
    std::function<absl::Status(db::Tx&, const RosterSite&, const db::LeaveRow&,
                               absl::Time, db::LeaveRow*)>;

absl::Status Decide(ServiceContext& services, const Call& call,
                    absl::string_view method,
                    const google::protobuf::Message& request,
                    const std::string& name, const std::string& etag,
                    const std::string& request_id, Violations extra,
                    const Apply& apply, Leave* response) {
  auto ref = ParseLeaveName("name", name);
  extra.Merge(ref.status());
  extra.Merge(CheckRequestId("request_id", request_id));
  auto expected = ParseEtag("etag", etag);
  extra.Merge(expected.status());
  if (!extra.empty()) return extra.ToStatus();
  return RunIdempotent(
      services, call.who, method, request, request_id, response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        const absl::Time now = services.clock.Now();
        auto row = db::GetLeave(tx, ref->staff_id, ref->id, true);
        if (!row.ok()) return row.status();
        if (!MaySee(call.who, *row)) return NotFound(*row);
        if (*expected >= 0 && *expected != row->version) {
          return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                       "the leave application was changed by someone else; "
                       "read it again");
        }
        auto site = LoadRosterSite(tx, row->site_id);
        if (!site.ok()) return site.status();
        db::LeaveRow next = *row;
        if (absl::Status s = apply(tx, *site, *row, now, &next); !s.ok()) {
          return s;
        }
        auto changed =
            db::UpdateLeaveState(tx, next, row->version, ToMicros(now));
        if (!changed.ok()) return changed.status();
        auto shown = Shown(tx, *site, *changed, now);
        if (!shown.ok()) return shown.status();
        out->CopyFrom(*shown);
        return absl::OkStatus();
      });
}

Violations CommentViolations(const std::string& comment, bool required) {
  Violations v;
  if (required || !comment.empty()) {
    v.Merge(CheckText("comment", comment, 1, 500, true));
  }
  return v;
}

// The pending step's decision by the caller (leave_rules.h).
absl::Status DecideStep(const Call& call, const db::LeaveRow& row,
                        absl::Time now, v1::ApprovalStep::Decision decision,
                        const std::string& comment, db::LeaveRow* next) {
  if (absl::Status s = CheckLeaveVerb(
          decision == v1::ApprovalStep::APPROVED ? LeaveVerb::kApprove
                                                 : LeaveVerb::kReject,
          row.status, FromMicros(row.start_us), now);
      !s.ok()) {
    return s;
  }
  if (row.current_step < 0 ||
      row.current_step >= static_cast<int>(row.steps.size())) {
    return absl::InternalError("a pending leave without a pending step");
  }
  db::LeaveStepRow& step = next->steps[row.current_step];
  if (absl::Status s =
          CheckLeaveDecider(StaffName(row.staff_id), call.who.name(),
                            call.who.HasRoleAt(step.role, row.site_id));
      !s.ok()) {
    return s;
  }
  step.decision = decision;
  step.decided_by = call.who.staff_id;
  step.decide_us = ToMicros(now);
  step.comment = comment;
  return absl::OkStatus();
}

absl::Status CheckTrueFalse(absl::string_view value) {
  if (value == "true" || value == "false") return absl::OkStatus();
  return InvalidField("filter", "awaiting_return is true or false");
}

absl::Status CheckSiteFilter(absl::string_view value) {
  return ParseSiteName("filter", value).status();
}

absl::Status CheckStaffFilter(absl::string_view value) {
  return ParseStaffName("filter", value).status();
}

// The role grants of `staff_id`: the caller's own, or as stored.
absl::StatusOr<std::vector<Grant>> GrantsOf(db::Tx& tx, const Principal& who,
                                            const std::string& staff_id) {
  if (staff_id == who.staff_id) return who.grants;
  auto staff = db::GetStaffMember(tx, staff_id);
  if (!staff.ok()) {
    if (staff.status().code() == absl::StatusCode::kNotFound) {
      return InvalidField("filter", "awaiting names no staff member");
    }
    return staff.status();
  }
  std::vector<Grant> out;
  for (const v1::RoleGrant& g : staff->grants()) {
    std::string site;
    if (g.site() != "sites/-" && !g.site().empty()) {
      site = g.site().substr(std::string("sites/").size());
    }
    out.push_back({static_cast<int>(g.role()), site});
  }
  return out;
}

}  // namespace

absl::Status LeaveDesk::CreateLeaveApplication(
    const Call& call, const v1::CreateLeaveApplicationRequest& req,
    Leave* response) {
  const Leave& in = req.leave_application();
  auto parent = ParseStaffName("parent", req.parent());
  if (!parent.ok()) return parent.status();
  if (*parent != call.who.staff_id) {
    return Denied("leave is applied for by the person themself");
  }
  const absl::Time now = services_.clock.Now();
  Violations v;
  v.Merge(CheckRequestId("request_id", req.request_id()));
  auto site_id = ParseSiteName("leave_application.site", in.site());
  v.Merge(site_id.status());
  if (site_id.ok() && !call.who.WorksAt(*site_id)) {
    v.Add("leave_application.site", "must be one of the applicant's sites");
  }
  if (in.type() == Leave::TYPE_UNSPECIFIED || !Leave::Type_IsValid(in.type())) {
    v.Add("leave_application.type", "must be set");
  }
  v.Merge(CheckText("leave_application.reason", in.reason(), 1, 500, true));
  const absl::Time start = TimeOf(in.start_time(), in.has_start_time());
  const absl::Time end = TimeOf(in.end_time(), in.has_end_time());
  absl::Status times = CheckLeaveTimes(in.type(), start, end, now);
  if (times.code() == absl::StatusCode::kInvalidArgument) v.Merge(times);
  if (!v.empty()) return v.ToStatus();
  if (!times.ok()) return times;
  return RunIdempotent(
      services_, call.who, "CreateLeaveApplication", req, req.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto site = LoadRosterSite(tx, *site_id);
        if (!site.ok()) return site.status();
        db::StaffQuery query;
        query.site_id = *site_id;
        query.role = v1::StaffMember::SUPERVISOR;
        query.limit = 2;
        auto supervisors = db::ListStaffMembers(tx, query);
        if (!supervisors.ok()) return supervisors.status();
        bool another = false;
        for (const auto& s : *supervisors) {
          if (s.name() != call.who.name()) another = true;
        }
        db::LeaveRow row;
        row.staff_id = call.who.staff_id;
        row.site_id = *site_id;
        row.type = in.type();
        row.start_us = ToMicros(start);
        row.end_us = ToMicros(end);
        row.reason = in.reason();
        row.status = Leave::PENDING;
        row.current_step = 0;
        for (auto role : LeaveApprovalSteps(
                 LeaveCalendarDays(start, end, site->zone),
                 site->policy.supervisor_only_leave_days(), another)) {
          db::LeaveStepRow step;
          step.role = role;
          row.steps.push_back(step);
        }
        auto inserted = db::InsertLeave(tx, row, ToMicros(now));
        if (!inserted.ok()) return inserted.status();
        auto shown = Shown(tx, *site, *inserted, now);
        if (!shown.ok()) return shown.status();
        out->CopyFrom(*shown);
        return absl::OkStatus();
      });
}

absl::Status LeaveDesk::GetLeaveApplication(
    const Call& call, const v1::GetLeaveApplicationRequest& req,
    Leave* response) {
  auto ref = ParseLeaveName("name", req.name());
  if (!ref.ok()) return ref.status();
  const absl::Time now = services_.clock.Now();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto row = db::GetLeave(tx, ref->staff_id, ref->id);
    if (!row.ok()) return row.status();
    if (!MaySee(call.who, *row)) return NotFound(*row);
    auto site = LoadRosterSite(tx, row->site_id);
    if (!site.ok()) return site.status();
    auto shown = Shown(tx, *site, *row, now);
    if (!shown.ok()) return shown.status();
    *response = *std::move(shown);
    return absl::OkStatus();
  });
}

absl::Status LeaveDesk::ListLeaveApplications(
    const Call& call, const v1::ListLeaveApplicationsRequest& req,
    v1::ListLeaveApplicationsResponse* response) {
  std::string staff_id;
  if (req.parent() != "staff/-") {
    auto parent = ParseStaffName("parent", req.parent());
    if (!parent.ok()) return parent.status();
    staff_id = *parent;
  }
  FilterSchema schema;
  schema["site"] = {FilterField::kString, nullptr, &CheckSiteFilter};
  schema["status"] = {FilterField::kEnum, Leave::Status_descriptor()};
  schema["type"] = {FilterField::kEnum, Leave::Type_descriptor()};
  schema["awaiting_return"] = {FilterField::kString, nullptr, &CheckTrueFalse};
  schema["awaiting"] = {FilterField::kString, nullptr, &CheckStaffFilter};
  schema["start_time"] = {FilterField::kTimestamp};
  schema["end_time"] = {FilterField::kTimestamp};
  auto terms = ParseFilter(req.filter(), schema);
  if (!terms.ok()) return terms.status();
  const absl::Time now = services_.clock.Now();
  db::LeaveQuery query;
  query.staff_id = staff_id;
  std::string awaiting;
  for (const FilterTerm& t : *terms) {
    if (t.field == "start_time" || t.field == "end_time") {
      if (t.op == FilterOp::kNe || t.op == FilterOp::kEq) {
        return InvalidField("filter",
                            absl::StrCat(t.field, " takes >, >=, < or <="));
      }
      query.times.push_back({t.field == "end_time", t.op, ToMicros(t.time)});
      continue;
    }
    if (t.field == "awaiting") {
      if (t.op != FilterOp::kEq) {
        return InvalidField("filter", "awaiting takes only =");
      }
      awaiting = *ParseStaffName("filter", t.text);
      continue;
    }
    if (t.op != FilterOp::kEq) {
      return InvalidField("filter", absl::StrCat(t.field, " takes only ="));
    }
    if (t.field == "site") query.site_id = *ParseSiteName("filter", t.text);
    if (t.field == "status") query.statuses = {static_cast<int>(t.number)};
    if (t.field == "type") query.type = static_cast<int>(t.number);
    if (t.field == "awaiting_return" && t.text == "true") {
      query.statuses = {Leave::APPROVED};
      query.ended_by_us = ToMicros(now);
    }
  }
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              req.page_size(), req.page_token(),
                              absl::StrCat("leaveApplications|", req.parent(),
                                           "|", CanonicalFilter(*terms)),
                              PageKey::kNumber);
  if (!page.ok()) return page.status();
  // Supervisors and managers see their sites' leave; everyone their own.
  const std::vector<std::string> supervised = SitesWhereHeld(
      call.who, {v1::StaffMember::SUPERVISOR, v1::StaffMember::MANAGER});
  query.all_sites = supervised.empty();
  query.site_ids = supervised;
  query.visible_staff = call.who.staff_id;
  query.after_id = page->after_number();
  query.limit = page->FetchLimit();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    response->Clear();
    if (!awaiting.empty()) {
      auto grants = GrantsOf(tx, call.who, awaiting);
      if (!grants.ok()) return grants.status();
      query.awaiting_staff = awaiting;
      for (auto [role, everywhere, sites] :
           {std::make_tuple(int{v1::StaffMember::SUPERVISOR},
                            &query.supervisor_everywhere,
                            &query.supervisor_sites),
            std::make_tuple(int{v1::StaffMember::MANAGER},
                            &query.manager_everywhere, &query.manager_sites)}) {
        for (const Grant& g : *grants) {
          if (g.role != role) continue;
          if (g.AtEverySite())
            *everywhere = true;
          else
            sites->push_back(g.site_id);
        }
      }
    }
    auto rows = db::ListLeave(tx, query);
    if (!rows.ok()) return rows.status();
    response->set_next_page_token(page->NextToken(
        *rows, [](const db::LeaveRow& last) { return last.id; }));
    std::map<std::string, RosterSite> sites;
    for (const auto& row : *rows) {
      auto it = sites.find(row.site_id);
      if (it == sites.end()) {
        auto site = LoadRosterSite(tx, row.site_id);
        if (!site.ok()) return site.status();
        it = sites.emplace(row.site_id, *std::move(site)).first;
      }
      auto shown = Shown(tx, it->second, row, now);
      if (!shown.ok()) return shown.status();
      *response->add_leave_applications() = *std::move(shown);
    }
    return absl::OkStatus();
  });
}

absl::Status LeaveDesk::ApproveLeaveApplication(
    const Call& call, const v1::ApproveLeaveApplicationRequest& req,
    Leave* response) {
  return Decide(
      services_, call, "ApproveLeaveApplication", req, req.name(), req.etag(),
      req.request_id(), CommentViolations(req.comment(), false),
      [&](db::Tx& tx, const RosterSite& site, const db::LeaveRow& row,
          absl::Time now, db::LeaveRow* next) -> absl::Status {
        if (absl::Status s =
                DecideStep(call, row, now, v1::ApprovalStep::APPROVED,
                           req.comment(), next);
            !s.ok()) {
          return s;
        }
        if (row.current_step + 1 < static_cast<int>(row.steps.size())) {
          next->current_step = row.current_step + 1;
          return absl::OkStatus();
        }
        auto coverage = CoverageOf(tx, site, row, now);
        if (!coverage.ok()) return coverage.status();
        if (absl::Status s = CheckNoNewGap(coverage->before, coverage->after);
            !s.ok()) {
          return s;
        }
        auto affected = Affected(tx, row);
        if (!affected.ok()) return affected.status();
        for (const auto& d : *affected) {
          if (d.status != v1::DutyAssignment::SCHEDULED) continue;
          db::DutyAssignmentChange change;
          change.status = v1::DutyAssignment::ON_LEAVE;
          change.leave_application_id = row.id;
          auto changed = db::ChangeDutyAssignment(tx, d.ref(), change,
                                                  d.version, ToMicros(now));
          if (!changed.ok()) return changed.status();
        }
        next->status = Leave::APPROVED;
        next->current_step = -1;
        return absl::OkStatus();
      },
      response);
}

absl::Status LeaveDesk::RejectLeaveApplication(
    const Call& call, const v1::RejectLeaveApplicationRequest& req,
    Leave* response) {
  return Decide(
      services_, call, "RejectLeaveApplication", req, req.name(), req.etag(),
      req.request_id(), CommentViolations(req.comment(), true),
      [&](db::Tx&, const RosterSite&, const db::LeaveRow& row, absl::Time now,
          db::LeaveRow* next) -> absl::Status {
        if (absl::Status s =
                DecideStep(call, row, now, v1::ApprovalStep::REJECTED,
                           req.comment(), next);
            !s.ok()) {
          return s;
        }
        next->status = Leave::REJECTED;
        next->current_step = -1;
        return absl::OkStatus();
      },
      response);
}

absl::Status LeaveDesk::CancelLeaveApplication(
    const Call& call, const v1::CancelLeaveApplicationRequest& req,
    Leave* response) {
  return Decide(
      services_, call, "CancelLeaveApplication", req, req.name(), req.etag(),
      req.request_id(), {},
      [&](db::Tx& tx, const RosterSite&, const db::LeaveRow& row,
          absl::Time now, db::LeaveRow* next) -> absl::Status {
        if (call.who.staff_id != row.staff_id) {
          return Denied("only the applicant withdraws a leave application");
        }
        if (absl::Status s = CheckLeaveVerb(LeaveVerb::kCancel, row.status,
                                            FromMicros(row.start_us), now);
            !s.ok()) {
          return s;
        }
        if (row.status == Leave::APPROVED) {
          if (absl::Status s =
                  GiveBack(tx, row, 0, ToMicros(now),
                           [](const db::DutyAssignmentRow&) { return true; });
              !s.ok()) {
            return s;
          }
        }
        next->status = Leave::CANCELLED;
        next->current_step = -1;
        return absl::OkStatus();
      },
      response);
}

absl::Status LeaveDesk::ReturnFromLeave(const Call& call,
                                        const v1::ReturnFromLeaveRequest& req,
                                        Leave* response) {
  return Decide(
      services_, call, "ReturnFromLeave", req, req.name(), req.etag(),
      req.request_id(), {},
      [&](db::Tx& tx, const RosterSite& site, const db::LeaveRow& row,
          absl::Time now, db::LeaveRow* next) -> absl::Status {
        if (call.who.staff_id != row.staff_id &&
            !SupervisesSite(call.who, row.site_id)) {
          return Denied(
              "the applicant, or a supervisor or manager of the leave's "
              "site, records the report back");
        }
        if (absl::Status s = CheckLeaveVerb(LeaveVerb::kReturn, row.status,
                                            FromMicros(row.start_us), now);
            !s.ok()) {
          return s;
        }
        const long long now_us = ToMicros(now);
        if (now_us < row.end_us) {
          if (absl::Status s = GiveBack(tx, row, now_us, now_us,
                                        [&](const db::DutyAssignmentRow& d) {
                                          return ShiftNeedsThem(tx, d, site);
                                        });
              !s.ok()) {
            return s;
          }
        }
        next->status = Leave::RETURNED;
        next->current_step = -1;
        next->return_us = now_us;
        next->returned_by = call.who.staff_id;
        return absl::OkStatus();
      },
      response);
}

}  // namespace frontdesk
