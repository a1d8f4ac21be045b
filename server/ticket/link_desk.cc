// TicketService's linked tickets (link_desk.h): LinkTicket with the rules of
// link_rules.h, and ResolveChildren (links.h), which resolving a parent runs.
#include "server/ticket/link_desk.h"

#include <google/protobuf/util/time_util.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/page_token.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/idempotent.h"
#include "server/ticket/deadlines.h"
#include "server/ticket/lifecycle.h"
#include "server/ticket/link_rules.h"
#include "server/ticket/links.h"
#include "server/ticket/reporter_access.h"
#include "server/ticket/ticket_step.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

}  // namespace

absl::StatusOr<int> ResolveChildren(db::Tx& tx, const DataProtector& protector,
                                    const db::TicketRow& parent,
                                    const std::string& summary,
                                    const std::string& actor, absl::Time now) {
  int resolved = 0;
  auto children = db::LockChildren(tx, parent.id);
  if (!children.ok()) return children.status();
  for (db::TicketRow child : *children) {
    auto status = static_cast<v1::Ticket::Status>(child.status);
    if (!IsOpen(status) || ClocksPaused(status)) continue;
    int before = child.status;
    child.status = v1::Ticket::RESOLVED;
    child.resolution = absl::StrCat(summary, " (", parent.number, ")");
    MarkResolved(child, now);
    auto superseded = db::SupersedeOpenWorkOrders(tx, child.id);
    if (!superseded.ok()) return superseded.status();
    absl::Status refreshed = RefreshDeadlines(tx, child, now);
    if (!refreshed.ok()) return refreshed;
    absl::Status saved = db::SaveTicketWorkflow(tx, child, ToMicros(now));
    if (!saved.ok()) return saved;
    auto event = db::AppendTicketEvent(
        tx, protector, child.id, child.site_id, v1::TicketEvent::RESOLVED,
        actor,
        {FieldChangeOf("status", StatusName(before), StatusName(child.status)),
         FieldChangeOf("resolution", "", child.resolution)},
        absl::StrCat("resolved with ", parent.number), ToMicros(now));
    if (!event.ok()) return event.status();
    ++resolved;
  }
  return resolved;
}

absl::Status LinkDesk::LinkTicket(const Call& call,
                                  const v1::LinkTicketRequest& req,
                                  v1::Ticket* resp) {
  Violations v;
  auto child_ref = ParseTicketName("name", req.name());
  v.Merge(child_ref.status());
  std::optional<TicketRef> parent_ref;
  if (!req.parent().empty()) {
    auto p = ParseTicketName("parent", req.parent());
    v.Merge(p.status());
    if (p.ok()) parent_ref = *p;
  }
  v.Merge(CheckRequestId("request_id", req.request_id()));
  if (!v.empty()) return v.ToStatus();
  ReporterAccess access(call.who, "LinkTicket", services_.clock.Now());
  return RunIdempotent(
      services_, call.who, "LinkTicket", req, req.request_id(), resp,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        absl::Time now = services_.clock.Now();
        auto child = db::LockTicketRow(tx, *child_ref);
        if (!child.ok()) return child.status();
        std::string old_parent =
            child->parent_id ? TicketName(child->site_id, *child->parent_id)
                             : "";
        std::optional<long long> parent_id;
        std::string new_parent;
        if (parent_ref) {
          auto parent = db::LockTicketRow(tx, *parent_ref);
          if (!parent.ok()) return parent.status();
          // The ancestors are read even for a parent of another site; the
          // site is still checked first (link_rules.h).
          auto ancestors = db::AncestorIds(tx, parent->id);
          if (!ancestors.ok()) return ancestors.status();
          absl::Status allowed = CheckLinkParent(
              child->site_id, child->id, parent->site_id, parent->id,
              *ancestors, static_cast<v1::Ticket::Status>(parent->status));
          if (!allowed.ok()) return allowed;
          parent_id = parent->id;
          new_parent = TicketName(parent->site_id, parent->id);
        }
        if (old_parent != new_parent) {
          absl::Status linked =
              db::SetTicketParent(tx, child->id, parent_id, ToMicros(now));
          if (!linked.ok()) return linked;
          auto event = db::AppendTicketEvent(
              tx, services_.protector, child->id, child->site_id,
              v1::TicketEvent::LINKED, call.who.staff_id,
              {FieldChangeOf("parent", old_parent, new_parent)}, "",
              ToMicros(now));
          if (!event.ok()) return event.status();
        }
        auto ticket = db::GetTicket(tx, services_.protector,
                                    TicketRef{child->site_id, child->id, ""});
        if (!ticket.ok()) return ticket.status();
        FillBreaches(*ticket, now);
        out->CopyFrom(*ticket);
        return absl::OkStatus();
      },
      [&](db::Tx& tx, google::protobuf::Message* shown) {
        return access.PresentResponse(tx, shown);
      });
}

}  // namespace frontdesk
