// TicketService, the handling workflow: dispatch and work orders, pauses and
// promises, complaint plans and resident notices, resolution, callbacks, the
// endings without work, and the supervisor's lists. Every verb runs the same
// frame (Mutate below): lock the ticket, ask lifecycle.h whether the step is
// allowed, apply it, recompute the deadlines with sla.h, save, and append one
// history entry recording the status change and what else changed.
#include <google/protobuf/util/time_util.h>

#include <functional>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "common/names.h"
#include "common/page_token.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/org_store.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "db/ticket/escalation_store.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/ticket/coordination_rules.h"
#include "server/ticket/deadlines.h"
#include "server/ticket/lifecycle.h"
#include "server/ticket/links.h"
#include "server/ticket/plan_rules.h"
#include "server/ticket/sla.h"
#include "server/ticket/ticket_service.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

std::string StatusName(int status) {
  return v1::Ticket::Status_Name(static_cast<v1::Ticket::Status>(status));
}

std::string TimeText(const std::optional<long long>& us) {
  return us ? absl::FormatTime(absl::RFC3339_sec, FromMicros(*us),
                               absl::UTCTimeZone())
            : "";
}

absl::Time ToTime(const google::protobuf::Timestamp& ts) {
  return FromMicros(TimeUtil::TimestampToMicroseconds(ts));
}

// What a workflow verb did, for the history entry.
struct Step {
  v1::TicketEvent::Type event = v1::TicketEvent::TYPE_UNSPECIFIED;
  std::vector<v1::FieldChange> changes;
  std::string note;

  void Change(std::string field, std::string old_value, std::string new_value) {
    if (old_value == new_value) return;
    v1::FieldChange c;
    c.set_field(std::move(field));
    c.set_old_value(std::move(old_value));
    c.set_new_value(std::move(new_value));
    changes.push_back(std::move(c));
  }
};

using Apply =
    std::function<absl::Status(db::Tx&, db::TicketRow&, Step&, absl::Time now)>;

// Locks the ticket, runs `apply`, refreshes deadlines, saves, appends the
// event and returns the ticket as it now is.
absl::Status Mutate(ServiceContext& services, const Principal& who,
                    absl::string_view method,
                    const google::protobuf::Message& request,
                    const std::string& request_id, const std::string& name,
                    google::protobuf::Message* response, const Apply& apply,
                    google::protobuf::Message* side_result = nullptr) {
  auto ref = ParseTicketName("name", name);
  if (!ref.ok()) return ref.status();
  absl::Status valid = CheckRequestId("request_id", request_id);
  if (!valid.ok()) return valid;
  return RunIdempotent(
      services, method, request, request_id, response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        absl::Time now = services.clock.Now();
        auto row = db::LockTicketRow(tx, *ref);
        if (!row.ok()) return row.status();
        int before = row->status;
        Step step;
        absl::Status applied = apply(tx, *row, step, now);
        if (!applied.ok()) return applied;
        step.Change("status", StatusName(before), StatusName(row->status));
        absl::Status refreshed = RefreshDeadlines(tx, *row, now);
        if (!refreshed.ok()) return refreshed;
        absl::Status saved = db::SaveTicketWorkflow(tx, *row, ToMicros(now));
        if (!saved.ok()) return saved;
        auto event = db::AppendTicketEvent(
            tx, row->id, row->site_id, step.event, who.staff_id, step.changes,
            step.note, ToMicros(now));
        if (!event.ok()) return event.status();
        if (side_result != nullptr) {
          out->CopyFrom(*side_result);
          return absl::OkStatus();
        }
        auto ticket = db::GetTicket(tx, TicketRef{row->site_id, row->id, ""});
        if (!ticket.ok()) return ticket.status();
        FillBreaches(*ticket, now);
        out->CopyFrom(*ticket);
        return absl::OkStatus();
      });
}

absl::StatusOr<TransitionContext> ContextOf(db::Tx& tx,
                                            const db::TicketRow& row) {
  auto open_orders = db::CountOpenWorkOrders(tx, row.id);
  if (!open_orders.ok()) return open_orders.status();
  TransitionContext ctx;
  ctx.kind = static_cast<v1::Ticket::Kind>(row.kind);
  ctx.status_before_pending =
      static_cast<v1::Ticket::Status>(row.status_before_pending);
  ctx.has_open_work_order = *open_orders > 0;
  return ctx;
}

absl::Status Advance(db::TicketRow& row, TicketAction action,
                     const TransitionContext& ctx) {
  auto next =
      NextStatus(static_cast<v1::Ticket::Status>(row.status), action, ctx);
  if (!next.ok()) return next.status();
  row.status = *next;
  return absl::OkStatus();
}

absl::Status Advance(db::Tx& tx, db::TicketRow& row, TicketAction action) {
  auto ctx = ContextOf(tx, row);
  if (!ctx.ok()) return ctx.status();
  return Advance(row, action, *ctx);
}

// A ticket ended without work (unfounded, duplicate, cancelled): its open
// work orders are superseded and, when it was on hold, the hold ends with it
// (the pause is closed, so the ticket no longer shows as paused).
absl::Status EndWithoutWork(db::Tx& tx, db::TicketRow& row, absl::Time now) {
  auto superseded = db::SupersedeOpenWorkOrders(tx, row.id);
  if (!superseded.ok()) return superseded.status();
  StopOwedClocks(row, now);
  if (row.paused_since_us) {
    absl::Status closed = db::ClosePause(tx, row.id, ToMicros(now));
    if (!closed.ok()) return closed;
    row.paused_since_us.reset();
    row.status_before_pending = 0;
  }
  return absl::OkStatus();
}

