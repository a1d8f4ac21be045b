#include "server/roster/handover_desk.h"

#include <google/protobuf/util/time_util.h>

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/roster/duty_assignment_store.h"
#include "db/roster/handover_store.h"
#include "server/authorize.h"
#include "server/idempotent.h"
#include "server/roster/handover_open_matters.h"
#include "server/roster/handover_rules.h"
#include "server/roster/roster_names.h"
#include "server/roster/roster_site.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

// The largest page of a site's assignments of one date we read; a shift
// holds at most 20 receptionists, a date a handful of shifts.
constexpr int kAssignmentsOfADate = 1000;

google::protobuf::Timestamp Ts(long long us) {
  return TimeUtil::MicrosecondsToTimestamp(us);
}

db::HandoverKey KeyOf(const ShiftRef& ref) {
  return {ref.site_id, ref.date, ref.definition_id};
}

// "sites/{site}/handovers/{yyyymmdd}-{definition}" as its outgoing shift.
absl::StatusOr<ShiftRef> ParseHandoverName(absl::string_view field,
                                           absl::string_view name) {
  std::vector<absl::string_view> parts = absl::StrSplit(name, '/');
  if (parts.size() != 4 || parts[0] != "sites" || parts[2] != "handovers" ||
      !CheckSiteId(field, parts[1]).ok()) {
    return InvalidField(
        field, "must be \"sites/{site}/handovers/{yyyymmdd}-{definition}\"");
  }
  return ParseShiftId(field, parts[1], parts[3]);
}

// The caller's assignment on `shift`, if any (not CANCELLED or SWAPPED_OUT).
absl::StatusOr<std::optional<db::DutyAssignmentRow>> AssignmentOf(
    db::Tx& tx, const ShiftRef& shift, const std::string& staff_id) {
  auto rows =
      db::ListSiteDutyAssignments(tx, shift.site_id, shift.date, shift.date,
                                  std::nullopt, kAssignmentsOfADate);
  if (!rows.ok()) return rows.status();
  for (const db::DutyAssignmentRow& row : *rows) {
    if (row.definition_id != shift.definition_id || row.staff_id != staff_id) {
      continue;
    }
    if (row.status == v1::DutyAssignment::CANCELLED ||
        row.status == v1::DutyAssignment::SWAPPED_OUT) {
      continue;
    }
    return row;
  }
  return std::nullopt;
}

// NOT_ON_DUTY unless the caller is ON_DUTY on `shift`.
absl::Status MustBeOnDuty(db::Tx& tx, const ShiftRef& shift,
                          const std::string& staff_id) {
  auto mine = AssignmentOf(tx, shift, staff_id);
  if (!mine.ok()) return mine.status();
  if (!*mine || (*mine)->status != v1::DutyAssignment::ON_DUTY) {
    return Error(
        absl::StatusCode::kFailedPrecondition, "NOT_ON_DUTY",
        absl::StrCat("only a receptionist on duty on ", shift.name(),
                     " writes its handover; ", StaffName(staff_id),
                     *mine ? " is not clocked in on it" : " has no duty on it"),
        {{"shift", shift.name()}});
  }
  return absl::OkStatus();
}

// The shift after `outgoing` in the site's plan: the first one starting at
// or after its end (the plan tiles the day, so the one starting at its end).
absl::StatusOr<ResolvedShift> NextShift(db::Tx& tx, const RosterSite& site,
                                        const db::ShiftRow& outgoing) {
  auto shifts = ShiftsOfDates(tx, site, outgoing.date, outgoing.date + 2);
  if (!shifts.ok()) return shifts.status();
  std::optional<ResolvedShift> after_start;
  for (const ResolvedShift& s : *shifts) {
    if (s.row.start_us >= outgoing.end_us) return s;
    if (s.row.start_us > outgoing.start_us && !after_start) after_start = s;
  }
  if (after_start) return *after_start;
  return Error(absl::StatusCode::kFailedPrecondition, "SHIFT_NOT_FOUND",
               "the site's plan has no shift after this one");
}

std::vector<v1::HandoverItem> ItemsOf(const v1::Handover& h) {
  return {h.items().begin(), h.items().end()};
}

void SetItems(v1::Handover* h, const std::vector<v1::HandoverItem>& items) {
  h->clear_items();
  for (const auto& item : items) *h->add_items() = item;
}

