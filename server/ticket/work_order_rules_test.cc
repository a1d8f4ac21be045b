// work_order_rules.h: dispatch requests, routes, assignees, work orders.
#include "server/ticket/work_order_rules.h"

#include <google/protobuf/util/time_util.h>

#include "common/principal_testing.h"
#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

const absl::Time kNow = absl::FromUnixSeconds(1795400000);

v1::DispatchTicketRequest Dispatch() {
  v1::DispatchTicketRequest r;
  r.set_route(v1::REPAIR_ROUTE_OWN_MAINTENANCE);
  r.set_assignee("staff/li");
  return r;
}

TEST(WorkOrderRulesTest, AValidDispatch) {
  EXPECT_TRUE(ValidateDispatchRequest(Dispatch(), kNow).ok());
}

TEST(WorkOrderRulesTest, DispatchViolationsAreAllListed) {
  v1::DispatchTicketRequest r = Dispatch();
  r.set_route(static_cast<v1::RepairRoute>(99));
  r.clear_assignee();
  r.add_parties("");
  *r.mutable_promised_time() =
      TimeUtil::MicrosecondsToTimestamp(absl::ToUnixMicros(kNow));
  absl::Status s = ValidateDispatchRequest(r, kNow);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorFieldViolations(s).size(), 4u) << s;
}

TEST(WorkOrderRulesTest, CoordinationNamesTwoParties) {
  v1::DispatchTicketRequest r = Dispatch();
  r.set_route(v1::REPAIR_ROUTE_COORDINATION);
  r.add_parties("property");
  EXPECT_FALSE(ValidateDispatchRequest(r, kNow).ok());
  r.add_parties("developer");
  EXPECT_TRUE(ValidateDispatchRequest(r, kNow).ok());
}

TEST(WorkOrderRulesTest, AnApprovalIsTheWarrantySignoffOnly) {
  v1::DispatchTicketRequest r = Dispatch();
  r.set_approval("K7M2QX9RAB34");
  absl::Status s = ValidateDispatchRequest(r, kNow);
  ASSERT_EQ(ErrorFieldViolations(s).size(), 1u) << s;
  EXPECT_EQ(ErrorFieldViolations(s)[0].field, "approval");
  r.set_route(v1::REPAIR_ROUTE_DEVELOPER_WARRANTY);
  EXPECT_TRUE(ValidateDispatchRequest(r, kNow).ok());
}

TEST(WorkOrderRulesTest, RepairsAndFacilityComplaintsNeedARoute) {
  EXPECT_TRUE(
      NeedsRoute(v1::Ticket::REPAIR, v1::Ticket::COMPLAINT_CLASS_UNSPECIFIED));
  EXPECT_TRUE(NeedsRoute(v1::Ticket::COMPLAINT, v1::Ticket::FACILITY));
  EXPECT_FALSE(NeedsRoute(v1::Ticket::COMPLAINT, v1::Ticket::SERVICE));
  EXPECT_FALSE(NeedsRoute(v1::Ticket::INQUIRY, v1::Ticket::FACILITY));
  EXPECT_FALSE(CheckRouteChosen(v1::Ticket::REPAIR,
                                v1::Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                                v1::REPAIR_ROUTE_UNSPECIFIED)
                   .ok());
  EXPECT_TRUE(CheckRouteChosen(v1::Ticket::INQUIRY,
                               v1::Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                               v1::REPAIR_ROUTE_UNSPECIFIED)
                  .ok());
}

TEST(WorkOrderRulesTest, VendorRoutesGoToVendors) {
  EXPECT_TRUE(CheckInternalAssignee(v1::REPAIR_ROUTE_OWN_MAINTENANCE).ok());
  EXPECT_FALSE(CheckInternalAssignee(v1::REPAIR_ROUTE_EXTERNAL_VENDOR).ok());
  EXPECT_FALSE(CheckInternalAssignee(v1::REPAIR_ROUTE_DEVELOPER_WARRANTY).ok());
  EXPECT_EQ(ErrorReason(CheckVendorAssignee(v1::REPAIR_ROUTE_EXTERNAL_VENDOR,
                                            v1::Vendor::ELEVATOR, false,
                                            "vendors/lift", "hx")),
            "VENDOR_NOT_SERVING_SITE");
  EXPECT_TRUE(CheckVendorAssignee(v1::REPAIR_ROUTE_EXTERNAL_VENDOR,
                                  v1::Vendor::ELEVATOR, true, "vendors/lift",
                                  "hx")
                  .ok());
  EXPECT_FALSE(CheckVendorAssignee(v1::REPAIR_ROUTE_DEVELOPER_WARRANTY,
                                   v1::Vendor::ELEVATOR, true, "vendors/lift",
                                   "hx")
                   .ok());
  EXPECT_TRUE(CheckVendorAssignee(v1::REPAIR_ROUTE_DEVELOPER_WARRANTY,
                                  v1::Vendor::DEVELOPER_PROJECT_TEAM, true,
                                  "vendors/dev", "hx")
                  .ok());
}

