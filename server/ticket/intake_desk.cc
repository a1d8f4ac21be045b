// TicketService intake (intake_desk.h).
#include "server/ticket/intake_desk.h"

#include <google/protobuf/util/time_util.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "common/clock.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "common/ticket_number.h"
#include "common/validation.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/authorize.h"
#include "server/idempotent.h"
#include "server/ticket/deadlines.h"
#include "server/ticket/reporter_access.h"
#include "server/ticket/reporter_rules.h"
#include "server/ticket/ticket_rules.h"
#include "server/ticket/ticket_step.h"
#include "server/ticket/work_order_rules.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

// The site of the ticket `ref` names: its own, or its number's when named
// under "sites/-".
std::string SiteOfRef(const TicketRef& ref) {
  if (!ref.site_id.empty() && ref.site_id != "-") return ref.site_id;
  auto number = ParseTicketNumber("name", ref.number);
  return number.ok() ? number->site_id : "";
}

// The ticket `name` of `site_id` read in `tx` (`ticket`: found or not),
// checked for a caller who reaches that site only as a maintenance worker
// or a vendor's contact: it must be the ticket of one of their work orders,
// or of their vendor's [T-WORK-ORDER-ASSIGNEE] [T-VENDOR-CONTACT]. Refused
// alike when it does not exist, so that the refusal reveals nothing.
absl::Status CheckWorkerReach(db::Tx& tx, const Call& call,
                              absl::string_view site_id, absl::string_view name,
                              const absl::StatusOr<v1::Ticket>& ticket) {
  if (!ReachesOnlyAs(
          call, {v1::StaffMember::MAINTENANCE, v1::StaffMember::VENDOR_CONTACT},
          site_id)) {
    return absl::OkStatus();
  }
  bool assigned = false;
  if (ticket.ok()) {
    auto ids = db::TicketsWithOrderFor(tx, call.who.assignee_name(),
                                       {db::TicketId(*ticket)},
                                       /*open_only=*/false);
    if (!ids.ok()) return ids.status();
    assigned = !ids->empty();
  }
  return CheckWorkerReadsTicket(call.who, name, assigned);
}

}  // namespace

absl::Status IntakeDesk::CreateTicket(const Call& call,
                                      const v1::CreateTicketRequest& req,
                                      v1::Ticket* resp) {
  Violations v;
  auto site_id = ParseSiteName("parent", req.parent());
  v.Merge(site_id.status());
  v.Merge(ValidateTicketFields(req.ticket()));
  v.Merge(CheckRequestId("request_id", req.request_id()));
  if (!v.empty()) return v.ToStatus();
  ReporterAccess access(call.who, "CreateTicket", services_.clock.Now());
  return RunIdempotent(
      services_, call.who, "CreateTicket", req, req.request_id(), resp,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        absl::Time now = services_.clock.Now();
        auto deadlines = InitialDeadlinesFor(tx, *site_id, req.ticket(), now);
        if (!deadlines.ok()) return deadlines.status();
        auto ticket =
            db::CreateTicket(tx, services_.protector, *site_id, req.ticket(),
                             call.who.staff_id, ToMicros(now), *deadlines);
        if (!ticket.ok()) return ticket.status();
        FillBreaches(*ticket, now);
        out->CopyFrom(*ticket);
        return absl::OkStatus();
      },
      [&](db::Tx& tx, google::protobuf::Message* shown) {
        return access.PresentResponse(tx, shown);
      });
}

absl::Status IntakeDesk::GetTicket(const Call& call,
                                   const v1::GetTicketRequest& req,
                                   v1::Ticket* resp) {
  auto ref = ParseTicketName("name", req.name());
  if (!ref.ok()) return ref.status();
  const absl::Time now = services_.clock.Now();
  ReporterAccess access(call.who, "GetTicket", now);
  return access.Read(services_.db, {SiteOfRef(*ref)}, [&](db::Tx& tx) {
    auto ticket = db::GetTicket(tx, services_.protector, *ref);
    absl::Status reach =
        CheckWorkerReach(tx, call, SiteOfRef(*ref), req.name(), ticket);
    if (!reach.ok()) return reach;
    if (!ticket.ok()) return ticket.status();
    FillBreaches(*ticket, now);
    *resp = *std::move(ticket);
    return access.Present(tx, {resp});
  });
}

