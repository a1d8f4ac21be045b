// TicketService's resolution, callbacks and endings (resolution_desk.h):
// the rules of resolution_rules.h and lifecycle.h, each step run in the
// shared frame of ticket_step.h.
#include "server/ticket/resolution_desk.h"

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
#include "common/validation.h"
#include "db/directory/site_store.h"
#include "db/ticket/escalation_store.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/idempotent.h"
#include "server/ticket/deadlines.h"
#include "server/ticket/lifecycle.h"
#include "server/ticket/links.h"
#include "server/ticket/reporter_access.h"
#include "server/ticket/resolution_rules.h"
#include "server/ticket/sla.h"
#include "server/ticket/ticket_step.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

}  // namespace

absl::Status ResolutionDesk::ResolveTicket(const Call& call,
                                           const v1::ResolveTicketRequest& req,
                                           v1::Ticket* resp) {
  absl::Status valid = CheckText("summary", req.summary(), 1, 2000, true);
  if (!valid.ok()) return valid;
  return Mutate(services_, call.who, "ResolveTicket", req, req.request_id(),
                req.name(), resp,
                [&](db::Tx& tx, db::TicketRow& row, Step& step,
                    absl::Time now) -> absl::Status {
                  step.event = v1::TicketEvent::RESOLVED;
                  absl::Status moved = Advance(tx, row, TicketAction::kResolve);
                  if (!moved.ok()) return moved;
                  step.Change("resolution", row.resolution, req.summary());
                  row.resolution = req.summary();
                  MarkResolved(row, now);
                  if (req.resolve_children()) {
                    auto children =
                        ResolveChildren(tx, services_.protector, row,
                                        req.summary(), call.who.staff_id, now);
                    if (!children.ok()) return children.status();
                    if (*children > 0) {
                      step.note =
                          absl::StrCat("with ", *children, " linked ticket(s)");
                    }
                  }
                  return absl::OkStatus();
                });
}

absl::Status ResolutionDesk::RecordCallback(
    const Call& call, const v1::RecordCallbackRequest& req,
    v1::TicketCallback* resp) {
  auto callback_action = CallbackAction(req);
  if (!callback_action.ok()) return callback_action.status();
  const TicketAction action = *callback_action;
  v1::TicketCallback recorded;
  return Mutate(
      services_, call.who, "RecordCallback", req, req.request_id(), req.name(),
      resp,
      [&](db::Tx& tx, db::TicketRow& row, Step& step,
          absl::Time now) -> absl::Status {
        step.event = v1::TicketEvent::CALLBACK_RECORDED;
        absl::Status moved = Advance(tx, row, action);
        if (!moved.ok()) return moved;
        std::optional<long long> rework_id;
        if (action == TicketAction::kCallbackSatisfied) {
          row.close_us = ToMicros(now);
        } else if (action == TicketAction::kCallbackUnreachable) {
          ++row.callback_attempts;
        } else {
          // Unsatisfied: the case reopens and the last assignee is sent
          // back at once (rework).
          MarkUnresolved(row);
          auto last_order = db::LastWorkOrder(tx, row.id);
          if (!last_order.ok()) return last_order.status();
          if (const auto& last = *last_order) {
            db::NewWorkOrder order;
            order.route = last->route();
            order.assignee = last->assignee();
            order.rework = true;
            // Immediate rework: due within the first-response window
            // of the ticket's policy, so a late one shows as overdue.
            auto policy = PolicyFor(tx, row.site_id, row.kind, row.priority);
            if (!policy.ok()) return policy.status();
            order.promised_us = ToMicros(now + policy->sla.first_response);
            order.instructions = req.comment();
            order.dispatched_by = call.who.staff_id;
            auto inserted = db::InsertWorkOrder(tx, row, order, ToMicros(now));
            if (!inserted.ok()) return inserted.status();
            const std::string& name = inserted->name();
            long long id = 0;
            (void)absl::SimpleAtoi(name.substr(name.rfind('/') + 1), &id);
            rework_id = id;
          }
          // Reported to the supervisor (next morning's list: the
          // site's escalations) unless the ticket is there already.
          if (row.escalation_level < v1::ESCALATION_LEVEL_SUPERVISOR) {
            auto reported = db::InsertEscalation(
                tx, row, v1::ESCALATION_LEVEL_SUPERVISOR, false,
                absl::StrCat("callback unsatisfied: ", req.comment()),
                call.who.staff_id, ToMicros(now));
            if (!reported.ok()) return reported.status();
            step.Change(
                "escalation_level",
                v1::EscalationLevel_Name(v1::ESCALATION_LEVEL_UNSPECIFIED),
                v1::EscalationLevel_Name(v1::ESCALATION_LEVEL_SUPERVISOR));
          }
        }
        auto callback = db::InsertCallback(tx, row, req.result(), req.rating(),
                                           req.comment(), call.who.staff_id,
                                           rework_id, ToMicros(now));
        if (!callback.ok()) return callback.status();
        step.note = CallbackNote(req);
        recorded = *callback;
        return absl::OkStatus();
      },
      &recorded);
}

