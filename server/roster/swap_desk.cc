#include "server/roster/swap_desk.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/site_roles.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/staff_store.h"
#include "db/roster/duty_assignment_store.h"
#include "db/roster/shift_swap_store.h"
#include "server/authorize.h"
#include "server/idempotent.h"
#include "server/roster/leave_periods.h"
#include "server/roster/roster_site.h"
#include "server/roster/swap_rules.h"

namespace frontdesk {
namespace {

using Swap = v1::ShiftSwap;

// How far around the swap a party's schedule is read: enough for the
// neighbouring duties (SWAP_CONSECUTIVE) and the rest between duties.
constexpr absl::Duration kScheduleWindow = absl::Hours(14 * 24);

int MonthKey(absl::CivilMonth m) {
  return static_cast<int>(m.year() * 100 + m.month());
}

absl::CivilMonth MonthOfKey(int key) {
  return absl::CivilMonth(key / 100, key % 100);
}

// What the swap reads as at `now` (see swap_desk.h).
Swap::Status ReadStatus(const db::ShiftSwapRow& row, absl::Time now) {
  if ((row.status == Swap::PROPOSED || row.status == Swap::AGREED) &&
      ToMicros(now) >= row.first_start_us) {
    return Swap::EXPIRED;
  }
  return row.status;
}

Swap Shown(const db::ShiftSwapRow& row, absl::Time now) {
  Swap out = row.ToProto();
  out.set_status(ReadStatus(row, now));
  return out;
}

SwapRecord RecordOf(const db::ShiftSwapRow& row, absl::Time now) {
  SwapRecord r;
  r.name = row.name();
  r.requester = StaffName(row.requester_id);
  r.counterpart = StaffName(row.counterpart_id);
  r.assignments.push_back(row.requester_assignment);
  if (!row.counterpart_assignment.empty()) {
    r.assignments.push_back(row.counterpart_assignment);
  }
  r.month = MonthOfKey(row.month_key);
  r.status = ReadStatus(row, now);
  return r;
}

bool IsAdmin(const Principal& who) {
  return who.HasRole(v1::StaffMember::ADMIN);
}

bool IsParty(const Principal& who, const db::ShiftSwapRow& row) {
  return who.staff_id == row.requester_id || who.staff_id == row.counterpart_id;
}

bool MaySee(const Principal& who, const db::ShiftSwapRow& row) {
  return IsParty(who, row) || IsAdmin(who) || SupervisesSite(who, row.site_id);
}

absl::Status NotFound(const std::string& name) {
  return Error(absl::StatusCode::kNotFound, "SHIFT_SWAP_NOT_FOUND",
               absl::StrCat("shift swap \"", name, "\" does not exist"));
}

absl::Status Denied(absl::string_view message) {
  return Error(absl::StatusCode::kPermissionDenied, "PERMISSION_DENIED",
               message, {{"rule", "R-SWAP-APPROVED"}});
}

absl::Status SelfApproval() {
  return Error(absl::StatusCode::kPermissionDenied, "SELF_APPROVAL",
               "an approver may not decide a swap they are a party to",
               {{"rule", "R-SWAP-APPROVED"}});
}

absl::Status WrongState(Swap::Status status, absl::string_view verb) {
  return Error(
      absl::StatusCode::kFailedPrecondition, "SWAP_WRONG_STATE",
      absl::StrCat("a swap that is ", Swap::Status_Name(status), " cannot be ",
                   verb),
      {{"rule", "R-SWAP-APPROVED"}, {"status", Swap::Status_Name(status)}});
}

absl::Status Started(const db::ShiftSwapRow& row) {
  return Error(absl::StatusCode::kFailedPrecondition, "SWAP_SHIFT_STARTED",
               absl::StrCat("the earliest shift of ", row.name(),
                            " has started; the swap has expired"),
               {{"rule", "R-SWAP-NOTICE"}});
}

// Both parties must be receptionists of the site.
absl::Status CheckQualified(db::Tx& tx, const std::string& staff_id,
                            const std::string& site_id) {
  auto staff = db::GetStaffMember(tx, staff_id);
  if (!staff.ok()) return staff.status();
  for (const v1::RoleGrant& g : staff->grants()) {
    if (g.role() == v1::StaffMember::RECEPTIONIST &&
        (g.site() == SiteName(site_id) || g.site() == "sites/-" ||
         g.site().empty())) {
      return absl::OkStatus();
    }
  }
  return Error(absl::StatusCode::kFailedPrecondition, "STAFF_NOT_QUALIFIED",
               absl::StrCat(StaffName(staff_id), " is not a receptionist of ",
                            SiteName(site_id)),
               {{"rule", "R-SWAP-APPROVED"}, {"staff", StaffName(staff_id)}});
}

// What a swap moves, as stored or as requested.
struct SwapSpec {
  std::string name;  // "" when new
  std::string requester_id;
  std::string requester_assignment;
  std::string counterpart_id;
  std::string counterpart_assignment;  // "" for none
  absl::Time requested_at;
};

SwapSpec SpecOf(const db::ShiftSwapRow& row) {
  return {row.name(),
          row.requester_id,
          row.requester_assignment,
          row.counterpart_id,
          row.counterpart_assignment,
          FromMicros(row.create_us)};
}

struct SwapDuties {
  db::DutyAssignmentRow requester;
  std::optional<db::DutyAssignmentRow> counterpart;
};

// The duty `name` names, locked, which must be SCHEDULED at the site. On
// create a bad one is the request's fault (INVALID_ARGUMENT naming
// `field`); later, a duty that changed since makes the swap stale
// (SWAP_WRONG_STATE).
absl::StatusOr<db::DutyAssignmentRow> LoadDuty(db::Tx& tx,
                                               absl::string_view field,
                                               const std::string& name,
                                               const std::string& site_id,
                                               bool on_create) {
  auto parsed = ParseDutyAssignmentName(field, name);
  if (!parsed.ok()) return parsed.status();
  if (parsed->shift.site_id != site_id) {
    return InvalidField(field, "must be a duty at the swap's site");
  }
  auto row = db::GetDutyAssignment(tx, RefOf(*parsed), true);
  if (!row.ok()) {
    if (on_create && row.status().code() == absl::StatusCode::kNotFound) {
      return InvalidField(field, "no such duty assignment");
    }
    return row.status();
  }
  if (row->status != v1::DutyAssignment::SCHEDULED) {
    if (on_create) return InvalidField(field, "must be a SCHEDULED duty");
    return Error(absl::StatusCode::kFailedPrecondition, "SWAP_WRONG_STATE",
                 absl::StrCat(name, " is no longer SCHEDULED"),
                 {{"rule", "R-SWAP-APPROVED"}, {"assignment", name}});
  }
  return row;
}

// Loads the swap's duties and checks every rule (swap_desk.h).
absl::StatusOr<SwapDuties> Verify(db::Tx& tx, const RosterSite& site,
                                  const SwapSpec& spec, absl::Time now,
                                  bool on_create) {
  SwapDuties duties;
  auto mine = LoadDuty(tx, "shift_swap.requester_assignment",
                       spec.requester_assignment, site.id, on_create);
  if (!mine.ok()) return mine.status();
  duties.requester = *std::move(mine);
  if (!spec.counterpart_assignment.empty()) {
    auto theirs = LoadDuty(tx, "shift_swap.counterpart_assignment",
                           spec.counterpart_assignment, site.id, on_create);
    if (!theirs.ok()) return theirs.status();
    duties.counterpart = *std::move(theirs);
  }
  SwapProposal proposal;
  proposal.name = spec.name;
  proposal.requester = StaffName(spec.requester_id);
  proposal.counterpart = StaffName(spec.counterpart_id);
  proposal.requester_duty = DutyOf(duties.requester);
  if (duties.counterpart)
    proposal.counterpart_duty = DutyOf(*duties.counterpart);
  proposal.requested_at = spec.requested_at;
  if (absl::Status s = CheckSwapParties(proposal); !s.ok()) return s;
  for (const std::string* staff : {&spec.requester_id, &spec.counterpart_id}) {
    if (absl::Status s = CheckQualified(tx, *staff, site.id); !s.ok()) {
      return s;
    }
  }

  const RosterDuty& earliest = EarliestDuty(proposal);
  absl::Time latest_end = proposal.requester_duty.end;
  if (proposal.counterpart_duty) {
    latest_end = std::max(latest_end, proposal.counterpart_duty->end);
  }
  const absl::Time from = earliest.start - kScheduleWindow;
  const absl::Time to = latest_end + kScheduleWindow;
  SwapContext context;
  context.now = now;
  context.site_zone = site.zone;
  auto calendar =
      LoadWorkingCalendar(tx, site.id, earliest.date, earliest.date);
  if (!calendar.ok()) return calendar.status();
  context.calendar = *std::move(calendar);
  context.max_swaps_per_month = site.policy.max_swaps_per_month();
  context.min_rest = absl::Seconds(site.policy.min_rest().seconds());
  for (auto [staff, schedule] :
       {std::make_pair(&spec.requester_id, &context.requester_schedule),
        std::make_pair(&spec.counterpart_id, &context.counterpart_schedule)}) {
    auto rows =
        db::ListStaffDutyAssignments(tx, *staff, ToMicros(from), ToMicros(to));
    if (!rows.ok()) return rows.status();
    for (const auto& row : *rows) schedule->push_back(DutyOf(row));
  }
  const absl::CivilMonth month(earliest.date);
  auto swaps = db::ListPartySwaps(tx, {spec.requester_id, spec.counterpart_id},
                                  MonthKey(month - 1), MonthKey(month + 1));
  if (!swaps.ok()) return swaps.status();
  for (const auto& row : *swaps) context.swaps.push_back(RecordOf(row, now));
  auto leave =
      StaffLeave(tx, {spec.requester_id, spec.counterpart_id}, from, to);
  if (!leave.ok()) return leave.status();
  context.leave = *std::move(leave);
  if (absl::Status s = CheckShiftSwap(proposal, context); !s.ok()) return s;
  return duties;
}

// Gives `given` to `taker` through swap `swap_id`: SWAPPED_OUT, and a new
// SCHEDULED duty with origin SWAP.
absl::Status ChangeHands(db::Tx& tx, const db::DutyAssignmentRow& given,
                         const std::string& taker, long long swap_id,
                         const std::string& approver, long long now_us) {
  db::DutyAssignmentChange out;
  out.status = v1::DutyAssignment::SWAPPED_OUT;
  out.shift_swap_id = swap_id;
  auto changed =
      db::ChangeDutyAssignment(tx, given.ref(), out, given.version, now_us);
  if (!changed.ok()) return changed.status();
  db::DutyAssignmentRow taken;
  taken.site_id = given.site_id;
  taken.date = given.date;
  taken.definition_id = given.definition_id;
  taken.staff_id = taker;
  taken.status = v1::DutyAssignment::SCHEDULED;
  taken.origin = v1::DutyAssignment::SWAP;
  taken.shift_swap_id = swap_id;
  taken.created_by = approver;
  return db::InsertDutyAssignment(tx, taken, now_us).status();
}

using Apply = std::function<absl::Status(db::Tx&, const RosterSite&,
                                         const db::ShiftSwapRow&, absl::Time,
                                         db::ShiftSwapChange*)>;

// A verb on a stored swap: parse, lock the swap, check who may see it and
// its etag, let `apply` judge and fill the change, write it at the version
// read. `extra` holds the verb's own field violations.
absl::Status Decide(ServiceContext& services, const Call& call,
                    absl::string_view method,
                    const google::protobuf::Message& request,
                    const std::string& name, const std::string& etag,
                    const std::string& request_id, Violations extra,
                    const Apply& apply, Swap* response) {
  auto ref = ParseSiteChild("name", name, "shiftSwaps");
  extra.Merge(ref.status());
  extra.Merge(CheckRequestId("request_id", request_id));
  auto expected = ParseEtag("etag", etag);
  extra.Merge(expected.status());
  if (!extra.empty()) return extra.ToStatus();
  return RunIdempotent(
      services, call.who, method, request, request_id, response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        const absl::Time now = services.clock.Now();
        auto site = LoadRosterSite(tx, ref->site_id);
        if (!site.ok()) return site.status();
        auto row = db::GetShiftSwap(tx, ref->site_id, ref->id, true);
        if (!row.ok()) return row.status();
        if (!MaySee(call.who, *row)) return NotFound(row->name());
        if (*expected >= 0 && *expected != row->version) {
          return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                       "the shift swap was changed by someone else; read it "
                       "again");
        }
        db::ShiftSwapChange change;
        if (absl::Status s = apply(tx, *site, *row, now, &change); !s.ok()) {
          return s;
        }
        auto changed = db::ChangeShiftSwap(tx, ref->site_id, ref->id, change,
                                           row->version, ToMicros(now));
        if (!changed.ok()) return changed.status();
        out->CopyFrom(Shown(*changed, now));
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

absl::Status CheckMonthFilter(absl::string_view value) {
  absl::CivilMonth month;
  if (!absl::ParseCivilTime(value, &month)) {
    return InvalidField("filter", "month must be \"YYYY-MM\"");
  }
  return absl::OkStatus();
}

absl::Status CheckPartyFilter(absl::string_view value) {
  return ParseStaffName("filter", value).status();
}

}  // namespace

absl::Status SwapDesk::CreateShiftSwap(const Call& call,
                                       const v1::CreateShiftSwapRequest& req,
                                       Swap* response) {
  const Swap& in = req.shift_swap();
  Violations v;
  auto site_id = ParseSiteName("parent", req.parent());
  v.Merge(site_id.status());
  v.Merge(CheckRequestId("request_id", req.request_id()));
  v.Merge(ParseDutyAssignmentName("shift_swap.requester_assignment",
                                  in.requester_assignment())
              .status());
  auto counterpart = ParseStaffName("shift_swap.counterpart", in.counterpart());
  v.Merge(counterpart.status());
  if (counterpart.ok() && *counterpart == call.who.staff_id) {
    v.Add("shift_swap.counterpart",
          "cannot be the requester: a swap is with someone else");
  }
  if (!in.counterpart_assignment().empty()) {
    v.Merge(ParseDutyAssignmentName("shift_swap.counterpart_assignment",
                                    in.counterpart_assignment())
                .status());
  }
  v.Merge(CheckText("shift_swap.reason", in.reason(), 1, 500, true));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "CreateShiftSwap", req, req.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        const absl::Time now = services_.clock.Now();
        auto site = LoadRosterSite(tx, *site_id);
        if (!site.ok()) return site.status();
        auto other = db::GetStaffMember(tx, *counterpart);
        if (!other.ok()) {
          if (other.status().code() == absl::StatusCode::kNotFound) {
            return InvalidField("shift_swap.counterpart",
                                "no such staff member");
          }
          return other.status();
        }
        const SwapSpec spec{"",
                            call.who.staff_id,
                            in.requester_assignment(),
                            *counterpart,
                            in.counterpart_assignment(),
                            now};
        auto duties = Verify(tx, *site, spec, now, true);
        if (!duties.ok()) return duties.status();
        absl::Time first = FromMicros(duties->requester.start_us);
        absl::CivilDay first_day = duties->requester.date;
        if (duties->counterpart &&
            duties->counterpart->start_us < duties->requester.start_us) {
          first = FromMicros(duties->counterpart->start_us);
          first_day = duties->counterpart->date;
        }
        db::ShiftSwapRow row;
        row.site_id = *site_id;
        row.requester_id = call.who.staff_id;
        row.requester_assignment = in.requester_assignment();
        row.counterpart_id = *counterpart;
        row.counterpart_assignment = in.counterpart_assignment();
        row.reason = in.reason();
        row.status = Swap::PROPOSED;
        row.month_key = MonthKey(absl::CivilMonth(first_day));
        row.first_start_us = ToMicros(first);
        auto inserted = db::InsertShiftSwap(tx, row, ToMicros(now));
        if (!inserted.ok()) return inserted.status();
        out->CopyFrom(Shown(*inserted, now));
        return absl::OkStatus();
      });
}

