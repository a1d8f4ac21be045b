// TicketService's work orders (work_order_desk.h): the checks that need the
// store (the assignee, the order), the rules of work_order_rules.h, and the
// step run in the shared frame of ticket_step.h.
#include "server/ticket/work_order_desk.h"

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
#include "db/directory/org_store.h"
#include "db/directory/staff_store.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/approvals.h"
#include "server/authorize.h"
#include "server/idempotent.h"
#include "server/ticket/coordination_rules.h"
#include "server/ticket/deadlines.h"
#include "server/ticket/lifecycle.h"
#include "server/ticket/sla.h"
#include "server/ticket/ticket_step.h"
#include "server/ticket/work_order_rules.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

// Checks the assignee exists (and serves the ticket's site); returns the
// vendor's response deadline when it is a vendor.
absl::StatusOr<std::optional<absl::Duration>> CheckAssignee(
    db::Tx& tx, const db::TicketRow& row, const std::string& assignee,
    v1::RepairRoute route) {
  absl::string_view rest = assignee;
  if (absl::ConsumePrefix(&rest, "staff/")) {
    auto staff = db::GetStaffMember(tx, std::string(rest));
    if (!staff.ok()) return staff.status();
    absl::Status person = CheckStaffAssignee(*staff);
    if (!person.ok()) return person;
    absl::Status internal = CheckInternalAssignee(route);
    if (!internal.ok()) return internal;
    return std::optional<absl::Duration>();
  }
  if (absl::ConsumePrefix(&rest, "vendors/")) {
    auto vendor = db::GetVendor(tx, std::string(rest));
    if (!vendor.ok()) return vendor.status();
    bool serves = vendor->sites().empty();
    for (const auto& s : vendor->sites()) serves |= s == SiteName(row.site_id);
    absl::Status allowed = CheckVendorAssignee(route, vendor->trade(), serves,
                                               assignee, row.site_id);
    if (!allowed.ok()) return allowed;
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
  absl::Status internal = CheckInternalAssignee(route);
  if (!internal.ok()) return internal;
  return std::optional<absl::Duration>();
}

}  // namespace