// Once several parties are involved (the coordination route, or a second
// department among the work orders and the plan), the resident is owed a
// notice by the end of the site's local day (coordination_rules.h). Owed
// once per ticket; call after the step's work order or plan is recorded.
absl::Status RequireNoticeIfSeveral(db::Tx& tx, db::TicketRow& row, Step& step,
                                    absl::Time now, bool coordination) {
  if (row.notice_due_us) return absl::OkStatus();
  auto assignees = db::WorkOrderAssignees(tx, row.id);
  if (!assignees.ok()) return assignees.status();
  std::vector<std::string> involved = *std::move(assignees);
  involved.push_back(row.plan_department);
  if (!ResidentNoticeOwed(coordination, CountDepartments(involved))) {
    return absl::OkStatus();
  }
  auto site = db::GetSite(tx, row.site_id);
  if (!site.ok()) return site.status();
  absl::TimeZone tz;
  if (!absl::LoadTimeZone(site->time_zone(), &tz)) tz = absl::UTCTimeZone();
  row.notice_due_us = ToMicros(EndOfLocalDay(now, tz));
  step.Change("resident_notice_due_time", "", TimeText(row.notice_due_us));
  return absl::OkStatus();
}

// On the coordination route a promise is at least two days after the
// coordination dispatch (coordination_rules.h).
absl::Status CheckPromiseOnRoute(db::Tx& tx, const db::TicketRow& row,
                                 long long promised_us) {
  if (row.route != v1::REPAIR_ROUTE_COORDINATION) return absl::OkStatus();
  auto dispatched =
      db::LastDispatchOfRoute(tx, row.id, v1::REPAIR_ROUTE_COORDINATION);
  if (!dispatched.ok()) return dispatched.status();
  if (!dispatched->has_value()) return absl::OkStatus();
  return CheckCoordinationPromise(FromMicros(promised_us),
                                  FromMicros(**dispatched));
}

bool NeedsRoute(const db::TicketRow& row) {
  return row.kind == v1::Ticket::REPAIR ||
         (row.kind == v1::Ticket::COMPLAINT &&
          row.complaint_class == v1::Ticket::FACILITY);
}

// Checks the assignee exists (and serves the ticket's site); returns the
// vendor's response deadline when it is a vendor.
absl::StatusOr<std::optional<absl::Duration>> CheckAssignee(
    db::Tx& tx, const db::TicketRow& row, const std::string& assignee,
    v1::RepairRoute route) {
  absl::string_view rest = assignee;
  if (absl::ConsumePrefix(&rest, "staff/")) {
    auto staff = db::GetStaffMember(tx, std::string(rest));
    if (!staff.ok()) return staff.status();
    if (route == v1::REPAIR_ROUTE_EXTERNAL_VENDOR ||
        route == v1::REPAIR_ROUTE_DEVELOPER_WARRANTY) {
      return InvalidField("assignee",
                          "an external-vendor or warranty route goes to a "
                          "vendor (\"vendors/{vendor}\")");
    }
    return std::optional<absl::Duration>();
  }
  if (absl::ConsumePrefix(&rest, "vendors/")) {
    auto vendor = db::GetVendor(tx, std::string(rest));
    if (!vendor.ok()) return vendor.status();
    bool serves = vendor->sites().empty();
    for (const auto& s : vendor->sites()) serves |= s == SiteName(row.site_id);
    if (!serves) {
      return Error(
          absl::StatusCode::kFailedPrecondition, "VENDOR_NOT_SERVING_SITE",
          absl::StrCat(assignee, " does not serve sites/", row.site_id));
    }
    if (route == v1::REPAIR_ROUTE_DEVELOPER_WARRANTY &&
        vendor->trade() != v1::Vendor::DEVELOPER_PROJECT_TEAM) {
      return InvalidField("assignee",
                          "a warranty repair goes to the developer's project "
                          "team (a vendor of trade DEVELOPER_PROJECT_TEAM)");
    }
    return std::optional<absl::Duration>(absl::Seconds(
        TimeUtil::DurationToSeconds(vendor->response_deadline())));
  }
  auto dept_ref = ParseDepartmentName("assignee", assignee);
  if (!dept_ref.ok()) {
    return InvalidField("assignee",
                        "must be \"staff/{staff}\", "
                        "\"sites/{site}/departments/{department}\" or "
                        "\"vendors/{vendor}\"");
  }
  if (dept_ref->site_id != row.site_id) {
    return InvalidField("assignee",
                        "must be a department of the ticket's site");
  }
  auto dept = db::GetDepartment(tx, dept_ref->site_id, dept_ref->department_id);
  if (!dept.ok()) return dept.status();
  if (route == v1::REPAIR_ROUTE_EXTERNAL_VENDOR ||
      route == v1::REPAIR_ROUTE_DEVELOPER_WARRANTY) {
    return InvalidField("assignee",
                        "an external-vendor or warranty route goes to a "
                        "vendor (\"vendors/{vendor}\")");
  }
  return std::optional<absl::Duration>();
}

absl::Status ValidateMaterials(const v1::CompleteWorkOrderRequest& req) {
  Violations v;
  v.Merge(CheckText("work_done", req.work_done(), 1, 2000, true));
  if (!(req.labour_hours() >= 0 && req.labour_hours() <= 1000)) {
    v.Add("labour_hours", "must be between 0 and 1000 hours");
  }
  for (int i = 0; i < req.materials_size(); ++i) {
    const auto& m = req.materials(i);
    std::string field = absl::StrCat("materials[", i, "]");
    v.Merge(CheckText(field + ".name", m.name(), 1, 64));
    if (!(m.quantity() > 0 && m.quantity() < 1e6)) {
      v.Add(field + ".quantity", "must be greater than 0");
    }
    v.Merge(CheckText(field + ".unit", m.unit(), 0, 16));
  }
  v.Merge(CheckText("acceptance_note", req.acceptance_note(), 0, 500, true));
  return v.ToStatus();
}