// The etag's version, or the current one when none was sent.
long long Expected(long long etag_version, long long current) {
  return etag_version < 0 ? current : etag_version;
}

absl::Status EtagMismatch() {
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               "the handover was changed by someone else; read it again");
}

}  // namespace

absl::Status HandoverDesk::CreateHandover(
    const Call& call, const v1::CreateHandoverRequest& request,
    v1::Handover* response) {
  auto site_id = ParseSiteName("parent", request.parent());
  if (!site_id.ok()) return site_id.status();
  const v1::Handover& in = request.handover();
  Violations v;
  v.Merge(CheckRequestId("request_id", request.request_id()));
  auto outgoing =
      ParseShiftName("handover.outgoing_shift", in.outgoing_shift());
  if (!outgoing.ok()) {
    v.Merge(outgoing.status());
  } else if (outgoing->site_id != *site_id) {
    v.Add("handover.outgoing_shift", "must be a shift of the parent site");
  }
  v.Merge(CheckDutyLog("handover.duty_log", in.duty_log(), false));
  auto written =
      EditWrittenItems({}, {in.items().begin(), in.items().end()}, *site_id);
  v.Merge(written.status());
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "CreateHandover", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        const long long now = ToMicros(services_.clock.Now());
        auto site = LoadRosterSite(tx, *site_id);
        if (!site.ok()) return site.status();
        auto shift = ResolveShift(tx, *site, *outgoing);
        if (!shift.ok() && ErrorReason(shift.status()) == "SHIFT_NOT_FOUND") {
          return InvalidField("handover.outgoing_shift",
                              "the site's plan has no such shift",
                              "SHIFT_NOT_FOUND");
        }
        if (!shift.ok()) return shift.status();
        if (absl::Status s = MustBeOnDuty(tx, *outgoing, call.who.staff_id);
            !s.ok()) {
          return s;
        }
        auto incoming = NextShift(tx, *site, shift->row);
        if (!incoming.ok()) return incoming.status();
        auto pulled = PullInOpenMatters(tx, services_.protector, *site_id,
                                        site->zone, now, incoming->row.end_us);
        if (!pulled.ok()) return pulled.status();
        // Written items after the pulled-in ones, numbered on.
        std::vector<v1::HandoverItem> items = *pulled;
        int next_id = static_cast<int>(items.size()) + 1;
        for (v1::HandoverItem item : *written) {
          item.set_id(next_id++);
          items.push_back(std::move(item));
        }
        db::HandoverRow row;
        row.key = KeyOf(*outgoing);
        row.outgoing_start_us = shift->row.start_us;
        row.incoming_date = incoming->row.date;
        row.incoming_definition_id = incoming->row.definition.id();
        row.handover.set_status(v1::Handover::DRAFT);
        row.handover.set_duty_log(in.duty_log());
        row.handover.set_written_by(call.who.name());
        SetItems(&row.handover, items);
        auto saved = db::InsertHandover(tx, row, now);
        if (!saved.ok()) return saved.status();
        out->CopyFrom(saved->handover);
        return absl::OkStatus();
      });
}

absl::Status HandoverDesk::GetHandover(const Call& /*call*/,
                                       const v1::GetHandoverRequest& request,
                                       v1::Handover* response) {
  auto ref = ParseHandoverName("name", request.name());
  if (!ref.ok()) return ref.status();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto row = db::GetHandover(tx, KeyOf(*ref));
    if (!row.ok()) return row.status();
    *response = row->handover;
    return absl::OkStatus();
  });
}

absl::Status HandoverDesk::ListHandovers(
    const Call& call, const v1::ListHandoversRequest& request,
    v1::ListHandoversResponse* response) {
  auto site = ParseSiteName("parent", request.parent(), true);
  if (!site.ok()) return site.status();
  auto terms = ParseFilter(request.filter(), db::HandoverFilterSchema());
  if (!terms.ok()) return terms.status();
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              request.page_size(), request.page_token(),
                              absl::StrCat("handovers\n", request.parent(),
                                           "\n", CanonicalFilter(*terms)),
                              PageKey::kTimeAndId);
  if (!page.ok()) return page.status();
  db::HandoverQuery query;
  query.site_ids = SitesOf(call, *site);
  query.terms = *terms;
  query.before = page->after_pair();
  query.limit = page->FetchLimit();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    response->Clear();
    auto rows = db::ListHandovers(tx, query);
    if (!rows.ok()) return rows.status();
    response->set_next_page_token(
        page->NextToken(*rows, [](const db::HandoverRow& last) {
          return std::make_pair(last.outgoing_start_us, last.id);
        }));
    for (db::HandoverRow& row : *rows) {
      *response->add_handovers() = std::move(row.handover);
    }
    return absl::OkStatus();
  });
}