absl::Status SwapDesk::GetShiftSwap(const Call& call,
                                    const v1::GetShiftSwapRequest& req,
                                    Swap* response) {
  auto ref = ParseSiteChild("name", req.name(), "shiftSwaps");
  if (!ref.ok()) return ref.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto row = db::GetShiftSwap(tx, ref->site_id, ref->id);
    if (!row.ok()) return row.status();
    if (!MaySee(call.who, *row)) return NotFound(row->name());
    *response = Shown(*row, services_.clock.Now());
    return absl::OkStatus();
  });
}

absl::Status SwapDesk::ListShiftSwaps(const Call& call,
                                      const v1::ListShiftSwapsRequest& req,
                                      v1::ListShiftSwapsResponse* response) {
  auto site_id = ParseSiteName("parent", req.parent(), true);
  if (!site_id.ok()) return site_id.status();
  FilterSchema schema;
  schema["status"] = {FilterField::kEnum, Swap::Status_descriptor()};
  schema["party"] = {FilterField::kString, nullptr, &CheckPartyFilter};
  schema["month"] = {FilterField::kString, nullptr, &CheckMonthFilter};
  auto terms = ParseFilter(req.filter(), schema);
  if (!terms.ok()) return terms.status();
  const absl::Time now = services_.clock.Now();
  db::ShiftSwapQuery query;
  query.now_us = ToMicros(now);
  for (const FilterTerm& t : *terms) {
    if (t.op != FilterOp::kEq) {
      return InvalidField("filter", absl::StrCat(t.field, " takes only ="));
    }
    if (t.field == "status") query.status = static_cast<int>(t.number);
    if (t.field == "party") query.party = *ParseStaffName("filter", t.text);
    if (t.field == "month") {
      absl::CivilMonth month;
      (void)absl::ParseCivilTime(t.text, &month);
      query.month_key = MonthKey(month);
    }
  }
  auto page = ListPage::Start(
      services_.page_tokens, call.who.name(), req.page_size(), req.page_token(),
      absl::StrCat("shiftSwaps|", *site_id, "|", CanonicalFilter(*terms)),
      PageKey::kNumber);
  if (!page.ok()) return page.status();
  // Supervisors and managers see their sites' swaps; everyone their own.
  const std::vector<std::string> supervised = SitesWhereHeld(
      call.who, {v1::StaffMember::SUPERVISOR, v1::StaffMember::MANAGER});
  query.all_sites = supervised.empty();
  query.site_ids = supervised;
  query.visible_party = call.who.staff_id;
  if (*site_id != "-") query.site_id = *site_id;
  query.after_id = page->after_number();
  query.limit = page->FetchLimit();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    response->Clear();
    auto rows = db::ListShiftSwaps(tx, query);
    if (!rows.ok()) return rows.status();
    response->set_next_page_token(page->NextToken(
        *rows, [](const db::ShiftSwapRow& last) { return last.id; }));
    for (const auto& row : *rows)
      *response->add_shift_swaps() = Shown(row, now);
    return absl::OkStatus();
  });
}