absl::StatusOr<db::DueKey> DecodeDueKey(const std::string& token,
                                        const std::string& fingerprint) {
  auto key = DecodePageToken(token, fingerprint, 2);
  if (!key.ok()) return key.status();
  db::DueKey k;
  if (!absl::SimpleAtoi((*key)[0], &k.due_us) ||
      !absl::SimpleAtoi((*key)[1], &k.id)) {
    return InvalidField("page_token", "is malformed", "INVALID_PAGE_TOKEN");
  }
  return k;
}

}  // namespace

grpc::Status TicketServiceImpl::DispatchTicket(
    grpc::ServerContext* context, const v1::DispatchTicketRequest* req,
    v1::Ticket* resp) {
  return Handle(
      services_, context, "DispatchTicket", [&](const Principal& who) {
        Violations v;
        if (!v1::RepairRoute_IsValid(req->route())) {
          v.Add("route", "is not a known route");
        }
        if (req->assignee().empty()) v.Add("assignee", "is required");
        v.Merge(CheckText("instructions", req->instructions(), 0, 2000, true));
        for (int i = 0; i < req->parties_size(); ++i) {
          v.Merge(CheckText(absl::StrCat("parties[", i, "]"), req->parties(i),
                            1, 64));
        }
        if (req->has_promised_time()) {
          v.Merge(CheckPromise(ToTime(req->promised_time()),
                               services_.clock.Now(), "promised_time"));
        }
        if (req->route() == v1::REPAIR_ROUTE_COORDINATION &&
            req->parties_size() < 2) {
          v.Add("parties", "a coordination route names at least two parties");
        }
        if (!v.empty()) return v.ToStatus();
        return Mutate(
            services_, who, "DispatchTicket", *req, req->request_id(),
            req->name(), resp,
            [&](db::Tx& tx, db::TicketRow& row, Step& step,
                absl::Time now) -> absl::Status {
              step.event = v1::TicketEvent::DISPATCHED;
              if (NeedsRoute(row) &&
                  req->route() == v1::REPAIR_ROUTE_UNSPECIFIED) {
                return InvalidField(
                    "route",
                    "a repair or facility complaint needs a "
                    "route: own maintenance, developer warranty, "
                    "external vendor or coordination");
              }
              auto vendor_deadline =
                  CheckAssignee(tx, row, req->assignee(), req->route());
              if (!vendor_deadline.ok()) return vendor_deadline.status();
              auto context_of = ContextOf(tx, row);
              if (!context_of.ok()) return context_of.status();
              TransitionContext ctx = *context_of;
              ctx.route_is_warranty =
                  req->route() == v1::REPAIR_ROUTE_DEVELOPER_WARRANTY;
              if (ctx.route_is_warranty) {
                bool signed_off = false;
                if (!req->manager_signoff().empty()) {
                  auto manager_id =
                      ParseStaffName("manager_signoff", req->manager_signoff());
                  if (!manager_id.ok()) return manager_id.status();
                  auto manager = db::GetStaffMember(tx, *manager_id);
                  if (!manager.ok()) return manager.status();
                  for (int r : manager->roles()) {
                    signed_off |= r == v1::StaffMember::MANAGER;
                  }
                }
                ctx.is_warranty_cleared =
                    signed_off && !req->developer_acknowledged_by().empty();
              }
              absl::Status moved = Advance(row, TicketAction::kDispatch, ctx);
              if (!moved.ok()) return moved;
              const bool coordination =
                  req->route() == v1::REPAIR_ROUTE_COORDINATION;
              db::NewWorkOrder order;
              order.route = req->route();
              order.assignee = req->assignee();
              if (req->has_promised_time()) {
                order.promised_us =
                    TimeUtil::TimestampToMicroseconds(req->promised_time());
              } else if (coordination) {
                auto policy =
                    PolicyFor(tx, row.site_id, row.kind, row.priority);
                if (!policy.ok()) return policy.status();
                order.promised_us = ToMicros(DefaultCoordinationPromise(
                    FromMicros(row.create_us), now, policy->sla.coordination));
              } else if (*vendor_deadline) {
                order.promised_us = ToMicros(now + **vendor_deadline);
              }
              if (coordination) {
                // Several parties, more than two days: the promise told to
                // the resident.
                absl::Status enough = CheckCoordinationPromise(
                    FromMicros(*order.promised_us), now);
                if (!enough.ok()) return enough;
                step.Change("promised_time", TimeText(row.promised_us),
                            TimeText(order.promised_us));
                row.promised_us = order.promised_us;
              }
              auto superseded = db::SupersedeOpenWorkOrders(tx, row.id);
              if (!superseded.ok()) return superseded.status();
              order.parties.assign(req->parties().begin(),
                                   req->parties().end());
              order.instructions = req->instructions();
              if (ctx.route_is_warranty) {
                order.manager_signoff = req->manager_signoff().substr(6);
                order.developer_ack_by = req->developer_acknowledged_by();
              }
              order.dispatched_by = who.staff_id;
              auto inserted =
                  db::InsertWorkOrder(tx, row, order, ToMicros(now));
              if (!inserted.ok()) return inserted.status();
              step.Change(
                  "route",
                  v1::RepairRoute_Name(static_cast<v1::RepairRoute>(row.route)),
                  v1::RepairRoute_Name(req->route()));
              step.Change("assignee", row.assignee, req->assignee());
              step.note = inserted->name();
              row.route = req->route();
              row.assignee = req->assignee();
              if (!row.first_response_us) row.first_response_us = ToMicros(now);
              return RequireNoticeIfSeveral(tx, row, step, now, coordination);
            });
      });
}

