// TicketService's escalation on demand and the supervisor's lists
// (escalation_desk.h); the rules are escalation.h's.
#include "server/ticket/escalation_desk.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "common/clock.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/site_store.h"
#include "db/ticket/escalation_store.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/authorize.h"
#include "server/idempotent.h"
#include "server/ticket/deadlines.h"
#include "server/ticket/escalation.h"
#include "server/ticket/lifecycle.h"
#include "server/ticket/reporter_access.h"
#include "server/ticket/ticket_step.h"

namespace frontdesk {

absl::Status EscalationDesk::EscalateTicket(
    const Call& call, const v1::EscalateTicketRequest& req,
    v1::Escalation* resp) {
  Violations v;
  auto ref = ParseTicketName("name", req.name());
  v.Merge(ref.status());
  if (!v1::EscalationLevel_IsValid(req.level())) {
    v.Add("level", "is not a known escalation level");
  }
  v.Merge(CheckText("reason", req.reason(), 1, 500));
  v.Merge(CheckRequestId("request_id", req.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "EscalateTicket", req, req.request_id(), resp,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        absl::Time now = services_.clock.Now();
        auto row = db::LockTicketRow(tx, *ref);
        if (!row.ok()) return row.status();
        auto next =
            EscalationOnDemand(static_cast<v1::Ticket::Status>(row->status),
                               row->escalation_level, req.level());
        if (!next.ok()) return next.status();
        const int level = *next;
        auto step = db::InsertEscalation(
            tx, *row, static_cast<v1::EscalationLevel>(level), false,
            req.reason(), call.who.staff_id, ToMicros(now));
        if (!step.ok()) return step.status();
        v1::FieldChange change = FieldChangeOf(
            "escalation_level",
            v1::EscalationLevel_Name(
                static_cast<v1::EscalationLevel>(row->escalation_level)),
            v1::EscalationLevel_Name(static_cast<v1::EscalationLevel>(level)));
        auto event = db::AppendTicketEvent(
            tx, services_.protector, row->id, row->site_id,
            v1::TicketEvent::ESCALATED, call.who.staff_id, {change},
            req.reason(), ToMicros(now));
        if (!event.ok()) return event.status();
        out->CopyFrom(*step);
        return absl::OkStatus();
      });
}

absl::Status EscalationDesk::ListEscalations(
    const Call& call, const v1::ListEscalationsRequest& req,
    v1::ListEscalationsResponse* resp) {
  auto site_id = ParseSiteName("parent", req.parent(), true);
  if (!site_id.ok()) return site_id.status();
  auto terms = ParseFilter(req.filter(), db::EscalationFilterSchema());
  if (!terms.ok()) return terms.status();
  auto page = ListPage::Start(
      services_.page_tokens, call.who.name(), req.page_size(), req.page_token(),
      absl::StrCat("escalations|", *site_id, "|", CanonicalFilter(*terms)),
      PageKey::kTimeAndId);
  if (!page.ok()) return page.status();
  db::EscalationQuery query;
  query.site_ids = SitesOf(call, *site_id);
  query.terms = *std::move(terms);
  query.limit = page->FetchLimit();
  query.before = page->after_pair();
  return services_.db.Read([&](db::Tx& tx) {
    auto listed = db::ListEscalations(tx, query);
    if (!listed.ok()) return listed.status();
    // The name's last segment is the escalation's own number.
    resp->set_next_page_token(page->NextToken(*listed, kCreateTimeAndIdOfName));
    for (auto& e : *listed) *resp->add_escalations() = std::move(e);
    return absl::OkStatus();
  });
}

absl::Status EscalationDesk::ListOverdueTickets(
    const Call& call, const v1::ListOverdueTicketsRequest& req,
    v1::ListTicketsResponse* resp) {
  auto site_id = ParseSiteName("parent", req.parent(), true);
  if (!site_id.ok()) return site_id.status();
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              req.page_size(), req.page_token(),
                              "overdue|" + *site_id, PageKey::kTimeAndId);
  if (!page.ok()) return page.status();
  absl::Time now = services_.clock.Now();
  const std::vector<std::string> site_ids = SitesOf(call, *site_id);
  ReporterAccess access(call.who, "ListOverdueTickets", now);
  return access.Read(services_.db, site_ids, [&](db::Tx& tx) {
    resp->Clear();  // a transaction may run again
    if (*site_id != "-") {
      auto site = db::GetSite(tx, *site_id);
      if (!site.ok()) return site.status();
    }
    auto listed = db::ListOverdue(tx, site_ids, ToMicros(now),
                                  DueKeyAfter(*page), page->FetchLimit());
    if (!listed.ok()) return listed.status();
    resp->set_next_page_token(
        page->NextToken(*listed, [](const db::TicketRow& last) {
          return std::make_pair(last.effective_due_us.value_or(0), last.id);
        }));
    for (const auto& row : *listed) {
      auto t = row.ToProto(services_.protector);
      if (!t.ok()) return t.status();
      FillBreaches(*t, now);
      *resp->add_tickets() = *std::move(t);
    }
    return access.PresentResponse(tx, resp);
  });
}

}  // namespace frontdesk