absl::Status WorkOrderDesk::DispatchTicket(const Call& call,
                                           const v1::DispatchTicketRequest& req,
                                           v1::Ticket* resp) {
  absl::Status valid = ValidateDispatchRequest(req, services_.clock.Now());
  if (!valid.ok()) return valid;
  // The site manager's sign-off of a warranty route is their own call
  // [ACL-APPROVAL-BY-APPROVER]: dispatching it themselves, or the approval
  // whose code is sent, used up with the dispatch.
  ApprovalRequest signoff;
  signoff.action = v1::Approval::WARRANTY_SIGNOFF;
  signoff.code = req.approval();
  signoff.code_field = "approval";
  signoff.named = req.manager_signoff();
  signoff.named_field = "manager_signoff";
  if (req.route() == v1::REPAIR_ROUTE_DEVELOPER_WARRANTY) {
    absl::Status form = PrepareApproval(&signoff);
    if (!form.ok()) return form;
  }
  return Mutate(
      services_, call.who, "DispatchTicket", req, req.request_id(), req.name(),
      resp,
      [&](db::Tx& tx, db::TicketRow& row, Step& step,
          absl::Time now) -> absl::Status {
        step.event = v1::TicketEvent::DISPATCHED;
        absl::Status routed = CheckRouteChosen(
            static_cast<v1::Ticket::Kind>(row.kind),
            static_cast<v1::Ticket::ComplaintClass>(row.complaint_class),
            req.route());
        if (!routed.ok()) return routed;
        auto vendor_deadline =
            CheckAssignee(tx, row, req.assignee(), req.route());
        if (!vendor_deadline.ok()) return vendor_deadline.status();
        auto context = ContextOf(tx, row);
        if (!context.ok()) return context.status();
        TransitionContext ctx = *context;
        ctx.route_is_warranty =
            req.route() == v1::REPAIR_ROUTE_DEVELOPER_WARRANTY;
        std::string manager_id;
        if (ctx.route_is_warranty) {
          signoff.site_id = row.site_id;
          auto manager = ResolveApprover(tx, call, signoff,
                                         TicketName(row.site_id, row.id), now);
          if (!manager.ok()) return manager.status();
          if (manager->has_value()) manager_id = (*manager)->staff_id;
          // Without a sign-off the lifecycle refuses the route
          // (WARRANTY_NOT_CLEARED) [T-WARRANTY-SIGNOFF].
          ctx.is_warranty_cleared =
              !manager_id.empty() && !req.developer_acknowledged_by().empty();
        }
        absl::Status moved = Advance(row, TicketAction::kDispatch, ctx);
        if (!moved.ok()) return moved;
        const bool coordination = req.route() == v1::REPAIR_ROUTE_COORDINATION;
        db::NewWorkOrder order;
        order.route = req.route();
        order.assignee = req.assignee();
        if (req.has_promised_time()) {
          order.promised_us =
              TimeUtil::TimestampToMicroseconds(req.promised_time());
        } else if (coordination) {
          auto policy = PolicyFor(tx, row.site_id, row.kind, row.priority);
          if (!policy.ok()) return policy.status();
          order.promised_us = ToMicros(DefaultCoordinationPromise(
              FromMicros(row.create_us), now, policy->sla.coordination));
        } else if (*vendor_deadline) {
          order.promised_us = ToMicros(now + **vendor_deadline);
        }
        if (coordination) {
          // Several parties, more than two days: the promise told to
          // the resident.
          absl::Status enough =
              CheckCoordinationPromise(FromMicros(*order.promised_us), now);
          if (!enough.ok()) return enough;
          step.Change("promised_time", TimeText(row.promised_us),
                      TimeText(order.promised_us));
          row.promised_us = order.promised_us;
        }
        auto superseded = db::SupersedeOpenWorkOrders(tx, row.id);
        if (!superseded.ok()) return superseded.status();
        order.parties.assign(req.parties().begin(), req.parties().end());
        order.instructions = req.instructions();
        if (ctx.route_is_warranty) {
          order.manager_signoff = manager_id;
          order.developer_ack_by = req.developer_acknowledged_by();
          step.Change("manager_signoff", "", StaffName(manager_id));
          step.Change("developer_acknowledged_by", "",
                      req.developer_acknowledged_by());
        }
        order.dispatched_by = call.who.staff_id;
        auto inserted = db::InsertWorkOrder(tx, row, order, ToMicros(now));
        if (!inserted.ok()) return inserted.status();
        step.Change(
            "route",
            v1::RepairRoute_Name(static_cast<v1::RepairRoute>(row.route)),
            v1::RepairRoute_Name(req.route()));
        step.Change("assignee", row.assignee, req.assignee());
        step.note = inserted->name();
        row.route = req.route();
        row.assignee = req.assignee();
        StampFirstResponse(now, &row.first_response_us);
        return RequireNoticeIfSeveral(tx, row, step, now, coordination);
      });
}