grpc::Status TicketServiceImpl::ConfirmArrival(
    grpc::ServerContext* context, const v1::ConfirmArrivalRequest* req,
    v1::WorkOrder* resp) {
  return Handle(
      services_, context, "ConfirmArrival", [&](const Principal& who) {
        auto ref = db::ParseWorkOrderName("name", req->name());
        if (!ref.ok()) return ref.status();
        v1::WorkOrder updated;
        return Mutate(
            services_, who, "ConfirmArrival", *req, req->request_id(),
            TicketName(ref->site_id, ref->ticket_id), resp,
            [&](db::Tx& tx, db::TicketRow& row, Step& step,
                absl::Time now) -> absl::Status {
              step.event = v1::TicketEvent::ARRIVAL_CONFIRMED;
              auto order = db::GetWorkOrder(tx, *ref);
              if (!order.ok()) return order.status();
              if (order->state() != v1::WorkOrder::OPEN) {
                return Error(
                    absl::StatusCode::kFailedPrecondition,
                    "WORK_ORDER_NOT_OPEN",
                    absl::StrCat("arrival is confirmed on an OPEN work "
                                 "order; this one is ",
                                 v1::WorkOrder::State_Name(order->state())));
              }
              if (row.status == v1::Ticket::DISPATCHED) {
                absl::Status moved = Advance(tx, row, TicketAction::kStart);
                if (!moved.ok()) return moved;
              }
              order->set_state(v1::WorkOrder::ARRIVED);
              *order->mutable_arrival_time() =
                  TimeUtil::MicrosecondsToTimestamp(ToMicros(now));
              absl::Status saved = db::SaveWorkOrder(tx, *ref, *order);
              if (!saved.ok()) return saved;
              step.note = order->name();
              updated = *order;
              return absl::OkStatus();
            },
            &updated);
      });
}

grpc::Status TicketServiceImpl::CompleteWorkOrder(
    grpc::ServerContext* context, const v1::CompleteWorkOrderRequest* req,
    v1::WorkOrder* resp) {
  return Handle(
      services_, context, "CompleteWorkOrder", [&](const Principal& who) {
        auto ref = db::ParseWorkOrderName("name", req->name());
        if (!ref.ok()) return ref.status();
        absl::Status valid = ValidateMaterials(*req);
        if (!valid.ok()) return valid;
        v1::WorkOrder updated;
        return Mutate(
            services_, who, "CompleteWorkOrder", *req, req->request_id(),
            TicketName(ref->site_id, ref->ticket_id), resp,
            [&](db::Tx& tx, db::TicketRow& row, Step& step,
                absl::Time now) -> absl::Status {
              step.event = v1::TicketEvent::WORK_COMPLETED;
              auto order = db::GetWorkOrder(tx, *ref);
              if (!order.ok()) return order.status();
              if (order->state() != v1::WorkOrder::OPEN &&
                  order->state() != v1::WorkOrder::ARRIVED) {
                return Error(
                    absl::StatusCode::kFailedPrecondition,
                    "WORK_ORDER_NOT_OPEN",
                    absl::StrCat("only an OPEN or ARRIVED work order can "
                                 "be completed; this one is ",
                                 v1::WorkOrder::State_Name(order->state())));
              }
              if (row.status == v1::Ticket::DISPATCHED) {
                absl::Status moved = Advance(tx, row, TicketAction::kStart);
                if (!moved.ok()) return moved;
              }
              order->set_state(v1::WorkOrder::COMPLETED);
              *order->mutable_complete_time() =
                  TimeUtil::MicrosecondsToTimestamp(ToMicros(now));
              order->set_work_done(req->work_done());
              order->set_labour_hours(req->labour_hours());
              *order->mutable_materials() = req->materials();
              order->set_accepted_by_reporter(req->accepted_by_reporter());
              order->set_acceptance_note(req->acceptance_note());
              absl::Status saved = db::SaveWorkOrder(tx, *ref, *order);
              if (!saved.ok()) return saved;
              step.note = absl::StrCat(order->name(), ": ", req->work_done());
              updated = *order;
              updated.set_overdue(order->has_promised_time() &&
                                  ToTime(order->promised_time()) < now);
              return absl::OkStatus();
            },
            &updated);
      });
}

grpc::Status TicketServiceImpl::ListWorkOrders(
    grpc::ServerContext* context, const v1::ListWorkOrdersRequest* req,
    v1::ListWorkOrdersResponse* resp) {
  return Handle(services_, context, "ListWorkOrders", [&](const Principal&) {
    int32_t page_size = 0;
    absl::Status s = NormalizePageSize(req->page_size(), &page_size);
    if (!s.ok()) return s;
    db::WorkOrderQuery query;
    absl::string_view parent = req->parent();
    if (absl::ConsumeSuffix(&parent, "/tickets/-")) {
      auto site_id = ParseSiteName("parent", parent);
      if (!site_id.ok()) return site_id.status();
      query.site_id = *site_id;
    } else {
      auto ref = ParseTicketName("parent", req->parent());
      if (!ref.ok()) return ref.status();
      auto found = services_.db.Read([&](db::Tx& tx) {
        auto t = db::GetTicket(tx, *ref);
        if (!t.ok()) return t.status();
        query.site_id = db::TicketSiteId(*t);
        query.ticket_id = db::TicketId(*t);
        return absl::OkStatus();
      });
      if (!found.ok()) return found;
    }
    absl::Time now = services_.clock.Now();
    if (req->overdue_only()) query.overdue_at_us = ToMicros(now);
    const std::string fingerprint =
        absl::StrCat("workorders|", req->parent(), "|", req->overdue_only());
    if (!req->page_token().empty()) {
      auto key = DecodePageToken(req->page_token(), fingerprint, 1);
      if (!key.ok()) return key.status();
      if (!absl::SimpleAtoi((*key)[0], &query.after_id)) {
        return InvalidField("page_token", "is malformed", "INVALID_PAGE_TOKEN");
      }
    }
    query.limit = page_size + 1;
    return services_.db.Read([&](db::Tx& tx) {
      auto listed = db::ListWorkOrders(tx, query, ToMicros(now));
      if (!listed.ok()) return listed.status();
      auto& orders = *listed;
      if (static_cast<int>(orders.size()) > page_size) {
        orders.resize(page_size);
        const std::string& last = orders.back().name();
        resp->set_next_page_token(
            EncodePageToken(fingerprint, {last.substr(last.rfind('/') + 1)}));
      }
      for (auto& o : orders) *resp->add_work_orders() = std::move(o);
      return absl::OkStatus();
    });
  });
}