absl::Status HandoverDesk::UpdateHandover(
    const Call& call, const v1::UpdateHandoverRequest& request,
    v1::Handover* response) {
  const v1::Handover& in = request.handover();
  auto ref = ParseHandoverName("handover.name", in.name());
  if (!ref.ok()) return ref.status();
  Violations v;
  v.Merge(CheckRequestId("request_id", request.request_id()));
  bool log = false, items = false;
  if (request.update_mask().paths().empty()) {
    v.Add("update_mask", "must name the fields to change");
  }
  for (const std::string& path : request.update_mask().paths()) {
    if (path == "duty_log") {
      log = true;
    } else if (path == "items") {
      items = true;
    } else {
      v.Add("update_mask", absl::StrCat("\"", path, "\" cannot be changed"));
    }
  }
  if (log) v.Merge(CheckDutyLog("handover.duty_log", in.duty_log(), false));
  auto etag = ParseEtag("handover.etag", in.etag());
  v.Merge(etag.status());
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "UpdateHandover", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto row = db::GetHandover(tx, KeyOf(*ref), true);
        if (!row.ok()) return row.status();
        if (*etag >= 0 && *etag != row->version) return EtagMismatch();
        if (absl::Status s = CheckHandoverStatus(row->handover.status(),
                                                 {v1::Handover::DRAFT}, "edit");
            !s.ok()) {
          return s;
        }
        if (absl::Status s = MustBeOnDuty(tx, *ref, call.who.staff_id);
            !s.ok()) {
          return s;
        }
        db::HandoverRow next = *row;
        if (log) next.handover.set_duty_log(in.duty_log());
        if (items) {
          auto edited = EditWrittenItems(ItemsOf(row->handover),
                                         {in.items().begin(), in.items().end()},
                                         ref->site_id);
          if (!edited.ok()) return edited.status();
          SetItems(&next.handover, *edited);
        }
        auto saved = db::SaveHandover(tx, next, row->version,
                                      ToMicros(services_.clock.Now()));
        if (!saved.ok()) return saved.status();
        out->CopyFrom(saved->handover);
        return absl::OkStatus();
      });
}

absl::Status HandoverDesk::SubmitHandover(
    const Call& call, const v1::SubmitHandoverRequest& request,
    v1::Handover* response) {
  auto ref = ParseHandoverName("name", request.name());
  if (!ref.ok()) return ref.status();
  Violations v;
  v.Merge(CheckRequestId("request_id", request.request_id()));
  auto etag = ParseEtag("etag", request.etag());
  v.Merge(etag.status());
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "SubmitHandover", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto row = db::GetHandover(tx, KeyOf(*ref), true);
        if (!row.ok()) return row.status();
        if (*etag >= 0 && *etag != row->version) return EtagMismatch();
        if (absl::Status s = CheckHandoverStatus(
                row->handover.status(), {v1::Handover::DRAFT}, "submit");
            !s.ok()) {
          return s;
        }
        if (absl::Status s = MustBeOnDuty(tx, *ref, call.who.staff_id);
            !s.ok()) {
          return s;
        }
        if (absl::Status s =
                CheckDutyLog("duty_log", row->handover.duty_log(), true);
            !s.ok()) {
          return Error(absl::StatusCode::kFailedPrecondition,
                       "DUTY_LOG_REQUIRED",
                       "write the duty log (UpdateHandover) before submitting");
        }
        const long long now = ToMicros(services_.clock.Now());
        db::HandoverRow next = *row;
        next.handover.set_status(v1::Handover::SUBMITTED);
        next.handover.set_submitted_by(call.who.name());
        *next.handover.mutable_submit_time() = Ts(now);
        auto saved = db::SaveHandover(tx, next, row->version, now);
        if (!saved.ok()) return saved.status();
        out->CopyFrom(saved->handover);
        return absl::OkStatus();
      });
}