absl::Status WorkOrderDesk::ConfirmArrival(const Call& call,
                                           const v1::ConfirmArrivalRequest& req,
                                           v1::WorkOrder* resp) {
  auto ref = db::ParseWorkOrderName("name", req.name());
  if (!ref.ok()) return ref.status();
  v1::WorkOrder updated;
  return HideMissingWorkOrder(
      call.who, req.name(),
      Mutate(
          services_, call.who, "ConfirmArrival", req, req.request_id(),
          TicketName(ref->site_id, ref->ticket_id), resp,
          [&](db::Tx& tx, db::TicketRow& row, Step& step,
              absl::Time now) -> absl::Status {
            step.event = v1::TicketEvent::ARRIVAL_CONFIRMED;
            auto order = db::GetWorkOrder(tx, *ref);
            if (!order.ok()) return order.status();
            absl::Status reporter = CheckWorkOrderReporter(call.who, *order);
            if (!reporter.ok()) return reporter;
            absl::Status allowed = CheckArrivalAllowed(order->state());
            if (!allowed.ok()) return allowed;
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
          &updated));
}

absl::Status WorkOrderDesk::CompleteWorkOrder(
    const Call& call, const v1::CompleteWorkOrderRequest& req,
    v1::WorkOrder* resp) {
  auto ref = db::ParseWorkOrderName("name", req.name());
  if (!ref.ok()) return ref.status();
  absl::Status valid = ValidateCompletion(req);
  if (!valid.ok()) return valid;
  v1::WorkOrder updated;
  return HideMissingWorkOrder(
      call.who, req.name(),
      Mutate(
          services_, call.who, "CompleteWorkOrder", req, req.request_id(),
          TicketName(ref->site_id, ref->ticket_id), resp,
          [&](db::Tx& tx, db::TicketRow& row, Step& step,
              absl::Time now) -> absl::Status {
            step.event = v1::TicketEvent::WORK_COMPLETED;
            auto order = db::GetWorkOrder(tx, *ref);
            if (!order.ok()) return order.status();
            absl::Status reporter = CheckWorkOrderReporter(call.who, *order);
            if (!reporter.ok()) return reporter;
            absl::Status allowed = CheckCompletionAllowed(order->state());
            if (!allowed.ok()) return allowed;
            if (row.status == v1::Ticket::DISPATCHED) {
              absl::Status moved = Advance(tx, row, TicketAction::kStart);
              if (!moved.ok()) return moved;
            }
            order->set_state(v1::WorkOrder::COMPLETED);
            *order->mutable_complete_time() =
                TimeUtil::MicrosecondsToTimestamp(ToMicros(now));
            order->set_work_done(req.work_done());
            order->set_labour_hours(req.labour_hours());
            *order->mutable_materials() = req.materials();
            order->set_accepted_by_reporter(req.accepted_by_reporter());
            order->set_acceptance_note(req.acceptance_note());
            absl::Status saved = db::SaveWorkOrder(tx, *ref, *order);
            if (!saved.ok()) return saved;
            step.note = absl::StrCat(order->name(), ": ", req.work_done());
            updated = *order;
            updated.set_overdue(order->has_promised_time() &&
                                ToTime(order->promised_time()) < now);
            return absl::OkStatus();
          },
          &updated));
}

absl::Status WorkOrderDesk::ListWorkOrders(const Call& call,
                                           const v1::ListWorkOrdersRequest& req,
                                           v1::ListWorkOrdersResponse* resp) {
  auto page = ListPage::Start(
      services_.page_tokens, call.who.name(), req.page_size(), req.page_token(),
      absl::StrCat("workorders|", req.parent(), "|", req.overdue_only()),
      PageKey::kNumber);
  if (!page.ok()) return page.status();
  db::WorkOrderQuery query;
  absl::string_view parent = req.parent();
  if (absl::ConsumeSuffix(&parent, "/tickets/-")) {
    auto site_id = ParseSiteName("parent", parent);
    if (!site_id.ok()) return site_id.status();
    query.site_id = *site_id;
  } else {
    auto ref = ParseTicketName("parent", req.parent());
    if (!ref.ok()) return ref.status();
    auto found = services_.db.Read([&](db::Tx& tx) {
      auto t = db::GetTicket(tx, services_.protector, *ref);
      if (!t.ok()) return t.status();
      query.site_id = db::TicketSiteId(*t);
      query.ticket_id = db::TicketId(*t);
      return absl::OkStatus();
    });
    if (found.code() == absl::StatusCode::kNotFound &&
        !VisibleWorkOrderAssignee(call.who, RequestSite(req, "parent"))
             .empty()) {
      // A worker's orders of a ticket that does not exist: none, as of one
      // that holds none of theirs, so the answer tells nothing more.
      return absl::OkStatus();
    }
    if (!found.ok()) return found;
  }
  query.assignee = VisibleWorkOrderAssignee(call.who, query.site_id);
  absl::Time now = services_.clock.Now();
  if (req.overdue_only()) query.overdue_at_us = ToMicros(now);
  query.after_id = page->after_number();
  query.limit = page->FetchLimit();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto listed = db::ListWorkOrders(tx, query, ToMicros(now));
    if (!listed.ok()) return listed.status();
    resp->set_next_page_token(page->NextToken(*listed, kIdOfName));
    for (auto& o : *listed) *resp->add_work_orders() = std::move(o);
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