grpc::Status TicketServiceImpl::PendTicket(grpc::ServerContext* context,
                                           const v1::PendTicketRequest* req,
                                           v1::Ticket* resp) {
  return Handle(services_, context, "PendTicket", [&](const Principal& who) {
    absl::Status valid = CheckText("reason", req->reason(), 1, 500);
    if (!valid.ok()) return valid;
    return Mutate(services_, who, "PendTicket", *req, req->request_id(),
                  req->name(), resp,
                  [&](db::Tx& tx, db::TicketRow& row, Step& step,
                      absl::Time now) -> absl::Status {
                    step.event = v1::TicketEvent::PENDED;
                    step.note = req->reason();
                    int before = row.status;
                    absl::Status moved = Advance(tx, row, TicketAction::kPend);
                    if (!moved.ok()) return moved;
                    row.status_before_pending = before;
                    row.paused_since_us = ToMicros(now);
                    return db::OpenPause(tx, row.id, ToMicros(now),
                                         req->reason());
                  });
  });
}

grpc::Status TicketServiceImpl::ResumeTicket(grpc::ServerContext* context,
                                             const v1::ResumeTicketRequest* req,
                                             v1::Ticket* resp) {
  return Handle(services_, context, "ResumeTicket", [&](const Principal& who) {
    return Mutate(services_, who, "ResumeTicket", *req, req->request_id(),
                  req->name(), resp,
                  [&](db::Tx& tx, db::TicketRow& row, Step& step,
                      absl::Time now) -> absl::Status {
                    step.event = v1::TicketEvent::RESUMED;
                    absl::Status moved =
                        Advance(tx, row, TicketAction::kResume);
                    if (!moved.ok()) return moved;
                    row.status_before_pending = 0;
                    row.paused_since_us.reset();
                    return db::ClosePause(tx, row.id, ToMicros(now));
                  });
  });
}

grpc::Status TicketServiceImpl::ChangePromise(
    grpc::ServerContext* context, const v1::ChangePromiseRequest* req,
    v1::Ticket* resp) {
  return Handle(services_, context, "ChangePromise", [&](const Principal& who) {
    Violations v;
    if (!req->has_promised_time()) {
      v.Add("promised_time", "is required");
    } else {
      v.Merge(CheckPromise(ToTime(req->promised_time()), services_.clock.Now(),
                           "promised_time"));
    }
    v.Merge(CheckText("reason", req->reason(), 1, 500));
    if (!v.empty()) return v.ToStatus();
    return Mutate(
        services_, who, "ChangePromise", *req, req->request_id(), req->name(),
        resp,
        [&](db::Tx& tx, db::TicketRow& row, Step& step,
            absl::Time now) -> absl::Status {
          step.event = v1::TicketEvent::PROMISE_CHANGED;
          if (!IsOpen(static_cast<v1::Ticket::Status>(row.status))) {
            // An ended ticket is refused with the lifecycle's
            // reason, as every other verb refuses it.
            bool ended = row.status == v1::Ticket::UNFOUNDED ||
                         row.status == v1::Ticket::DUPLICATE ||
                         row.status == v1::Ticket::CANCELLED;
            return Error(absl::StatusCode::kFailedPrecondition,
                         ended ? "TICKET_ENDED" : "TICKET_NOT_OPEN",
                         absl::StrCat("a promise is made on an open ticket; "
                                      "this one is ",
                                      StatusName(row.status)));
          }
          long long promised =
              TimeUtil::TimestampToMicroseconds(req->promised_time());
          absl::Status enough = CheckPromiseOnRoute(tx, row, promised);
          if (!enough.ok()) return enough;
          step.Change("promised_time", TimeText(row.promised_us),
                      TimeText(promised));
          step.note = req->reason();
          row.promised_us = promised;
          if (!row.first_response_us) row.first_response_us = ToMicros(now);
          return absl::OkStatus();
        });
  });
}

