// A vendor's contact through the in-process gRPC server
// (tests/grpc_test_base.h), every test on SQLite and MariaDB: who may be
// one [D-VENDOR-CONTACT], and that they reach their vendor's work orders,
// the tickets of those and, while such an order is open, the reporter in
// clear (audited), and nothing else [T-VENDOR-CONTACT].
#include <memory>
#include <string>
#include <vector>

#include "frontdesk/v1/ticket_service.grpc.pb.h"
#include "frontdesk/v1/visitor_service.grpc.pb.h"
#include "tests/grpc_test_base.h"

namespace frontdesk::testing {
namespace {

using Role = v1::StaffMember;
using TicketStub = v1::TicketService::Stub;

constexpr char kName[] = "王芳";
constexpr char kPhone[] = "13800138000";
constexpr char kMaskedName[] = "王*";
constexpr char kMaskedPhone[] = "138****8000";

class VendorContactTest : public GrpcTestBase {
 protected:
  void SetUp() override {
    GrpcTestBase::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    tickets_ = v1::TicketService::NewStub(channel_);
    visitors_ = v1::VisitorService::NewStub(channel_);
    AddStaff("desk", {Role::RECEPTIONIST});  // hx's desk
    AddStaff("mgr", {Role::MANAGER});        // reads hx's access log
    AddVendor("otis", {"hx"});
    AddVendor("hitachi", {"hx"});
    // otis's man at hx.
    Register("otis.zhang", Contact("vendors/otis", "sites/hx"));
  }

  // A vendor of elevators serving `sites` (site ids).
  void AddVendor(const std::string& vendor_id,
                 const std::vector<std::string>& sites) {
    v1::CreateVendorRequest req;
    req.set_vendor_id(vendor_id);
    v1::Vendor* vendor = req.mutable_vendor();
    vendor->set_display_name(vendor_id);
    vendor->set_trade(v1::Vendor::ELEVATOR);
    vendor->set_contact_name("张工");
    vendor->set_phone("13900001111");
    vendor->mutable_response_deadline()->set_seconds(4 * 3600);
    for (const auto& site : sites) vendor->add_sites("sites/" + site);
    ASSERT_TRUE(Ok(As("admin", directory_.get(),
                      &v1::DirectoryService::Stub::CreateVendor, req)
                       .status));
  }

  // A vendor's contact of `vendor` granted VENDOR_CONTACT at `site`.
  static v1::StaffMember Contact(const std::string& vendor,
                                 const std::string& site) {
    v1::StaffMember member;
    member.set_display_name("张工");
    member.set_vendor(vendor);
    v1::RoleGrant* grant = member.add_grants();
    grant->set_role(Role::VENDOR_CONTACT);
    grant->set_site(site);
    return member;
  }

  Reply<v1::StaffMember> CreateStaff(const std::string& as,
                                     const std::string& staff_id,
                                     const v1::StaffMember& member) {
    v1::CreateStaffMemberRequest req;
    req.set_staff_id(staff_id);
    *req.mutable_staff_member() = member;
    return As(as, directory_.get(),
              &v1::DirectoryService::Stub::CreateStaffMember, req);
  }

  template <typename Req, typename Resp>
  Reply<Resp> T(const std::string& who,
                grpc::Status (TicketStub::*method)(grpc::ClientContext*,
                                                   const Req&, Resp*),
                const Req& request) {
    return As(who, tickets_.get(), method, request);
  }

  // A repair of a lift at hx, phoned in by 王芳.
  v1::Ticket CreateRepair() {
    v1::CreateTicketRequest req;
    req.set_parent("sites/hx");
    v1::Ticket* t = req.mutable_ticket();
    t->set_channel(v1::Ticket::PHONE);
    t->set_kind(v1::Ticket::REPAIR);
    t->mutable_reporter()->set_name(kName);
    t->mutable_reporter()->set_phone(kPhone);
    t->mutable_reporter()->set_location("3-2-501");
    t->set_subject("3号楼电梯停在两层之间");
    auto created = T("desk", &TicketStub::CreateTicket, req);
    EXPECT_TRUE(Ok(created.status));
    return created.value;
  }

  // Dispatches `ticket` to `vendor` (external-vendor route); the work
  // order's name ("" and a failure when there is none).
  std::string DispatchTo(const v1::Ticket& ticket, const std::string& vendor) {
    v1::DispatchTicketRequest req;
    req.set_name(ticket.name());
    req.set_route(v1::REPAIR_ROUTE_EXTERNAL_VENDOR);
    req.set_assignee(vendor);
    EXPECT_TRUE(Ok(T("desk", &TicketStub::DispatchTicket, req).status));
    v1::ListWorkOrdersRequest orders;
    orders.set_parent(ticket.name());
    auto listed = T("desk", &TicketStub::ListWorkOrders, orders);
    EXPECT_TRUE(Ok(listed.status));
    if (listed.value.work_orders().empty()) return "";
    return listed.value.work_orders(0).name();
  }