absl::Status ResolutionDesk::ReopenTicket(const Call& call,
                                          const v1::ReopenTicketRequest& req,
                                          v1::Ticket* resp) {
  absl::Status valid = CheckText("reason", req.reason(), 1, 500);
  if (!valid.ok()) return valid;
  return Mutate(services_, call.who, "ReopenTicket", req, req.request_id(),
                req.name(), resp,
                [&](db::Tx& tx, db::TicketRow& row, Step& step,
                    absl::Time) -> absl::Status {
                  step.event = v1::TicketEvent::REOPENED;
                  step.note = req.reason();
                  absl::Status moved = Advance(tx, row, TicketAction::kReopen);
                  if (!moved.ok()) return moved;
                  MarkUnresolved(row);
                  return absl::OkStatus();
                });
}

absl::Status ResolutionDesk::MarkTicketUnfounded(
    const Call& call, const v1::MarkTicketUnfoundedRequest& req,
    v1::Ticket* resp) {
  absl::Status valid = CheckText("finding", req.finding(), 1, 2000, true);
  if (!valid.ok()) return valid;
  return Mutate(services_, call.who, "MarkTicketUnfounded", req,
                req.request_id(), req.name(), resp,
                [&](db::Tx& tx, db::TicketRow& row, Step& step,
                    absl::Time now) -> absl::Status {
                  step.event = v1::TicketEvent::MARKED_UNFOUNDED;
                  absl::Status moved =
                      Advance(tx, row, TicketAction::kMarkUnfounded);
                  if (!moved.ok()) return moved;
                  absl::Status ended = EndWithoutWork(tx, row, now);
                  if (!ended.ok()) return ended;
                  step.Change("resolution", row.resolution, req.finding());
                  row.resolution = req.finding();
                  StampFirstResponse(now, &row.first_response_us);
                  return absl::OkStatus();
                });
}

absl::Status ResolutionDesk::MarkTicketDuplicate(
    const Call& call, const v1::MarkTicketDuplicateRequest& req,
    v1::Ticket* resp) {
  auto target_ref = ParseTicketName("duplicate_of", req.duplicate_of());
  if (!target_ref.ok()) return target_ref.status();
  return Mutate(
      services_, call.who, "MarkTicketDuplicate", req, req.request_id(),
      req.name(), resp,
      [&](db::Tx& tx, db::TicketRow& row, Step& step,
          absl::Time now) -> absl::Status {
        step.event = v1::TicketEvent::MARKED_DUPLICATE;
        auto target = db::GetTicket(tx, services_.protector, *target_ref);
        if (!target.ok()) return target.status();
        absl::Status target_ok =
            CheckDuplicateTarget(row.site_id, row.id, db::TicketSiteId(*target),
                                 db::TicketId(*target), target->status());
        if (!target_ok.ok()) return target_ok;
        absl::Status moved = Advance(tx, row, TicketAction::kMarkDuplicate);
        if (!moved.ok()) return moved;
        absl::Status ended = EndWithoutWork(tx, row, now);
        if (!ended.ok()) return ended;
        step.Change("duplicate_of", "", target->name());
        row.duplicate_of_id = db::TicketId(*target);
        return absl::OkStatus();
      });
}

absl::Status ResolutionDesk::CancelTicket(const Call& call,
                                          const v1::CancelTicketRequest& req,
                                          v1::Ticket* resp) {
  absl::Status valid = CheckText("reason", req.reason(), 1, 500);
  if (!valid.ok()) return valid;
  return Mutate(services_, call.who, "CancelTicket", req, req.request_id(),
                req.name(), resp,
                [&](db::Tx& tx, db::TicketRow& row, Step& step,
                    absl::Time now) -> absl::Status {
                  step.event = v1::TicketEvent::CANCELLED;
                  step.note = req.reason();
                  absl::Status moved = Advance(tx, row, TicketAction::kCancel);
                  if (!moved.ok()) return moved;
                  absl::Status ended = EndWithoutWork(tx, row, now);
                  if (!ended.ok()) return ended;
                  row.resolution = req.reason();
                  return absl::OkStatus();
                });
}

absl::Status ResolutionDesk::ListCallbacksDue(
    const Call& call, const v1::ListCallbacksDueRequest& req,
    v1::ListTicketsResponse* resp) {
  auto site_id = ParseSiteName("parent", req.parent());
  if (!site_id.ok()) return site_id.status();
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              req.page_size(), req.page_token(),
                              "callbacks|" + *site_id, PageKey::kTimeAndId);
  if (!page.ok()) return page.status();
  auto window = CallbacksDueWindow(req);
  if (!window.ok()) return window.status();
  absl::Time now = services_.clock.Now();
  ReporterAccess access(call.who, "ListCallbacksDue", now);
  return access.Read(services_.db, {*site_id}, [&](db::Tx& tx) {
    resp->Clear();  // a transaction may run again
    auto site = db::GetSite(tx, *site_id);
    if (!site.ok()) return site.status();
    auto listed = db::ListCallbacksDue(tx, services_.protector, *site_id,
                                       ToMicros(now + *window),
                                       DueKeyAfter(*page), page->FetchLimit());
    if (!listed.ok()) return listed.status();
    resp->set_next_page_token(
        page->NextToken(*listed, [](const v1::Ticket& last) {
          return std::make_pair(TimeUtil::TimestampToMicroseconds(
                                    last.deadlines().callback_due_time()),
                                db::TicketId(last));
        }));
    for (auto& t : *listed) {
      FillBreaches(t, now);
      *resp->add_tickets() = std::move(t);
    }
    return access.PresentResponse(tx, resp);
  });
}

}  // namespace frontdesk