absl::Status IntakeDesk::ListTickets(const Call& call,
                                     const v1::ListTicketsRequest& req,
                                     v1::ListTicketsResponse* resp) {
  auto site_id = ParseSiteName("parent", req.parent(), true);
  if (!site_id.ok()) return site_id.status();
  auto terms = ParseFilter(req.filter(), db::TicketFilterSchema());
  if (!terms.ok()) return terms.status();
  // A search by the reporter's phone says whose ticket carries it.
  bool across_sites = false;
  for (const FilterTerm& term : *terms) {
    if (term.field != "reporter_phone") continue;
    auto across = CheckPhoneSearch(call.who, *site_id);
    if (!across.ok()) return across.status();
    across_sites = *across;
  }
  auto page = ListPage::Start(
      services_.page_tokens, call.who.name(), req.page_size(), req.page_token(),
      absl::StrCat("tickets|", *site_id, "|", CanonicalFilter(*terms)),
      PageKey::kTimeAndId);
  if (!page.ok()) return page.status();
  db::TicketQuery query;
  // Across sites a phone search is a supervisor's: it covers the sites they
  // supervise, not those where they only sit at the desk.
  query.site_ids = across_sites
                       ? SitesWhereHeld(call.who, {v1::StaffMember::SUPERVISOR,
                                                   v1::StaffMember::MANAGER})
                       : SitesOf(call, *site_id);
  query.terms = *std::move(terms);
  query.limit = page->FetchLimit();
  query.before = page->after_pair();
  const absl::Time now = services_.clock.Now();
  ReporterAccess access(call.who, "ListTickets", now);
  auto read = [&](db::Tx& tx) -> absl::Status {
    resp->Clear();  // a transaction may run again
    auto tickets = db::ListTickets(tx, services_.protector, query);
    if (!tickets.ok()) return tickets.status();
    resp->set_next_page_token(
        page->NextToken(*tickets, [](const v1::Ticket& last) {
          return std::make_pair(
              TimeUtil::TimestampToMicroseconds(last.create_time()),
              db::TicketId(last));
        }));
    for (auto& t : *tickets) {
      FillBreaches(t, now);
      *resp->add_tickets() = std::move(t);
    }
    std::vector<v1::Ticket*> shown;
    for (v1::Ticket& t : *resp->mutable_tickets()) shown.push_back(&t);
    return access.Present(tx, shown,
                          across_sites ? kPhoneSearchAcrossSites : "");
  };
  return access.Read(services_.db, query.site_ids, read, across_sites);
}