absl::Status SwapDesk::AgreeShiftSwap(const Call& call,
                                      const v1::AgreeShiftSwapRequest& req,
                                      Swap* response) {
  return Decide(
      services_, call, "AgreeShiftSwap", req, req.name(), req.etag(),
      req.request_id(), {},
      [&](db::Tx& tx, const RosterSite& site, const db::ShiftSwapRow& row,
          absl::Time now, db::ShiftSwapChange* change) -> absl::Status {
        if (call.who.staff_id != row.counterpart_id) {
          return Denied("only the counterpart agrees to a swap");
        }
        const Swap::Status status = ReadStatus(row, now);
        if (status == Swap::EXPIRED && row.status != Swap::EXPIRED) {
          return Started(row);
        }
        if (status != Swap::PROPOSED) return WrongState(status, "agreed");
        auto duties = Verify(tx, site, SpecOf(row), now, false);
        if (!duties.ok()) return duties.status();
        change->status = Swap::AGREED;
        change->agree_us = ToMicros(now);
        return absl::OkStatus();
      },
      response);
}

absl::Status SwapDesk::DeclineShiftSwap(const Call& call,
                                        const v1::DeclineShiftSwapRequest& req,
                                        Swap* response) {
  return Decide(
      services_, call, "DeclineShiftSwap", req, req.name(), req.etag(),
      req.request_id(), CommentViolations(req.comment(), false),
      [&](db::Tx&, const RosterSite&, const db::ShiftSwapRow& row,
          absl::Time now, db::ShiftSwapChange* change) -> absl::Status {
        if (call.who.staff_id != row.counterpart_id) {
          return Denied("only the counterpart declines a swap");
        }
        const Swap::Status status = ReadStatus(row, now);
        if (status != Swap::PROPOSED) return WrongState(status, "declined");
        change->status = Swap::DECLINED;
        change->decide_us = ToMicros(now);
        change->decision_comment = req.comment();
        return absl::OkStatus();
      },
      response);
}