absl::Status HandoverDesk::ConsentHandoverItem(
    const Call& call, const v1::ConsentHandoverItemRequest& request,
    v1::Handover* response) {
  auto ref = ParseHandoverName("name", request.name());
  if (!ref.ok()) return ref.status();
  Violations v;
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (request.item_id() <= 0) v.Add("item_id", "must be an item's id");
  v.Merge(CheckText("comment", request.comment(), 0, 500, true));
  auto etag = ParseEtag("etag", request.etag());
  v.Merge(etag.status());
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "ConsentHandoverItem", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto row = db::GetHandover(tx, KeyOf(*ref), true);
        if (!row.ok()) return row.status();
        if (*etag >= 0 && *etag != row->version) return EtagMismatch();
        auto index =
            CheckConsent(row->handover, request.item_id(), call.who.name());
        if (!index.ok()) return index.status();
        const long long now = ToMicros(services_.clock.Now());
        db::HandoverRow next = *row;
        v1::HandoverItem* item = next.handover.mutable_items(*index);
        item->set_consented_by(call.who.name());
        *item->mutable_consent_time() = Ts(now);
        item->set_consent_comment(request.comment());
        auto saved = db::SaveHandover(tx, next, row->version, now);
        if (!saved.ok()) return saved.status();
        out->CopyFrom(saved->handover);
        return absl::OkStatus();
      });
}

absl::Status HandoverDesk::AcceptHandover(
    const Call& call, const v1::AcceptHandoverRequest& request,
    v1::Handover* response) {
  auto ref = ParseHandoverName("name", request.name());
  if (!ref.ok()) return ref.status();
  Violations v;
  v.Merge(CheckRequestId("request_id", request.request_id()));
  v.Merge(
      CheckText("incoming_remarks", request.incoming_remarks(), 0, 2000, true));
  auto etag = ParseEtag("etag", request.etag());
  v.Merge(etag.status());
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "AcceptHandover", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto row = db::GetHandover(tx, KeyOf(*ref), true);
        if (!row.ok()) return row.status();
        if (*etag >= 0 && *etag != row->version) return EtagMismatch();
        if (absl::Status s = CheckHandoverStatus(
                row->handover.status(), {v1::Handover::SUBMITTED}, "accept");
            !s.ok()) {
          return s;
        }
        auto site = LoadRosterSite(tx, ref->site_id);
        if (!site.ok()) return site.status();
        ShiftRef incoming_ref{ref->site_id, row->incoming_date,
                              row->incoming_definition_id};
        auto mine = AssignmentOf(tx, incoming_ref, call.who.staff_id);
        if (!mine.ok()) return mine.status();
        if (!*mine || (*mine)->status != v1::DutyAssignment::ON_DUTY) {
          return Error(
              absl::StatusCode::kFailedPrecondition, "NOT_CLOCKED_IN",
              absl::StrCat(
                  "only a receptionist clocked in on the incoming "
                  "shift ",
                  incoming_ref.name(), " accepts the handover; ",
                  call.who.name(),
                  *mine ? " has not clocked in" : " has no duty on it"),
              {{"shift", incoming_ref.name()}});
        }
        AcceptInput input;
        input.items = ItemsOf(row->handover);
        input.acknowledged_item_ids = {request.acknowledged_item_ids().begin(),
                                       request.acknowledged_item_ids().end()};
        input.finished_together_item_ids = {
            request.finished_together_item_ids().begin(),
            request.finished_together_item_ids().end()};
        input.checklist = {site->policy.inventory_checklist().begin(),
                           site->policy.inventory_checklist().end()};
        input.counts = {request.inventory_counts().begin(),
                        request.inventory_counts().end()};
        auto outcome = CheckAcceptance(input);
        if (!outcome.ok()) return outcome.status();
        auto incoming = ResolveShift(tx, *site, incoming_ref);
        if (!incoming.ok()) return incoming.status();
        const long long lead_us = TimeUtil::DurationToMicroseconds(
            site->policy.handover_arrival_lead());
        const long long now = ToMicros(services_.clock.Now());
        db::HandoverRow next = *row;
        v1::Handover& h = next.handover;
        h.set_status(v1::Handover::ACCEPTED);
        h.set_accepted_by(call.who.name());
        *h.mutable_accept_time() = Ts(now);
        *h.mutable_incoming_clock_in_time() = Ts((*mine)->clock_in_us);
        h.set_incoming_arrived_early(ArrivedEarly(
            (*mine)->clock_in_us, incoming->row.start_us, lead_us));
        h.set_incoming_remarks(request.incoming_remarks());
        SetItems(&h, outcome->items);
        h.clear_inventory_counts();
        for (const auto& c : outcome->counts) *h.add_inventory_counts() = c;
        h.set_inventory_discrepancy(outcome->inventory_discrepancy);
        auto saved = db::SaveHandover(tx, next, row->version, now);
        if (!saved.ok()) return saved.status();
        // The relief took over: the outgoing staff on duty are relieved
        // (接班人员上岗, 方可下岗) [R-HANDOVER-ACCEPT].
        auto outgoing =
            db::ListSiteDutyAssignments(tx, ref->site_id, ref->date, ref->date,
                                        std::nullopt, kAssignmentsOfADate);
        if (!outgoing.ok()) return outgoing.status();
        for (const db::DutyAssignmentRow& a : *outgoing) {
          if (a.definition_id != ref->definition_id ||
              a.status != v1::DutyAssignment::ON_DUTY) {
            continue;
          }
          db::DutyAssignmentChange change;
          change.status = v1::DutyAssignment::RELIEVED;
          auto changed =
              db::ChangeDutyAssignment(tx, a.ref(), change, a.version, now);
          if (!changed.ok()) return changed.status();
        }
        out->CopyFrom(saved->handover);
        return absl::OkStatus();
      });
}