grpc::Status TicketServiceImpl::AgreeTicketPlan(
    grpc::ServerContext* context, const v1::AgreeTicketPlanRequest* req,
    v1::Ticket* resp) {
  return Handle(
      services_, context, "AgreeTicketPlan", [&](const Principal& who) {
        absl::Status valid = ValidatePlanRequest(*req, services_.clock.Now());
        if (!valid.ok()) return valid;
        return Mutate(
            services_, who, "AgreeTicketPlan", *req, req->request_id(),
            req->name(), resp,
            [&](db::Tx& tx, db::TicketRow& row, Step& step,
                absl::Time now) -> absl::Status {
              step.event = v1::TicketEvent::PLAN_AGREED;
              absl::Status allowed =
                  CheckPlanAllowed(static_cast<v1::Ticket::Kind>(row.kind),
                                   static_cast<v1::Ticket::Status>(row.status));
              if (!allowed.ok()) return allowed;
              auto dept_ref =
                  ParseDepartmentName("department", req->department());
              if (!dept_ref.ok()) return dept_ref.status();
              if (dept_ref->site_id != row.site_id) {
                return InvalidField("department",
                                    "must be a department of the ticket's "
                                    "site");
              }
              auto dept = db::GetDepartment(tx, dept_ref->site_id,
                                            dept_ref->department_id);
              if (!dept.ok()) return dept.status();
              std::string agreed_by =
                  req->agreed_by().empty() ? dept->head() : req->agreed_by();
              std::string agreed_by_id;
              if (!agreed_by.empty()) {
                auto id = ParseStaffName("agreed_by", agreed_by);
                if (!id.ok()) return id.status();
                auto staff = db::GetStaffMember(tx, *id);
                if (!staff.ok()) return staff.status();
                agreed_by_id = *id;
              }
              std::optional<long long> finish;
              if (req->has_finish_time()) {
                finish = TimeUtil::TimestampToMicroseconds(req->finish_time());
                absl::Status enough = CheckPromiseOnRoute(tx, row, *finish);
                if (!enough.ok()) return enough;
              }
              step.Change("plan.department", row.plan_department,
                          req->department());
              step.Change("plan.agreed_by",
                          row.plan_agreed_by.empty()
                              ? ""
                              : StaffName(row.plan_agreed_by),
                          agreed_by_id.empty() ? "" : StaffName(agreed_by_id));
              step.Change("plan", row.plan_text, req->plan());
              row.plan_department = req->department();
              row.plan_agreed_by = agreed_by_id;
              row.plan_text = req->plan();
              row.plan_finish_us = finish;
              row.plan_recorded_by = who.staff_id;
              row.plan_agree_us = ToMicros(now);
              if (!row.plan_met_us) row.plan_met_us = ToMicros(now);
              if (finish) {
                // The planned finish is told to the resident: the promise.
                step.Change("promised_time", TimeText(row.promised_us),
                            TimeText(finish));
                row.promised_us = finish;
                if (!row.first_response_us) {
                  row.first_response_us = ToMicros(now);
                }
              }
              return RequireNoticeIfSeveral(tx, row, step, now, false);
            });
      });
}

grpc::Status TicketServiceImpl::RecordResidentNotice(
    grpc::ServerContext* context, const v1::RecordResidentNoticeRequest* req,
    v1::Ticket* resp) {
  return Handle(
      services_, context, "RecordResidentNotice", [&](const Principal& who) {
        absl::Status valid = ValidateNoticeRequest(*req);
        if (!valid.ok()) return valid;
        return Mutate(
            services_, who, "RecordResidentNotice", *req, req->request_id(),
            req->name(), resp,
            [&](db::Tx&, db::TicketRow& row, Step& step,
                absl::Time now) -> absl::Status {
              step.event = v1::TicketEvent::RESIDENT_NOTIFIED;
              absl::Status open =
                  CheckTicketOpen(static_cast<v1::Ticket::Status>(row.status),
                                  "a resident notice");
              if (!open.ok()) return open;
              step.note = absl::StrCat(v1::Ticket::Channel_Name(req->channel()),
                                       ": ", req->note());
              if (row.notice_due_us && !row.notice_met_us) {
                row.notice_met_us = ToMicros(now);
                step.Change("resident_notice_met_time", "",
                            TimeText(row.notice_met_us));
              }
              // Telling the resident answers them.
              if (!row.first_response_us) row.first_response_us = ToMicros(now);
              return absl::OkStatus();
            });
      });
}

grpc::Status TicketServiceImpl::ResolveTicket(
    grpc::ServerContext* context, const v1::ResolveTicketRequest* req,
    v1::Ticket* resp) {
  return Handle(services_, context, "ResolveTicket", [&](const Principal& who) {
    absl::Status valid = CheckText("summary", req->summary(), 1, 2000, true);
    if (!valid.ok()) return valid;
    return Mutate(
        services_, who, "ResolveTicket", *req, req->request_id(), req->name(),
        resp,
        [&](db::Tx& tx, db::TicketRow& row, Step& step,
            absl::Time now) -> absl::Status {
          step.event = v1::TicketEvent::RESOLVED;
          absl::Status moved = Advance(tx, row, TicketAction::kResolve);
          if (!moved.ok()) return moved;
          step.Change("resolution", row.resolution, req->summary());
          row.resolution = req->summary();
          row.resolve_us = ToMicros(now);
          StopOwedClocks(row, now);
          if (req->resolve_children()) {
            auto children =
                ResolveChildren(tx, row, req->summary(), who.staff_id, now);
            if (!children.ok()) return children.status();
            if (*children > 0) {
              step.note = absl::StrCat("with ", *children, " linked ticket(s)");
            }
          }
          row.close_us.reset();
          row.callback_attempts = 0;
          if (!row.first_response_us) {
            row.first_response_us = ToMicros(now);
          }
          return absl::OkStatus();
        });
  });
}