  Reply<v1::WorkOrder> ConfirmArrival(const std::string& who,
                                      const std::string& order) {
    v1::ConfirmArrivalRequest req;
    req.set_name(order);
    return T(who, &TicketStub::ConfirmArrival, req);
  }

  Reply<v1::WorkOrder> Complete(const std::string& who,
                                const std::string& order) {
    v1::CompleteWorkOrderRequest req;
    req.set_name(order);
    req.set_work_done("更换曳引机编码器");
    req.set_labour_hours(3);
    return T(who, &TicketStub::CompleteWorkOrder, req);
  }

  Reply<v1::Ticket> Get(const std::string& who, const std::string& name) {
    v1::GetTicketRequest req;
    req.set_name(name);
    return T(who, &TicketStub::GetTicket, req);
  }

  Reply<v1::ListTicketEventsResponse> History(const std::string& who,
                                              const std::string& name) {
    v1::ListTicketEventsRequest req;
    req.set_parent(name);
    return T(who, &TicketStub::ListTicketEvents, req);
  }

  // hx's access log, newest first, as its manager reads it.
  std::vector<v1::SensitiveDataAccess> Accesses() {
    v1::ListSensitiveDataAccessesRequest req;
    req.set_parent("sites/hx");
    auto listed = As("mgr", visitors_.get(),
                     &v1::VisitorService::Stub::ListSensitiveDataAccesses, req);
    EXPECT_TRUE(Ok(listed.status));
    return {listed.value.sensitive_data_accesses().begin(),
            listed.value.sensitive_data_accesses().end()};
  }