absl::Status SwapDesk::ApproveShiftSwap(const Call& call,
                                        const v1::ApproveShiftSwapRequest& req,
                                        Swap* response) {
  return Decide(
      services_, call, "ApproveShiftSwap", req, req.name(), req.etag(),
      req.request_id(), CommentViolations(req.comment(), false),
      [&](db::Tx& tx, const RosterSite& site, const db::ShiftSwapRow& row,
          absl::Time now, db::ShiftSwapChange* change) -> absl::Status {
        if (IsParty(call.who, row)) return SelfApproval();
        const Swap::Status status = ReadStatus(row, now);
        if (status == Swap::EXPIRED && row.status != Swap::EXPIRED) {
          return Started(row);
        }
        if (status != Swap::AGREED) return WrongState(status, "approved");
        auto duties = Verify(tx, site, SpecOf(row), now, false);
        if (!duties.ok()) return duties.status();
        const long long now_us = ToMicros(now);
        if (absl::Status s =
                ChangeHands(tx, duties->requester, row.counterpart_id, row.id,
                            call.who.staff_id, now_us);
            !s.ok()) {
          return s;
        }
        if (duties->counterpart) {
          if (absl::Status s =
                  ChangeHands(tx, *duties->counterpart, row.requester_id,
                              row.id, call.who.staff_id, now_us);
              !s.ok()) {
            return s;
          }
        }
        change->status = Swap::APPROVED;
        change->decided_by = call.who.staff_id;
        change->decide_us = now_us;
        change->decision_comment = req.comment();
        return absl::OkStatus();
      },
      response);
}