grpc::Status TicketServiceImpl::RecordCallback(
    grpc::ServerContext* context, const v1::RecordCallbackRequest* req,
    v1::TicketCallback* resp) {
  return Handle(
      services_, context, "RecordCallback", [&](const Principal& who) {
        Violations v;
        TicketAction action = TicketAction::kCallbackSatisfied;
        switch (req->result()) {
          case v1::TicketCallback::SATISFIED:
            break;
          case v1::TicketCallback::UNSATISFIED:
            action = TicketAction::kCallbackUnsatisfied;
            if (req->comment().empty()) {
              v.Add("comment",
                    "is required when the resident is unsatisfied: "
                    "what is still wrong");
            }
            break;
          case v1::TicketCallback::UNREACHABLE:
            action = TicketAction::kCallbackUnreachable;
            break;
          default:
            v.Add("result", "must be SATISFIED, UNSATISFIED or UNREACHABLE");
        }
        if (req->result() == v1::TicketCallback::UNREACHABLE) {
          if (req->rating() != 0) {
            v.Add("rating", "must be 0 when the resident was unreachable");
          }
        } else if (req->rating() < 1 || req->rating() > 5) {
          v.Add("rating", "must be 1..5");
        }
        v.Merge(CheckText("comment", req->comment(), 0, 2000, true));
        if (!v.empty()) return v.ToStatus();
        v1::TicketCallback recorded;
        return Mutate(
            services_, who, "RecordCallback", *req, req->request_id(),
            req->name(), resp,
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
                row.resolve_us.reset();
                row.close_us.reset();
                row.callback_attempts = 0;
                auto last_order = db::LastWorkOrder(tx, row.id);
                if (!last_order.ok()) return last_order.status();
                if (const auto& last = *last_order) {
                  db::NewWorkOrder order;
                  order.route = last->route();
                  order.assignee = last->assignee();
                  order.rework = true;
                  // Immediate rework: due within the first-response window
                  // of the ticket's policy, so a late one shows as overdue.
                  auto policy =
                      PolicyFor(tx, row.site_id, row.kind, row.priority);
                  if (!policy.ok()) return policy.status();
                  order.promised_us =
                      ToMicros(now + policy->sla.first_response);
                  order.instructions = req->comment();
                  order.dispatched_by = who.staff_id;
                  auto inserted =
                      db::InsertWorkOrder(tx, row, order, ToMicros(now));
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
                      absl::StrCat("callback unsatisfied: ", req->comment()),
                      who.staff_id, ToMicros(now));
                  if (!reported.ok()) return reported.status();
                  step.Change("escalation_level",
                              v1::EscalationLevel_Name(
                                  v1::ESCALATION_LEVEL_UNSPECIFIED),
                              v1::EscalationLevel_Name(
                                  v1::ESCALATION_LEVEL_SUPERVISOR));
                }
              }
              auto callback = db::InsertCallback(
                  tx, row, req->result(), req->rating(), req->comment(),
                  who.staff_id, rework_id, ToMicros(now));
              if (!callback.ok()) return callback.status();
              step.note = absl::StrCat(
                  v1::TicketCallback::Result_Name(req->result()),
                  req->rating() ? absl::StrCat(" ", req->rating(), "/5") : "",
                  req->comment().empty() ? "" : ": " + req->comment());
              recorded = *callback;
              return absl::OkStatus();
            },
            &recorded);
      });
}

grpc::Status TicketServiceImpl::ReopenTicket(grpc::ServerContext* context,
                                             const v1::ReopenTicketRequest* req,
                                             v1::Ticket* resp) {
  return Handle(services_, context, "ReopenTicket", [&](const Principal& who) {
    absl::Status valid = CheckText("reason", req->reason(), 1, 500);
    if (!valid.ok()) return valid;
    return Mutate(services_, who, "ReopenTicket", *req, req->request_id(),
                  req->name(), resp,
                  [&](db::Tx& tx, db::TicketRow& row, Step& step,
                      absl::Time) -> absl::Status {
                    step.event = v1::TicketEvent::REOPENED;
                    step.note = req->reason();
                    absl::Status moved =
                        Advance(tx, row, TicketAction::kReopen);
                    if (!moved.ok()) return moved;
                    row.resolve_us.reset();
                    row.close_us.reset();
                    row.callback_attempts = 0;
                    return absl::OkStatus();
                  });
  });
}

grpc::Status TicketServiceImpl::MarkTicketUnfounded(
    grpc::ServerContext* context, const v1::MarkTicketUnfoundedRequest* req,
    v1::Ticket* resp) {
  return Handle(
      services_, context, "MarkTicketUnfounded", [&](const Principal& who) {
        absl::Status valid =
            CheckText("finding", req->finding(), 1, 2000, true);
        if (!valid.ok()) return valid;
        return Mutate(services_, who, "MarkTicketUnfounded", *req,
                      req->request_id(), req->name(), resp,
                      [&](db::Tx& tx, db::TicketRow& row, Step& step,
                          absl::Time now) -> absl::Status {
                        step.event = v1::TicketEvent::MARKED_UNFOUNDED;
                        absl::Status moved =
                            Advance(tx, row, TicketAction::kMarkUnfounded);
                        if (!moved.ok()) return moved;
                        absl::Status ended = EndWithoutWork(tx, row, now);
                        if (!ended.ok()) return ended;
                        step.Change("resolution", row.resolution,
                                    req->finding());
                        row.resolution = req->finding();
                        if (!row.first_response_us) {
                          row.first_response_us = ToMicros(now);
                        }
                        return absl::OkStatus();
                      });
      });
}

grpc::Status TicketServiceImpl::MarkTicketDuplicate(
    grpc::ServerContext* context, const v1::MarkTicketDuplicateRequest* req,
    v1::Ticket* resp) {
  return Handle(
      services_, context, "MarkTicketDuplicate", [&](const Principal& who) {
        auto target_ref = ParseTicketName("duplicate_of", req->duplicate_of());
        if (!target_ref.ok()) return target_ref.status();
        return Mutate(
            services_, who, "MarkTicketDuplicate", *req, req->request_id(),
            req->name(), resp,
            [&](db::Tx& tx, db::TicketRow& row, Step& step,
                absl::Time now) -> absl::Status {
              step.event = v1::TicketEvent::MARKED_DUPLICATE;
              auto target = db::GetTicket(tx, *target_ref);
              if (!target.ok()) return target.status();
              if (db::TicketSiteId(*target) != row.site_id) {
                return InvalidField("duplicate_of",
                                    "must be a ticket of the same site");
              }
              if (db::TicketId(*target) == row.id) {
                return InvalidField("duplicate_of", "must be another ticket");
              }
              auto target_status = target->status();
              if (target_status == v1::Ticket::DUPLICATE ||
                  target_status == v1::Ticket::CANCELLED ||
                  target_status == v1::Ticket::UNFOUNDED) {
                return Error(absl::StatusCode::kFailedPrecondition,
                             "DUPLICATE_OF_ENDED",
                             "the surviving ticket has itself ended; point at "
                             "the ticket that carries on");
              }
              absl::Status moved =
                  Advance(tx, row, TicketAction::kMarkDuplicate);
              if (!moved.ok()) return moved;
              absl::Status ended = EndWithoutWork(tx, row, now);
              if (!ended.ok()) return ended;
              step.Change("duplicate_of", "", target->name());
              row.duplicate_of_id = db::TicketId(*target);
              return absl::OkStatus();
            });
      });
}