absl::Status HandoverDesk::ReleaseFromDuty(
    const Call& call, const v1::ReleaseFromDutyRequest& request,
    v1::DutyAssignment* response) {
  auto name = ParseDutyAssignmentName("name", request.name());
  if (!name.ok()) return name.status();
  Violations v;
  v.Merge(CheckRequestId("request_id", request.request_id()));
  v.Merge(CheckText("reason", request.reason(), 1, 500, true));
  auto etag = ParseEtag("etag", request.etag());
  v.Merge(etag.status());
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "ReleaseFromDuty", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto row = db::GetDutyAssignment(tx, RefOf(*name), true);
        if (!row.ok()) return row.status();
        if (row->staff_id == call.who.staff_id) {
          return Error(absl::StatusCode::kPermissionDenied, "SELF_APPROVAL",
                       "nobody releases themself from duty");
        }
        std::optional<v1::Handover::Status> handover_status;
        auto handover = db::GetHandover(tx, KeyOf(name->shift));
        if (handover.ok()) {
          handover_status = handover->handover.status();
        } else if (handover.status().code() != absl::StatusCode::kNotFound) {
          return handover.status();
        }
        if (absl::Status s = CheckRelease(row->status, handover_status);
            !s.ok()) {
          return s;
        }
        const long long now = ToMicros(services_.clock.Now());
        db::DutyAssignmentChange change;
        change.status = v1::DutyAssignment::RELIEVED;
        change.release =
            db::DutyRelease{call.who.staff_id, now, request.reason()};
        auto changed = db::ChangeDutyAssignment(
            tx, row->ref(), change, Expected(*etag, row->version), now);
        if (!changed.ok()) return changed.status();
        out->CopyFrom(changed->ToProto());
        return absl::OkStatus();
      });
}

absl::Status HandoverDesk::CountersignHandover(
    const Call& call, const v1::CountersignHandoverRequest& request,
    v1::Handover* response) {
  auto ref = ParseHandoverName("name", request.name());
  if (!ref.ok()) return ref.status();
  Violations v;
  v.Merge(CheckRequestId("request_id", request.request_id()));
  v.Merge(CheckText("comment", request.comment(), 0, 500, true));
  auto etag = ParseEtag("etag", request.etag());
  v.Merge(etag.status());
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "CountersignHandover", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto row = db::GetHandover(tx, KeyOf(*ref), true);
        if (!row.ok()) return row.status();
        if (*etag >= 0 && *etag != row->version) return EtagMismatch();
        if (absl::Status s = CheckCountersign(row->handover, call.who.name());
            !s.ok()) {
          return s;
        }
        const long long now = ToMicros(services_.clock.Now());
        db::HandoverRow next = *row;
        next.handover.set_countersigned_by(call.who.name());
        *next.handover.mutable_countersign_time() = Ts(now);
        next.handover.set_countersign_comment(request.comment());
        auto saved = db::SaveHandover(tx, next, row->version, now);
        if (!saved.ok()) return saved.status();
        out->CopyFrom(saved->handover);
        return absl::OkStatus();
      });
}

}  // namespace frontdesk
