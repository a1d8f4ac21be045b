// Unit tests of the table-mode views of tickets (ticket_view.h): lists,
// deadlines due, a ticket with its work orders and callback, the live feed
// and SLA policies. No server, no CLI11.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "clients/cli/cli_test_support.h"
#include "clients/cli/materials.h"
#include "clients/cli/ticket_view.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Ticket;
using v1::WorkOrder;

TEST(TicketView, TableShowsUnitOrLocation) {
  google::protobuf::RepeatedPtrField<Ticket> tickets;
  Ticket* t = tickets.Add();
  t->set_number("HX-20261123-0007");
  t->set_status(Ticket::NEW);
  t->set_kind(Ticket::REPAIR);
  t->set_channel(Ticket::WALK_IN);
  t->set_priority(Ticket::URGENT);
  t->mutable_reporter()->set_name("王芳");
  t->mutable_reporter()->set_phone("13800138000");
  t->mutable_reporter()->set_unit("sites/hx/units/3-2-501");
  t->mutable_reporter()->set_location("ignored when there is a unit");
  t->set_subject("厨房水管漏水");
  std::ostringstream out;
  PrintTicketTable(tickets, out);
  EXPECT_EQ(out.str(),
            "NUMBER            STATUS  KIND    CHANNEL  PRIORITY  REPORTER  "
            "PHONE        LOCATION/UNIT  SUBJECT       CREATED\n"
            "HX-20261123-0007  new     repair  walk-in  urgent    王芳      "
            "13800138000  3-2-501        厨房水管漏水\n");
}

TEST(TicketView, DueIsTheDeadlineTheDeskWorksTo) {
  Ticket t;
  t.set_status(Ticket::NEW);
  auto* d = t.mutable_deadlines();
  *d->mutable_first_response_due_time() = At(1000);
  *d->mutable_resolution_due_time() = At(5000);
  EXPECT_EQ(TicketDue(t).seconds(), 1000);  // nobody answered yet
  *t.mutable_first_response_time() = At(900);
  t.set_status(Ticket::DISPATCHED);
  EXPECT_EQ(TicketDue(t).seconds(), 5000);
  *d->mutable_promised_time() = At(7000);
  EXPECT_EQ(TicketDue(t).seconds(), 7000);  // the promise
  *d->mutable_plan_due_time() = At(6000);
  EXPECT_EQ(TicketDue(t).seconds(), 6000);  // a complaint's plan is owed
  *d->mutable_resident_notice_due_time() = At(5500);
  EXPECT_EQ(TicketDue(t).seconds(), 5500);  // and the resident notice
  *d->mutable_resident_notice_met_time() = At(5400);
  *d->mutable_plan_met_time() = At(5400);
  EXPECT_EQ(TicketDue(t).seconds(), 7000);  // both met: the promise again
  d->set_paused(true);
  t.set_status(Ticket::PENDING);
  EXPECT_EQ(TicketDue(t).seconds(), 0);
  d->set_paused(false);
  t.set_status(Ticket::RESOLVED);
  *d->mutable_callback_due_time() = At(9000);
  EXPECT_EQ(TicketDue(t).seconds(), 9000);
  t.set_status(Ticket::CLOSED);
  EXPECT_EQ(TicketDue(t).seconds(), 0);
}

TEST(TicketView, DueTableShowsHowLongOverdue) {
  ScopedTimeZone zone("Asia/Shanghai");
  google::protobuf::RepeatedPtrField<Ticket> tickets;
  Ticket* late = tickets.Add();
  late->set_number("HX-20261123-0007");
  late->set_status(Ticket::IN_PROGRESS);
  late->set_kind(Ticket::REPAIR);
  late->set_assignee("staff/wang.li");
  *late->mutable_first_response_time() = At(kNov23At1600 - 3600);
  *late->mutable_deadlines()->mutable_resolution_due_time() = At(kNov23At1600);
  Ticket* callback = tickets.Add();
  callback->set_number("HX-20261123-0008");
  callback->set_status(Ticket::RESOLVED);
  callback->set_kind(Ticket::COMPLAINT);
  callback->set_assignee("sites/hx/departments/eng");
  *callback->mutable_deadlines()->mutable_callback_due_time() =
      At(kNov23At1600 + 86400);
  std::ostringstream out;
  PrintDueTicketTable(tickets, kNov23At1600 + 2 * 3600 + 15 * 60 + 59, out);
  EXPECT_EQ(out.str(),
            "NUMBER            STATUS       KIND       ASSIGNEE  DUE        "
            "       OVERDUE BY\n"
            "HX-20261123-0007  in-progress  repair     wang.li   2026-11-23 "
            "16:00  2h15m\n"
            "HX-20261123-0008  resolved     complaint  dept:eng  2026-11-24 "
            "16:00\n");
  std::ostringstream empty;
  PrintDueTicketTable({}, 0, empty);
  EXPECT_EQ(empty.str(), "NUMBER  STATUS  KIND  ASSIGNEE  DUE  OVERDUE BY\n");
}