grpc::Status TicketServiceImpl::CancelTicket(grpc::ServerContext* context,
                                             const v1::CancelTicketRequest* req,
                                             v1::Ticket* resp) {
  return Handle(services_, context, "CancelTicket", [&](const Principal& who) {
    absl::Status valid = CheckText("reason", req->reason(), 1, 500);
    if (!valid.ok()) return valid;
    return Mutate(services_, who, "CancelTicket", *req, req->request_id(),
                  req->name(), resp,
                  [&](db::Tx& tx, db::TicketRow& row, Step& step,
                      absl::Time now) -> absl::Status {
                    step.event = v1::TicketEvent::CANCELLED;
                    step.note = req->reason();
                    absl::Status moved =
                        Advance(tx, row, TicketAction::kCancel);
                    if (!moved.ok()) return moved;
                    absl::Status ended = EndWithoutWork(tx, row, now);
                    if (!ended.ok()) return ended;
                    row.resolution = req->reason();
                    return absl::OkStatus();
                  });
  });
}

grpc::Status TicketServiceImpl::ListCallbacksDue(
    grpc::ServerContext* context, const v1::ListCallbacksDueRequest* req,
    v1::ListTicketsResponse* resp) {
  return Handle(services_, context, "ListCallbacksDue", [&](const Principal&) {
    auto site_id = ParseSiteName("parent", req->parent());
    if (!site_id.ok()) return site_id.status();
    int32_t page_size = 0;
    absl::Status s = NormalizePageSize(req->page_size(), &page_size);
    if (!s.ok()) return s;
    absl::Duration window = absl::Hours(24);
    if (req->has_window()) {
      window = absl::Seconds(TimeUtil::DurationToSeconds(req->window()));
      if (window <= absl::ZeroDuration() || window > absl::Hours(24 * 7)) {
        return InvalidField("window", "must be more than 0 and at most 7 days");
      }
    }
    absl::Time now = services_.clock.Now();
    const std::string fingerprint = "callbacks|" + *site_id;
    std::optional<db::DueKey> after;
    if (!req->page_token().empty()) {
      auto key = DecodeDueKey(req->page_token(), fingerprint);
      if (!key.ok()) return key.status();
      after = *key;
    }
    return services_.db.Read([&](db::Tx& tx) {
      auto site = db::GetSite(tx, *site_id);
      if (!site.ok()) return site.status();
      auto listed = db::ListCallbacksDue(tx, *site_id, ToMicros(now + window),
                                         after, page_size + 1);
      if (!listed.ok()) return listed.status();
      auto& tickets = *listed;
      if (static_cast<int>(tickets.size()) > page_size) {
        tickets.resize(page_size);
        const auto& last = tickets.back();
        resp->set_next_page_token(EncodePageToken(
            fingerprint, {absl::StrCat(TimeUtil::TimestampToMicroseconds(
                              last.deadlines().callback_due_time())),
                          absl::StrCat(db::TicketId(last))}));
      }
      for (auto& t : tickets) {
        FillBreaches(t, now);
        *resp->add_tickets() = std::move(t);
      }
      return absl::OkStatus();
    });
  });
}

grpc::Status TicketServiceImpl::ListOverdueTickets(
    grpc::ServerContext* context, const v1::ListOverdueTicketsRequest* req,
    v1::ListTicketsResponse* resp) {
  return Handle(
      services_, context, "ListOverdueTickets", [&](const Principal&) {
        auto site_id = ParseSiteName("parent", req->parent(), true);
        if (!site_id.ok()) return site_id.status();
        int32_t page_size = 0;
        absl::Status s = NormalizePageSize(req->page_size(), &page_size);
        if (!s.ok()) return s;
        absl::Time now = services_.clock.Now();
        const std::string fingerprint = "overdue|" + *site_id;
        std::optional<db::DueKey> after;
        if (!req->page_token().empty()) {
          auto key = DecodeDueKey(req->page_token(), fingerprint);
          if (!key.ok()) return key.status();
          after = *key;
        }
        return services_.db.Read([&](db::Tx& tx) {
          if (*site_id != "-") {
            auto site = db::GetSite(tx, *site_id);
            if (!site.ok()) return site.status();
          }
          auto listed = db::ListOverdue(tx, *site_id == "-" ? "" : *site_id,
                                        ToMicros(now), after, page_size + 1);
          if (!listed.ok()) return listed.status();
          auto& rows = *listed;
          if (static_cast<int>(rows.size()) > page_size) {
            rows.resize(page_size);
            const auto& last = rows.back();
            resp->set_next_page_token(EncodePageToken(
                fingerprint, {absl::StrCat(last.effective_due_us.value_or(0)),
                              absl::StrCat(last.id)}));
          }
          for (const auto& row : rows) {
            v1::Ticket t = row.ToProto();
            FillBreaches(t, now);
            *resp->add_tickets() = std::move(t);
          }
          return absl::OkStatus();
        });
      });
}

}  // namespace frontdesk