TEST(WorkOrderRulesTest, ArrivalOnOpenCompletionOnOpenOrArrived) {
  EXPECT_TRUE(CheckArrivalAllowed(v1::WorkOrder::OPEN).ok());
  EXPECT_EQ(ErrorReason(CheckArrivalAllowed(v1::WorkOrder::ARRIVED)),
            "WORK_ORDER_NOT_OPEN");
  EXPECT_TRUE(CheckCompletionAllowed(v1::WorkOrder::OPEN).ok());
  EXPECT_TRUE(CheckCompletionAllowed(v1::WorkOrder::ARRIVED).ok());
  EXPECT_EQ(ErrorReason(CheckCompletionAllowed(v1::WorkOrder::COMPLETED)),
            "WORK_ORDER_NOT_OPEN");
}

TEST(WorkOrderRulesTest, Completion) {
  v1::CompleteWorkOrderRequest r;
  r.set_work_done("replaced the valve");
  r.set_labour_hours(1.5);
  auto* m = r.add_materials();
  m->set_name("valve");
  m->set_quantity(1);
  EXPECT_TRUE(ValidateCompletion(r).ok());
  r.set_labour_hours(-1);
  m->set_quantity(0);
  r.clear_work_done();
  EXPECT_EQ(ErrorFieldViolations(ValidateCompletion(r)).size(), 3u);
}

TEST(WorkOrderRulesTest, AWorkerReportsOnlyOnTheirOwnOrdersTheDeskOnAny) {
  v1::WorkOrder order;
  order.set_name("sites/hx/tickets/7/workOrders/1");
  order.set_assignee("staff/li.na");  // TestPrincipal's own name
  using Role = v1::StaffMember;
  EXPECT_TRUE(
      CheckWorkOrderReporter(TestPrincipal({Role::MAINTENANCE}, {"hx"}), order)
          .ok());
  order.set_assignee("staff/zhang.gong");
  absl::Status other =
      CheckWorkOrderReporter(TestPrincipal({Role::MAINTENANCE}, {"hx"}), order);
  EXPECT_EQ(other.code(), absl::StatusCode::kPermissionDenied) << other;
  EXPECT_EQ(ErrorMetadata(other, "rule"), "T-WORK-ORDER-ASSIGNEE");
  for (int desk :
       {Role::RECEPTIONIST, Role::SUPERVISOR, Role::MANAGER, Role::ADMIN}) {
    EXPECT_TRUE(
        CheckWorkOrderReporter(TestPrincipal({desk}, {"hx"}), order).ok())
        << desk;
  }
  // The desk of another site is a worker like any other here.
  absl::Status elsewhere = CheckWorkOrderReporter(
      TestPrincipal({Role::RECEPTIONIST}, {"yy"}), order);
  EXPECT_EQ(elsewhere.code(), absl::StatusCode::kPermissionDenied);
}

TEST(WorkOrderRulesTest, AMissingOrderIsRefusedToAWorkerNotFoundToTheDesk) {
  using Role = v1::StaffMember;
  const std::string order = "sites/hx/tickets/7/workOrders/9";
  const absl::Status missing = absl::NotFoundError("no such work order");
  absl::Status worker = HideMissingWorkOrder(
      TestPrincipal({Role::MAINTENANCE}, {"hx"}), order, missing);
  EXPECT_EQ(worker.code(), absl::StatusCode::kPermissionDenied) << worker;
  EXPECT_EQ(ErrorMetadata(worker, "rule"), "T-WORK-ORDER-ASSIGNEE");
  EXPECT_EQ(HideMissingWorkOrder(TestPrincipal({Role::RECEPTIONIST}, {"hx"}),
                                 order, missing)
                .code(),
            absl::StatusCode::kNotFound);
  // Anything else passes as it is.
  const absl::Status stale = absl::AbortedError("stale");
  EXPECT_EQ(HideMissingWorkOrder(TestPrincipal({Role::MAINTENANCE}, {"hx"}),
                                 order, stale),
            stale);
  EXPECT_TRUE(HideMissingWorkOrder(TestPrincipal({Role::MAINTENANCE}, {"hx"}),
                                   order, absl::OkStatus())
                  .ok());
}