absl::Status SwapDesk::RejectShiftSwap(const Call& call,
                                       const v1::RejectShiftSwapRequest& req,
                                       Swap* response) {
  return Decide(
      services_, call, "RejectShiftSwap", req, req.name(), req.etag(),
      req.request_id(), CommentViolations(req.comment(), true),
      [&](db::Tx&, const RosterSite&, const db::ShiftSwapRow& row,
          absl::Time now, db::ShiftSwapChange* change) -> absl::Status {
        if (IsParty(call.who, row)) return SelfApproval();
        const Swap::Status status = ReadStatus(row, now);
        if (status != Swap::PROPOSED && status != Swap::AGREED) {
          return WrongState(status, "rejected");
        }
        change->status = Swap::REJECTED;
        change->decided_by = call.who.staff_id;
        change->decide_us = ToMicros(now);
        change->decision_comment = req.comment();
        return absl::OkStatus();
      },
      response);
}

absl::Status SwapDesk::CancelShiftSwap(const Call& call,
                                       const v1::CancelShiftSwapRequest& req,
                                       Swap* response) {
  return Decide(
      services_, call, "CancelShiftSwap", req, req.name(), req.etag(),
      req.request_id(), {},
      [&](db::Tx&, const RosterSite&, const db::ShiftSwapRow& row,
          absl::Time now, db::ShiftSwapChange* change) -> absl::Status {
        if (call.who.staff_id != row.requester_id) {
          return Denied("only the requester cancels a swap");
        }
        const Swap::Status status = ReadStatus(row, now);
        if (status != Swap::PROPOSED && status != Swap::AGREED) {
          return WrongState(status, "cancelled");
        }
        change->status = Swap::CANCELLED;
        return absl::OkStatus();
      },
      response);
}

}  // namespace frontdesk