TEST(TicketView, ShowsRouteAssigneeAndBreachedDeadlines) {
  ScopedTimeZone zone("Asia/Shanghai");
  Ticket t;
  t.set_number("HX-20261123-0007");
  t.set_status(Ticket::DISPATCHED);
  t.set_kind(Ticket::REPAIR);
  t.set_route(v1::REPAIR_ROUTE_OWN_MAINTENANCE);
  t.set_assignee("staff/wang.li");
  auto* d = t.mutable_deadlines();
  *d->mutable_first_response_due_time() = At(kNov23At1600);
  d->set_first_response_breached(true);
  *d->mutable_resolution_due_time() = At(kNov23At1600 + 86400);
  *d->mutable_promised_time() = At(kNov23At1600 + 3600);
  std::ostringstream out;
  PrintTicket(t, out);
  const std::string text = out.str();
  EXPECT_NE(text.find("route:              own-maintenance\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("assignee:           staff/wang.li\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("first response due: 2026-11-23 16:00  BREACHED\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("resolution due:     2026-11-24 16:00\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("promised:           2026-11-23 17:00\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("callback due"), std::string::npos) << text;
  EXPECT_EQ(text.find("paused"), std::string::npos) << text;
}

TEST(TicketView, WorkOrderTable) {
  ScopedTimeZone zone("Asia/Shanghai");
  google::protobuf::RepeatedPtrField<WorkOrder> orders;
  WorkOrder* first = orders.Add();
  first->set_name("sites/hx/tickets/1/workOrders/1");
  first->set_state(WorkOrder::COMPLETED);
  first->set_assignee("staff/wang.li");
  *first->mutable_promised_time() = At(kNov23At1600);
  first->set_overdue(true);
  WorkOrder* rework = orders.Add();
  rework->set_name("sites/hx/tickets/1/workOrders/2");
  rework->set_state(WorkOrder::OPEN);
  rework->set_assignee("vendors/otis");
  rework->set_rework(true);
  std::ostringstream out;
  PrintWorkOrderTable(orders, out);
  EXPECT_EQ(out.str(),
            "NAME                             STATE      ASSIGNEE     "
            "PROMISED          OVERDUE  REWORK\n"
            "sites/hx/tickets/1/workOrders/1  completed  wang.li      "
            "2026-11-23 16:00  yes\n"
            "sites/hx/tickets/1/workOrders/2  open       vendor:otis  "
            "                           yes\n");
}

TEST(TicketView, WorkOrderAndCallbackDetails) {
  ScopedTimeZone zone("Asia/Shanghai");
  WorkOrder order;
  order.set_name("sites/hx/tickets/1/workOrders/1");
  order.set_state(WorkOrder::COMPLETED);
  order.set_route(v1::REPAIR_ROUTE_OWN_MAINTENANCE);
  order.set_assignee("staff/wang.li");
  order.set_work_done("更换阀门");
  order.set_labour_hours(1.5);
  *order.add_materials() = *ParseMaterial("阀门:1:个");
  *order.add_materials() = *ParseMaterial("生料带:2:卷");
  order.set_accepted_by_reporter(true);
  std::ostringstream out;
  PrintWorkOrder(order, out);
  const std::string text = out.str();
  EXPECT_NE(text.find("state:      completed\n"), std::string::npos) << text;
  EXPECT_NE(text.find("route:      own-maintenance\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("labour:     1.5 h\n"), std::string::npos) << text;
  EXPECT_NE(text.find("materials:  阀门 1 个\n            生料带 2 卷\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("accepted:   yes\n"), std::string::npos) << text;

  v1::TicketCallback callback;
  callback.set_name("sites/hx/tickets/1/callbacks/1");
  callback.set_result(v1::TicketCallback::UNSATISFIED);
  callback.set_rating(2);
  callback.set_comment("仍漏水");
  callback.set_rework_order("sites/hx/tickets/1/workOrders/2");
  std::ostringstream called;
  PrintCallback(callback, called);
  EXPECT_NE(called.str().find("result:       unsatisfied\n"), std::string::npos)
      << called.str();
  EXPECT_NE(called.str().find("rating:       2/5\n"), std::string::npos)
      << called.str();
  EXPECT_NE(
      called.str().find("rework order: sites/hx/tickets/1/workOrders/2\n"),
      std::string::npos)
      << called.str();
}

TEST(TicketView, WatchLineShowsTicketChangesAndNote) {
  ScopedTimeZone zone("Asia/Shanghai");
  v1::TicketEvent event;
  event.set_name("sites/hx/tickets/12/events/345");
  event.set_event_id(345);
  event.set_type(v1::TicketEvent::ESCALATED);
  event.set_actor("staff/wang.li");
  *event.mutable_create_time() = At(kNov23At1600);
  auto* change = event.add_changes();
  change->set_field("escalation_level");
  change->set_old_value("");
  change->set_new_value("ESCALATION_LEVEL_SUPERVISOR");
  event.set_note("业主\n情绪激动");
  EXPECT_EQ(EventTicketName(event.name()), "sites/hx/tickets/12");
  EXPECT_EQ(WatchLine(event, "HX-20261123-0007"),
            "345  2026-11-23 16:00  HX-20261123-0007  escalated  wang.li  "
            "escalation_level: (empty) -> supervisor  "
            "业主 情绪激动");
  v1::TicketEvent automatic;
  automatic.set_event_id(7);
  automatic.set_type(v1::TicketEvent::CREATED);
  EXPECT_EQ(WatchLine(automatic, "sites/hx/tickets/1"),
            "7    sites/hx/tickets/1  created  -");
}

TEST(TicketView, SlaPolicyTableShowsDurationsAndDefault) {
  google::protobuf::RepeatedPtrField<v1::SlaPolicy> policies;
  v1::SlaPolicy* p = policies.Add();
  p->set_kind(Ticket::SPECIAL_SERVICE);
  p->set_priority(Ticket::URGENT);
  p->mutable_first_response()->set_seconds(1800);
  p->mutable_resolution()->set_seconds(3 * 86400);
  p->mutable_callback()->set_seconds(86400);
  p->mutable_escalate_manager_after()->set_seconds(5400);
  p->mutable_coordination()->set_seconds(3 * 86400);
  p->set_is_default(true);
  v1::SlaPolicy* complaint = policies.Add();
  complaint->set_kind(Ticket::COMPLAINT);
  complaint->set_priority(Ticket::NORMAL);
  complaint->mutable_first_response()->set_seconds(86400);
  complaint->mutable_resolution()->set_seconds(3 * 86400);
  complaint->mutable_callback()->set_seconds(86400);
  complaint->mutable_plan()->set_seconds(86400);
  complaint->mutable_coordination()->set_seconds(3 * 86400);
  complaint->mutable_escalate_manager_after()->set_seconds(86400);
  std::ostringstream out;
  PrintSlaPolicyTable(policies, out);
  EXPECT_EQ(out.str(),
            "KIND             PRIORITY  RESPOND  RESOLVE  CALLBACK  PLAN  "
            "COORDINATION  SUPERVISOR AFTER  MANAGER AFTER  DEFAULT\n"
            "special-service  urgent    30m      3d       1d        -     "
            "3d            0s                1h30m          yes\n"
            "complaint        normal    1d       3d       1d        1d    "
            "3d            0s                1d\n");
}

}  // namespace
}  // namespace frontdesk::cli
