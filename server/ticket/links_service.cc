// TicketService: linked tickets (LinkTicket, resolving children with their
// parent) and the live feed of a site's ticket events (WatchTickets).
#include <chrono>
#include <thread>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/site_store.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/ticket/deadlines.h"
#include "server/ticket/lifecycle.h"
#include "server/ticket/links.h"
#include "server/ticket/ticket_service.h"

namespace frontdesk {
namespace {

v1::FieldChange Change(std::string field, std::string old_value,
                       std::string new_value) {
  v1::FieldChange c;
  c.set_field(std::move(field));
  c.set_old_value(std::move(old_value));
  c.set_new_value(std::move(new_value));
  return c;
}

std::string StatusName(int status) {
  return v1::Ticket::Status_Name(static_cast<v1::Ticket::Status>(status));
}

// An id allocated but not yet committed (another transaction still running)
// shows as a gap; the watcher waits this long for it before moving on, so
// that an event committed late is not skipped, and a rolled-back one does
// not stall the feed.
constexpr absl::Duration kGapWait = absl::Seconds(2);
constexpr absl::Duration kPollInterval = absl::Milliseconds(250);

}  // namespace

absl::StatusOr<int> ResolveChildren(db::Tx& tx, const db::TicketRow& parent,
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
    child.resolve_us = ToMicros(now);
    StopOwedClocks(child, now);
    child.close_us.reset();
    child.callback_attempts = 0;
    if (!child.first_response_us) child.first_response_us = ToMicros(now);
    auto superseded = db::SupersedeOpenWorkOrders(tx, child.id);
    if (!superseded.ok()) return superseded.status();
    absl::Status refreshed = RefreshDeadlines(tx, child, now);
    if (!refreshed.ok()) return refreshed;
    absl::Status saved = db::SaveTicketWorkflow(tx, child, ToMicros(now));
    if (!saved.ok()) return saved;
    auto event = db::AppendTicketEvent(
        tx, child.id, child.site_id, v1::TicketEvent::RESOLVED, actor,
        {Change("status", StatusName(before), StatusName(child.status)),
         Change("resolution", "", child.resolution)},
        absl::StrCat("resolved with ", parent.number), ToMicros(now));
    if (!event.ok()) return event.status();
    ++resolved;
  }
  return resolved;
}

grpc::Status TicketServiceImpl::LinkTicket(grpc::ServerContext* context,
                                           const v1::LinkTicketRequest* req,
                                           v1::Ticket* resp) {
  return Handle(services_, context, "LinkTicket", [&](const Principal& who) {
    Violations v;
    auto child_ref = ParseTicketName("name", req->name());
    v.Merge(child_ref.status());
    std::optional<TicketRef> parent_ref;
    if (!req->parent().empty()) {
      auto p = ParseTicketName("parent", req->parent());
      v.Merge(p.status());
      if (p.ok()) parent_ref = *p;
    }
    v.Merge(CheckRequestId("request_id", req->request_id()));
    if (!v.empty()) return v.ToStatus();
    return RunIdempotent(
        services_, "LinkTicket", *req, req->request_id(), resp,
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
            if (parent->site_id != child->site_id) {
              return InvalidField("parent",
                                  "must be a ticket of the same site");
            }
            auto ancestors = db::AncestorIds(tx, parent->id);
            if (!ancestors.ok()) return ancestors.status();
            bool cycle = parent->id == child->id;
            for (long long a : *ancestors) cycle |= a == child->id;
            if (cycle) {
              return InvalidField("parent",
                                  "would make the ticket its own ancestor "
                                  "(a link cycle)",
                                  "LINK_CYCLE");
            }
            auto parent_status =
                static_cast<v1::Ticket::Status>(parent->status);
            if (parent_status == v1::Ticket::DUPLICATE ||
                parent_status == v1::Ticket::CANCELLED ||
                parent_status == v1::Ticket::UNFOUNDED) {
              return Error(absl::StatusCode::kFailedPrecondition,
                           "PARENT_ENDED",
                           "the parent ticket has ended; link to the ticket "
                           "that carries on");
            }
            parent_id = parent->id;
            new_parent = TicketName(parent->site_id, parent->id);
          }
          if (old_parent != new_parent) {
            absl::Status linked =
                db::SetTicketParent(tx, child->id, parent_id, ToMicros(now));
            if (!linked.ok()) return linked;
            auto event = db::AppendTicketEvent(
                tx, child->id, child->site_id, v1::TicketEvent::LINKED,
                who.staff_id, {Change("parent", old_parent, new_parent)}, "",
                ToMicros(now));
            if (!event.ok()) return event.status();
          }
          auto ticket =
              db::GetTicket(tx, TicketRef{child->site_id, child->id, ""});
          if (!ticket.ok()) return ticket.status();
          FillBreaches(*ticket, now);
          out->CopyFrom(*ticket);
          return absl::OkStatus();
        });
  });
}

grpc::Status TicketServiceImpl::WatchTickets(
    grpc::ServerContext* context, const v1::WatchTicketsRequest* req,
    grpc::ServerWriter<v1::TicketEvent>* writer) {
  return Handle(services_, context, "WatchTickets", [&](const Principal&) {
    auto site_id = ParseSiteName("parent", req->parent());
    if (!site_id.ok()) return site_id.status();
    if (req->after_event_id() < -1) {
      return InvalidField("after_event_id",
                          "must be an event_id received earlier, 0 for new "
                          "events only, or -1 for the whole history");
    }
    long long after = req->after_event_id();
    absl::Status found = services_.db.Read([&](db::Tx& tx) {
      auto site = db::GetSite(tx, *site_id);
      if (!site.ok()) return site.status();
      if (after == 0) {
        auto last = db::LastEventId(tx);
        if (!last.ok()) return last.status();
        after = *last;
      }
      if (after == -1) after = 0;
      return absl::OkStatus();
    });
    if (!found.ok()) return found;
    const std::string prefix = SiteName(*site_id) + "/";
    std::optional<absl::Time> gap_since;
    while (!context->IsCancelled()) {
      if (stopping_) {
        return Error(absl::StatusCode::kUnavailable, "SHUTTING_DOWN",
                     "the server is shutting down; watch again with the last "
                     "event_id received to resume");
      }
      std::vector<v1::TicketEvent> batch;
      absl::Status read = services_.db.Read([&](db::Tx& tx) {
        auto listed = db::ListSiteEvents(tx, "", after, 500);
        if (!listed.ok()) return listed.status();
        batch = *std::move(listed);
        return absl::OkStatus();
      });
      if (!read.ok()) return read;
      for (const v1::TicketEvent& e : batch) {
        if (e.event_id() != after + 1) {
          // Ids are allocated before commit: wait a little for a gap to
          // fill before passing it.
          absl::Time now = absl::Now();
          if (!gap_since) gap_since = now;
          if (now - *gap_since < kGapWait) break;
        }
        gap_since.reset();
        after = e.event_id();
        if (absl::StartsWith(e.name(), prefix) && !writer->Write(e)) {
          return absl::OkStatus();  // the client went away
        }
      }
      if (batch.size() < 500) {
        std::this_thread::sleep_for(absl::ToChronoMilliseconds(kPollInterval));
      }
    }
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