TEST(WorkOrderRulesTest, AWorkerSeesOnlyTheirOwnOrdersTheDeskEveryOrder) {
  using Role = v1::StaffMember;
  EXPECT_EQ(VisibleWorkOrderAssignee(TestPrincipal({Role::MAINTENANCE}, {"hx"}),
                                     "hx"),
            "staff/li.na");
  EXPECT_EQ(VisibleWorkOrderAssignee(
                TestPrincipal({Role::RECEPTIONIST}, {"hx"}), "hx"),
            "");
  EXPECT_EQ(VisibleWorkOrderAssignee(TestPrincipal({Role::ADMIN}, {}), "hx"),
            "");
  // A receptionist at yy is no desk at hx.
  EXPECT_EQ(VisibleWorkOrderAssignee(
                TestPrincipal({Role::RECEPTIONIST}, {"yy"}), "hx"),
            "staff/li.na");
}

TEST(WorkOrderRulesTest, AWorkerReadsOnlyTheTicketsOfTheirOwnOrders) {
  using Role = v1::StaffMember;
  Principal worker = TestPrincipal({Role::MAINTENANCE}, {"hx"});
  EXPECT_TRUE(CheckWorkerReadsTicket(worker, "sites/hx/tickets/7", true).ok());
  absl::Status refused =
      CheckWorkerReadsTicket(worker, "sites/hx/tickets/8", false);
  EXPECT_EQ(refused.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrorMetadata(refused, "rule"), "T-WORK-ORDER-ASSIGNEE");
  EXPECT_NE(refused.message().find("sites/hx/tickets/8"), std::string::npos);
}

// Otis's contact at hx: an outside company's person [T-VENDOR-CONTACT].
Principal OtisContact() {
  Principal who = TestPrincipal({v1::StaffMember::VENDOR_CONTACT}, {"hx"});
  who.staff_id = "otis.zhang";
  who.vendor_id = "otis";
  return who;
}

TEST(WorkOrderRulesTest, AVendorsContactActsOnTheirVendorsOrdersOnly) {
  Principal contact = OtisContact();
  EXPECT_EQ(contact.name(), "staff/otis.zhang");  // who acts, for the log
  EXPECT_EQ(contact.assignee_name(), "vendors/otis");
  EXPECT_EQ(VisibleWorkOrderAssignee(contact, "hx"), "vendors/otis");

  v1::WorkOrder order;
  order.set_name("sites/hx/tickets/7/workOrders/1");
  order.set_assignee("vendors/otis");
  EXPECT_TRUE(CheckWorkOrderReporter(contact, order).ok());
  // Another vendor's order, and one assigned to the contact's own account
  // (they act for the vendor, never as themselves).
  for (const char* other : {"vendors/hitachi", "staff/otis.zhang"}) {
    order.set_assignee(other);
    absl::Status refused = CheckWorkOrderReporter(contact, order);
    EXPECT_EQ(refused.code(), absl::StatusCode::kPermissionDenied) << other;
    EXPECT_EQ(ErrorMetadata(refused, "rule"), "T-VENDOR-CONTACT") << other;
    EXPECT_NE(refused.message().find("vendors/otis"), std::string::npos)
        << refused;
  }
  // A maintenance worker is not the vendor either.
  order.set_assignee("vendors/otis");
  EXPECT_FALSE(CheckWorkOrderReporter(
                   TestPrincipal({v1::StaffMember::MAINTENANCE}, {"hx"}), order)
                   .ok());

  absl::Status unread =
      CheckWorkerReadsTicket(contact, "sites/hx/tickets/8", false);
  EXPECT_EQ(unread.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrorMetadata(unread, "rule"), "T-VENDOR-CONTACT");
  EXPECT_TRUE(CheckWorkerReadsTicket(contact, "sites/hx/tickets/7", true).ok());
}

TEST(WorkOrderRulesTest, AStaffAssigneeIsAPersonNotAContactOrAService) {
  using Role = v1::StaffMember;
  v1::StaffMember worker;
  worker.set_name("staff/li.gong");
  v1::RoleGrant* grant = worker.add_grants();
  grant->set_role(Role::MAINTENANCE);
  grant->set_site("sites/hx");
  EXPECT_TRUE(CheckStaffAssignee(worker).ok());

  v1::StaffMember contact = worker;
  contact.set_name("staff/otis.zhang");
  contact.mutable_grants(0)->set_role(Role::VENDOR_CONTACT);
  contact.set_vendor("vendors/otis");
  absl::Status refused = CheckStaffAssignee(contact);
  EXPECT_EQ(refused.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(refused.message().find("vendors/otis"), std::string::npos)
      << refused;

  v1::StaffMember app = worker;
  app.set_name("staff/resident.app");
  app.mutable_grants(0)->set_role(Role::RESIDENT_APP);
  EXPECT_EQ(CheckStaffAssignee(app).code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace frontdesk