  // PERMISSION_DENIED by the vendor-contact rule.
  static ::testing::AssertionResult RefusedAsContact(const grpc::Status& s) {
    ::testing::AssertionResult denied = Denied(s);
    if (!denied) return denied;
    const google::rpc::ErrorInfo info = InfoOf(s);
    auto rule = info.metadata().find("rule");
    if (rule != info.metadata().end() && rule->second == "T-VENDOR-CONTACT") {
      return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << "want rule T-VENDOR-CONTACT: " << Describe(s);
  }

  std::unique_ptr<TicketStub> tickets_;
  std::unique_ptr<v1::VisitorService::Stub> visitors_;
};

TEST_P(VendorContactTest, CreatedOnlyForAVendorServingTheirSites) {
  // [D-VENDOR-CONTACT]: otis serves hx only.
  auto got = As("admin", directory_.get(),
                &v1::DirectoryService::Stub::GetStaffMember, [] {
                  v1::GetStaffMemberRequest req;
                  req.set_name("staff/otis.zhang");
                  return req;
                }());
  ASSERT_TRUE(Ok(got.status));
  EXPECT_EQ(got.value.vendor(), "vendors/otis");

  EXPECT_TRUE(Precondition(
      CreateStaff("admin", "otis.li", Contact("vendors/otis", "sites/lz"))
          .status,
      "VENDOR_NOT_SERVING_SITE"));
  EXPECT_TRUE(Precondition(
      CreateStaff("admin", "otis.li", Contact("vendors/otis", "sites/-"))
          .status,
      "VENDOR_NOT_SERVING_SITE"));
  EXPECT_TRUE(Refused(
      CreateStaff("admin", "otis.li", Contact("vendors/kone", "sites/hx"))
          .status,
      grpc::StatusCode::NOT_FOUND, "VENDOR_NOT_FOUND"));
  EXPECT_TRUE(InvalidNaming(
      CreateStaff("admin", "otis.li", Contact("", "sites/hx")).status,
      "staff_member.vendor"));
  // hx's manager makes otis's contacts at hx, like any person's role.
  EXPECT_TRUE(
      Ok(CreateStaff("mgr", "otis.li", Contact("vendors/otis", "sites/hx"))
             .status));
}

TEST_P(VendorContactTest, ListsAndCompletesOnlyTheirVendorsOrders) {
  // [T-VENDOR-CONTACT]
  const std::string otis_order = DispatchTo(CreateRepair(), "vendors/otis");
  const std::string hitachi_order =
      DispatchTo(CreateRepair(), "vendors/hitachi");
  ASSERT_FALSE(otis_order.empty());
  ASSERT_FALSE(hitachi_order.empty());

  v1::ListWorkOrdersRequest at_hx;
  at_hx.set_parent("sites/hx/tickets/-");
  auto listed = T("otis.zhang", &TicketStub::ListWorkOrders, at_hx);
  ASSERT_TRUE(Ok(listed.status));
  ASSERT_EQ(listed.value.work_orders_size(), 1);
  EXPECT_EQ(listed.value.work_orders(0).name(), otis_order);
  EXPECT_EQ(listed.value.work_orders(0).assignee(), "vendors/otis");
  // The desk sees both.
  EXPECT_EQ(
      T("desk", &TicketStub::ListWorkOrders, at_hx).value.work_orders_size(),
      2);

  EXPECT_TRUE(
      RefusedAsContact(ConfirmArrival("otis.zhang", hitachi_order).status));
  EXPECT_TRUE(RefusedAsContact(Complete("otis.zhang", hitachi_order).status));
  auto arrived = ConfirmArrival("otis.zhang", otis_order);
  ASSERT_TRUE(Ok(arrived.status));
  EXPECT_EQ(arrived.value.state(), v1::WorkOrder::ARRIVED);
  auto done = Complete("otis.zhang", otis_order);
  ASSERT_TRUE(Ok(done.status));
  EXPECT_EQ(done.value.state(), v1::WorkOrder::COMPLETED);
  // hitachi's order is untouched.
  v1::ListWorkOrdersRequest open;
  open.set_parent("sites/hx/tickets/-");
  auto all = T("desk", &TicketStub::ListWorkOrders, open);
  ASSERT_TRUE(Ok(all.status));
  for (const v1::WorkOrder& order : all.value.work_orders()) {
    if (order.name() == hitachi_order) {
      EXPECT_EQ(order.state(), v1::WorkOrder::OPEN);
    }
  }

  // Everything else is refused them: the site's tickets, a new one.
  v1::ListTicketsRequest list;
  list.set_parent("sites/hx");
  EXPECT_TRUE(Denied(T("otis.zhang", &TicketStub::ListTickets, list).status));
  v1::CreateTicketRequest create;
  create.set_parent("sites/hx");
  EXPECT_TRUE(
      Denied(T("otis.zhang", &TicketStub::CreateTicket, create).status));
}

TEST_P(VendorContactTest, ReadsOnlyTheTicketsOfTheirVendorsOrders) {
  // [T-VENDOR-CONTACT]: and a refusal tells nothing about whether the
  // ticket exists.
  v1::Ticket otis_ticket = CreateRepair();
  v1::Ticket hitachi_ticket = CreateRepair();
  v1::Ticket undispatched = CreateRepair();
  ASSERT_FALSE(DispatchTo(otis_ticket, "vendors/otis").empty());
  ASSERT_FALSE(DispatchTo(hitachi_ticket, "vendors/hitachi").empty());

  EXPECT_TRUE(Ok(Get("otis.zhang", otis_ticket.name()).status));
  EXPECT_TRUE(Ok(History("otis.zhang", otis_ticket.name()).status));
  for (const std::string& name : {hitachi_ticket.name(), undispatched.name(),
                                  std::string("sites/hx/tickets/999999")}) {
    SCOPED_TRACE(name);
    EXPECT_TRUE(RefusedAsContact(Get("otis.zhang", name).status));
    EXPECT_TRUE(RefusedAsContact(History("otis.zhang", name).status));
  }
}

TEST_P(VendorContactTest, SeesTheReporterWhileTheOrderIsOpenAndIsAudited) {
  // [T-VENDOR-CONTACT] [T-REPORTER-AUDITED]
  v1::Ticket ticket = CreateRepair();
  const std::string order = DispatchTo(ticket, "vendors/otis");
  ASSERT_FALSE(order.empty());
  ASSERT_TRUE(Accesses().empty());

  auto open = Get("otis.zhang", ticket.name());
  ASSERT_TRUE(Ok(open.status));
  EXPECT_EQ(open.value.reporter().name(), kName);
  EXPECT_EQ(open.value.reporter().phone(), kPhone);
  auto log = Accesses();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].actor(), "staff/otis.zhang");  // the person, not otis
  EXPECT_EQ(log[0].method(), "GetTicket");
  EXPECT_EQ(log[0].reason(), "assignee of an open work order of the ticket");
  ASSERT_EQ(log[0].resources_size(), 1);
  EXPECT_EQ(log[0].resources(0), ticket.name());

  ASSERT_TRUE(Ok(Complete("otis.zhang", order).status));
  auto done = Get("otis.zhang", ticket.name());
  ASSERT_TRUE(Ok(done.status));
  EXPECT_EQ(done.value.reporter().name(), kMaskedName);
  EXPECT_EQ(done.value.reporter().phone(), kMaskedPhone);
  EXPECT_EQ(done.value.reporter().location(), "3-2-501");
  EXPECT_EQ(Accesses().size(), 1u);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(VendorContactTest);

}  // namespace
}  // namespace frontdesk::testing