absl::Status IntakeDesk::UpdateTicket(const Call& call,
                                      const v1::UpdateTicketRequest& req,
                                      v1::Ticket* resp) {
  Violations v;
  auto ref = ParseTicketName("ticket.name", req.ticket().name());
  v.Merge(ref.status());
  v.Merge(CheckRequestId("request_id", req.request_id()));
  if (req.update_mask().paths().empty()) {
    v.Add("update_mask", "is required: name the fields to change");
  }
  if (!v.empty()) return v.ToStatus();
  ReporterAccess access(call.who, "UpdateTicket", services_.clock.Now());
  return RunIdempotent(
      services_, call.who, "UpdateTicket", req, req.request_id(), resp,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto current =
            db::GetTicket(tx, services_.protector, *ref, /*for_update=*/true);
        if (!current.ok()) return current.status();
        if (!req.ticket().etag().empty() &&
            req.ticket().etag() != current->etag()) {
          return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                       absl::StrCat("etag \"", req.ticket().etag(),
                                    "\" is stale; the ticket is now at \"",
                                    current->etag(), "\""));
        }
        auto update =
            ApplyTicketUpdate(*current, req.ticket(), req.update_mask());
        if (!update.ok()) return update.status();
        if (update->changes.empty()) {  // nothing to record
          out->CopyFrom(*current);
          return absl::OkStatus();
        }
        long long version = 0;
        (void)absl::SimpleAtoi(current->etag(), &version);
        absl::Time now = services_.clock.Now();
        auto saved =
            db::UpdateTicket(tx, services_.protector, update->ticket, version,
                             update->changes, call.who.staff_id, ToMicros(now));
        if (!saved.ok()) return saved.status();
        if (saved->kind() != current->kind() ||
            saved->priority() != current->priority()) {
          // Another kind or priority means another policy: the deadlines
          // follow (they are derived, so the etag does not change again).
          auto row = db::LockTicketRow(tx, *ref);
          if (!row.ok()) return row.status();
          absl::Status refreshed = RefreshDeadlines(tx, *row, now);
          if (!refreshed.ok()) return refreshed;
          absl::Status stored = db::SaveTicketDeadlines(tx, *row);
          if (!stored.ok()) return stored;
          auto reread = db::GetTicket(tx, services_.protector, *ref);
          if (!reread.ok()) return reread.status();
          *saved = *std::move(reread);
        }
        FillBreaches(*saved, now);
        out->CopyFrom(*saved);
        return absl::OkStatus();
      },
      [&](db::Tx& tx, google::protobuf::Message* shown) {
        return access.PresentResponse(tx, shown);
      });
}

absl::Status IntakeDesk::AddTicketNote(const Call& call,
                                       const v1::AddTicketNoteRequest& req,
                                       v1::TicketEvent* resp) {
  Violations v;
  auto ref = ParseTicketName("ticket", req.ticket());
  v.Merge(ref.status());
  v.Merge(CheckText("note", req.note(), 1, 4000, /*multiline=*/true));
  v.Merge(CheckRequestId("request_id", req.request_id()));
  if (!v.empty()) return v.ToStatus();
  ReporterAccess access(call.who, "AddTicketNote", services_.clock.Now());
  return RunIdempotent(
      services_, call.who, "AddTicketNote", req, req.request_id(), resp,
      [&](db::Tx& tx, google::protobuf::Message* out) {
        auto ticket =
            db::GetTicket(tx, services_.protector, *ref, /*for_update=*/true);
        if (!ticket.ok()) return ticket.status();
        auto event = db::AddTicketNote(tx, services_.protector, *ticket,
                                       req.note(), call.who.staff_id,
                                       ToMicros(services_.clock.Now()));
        if (!event.ok()) return event.status();
        out->CopyFrom(*event);
        return absl::OkStatus();
      },
      [&](db::Tx& tx, google::protobuf::Message* shown) {
        return access.PresentResponse(tx, shown);
      });
}

absl::Status IntakeDesk::ListTicketEvents(
    const Call& call, const v1::ListTicketEventsRequest& req,
    v1::ListTicketEventsResponse* resp) {
  auto ref = ParseTicketName("parent", req.parent());
  if (!ref.ok()) return ref.status();
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              req.page_size(), req.page_token(),
                              "events|" + req.parent(), PageKey::kNumber);
  if (!page.ok()) return page.status();
  ReporterAccess access(call.who, "ListTicketEvents", services_.clock.Now());
  return access.Read(services_.db, {SiteOfRef(*ref)}, [&](db::Tx& tx) {
    resp->Clear();  // a transaction may run again
    auto ticket = db::GetTicket(tx, services_.protector, *ref);
    absl::Status reach =
        CheckWorkerReach(tx, call, SiteOfRef(*ref), req.parent(), ticket);
    if (!reach.ok()) return reach;
    if (!ticket.ok()) return ticket.status();
    auto events =
        db::ListTicketEvents(tx, services_.protector, *ticket,
                             page->after_number(), page->FetchLimit());
    if (!events.ok()) return events.status();
    resp->set_next_page_token(page->NextToken(
        *events, [](const v1::TicketEvent& e) { return e.event_id(); }));
    for (auto& e : *events) *resp->add_events() = std::move(e);
    return access.PresentResponse(tx, resp);
  });
}

}  // namespace frontdesk
