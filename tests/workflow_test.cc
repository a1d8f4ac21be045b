// The ticket workflow through the real gRPC server over loopback: every
// TEST_P body runs on SQLite and on MariaDB (FRONTDESK_TEST_MYSQL, set by
// tests/with_mariadb.sh), each on a fresh database, with a FakeClock that
// the tests advance instead of sleeping. Each test names the rule it covers
// (the T- rules of docs/rules.md, which lists these tests by name; the
// lifecycle of ticket_service.proto).

#include <google/protobuf/util/message_differencer.h>
#include <google/protobuf/util/time_util.h>
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/store_test_base.h"  // PrintTo(Backend)
#include "db/testing.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"
#include "frontdesk/v1/ticket_service.grpc.pb.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "server/auth.h"
#include "server/frontdesk_server.h"
#include "server/ticket/escalation_sweeper.h"
#include "tests/grpc_test_base.h"

namespace frontdesk {
namespace {

using ::frontdesk::testing::At;
using ::frontdesk::testing::Describe;
using ::frontdesk::testing::InvalidNaming;
using ::frontdesk::testing::Ok;
using ::frontdesk::testing::Precondition;
using ::frontdesk::testing::Reason;
using ::frontdesk::testing::Refused;
using ::frontdesk::testing::Reply;
using ::frontdesk::testing::T0;
using ::frontdesk::testing::Ts;
using ::google::protobuf::util::MessageDifferencer;
using ::google::protobuf::util::TimeUtil;
using Ticket = v1::Ticket;
using WorkOrder = v1::WorkOrder;
using TicketCallback = v1::TicketCallback;
using TicketEvent = v1::TicketEvent;

constexpr char kSite[] = "sites/hx";
constexpr char kOtherSite[] = "sites/lz";
constexpr char kWorker[] = "staff/li.gong";   // MAINTENANCE at hx
constexpr char kManager[] = "staff/zhou.zr";  // MANAGER at hx
constexpr char kAdmin[] = "staff/admin";      // BootstrapAdminToken's
constexpr char kEngineering[] = "sites/hx/departments/eng";
constexpr char kElevatorVendor[] = "vendors/otis";    // ELEVATOR, 4 h
constexpr char kDeveloperTeam[] = "vendors/devteam";  // DEVELOPER_PROJECT_TEAM

// Display text of an instant in the history ("2026-11-28T01:00:00Z").
std::string Text(absl::Time t) {
  return absl::FormatTime(absl::RFC3339_sec, t, absl::UTCTimeZone());
}

// "OLD→NEW" of the event's status change, "" when the status did not change.
std::string StatusChange(const TicketEvent& e) {
  for (const auto& c : e.changes()) {
    if (c.field() == "status") {
      return absl::StrCat(c.old_value(), "→", c.new_value());
    }
  }
  return "";
}

const v1::FieldChange* ChangeOf(const TicketEvent& e,
                                const std::string& field) {
  for (const auto& c : e.changes()) {
    if (c.field() == field) return &c;
  }
  return nullptr;
}

std::vector<std::string> NamesOf(const std::vector<Ticket>& tickets) {
  std::vector<std::string> out;
  for (const auto& t : tickets) out.push_back(t.name());
  return out;
}

std::vector<std::string> NamesOf(const std::vector<WorkOrder>& orders) {
  std::vector<std::string> out;
  for (const auto& o : orders) out.push_back(o.name());
  return out;
}

class WorkflowTest : public testing::GrpcTestBase {
 protected:
  // The base starts the server with sites hx and lz (Asia/Shanghai).
  void SetUp() override {
    GrpcTestBase::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    secret_ = TokenOf("admin");
    tickets_ = v1::TicketService::NewStub(channel_);
    CreateDirectory();
  }

  // Every call carries the admin's bearer token and a deadline.
  std::unique_ptr<grpc::ClientContext> Context() {
    auto context = std::make_unique<grpc::ClientContext>();
    context->AddMetadata("authorization", "Bearer " + secret_);
    context->set_deadline(std::chrono::system_clock::now() +
                          std::chrono::seconds(30));
    return context;
  }

  template <typename Stub, typename Req, typename Resp>
  Reply<Resp> Call(Stub* stub,
                   grpc::Status (Stub::*method)(grpc::ClientContext*,
                                                const Req&, Resp*),
                   const Req& request) {
    auto context = Context();
    Reply<Resp> reply;
    reply.status = (stub->*method)(context.get(), request, &reply.value);
    return reply;
  }

  template <typename Req, typename Resp>
  Reply<Resp> T(grpc::Status (v1::TicketService::Stub::*method)(
                    grpc::ClientContext*, const Req&, Resp*),
                const Req& request) {
    return Call(tickets_.get(), method, request);
  }

  template <typename Req, typename Resp>
  Reply<Resp> D(grpc::Status (v1::DirectoryService::Stub::*method)(
                    grpc::ClientContext*, const Req&, Resp*),
                const Req& request) {
    return Call(directory_.get(), method, request);
  }

  // A maintenance worker and a manager at hx, hx's engineering department, an
  // elevator vendor that must come within 4 h and the developer's project team.
  void CreateDirectory() {
    struct Person {
      const char* id;
      const char* display_name;
      v1::StaffMember::Role role;
    };
    for (const Person& p :
         {Person{"li.gong", "李工", v1::StaffMember::MAINTENANCE},
          Person{"zhou.zr", "周主任", v1::StaffMember::MANAGER}}) {
      v1::CreateStaffMemberRequest req;
      req.set_staff_id(p.id);
      req.mutable_staff_member()->set_display_name(p.display_name);
      req.mutable_staff_member()->add_roles(p.role);
      req.mutable_staff_member()->add_sites(kSite);
      ASSERT_TRUE(
          Ok(D(&v1::DirectoryService::Stub::CreateStaffMember, req).status));
    }
    v1::CreateDepartmentRequest dept;
    dept.set_parent(kSite);
    dept.set_department_id("eng");
    dept.mutable_department()->set_display_name("工程部");
    dept.mutable_department()->set_kind(v1::Department::MAINTENANCE);
    dept.mutable_department()->set_head(kWorker);
    ASSERT_TRUE(
        Ok(D(&v1::DirectoryService::Stub::CreateDepartment, dept).status));
    struct Company {
      const char* id;
      const char* display_name;
      v1::Vendor::Trade trade;
      absl::Duration deadline;
    };
    for (const Company& c :
         {Company{"otis", "奥的斯电梯", v1::Vendor::ELEVATOR, absl::Hours(4)},
          Company{"devteam", "开发商项目部", v1::Vendor::DEVELOPER_PROJECT_TEAM,
                  absl::Hours(48)}}) {
      v1::CreateVendorRequest req;
      req.set_vendor_id(c.id);
      req.mutable_vendor()->set_display_name(c.display_name);
      req.mutable_vendor()->set_trade(c.trade);
      req.mutable_vendor()->set_contact_name("张工");
      req.mutable_vendor()->set_phone("13900139000");
      *req.mutable_vendor()->mutable_response_deadline() =
          TimeUtil::SecondsToDuration(absl::ToInt64Seconds(c.deadline));
      ASSERT_TRUE(Ok(D(&v1::DirectoryService::Stub::CreateVendor, req).status));
    }
  }

  absl::Time Now() const { return clock_->Now(); }
  void Advance(absl::Duration d) { clock_->Advance(d); }

  // --- Tickets -------------------------------------------------------------

  Reply<Ticket> Create(Ticket::Kind kind,
                       Ticket::ComplaintClass complaint_class =
                           Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                       Ticket::Priority priority = Ticket::NORMAL,
                       const std::string& site = kSite) {
    v1::CreateTicketRequest req;
    req.set_parent(site);
    Ticket* t = req.mutable_ticket();
    t->set_channel(Ticket::PHONE);
    t->set_kind(kind);
    t->set_complaint_class(complaint_class);
    t->set_priority(priority);
    t->mutable_reporter()->set_name("张三");
    t->mutable_reporter()->set_phone("13800138000");
    t->mutable_reporter()->set_location("3-2-501 卫生间");
    t->set_subject("卫生间漏水");
    t->set_description("卫生间漏水，楼下天花板渗水。");
    return T(&v1::TicketService::Stub::CreateTicket, req);
  }

  // Creates a ticket that must succeed; its name ("" after a failure).
  std::string MustCreate(Ticket::Kind kind,
                         Ticket::ComplaintClass complaint_class =
                             Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                         Ticket::Priority priority = Ticket::NORMAL,
                         const std::string& site = kSite) {
    auto r = Create(kind, complaint_class, priority, site);
    EXPECT_TRUE(Ok(r.status));
    return r.value.name();
  }

  Reply<Ticket> Get(const std::string& name) {
    v1::GetTicketRequest req;
    req.set_name(name);
    return T(&v1::TicketService::Stub::GetTicket, req);
  }

  Ticket MustGet(const std::string& name) {
    auto r = Get(name);
    EXPECT_TRUE(Ok(r.status));
    return r.value;
  }

  // The whole history, oldest first, through pages of 2.
  std::vector<TicketEvent> Events(const std::string& name) {
    std::vector<TicketEvent> out;
    v1::ListTicketEventsRequest req;
    req.set_parent(name);
    req.set_page_size(2);
    for (int page = 0; page < 100; ++page) {
      auto r = T(&v1::TicketService::Stub::ListTicketEvents, req);
      EXPECT_TRUE(Ok(r.status));
      if (!r.status.ok()) return out;
      for (const auto& e : r.value.events()) out.push_back(e);
      if (r.value.next_page_token().empty()) return out;
      req.set_page_token(r.value.next_page_token());
    }
    ADD_FAILURE() << "ListTicketEvents did not end";
    return out;
  }

  // Own maintenance to the maintenance worker, who promised to come in 2 h.
  v1::DispatchTicketRequest OwnMaintenance(const std::string& name) {
    v1::DispatchTicketRequest req;
    req.set_name(name);
    req.set_route(v1::REPAIR_ROUTE_OWN_MAINTENANCE);
    req.set_assignee(kWorker);
    *req.mutable_promised_time() = Ts(Now() + absl::Hours(2));
    req.set_instructions("带角阀和生料带");
    return req;
  }

  Reply<Ticket> Dispatch(const v1::DispatchTicketRequest& req) {
    return T(&v1::TicketService::Stub::DispatchTicket, req);
  }

  Reply<WorkOrder> Arrive(const std::string& order) {
    v1::ConfirmArrivalRequest req;
    req.set_name(order);
    return T(&v1::TicketService::Stub::ConfirmArrival, req);
  }

  v1::CompleteWorkOrderRequest Completion(const std::string& order) {
    v1::CompleteWorkOrderRequest req;
    req.set_name(order);
    req.set_work_done("更换卫生间角阀，试水无渗漏");
    req.set_labour_hours(1.5);
    auto* valve = req.add_materials();
    valve->set_name("角阀");
    valve->set_quantity(1);
    valve->set_unit("个");
    auto* tape = req.add_materials();
    tape->set_name("生料带");
    tape->set_quantity(0.5);
    tape->set_unit("卷");
    req.set_accepted_by_reporter(true);
    req.set_acceptance_note("业主张三签字");
    return req;
  }

  Reply<WorkOrder> Complete(const std::string& order) {
    return T(&v1::TicketService::Stub::CompleteWorkOrder, Completion(order));
  }

  Reply<Ticket> Resolve(const std::string& name,
                        const std::string& summary = "已更换角阀") {
    v1::ResolveTicketRequest req;
    req.set_name(name);
    req.set_summary(summary);
    return T(&v1::TicketService::Stub::ResolveTicket, req);
  }

  Reply<TicketCallback> Callback(const std::string& name,
                                 TicketCallback::Result result, int rating,
                                 const std::string& comment = "") {
    v1::RecordCallbackRequest req;
    req.set_name(name);
    req.set_result(result);
    req.set_rating(rating);
    req.set_comment(comment);
    return T(&v1::TicketService::Stub::RecordCallback, req);
  }

  Reply<Ticket> Pend(const std::string& name,
                     const std::string& reason = "等待配件到货") {
    v1::PendTicketRequest req;
    req.set_name(name);
    req.set_reason(reason);
    return T(&v1::TicketService::Stub::PendTicket, req);
  }

  Reply<Ticket> Resume(const std::string& name) {
    v1::ResumeTicketRequest req;
    req.set_name(name);
    return T(&v1::TicketService::Stub::ResumeTicket, req);
  }

  Reply<Ticket> Promise(const std::string& name, absl::Time when,
                        const std::string& reason = "厂家配件周五到货") {
    v1::ChangePromiseRequest req;
    req.set_name(name);
    *req.mutable_promised_time() = Ts(when);
    req.set_reason(reason);
    return T(&v1::TicketService::Stub::ChangePromise, req);
  }

  Reply<Ticket> Reopen(const std::string& name) {
    v1::ReopenTicketRequest req;
    req.set_name(name);
    req.set_reason("业主来电：又漏了");
    return T(&v1::TicketService::Stub::ReopenTicket, req);
  }

  Reply<Ticket> Unfounded(const std::string& name, const std::string& finding) {
    v1::MarkTicketUnfoundedRequest req;
    req.set_name(name);
    req.set_finding(finding);
    return T(&v1::TicketService::Stub::MarkTicketUnfounded, req);
  }

  Reply<Ticket> Duplicate(const std::string& name,
                          const std::string& surviving) {
    v1::MarkTicketDuplicateRequest req;
    req.set_name(name);
    req.set_duplicate_of(surviving);
    return T(&v1::TicketService::Stub::MarkTicketDuplicate, req);
  }

  Reply<Ticket> Cancel(const std::string& name,
                       const std::string& reason = "业主自行修好") {
    v1::CancelTicketRequest req;
    req.set_name(name);
    req.set_reason(reason);
    return T(&v1::TicketService::Stub::CancelTicket, req);
  }

  // Every work order of `parent` (a ticket or "sites/{site}/tickets/-"),
  // through pages of `page_size`.
  std::vector<WorkOrder> Orders(const std::string& parent,
                                bool overdue_only = false, int page_size = 2) {
    std::vector<WorkOrder> out;
    v1::ListWorkOrdersRequest req;
    req.set_parent(parent);
    req.set_overdue_only(overdue_only);
    req.set_page_size(page_size);
    for (int page = 0; page < 100; ++page) {
      auto r = T(&v1::TicketService::Stub::ListWorkOrders, req);
      EXPECT_TRUE(Ok(r.status)) << parent;
      if (!r.status.ok()) return out;
      for (const auto& o : r.value.work_orders()) out.push_back(o);
      if (r.value.next_page_token().empty()) return out;
      req.set_page_token(r.value.next_page_token());
    }
    ADD_FAILURE() << "ListWorkOrders did not end";
    return out;
  }

  // The ticket's latest work order ("" when it has none).
  std::string LastOrder(const std::string& ticket) {
    auto orders = Orders(ticket);
    return orders.empty() ? "" : orders.back().name();
  }

  // ListOverdueTickets of `parent`, every page of `page_size`.
  std::vector<Ticket> Overdue(const std::string& parent = kSite,
                              int page_size = 0) {
    std::vector<Ticket> out;
    v1::ListOverdueTicketsRequest req;
    req.set_parent(parent);
    req.set_page_size(page_size);
    for (int page = 0; page < 100; ++page) {
      auto r = T(&v1::TicketService::Stub::ListOverdueTickets, req);
      EXPECT_TRUE(Ok(r.status)) << parent;
      if (!r.status.ok()) return out;
      for (const auto& t : r.value.tickets()) out.push_back(t);
      if (r.value.next_page_token().empty()) return out;
      req.set_page_token(r.value.next_page_token());
    }
    ADD_FAILURE() << "ListOverdueTickets did not end";
    return out;
  }

  // ListCallbacksDue of hx, every page of `page_size`.
  std::vector<Ticket> CallbacksDue(
      std::optional<absl::Duration> window = std::nullopt, int page_size = 0) {
    std::vector<Ticket> out;
    v1::ListCallbacksDueRequest req;
    req.set_parent(kSite);
    if (window) {
      *req.mutable_window() =
          TimeUtil::SecondsToDuration(absl::ToInt64Seconds(*window));
    }
    req.set_page_size(page_size);
    for (int page = 0; page < 100; ++page) {
      auto r = T(&v1::TicketService::Stub::ListCallbacksDue, req);
      EXPECT_TRUE(Ok(r.status));
      if (!r.status.ok()) return out;
      for (const auto& t : r.value.tickets()) out.push_back(t);
      if (r.value.next_page_token().empty()) return out;
      req.set_page_token(r.value.next_page_token());
    }
    ADD_FAILURE() << "ListCallbacksDue did not end";
    return out;
  }

  // A repair dispatched to the maintenance worker, its order completed and
  // the ticket resolved; its name ("" after a failure).
  std::string ResolvedRepair() {
    std::string name = MustCreate(Ticket::REPAIR);
    EXPECT_TRUE(Ok(Dispatch(OwnMaintenance(name)).status));
    std::string order = LastOrder(name);
    EXPECT_TRUE(Ok(Complete(order).status));
    auto resolved = Resolve(name);
    EXPECT_TRUE(Ok(resolved.status));
    EXPECT_EQ(resolved.value.status(), Ticket::RESOLVED);
    return resolved.status.ok() ? name : "";
  }

  // --- What a ticket owes the resident: plans and notices -------------------

  Reply<Ticket> Plan(const std::string& name,
                     const std::string& department = kEngineering,
                     const std::string& plan = "更换破损防水层，三天内完工",
                     std::optional<absl::Time> finish = std::nullopt,
                     const std::string& agreed_by = "") {
    v1::AgreeTicketPlanRequest req;
    req.set_name(name);
    req.set_department(department);
    req.set_plan(plan);
    if (finish) *req.mutable_finish_time() = Ts(*finish);
    req.set_agreed_by(agreed_by);
    return T(&v1::TicketService::Stub::AgreeTicketPlan, req);
  }

  Reply<Ticket> Notify(const std::string& name,
                       const std::string& note = "已电话告知需多方协调",
                       Ticket::Channel channel = Ticket::PHONE) {
    v1::RecordResidentNoticeRequest req;
    req.set_name(name);
    req.set_note(note);
    req.set_channel(channel);
    return T(&v1::TicketService::Stub::RecordResidentNotice, req);
  }

  // A coordination dispatch to the engineering department with two parties.
  v1::DispatchTicketRequest Coordination(const std::string& name) {
    v1::DispatchTicketRequest req;
    req.set_name(name);
    req.set_route(v1::REPAIR_ROUTE_COORDINATION);
    req.set_assignee(kEngineering);
    req.add_parties("工程部");
    req.add_parties("601 业主");
    return req;
  }

  // A second department of hx: security, headed by the manager.
  void CreateSecurityDepartment() {
    v1::CreateDepartmentRequest dept;
    dept.set_parent(kSite);
    dept.set_department_id("sec");
    dept.mutable_department()->set_display_name("保安部");
    dept.mutable_department()->set_kind(v1::Department::SECURITY);
    dept.mutable_department()->set_head(kManager);
    ASSERT_TRUE(
        Ok(D(&v1::DirectoryService::Stub::CreateDepartment, dept).status));
  }

  // One pass of the escalation sweeper (as frontdeskd runs it) at Now().
  int Sweep() {
    EscalationSweeper sweeper(test_db_->db(), *clock_);
    auto steps = sweeper.SweepOnce();
    EXPECT_TRUE(steps.ok()) << steps.status();
    return steps.ok() ? *steps : -1;
  }

  std::vector<v1::Escalation> EscalationsOf(const std::string& ticket) {
    v1::ListEscalationsRequest req;
    req.set_parent(kSite);
    auto r = T(&v1::TicketService::Stub::ListEscalations, req);
    EXPECT_TRUE(Ok(r.status));
    const std::string number = MustGet(ticket).number();
    std::vector<v1::Escalation> out;
    for (const auto& e : r.value.escalations()) {
      if (e.ticket_number() == number) out.push_back(e);
    }
    return out;
  }

  std::string secret_;
  std::unique_ptr<v1::TicketService::Stub> tickets_;
};

// --- The whole repair ------------------------------------------------------

TEST_P(WorkflowTest, RepairRunsFromCallThroughDispatchArrivalAndWorkToClose) {
  const absl::Time created = Now();
  auto create = Create(Ticket::REPAIR);
  ASSERT_TRUE(Ok(create.status));
  const std::string name = create.value.name();
  EXPECT_EQ(create.value.status(), Ticket::NEW);

  // Dispatch: own maintenance, the worker promised to come within 2 h.
  Advance(absl::Minutes(5));
  const absl::Time dispatched = Now();
  auto dispatch = Dispatch(OwnMaintenance(name));
  ASSERT_TRUE(Ok(dispatch.status));
  EXPECT_EQ(dispatch.value.status(), Ticket::DISPATCHED);
  EXPECT_EQ(dispatch.value.route(), v1::REPAIR_ROUTE_OWN_MAINTENANCE);
  EXPECT_EQ(dispatch.value.assignee(), kWorker);
  EXPECT_EQ(At(dispatch.value.first_response_time()), dispatched);
  EXPECT_FALSE(dispatch.value.deadlines().first_response_breached());

  std::vector<WorkOrder> orders = Orders(name);
  ASSERT_EQ(orders.size(), 1u);
  const std::string order = orders[0].name();
  EXPECT_EQ(order.rfind(name + "/workOrders/", 0), 0u) << order;
  EXPECT_EQ(orders[0].state(), WorkOrder::OPEN);
  EXPECT_EQ(orders[0].route(), v1::REPAIR_ROUTE_OWN_MAINTENANCE);
  EXPECT_EQ(orders[0].assignee(), kWorker);
  EXPECT_EQ(At(orders[0].promised_time()), dispatched + absl::Hours(2));
  EXPECT_EQ(orders[0].instructions(), "带角阀和生料带");
  EXPECT_EQ(orders[0].dispatched_by(), kAdmin);
  EXPECT_EQ(At(orders[0].create_time()), dispatched);
  EXPECT_FALSE(orders[0].rework());
  EXPECT_FALSE(orders[0].overdue());

  // The desk phones the resident: the worker is there.
  Advance(absl::Minutes(40));
  const absl::Time arrived = Now();
  auto arrival = Arrive(order);
  ASSERT_TRUE(Ok(arrival.status));
  EXPECT_EQ(arrival.value.name(), order);
  EXPECT_EQ(arrival.value.state(), WorkOrder::ARRIVED);
  EXPECT_EQ(At(arrival.value.arrival_time()), arrived);
  EXPECT_EQ(MustGet(name).status(), Ticket::IN_PROGRESS);

  // Work done, labour, materials and the reporter's acceptance.
  Advance(absl::Minutes(90));
  const absl::Time completed = Now();
  auto complete = Complete(order);
  ASSERT_TRUE(Ok(complete.status));
  EXPECT_EQ(complete.value.state(), WorkOrder::COMPLETED);
  EXPECT_EQ(At(complete.value.complete_time()), completed);
  EXPECT_EQ(complete.value.work_done(), "更换卫生间角阀，试水无渗漏");
  EXPECT_DOUBLE_EQ(complete.value.labour_hours(), 1.5);
  ASSERT_EQ(complete.value.materials_size(), 2);
  EXPECT_EQ(complete.value.materials(0).name(), "角阀");
  EXPECT_DOUBLE_EQ(complete.value.materials(0).quantity(), 1);
  EXPECT_EQ(complete.value.materials(0).unit(), "个");
  EXPECT_EQ(complete.value.materials(1).name(), "生料带");
  EXPECT_DOUBLE_EQ(complete.value.materials(1).quantity(), 0.5);
  EXPECT_EQ(complete.value.materials(1).unit(), "卷");
  EXPECT_TRUE(complete.value.accepted_by_reporter());
  EXPECT_EQ(complete.value.acceptance_note(), "业主张三签字");
  // 2 h 15 min after the dispatch: past the promised 2 h.
  EXPECT_TRUE(complete.value.overdue());
  // The stored order reads back the same.
  orders = Orders(name);
  ASSERT_EQ(orders.size(), 1u);
  EXPECT_TRUE(MessageDifferencer::Equals(orders[0], complete.value))
      << orders[0].DebugString() << "\nvs\n"
      << complete.value.DebugString();
  EXPECT_EQ(MustGet(name).status(), Ticket::IN_PROGRESS);

  Advance(absl::Minutes(5));
  const absl::Time resolved = Now();
  auto resolve = Resolve(name, "已更换角阀，试水正常");
  ASSERT_TRUE(Ok(resolve.status));
  EXPECT_EQ(resolve.value.status(), Ticket::RESOLVED);
  EXPECT_EQ(resolve.value.resolution(), "已更换角阀，试水正常");
  EXPECT_EQ(At(resolve.value.resolve_time()), resolved);
  EXPECT_EQ(At(resolve.value.deadlines().callback_due_time()),
            resolved + absl::Hours(24));
  EXPECT_FALSE(resolve.value.has_close_time());

  // The night receptionist's list, at the start of the night shift.
  Advance(absl::Hours(8));
  EXPECT_EQ(NamesOf(CallbacksDue()), std::vector<std::string>{name});

  const absl::Time called = Now();
  auto callback =
      Callback(name, TicketCallback::SATISFIED, 5, "师傅很专业，已不漏水");
  ASSERT_TRUE(Ok(callback.status));
  EXPECT_EQ(callback.value.name().rfind(name + "/callbacks/", 0), 0u)
      << callback.value.name();
  EXPECT_EQ(callback.value.result(), TicketCallback::SATISFIED);
  EXPECT_EQ(callback.value.rating(), 5);
  EXPECT_EQ(callback.value.comment(), "师傅很专业，已不漏水");
  EXPECT_EQ(callback.value.caller(), kAdmin);
  EXPECT_EQ(At(callback.value.create_time()), called);
  EXPECT_EQ(callback.value.rework_order(), "");

  Ticket closed = MustGet(name);
  EXPECT_EQ(closed.status(), Ticket::CLOSED);
  EXPECT_EQ(At(closed.close_time()), called);
  EXPECT_EQ(At(closed.resolve_time()), resolved);
  EXPECT_TRUE(CallbacksDue().empty());
  EXPECT_TRUE(Overdue().empty());

  // The history: each step once, in order, with its status change.
  std::vector<TicketEvent> events = Events(name);
  ASSERT_EQ(events.size(), 6u);
  const std::vector<std::pair<TicketEvent::Type, std::string>> want = {
      {TicketEvent::CREATED, ""},
      {TicketEvent::DISPATCHED, "NEW→DISPATCHED"},
      {TicketEvent::ARRIVAL_CONFIRMED, "DISPATCHED→IN_PROGRESS"},
      {TicketEvent::WORK_COMPLETED, ""},
      {TicketEvent::RESOLVED, "IN_PROGRESS→RESOLVED"},
      {TicketEvent::CALLBACK_RECORDED, "RESOLVED→CLOSED"},
  };
  const std::vector<absl::Time> times = {created,   dispatched, arrived,
                                         completed, resolved,   called};
  for (size_t i = 0; i < events.size(); ++i) {
    SCOPED_TRACE(absl::StrCat("event ", i));
    EXPECT_EQ(events[i].type(), want[i].first);
    EXPECT_EQ(StatusChange(events[i]), want[i].second);
    EXPECT_EQ(events[i].actor(), kAdmin);
    EXPECT_EQ(At(events[i].create_time()), times[i]);
    if (i > 0) {
      EXPECT_GT(events[i].event_id(), events[i - 1].event_id());
    }
  }
  const v1::FieldChange* assignee = ChangeOf(events[1], "assignee");
  ASSERT_NE(assignee, nullptr);
  EXPECT_EQ(assignee->old_value(), "");
  EXPECT_EQ(assignee->new_value(), kWorker);
  EXPECT_EQ(events[1].note(), order);
  EXPECT_EQ(events[2].note(), order);
  const v1::FieldChange* resolution = ChangeOf(events[4], "resolution");
  ASSERT_NE(resolution, nullptr);
  EXPECT_EQ(resolution->new_value(), "已更换角阀，试水正常");
  EXPECT_EQ(events[5].note(), "SATISFIED 5/5: 师傅很专业，已不漏水");
}

TEST_P(WorkflowTest, UnsatisfiedCallbackReopensWithReworkUntilSatisfied) {
  const std::string name = ResolvedRepair();
  ASSERT_FALSE(name.empty());
  const std::string first_order = LastOrder(name);

  Advance(absl::Hours(3));
  auto unsatisfied =
      Callback(name, TicketCallback::UNSATISFIED, 2, "角阀还在滴水");
  ASSERT_TRUE(Ok(unsatisfied.status));
  EXPECT_EQ(unsatisfied.value.result(), TicketCallback::UNSATISFIED);
  EXPECT_EQ(unsatisfied.value.rating(), 2);

  Ticket reopened = MustGet(name);
  EXPECT_EQ(reopened.status(), Ticket::REOPENED);
  EXPECT_FALSE(reopened.has_resolve_time());
  EXPECT_FALSE(reopened.deadlines().has_callback_due_time());
  EXPECT_EQ(reopened.assignee(), kWorker);

  // The rework order: same assignee at once, OPEN, named by the callback.
  std::vector<WorkOrder> orders = Orders(name);
  ASSERT_EQ(orders.size(), 2u);
  EXPECT_EQ(orders[0].name(), first_order);
  EXPECT_EQ(orders[0].state(), WorkOrder::COMPLETED);
  const WorkOrder& rework = orders[1];
  EXPECT_TRUE(rework.rework());
  EXPECT_EQ(rework.state(), WorkOrder::OPEN);
  EXPECT_EQ(rework.assignee(), kWorker);
  EXPECT_EQ(rework.route(), v1::REPAIR_ROUTE_OWN_MAINTENANCE);
  EXPECT_EQ(rework.instructions(), "角阀还在滴水");
  EXPECT_EQ(rework.dispatched_by(), kAdmin);
  EXPECT_EQ(unsatisfied.value.rework_order(), rework.name());
  // Immediate: due within the repair's first-response window (2 h).
  ASSERT_TRUE(rework.has_promised_time());
  EXPECT_EQ(TimeUtil::TimestampToMicroseconds(rework.promised_time()) -
                TimeUtil::TimestampToMicroseconds(rework.create_time()),
            absl::ToInt64Microseconds(absl::Hours(2)));

  // Not resolved again while the rework is open, nor on the callback list.
  EXPECT_TRUE(Precondition(Resolve(name).status, "WORK_ORDER_OPEN"));
  EXPECT_TRUE(CallbacksDue(absl::Hours(24 * 7)).empty());

  Advance(absl::Hours(1));
  ASSERT_TRUE(Ok(Arrive(rework.name()).status));
  ASSERT_TRUE(Ok(Complete(rework.name()).status));
  auto again = Resolve(name, "返修：重新更换角阀");
  ASSERT_TRUE(Ok(again.status));
  EXPECT_EQ(again.value.status(), Ticket::RESOLVED);
  EXPECT_EQ(again.value.callback_attempts(), 0);
  EXPECT_EQ(At(again.value.resolve_time()), Now());
  EXPECT_EQ(At(again.value.deadlines().callback_due_time()),
            Now() + absl::Hours(24));

  Advance(absl::Hours(2));
  EXPECT_EQ(NamesOf(CallbacksDue()), std::vector<std::string>{name});
  auto satisfied = Callback(name, TicketCallback::SATISFIED, 4);
  ASSERT_TRUE(Ok(satisfied.status));
  EXPECT_EQ(satisfied.value.rework_order(), "");
  Ticket closed = MustGet(name);
  EXPECT_EQ(closed.status(), Ticket::CLOSED);
  EXPECT_EQ(At(closed.close_time()), Now());
  EXPECT_EQ(Orders(name).size(), 2u);

  std::vector<std::string> changes;
  for (const auto& e : Events(name)) {
    if (e.type() == TicketEvent::CALLBACK_RECORDED ||
        e.type() == TicketEvent::RESOLVED) {
      changes.push_back(StatusChange(e));
    }
  }
  EXPECT_EQ(changes, (std::vector<std::string>{
                         "IN_PROGRESS→RESOLVED", "RESOLVED→REOPENED",
                         "REOPENED→RESOLVED", "RESOLVED→CLOSED"}));
}

TEST_P(WorkflowTest, UnreachableCallbackCountsTheAttemptAndStaysDue) {
  const std::string name = ResolvedRepair();
  ASSERT_FALSE(name.empty());
  const Ticket resolved = MustGet(name);

  Advance(absl::Hours(10));
  auto first = Callback(name, TicketCallback::UNREACHABLE, 0);
  ASSERT_TRUE(Ok(first.status));
  EXPECT_EQ(first.value.result(), TicketCallback::UNREACHABLE);
  EXPECT_EQ(first.value.rework_order(), "");
  Ticket after = MustGet(name);
  EXPECT_EQ(after.status(), Ticket::RESOLVED);
  EXPECT_EQ(after.callback_attempts(), 1);
  EXPECT_EQ(At(after.deadlines().callback_due_time()),
            At(resolved.deadlines().callback_due_time()));
  EXPECT_EQ(NamesOf(CallbacksDue()), std::vector<std::string>{name});

  Advance(absl::Hours(1));
  ASSERT_TRUE(Ok(Callback(name, TicketCallback::UNREACHABLE, 0).status));
  EXPECT_EQ(MustGet(name).callback_attempts(), 2);
  EXPECT_EQ(MustGet(name).status(), Ticket::RESOLVED);
  EXPECT_EQ(NamesOf(CallbacksDue()), std::vector<std::string>{name});
  // No rework for an unreachable resident.
  EXPECT_EQ(Orders(name).size(), 1u);

  // Unreachable carries no rating.
  EXPECT_TRUE(InvalidNaming(
      Callback(name, TicketCallback::UNREACHABLE, 3).status, "rating"));
  EXPECT_EQ(MustGet(name).callback_attempts(), 2);

  ASSERT_TRUE(Ok(Callback(name, TicketCallback::SATISFIED, 5).status));
  EXPECT_EQ(MustGet(name).status(), Ticket::CLOSED);
  EXPECT_TRUE(CallbacksDue().empty());
}

TEST_P(WorkflowTest, ClosedTicketIsReopenedWhenTheResidentReportsItAgain) {
  const std::string name = ResolvedRepair();
  ASSERT_FALSE(name.empty());
  ASSERT_TRUE(Ok(Callback(name, TicketCallback::SATISFIED, 5).status));

  Advance(absl::Hours(30));
  auto reopened = Reopen(name);
  ASSERT_TRUE(Ok(reopened.status));
  EXPECT_EQ(reopened.value.status(), Ticket::REOPENED);
  EXPECT_FALSE(reopened.value.has_close_time());
  EXPECT_FALSE(reopened.value.has_resolve_time());
  // A reopen by the resident issues no order by itself; it is dispatched.
  EXPECT_EQ(Orders(name).size(), 1u);
  auto dispatch = Dispatch(OwnMaintenance(name));
  ASSERT_TRUE(Ok(dispatch.status));
  EXPECT_EQ(dispatch.value.status(), Ticket::DISPATCHED);
  EXPECT_EQ(Orders(name).size(), 2u);
  // Only RESOLVED or CLOSED tickets are reopened.
  EXPECT_TRUE(Precondition(Reopen(name).status, "TRANSITION_NOT_ALLOWED"));
}

// --- Complaints judged unfounded -------------------------------------------

TEST_P(WorkflowTest, UnfoundedEndsAComplaintWithTheFindingAndOnlyComplaints) {
  const std::string complaint = MustCreate(Ticket::COMPLAINT, Ticket::SERVICE);
  Advance(absl::Hours(3));
  const std::string finding =
      "经查监控，保安当班并无不当言行，已向业主耐心解释";
  auto unfounded = Unfounded(complaint, finding);
  ASSERT_TRUE(Ok(unfounded.status));
  EXPECT_EQ(unfounded.value.status(), Ticket::UNFOUNDED);
  EXPECT_EQ(unfounded.value.resolution(), finding);
  // Answering the resident counts as the first response.
  EXPECT_EQ(At(unfounded.value.first_response_time()), Now());
  std::vector<TicketEvent> events = Events(complaint);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].type(), TicketEvent::MARKED_UNFOUNDED);
  EXPECT_EQ(StatusChange(events[1]), "NEW→UNFOUNDED");
  ASSERT_NE(ChangeOf(events[1], "resolution"), nullptr);
  EXPECT_EQ(ChangeOf(events[1], "resolution")->new_value(), finding);
  // An ended ticket is tracked no more.
  Advance(absl::Hours(24 * 5));
  EXPECT_TRUE(Overdue().empty());

  // Only a complaint can be judged unfounded.
  const std::string repair = MustCreate(Ticket::REPAIR);
  EXPECT_TRUE(Precondition(Unfounded(repair, "不成立").status,
                           "UNFOUNDED_ONLY_FOR_COMPLAINTS"));
  EXPECT_EQ(MustGet(repair).status(), Ticket::NEW);
  EXPECT_TRUE(InvalidNaming(Unfounded(complaint, "").status, "finding"));

  // Nothing more happens to an UNFOUNDED ticket.
  const std::string ended = "TICKET_ENDED";
  EXPECT_TRUE(Precondition(Dispatch(OwnMaintenance(complaint)).status, ended));
  EXPECT_TRUE(Precondition(Pend(complaint).status, ended));
  EXPECT_TRUE(Precondition(Resume(complaint).status, ended));
  EXPECT_TRUE(Precondition(Resolve(complaint).status, ended));
  EXPECT_TRUE(Precondition(
      Callback(complaint, TicketCallback::SATISFIED, 5).status, ended));
  EXPECT_TRUE(Precondition(Reopen(complaint).status, ended));
  EXPECT_TRUE(Precondition(Unfounded(complaint, finding).status, ended));
  EXPECT_TRUE(Precondition(Duplicate(complaint, repair).status, ended));
  EXPECT_TRUE(Precondition(Cancel(complaint).status, ended));
  EXPECT_TRUE(
      Precondition(Promise(complaint, Now() + absl::Hours(24)).status, ended));
  EXPECT_EQ(MustGet(complaint).status(), Ticket::UNFOUNDED);
  EXPECT_EQ(Events(complaint).size(), 2u);
}

// --- Transitions out of order ----------------------------------------------

TEST_P(WorkflowTest, RepairIsResolvedOnlyAfterADispatch) {
  const std::string repair = MustCreate(Ticket::REPAIR);
  EXPECT_TRUE(Precondition(Resolve(repair).status, "DISPATCH_REQUIRED"));
  // So is a complaint.
  const std::string complaint = MustCreate(Ticket::COMPLAINT, Ticket::FACILITY);
  EXPECT_TRUE(Precondition(Resolve(complaint).status, "DISPATCH_REQUIRED"));
  EXPECT_EQ(MustGet(repair).status(), Ticket::NEW);

  // Dispatched but the order not completed: WORK_ORDER_OPEN.
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(repair)).status));
  EXPECT_TRUE(Precondition(Resolve(repair).status, "WORK_ORDER_OPEN"));
  ASSERT_TRUE(Ok(Complete(LastOrder(repair)).status));
  // Completion without an arrival confirmation also starts the work.
  EXPECT_EQ(MustGet(repair).status(), Ticket::IN_PROGRESS);
  EXPECT_TRUE(Ok(Resolve(repair).status));
  // Twice is refused.
  EXPECT_TRUE(Precondition(Resolve(repair).status, "TRANSITION_NOT_ALLOWED"));
}

TEST_P(WorkflowTest, InquiryIsAnsweredAndResolvedStraightFromNew) {
  const std::string inquiry = MustCreate(Ticket::INQUIRY);
  Advance(absl::Minutes(10));
  auto resolved = Resolve(inquiry, "已告知物业费缴费方式");
  ASSERT_TRUE(Ok(resolved.status));
  EXPECT_EQ(resolved.value.status(), Ticket::RESOLVED);
  EXPECT_EQ(resolved.value.resolution(), "已告知物业费缴费方式");
  // The answer is the first response.
  EXPECT_EQ(At(resolved.value.first_response_time()), Now());
  EXPECT_EQ(At(resolved.value.resolve_time()), Now());
  EXPECT_FALSE(resolved.value.deadlines().first_response_breached());
  EXPECT_TRUE(Orders(inquiry).empty());
  // Every resolved item gets its callback.
  EXPECT_EQ(NamesOf(CallbacksDue(absl::Hours(25))),
            std::vector<std::string>{inquiry});
}

TEST_P(WorkflowTest, ArrivalIsConfirmedOnceOnAnOpenWorkOrder) {
  const std::string name = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(name)).status));
  const std::string order = LastOrder(name);
  ASSERT_TRUE(Ok(Arrive(order).status));
  EXPECT_TRUE(Precondition(Arrive(order).status, "WORK_ORDER_NOT_OPEN"));
  ASSERT_TRUE(Ok(Complete(order).status));
  EXPECT_TRUE(Precondition(Arrive(order).status, "WORK_ORDER_NOT_OPEN"));
  EXPECT_TRUE(Precondition(Complete(order).status, "WORK_ORDER_NOT_OPEN"));
  // A superseded order cannot be worked either.
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(name)).status));
  const std::string second = LastOrder(name);
  ASSERT_NE(second, order);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(name)).status));
  EXPECT_TRUE(Precondition(Arrive(second).status, "WORK_ORDER_NOT_OPEN"));
  EXPECT_TRUE(Precondition(Complete(second).status, "WORK_ORDER_NOT_OPEN"));
  // An order that does not exist.
  EXPECT_TRUE(Refused(Arrive(name + "/workOrders/999999").status,
                      grpc::StatusCode::NOT_FOUND, "WORK_ORDER_NOT_FOUND"));
}

TEST_P(WorkflowTest, OnlyAPendingTicketIsResumed) {
  const std::string name = MustCreate(Ticket::REPAIR);
  EXPECT_TRUE(Precondition(Resume(name).status, "TRANSITION_NOT_ALLOWED"));
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(name)).status));
  EXPECT_TRUE(Precondition(Resume(name).status, "TRANSITION_NOT_ALLOWED"));
  ASSERT_TRUE(Ok(Pend(name).status));
  EXPECT_TRUE(Precondition(Pend(name).status, "TRANSITION_NOT_ALLOWED"));
  auto resumed = Resume(name);
  ASSERT_TRUE(Ok(resumed.status));
  // Back to where it was put on hold.
  EXPECT_EQ(resumed.value.status(), Ticket::DISPATCHED);
  EXPECT_TRUE(Precondition(Resume(name).status, "TRANSITION_NOT_ALLOWED"));
}

// --- Callbacks --------------------------------------------------------------

TEST_P(WorkflowTest, CallbackIsRecordedOnlyOnResolvedTicketsWithAValidRating) {
  const std::string name = MustCreate(Ticket::REPAIR);
  for (auto result : {TicketCallback::SATISFIED, TicketCallback::UNSATISFIED,
                      TicketCallback::UNREACHABLE}) {
    EXPECT_TRUE(Precondition(
        Callback(name, result, result == TicketCallback::UNREACHABLE ? 0 : 3,
                 "x")
            .status,
        "CALLBACK_NOT_DUE"))
        << result;
  }
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(name)).status));
  EXPECT_TRUE(Precondition(Callback(name, TicketCallback::SATISFIED, 5).status,
                           "CALLBACK_NOT_DUE"));

  const std::string resolved = ResolvedRepair();
  ASSERT_FALSE(resolved.empty());
  const Ticket before = MustGet(resolved);
  EXPECT_TRUE(InvalidNaming(
      Callback(resolved, TicketCallback::SATISFIED, 0).status, "rating"));
  EXPECT_TRUE(InvalidNaming(
      Callback(resolved, TicketCallback::SATISFIED, 6).status, "rating"));
  EXPECT_TRUE(InvalidNaming(
      Callback(resolved, TicketCallback::UNSATISFIED, 0, "还漏").status,
      "rating"));
  EXPECT_TRUE(InvalidNaming(
      Callback(resolved, TicketCallback::UNSATISFIED, 2).status, "comment"));
  EXPECT_TRUE(InvalidNaming(
      Callback(resolved, TicketCallback::RESULT_UNSPECIFIED, 3).status,
      "result"));
  // Every refusal above wrote nothing.
  EXPECT_EQ(MustGet(resolved).etag(), before.etag());
  EXPECT_EQ(MustGet(resolved).status(), Ticket::RESOLVED);
  EXPECT_EQ(Events(resolved).size(),
            4u);  // created, dispatched, work, resolved

  // The bounds of the scale are accepted: 1 (unsatisfied, saying what is
  // wrong, on another resolved ticket) and 5.
  const std::string other = ResolvedRepair();
  ASSERT_FALSE(other.empty());
  EXPECT_TRUE(
      Ok(Callback(other, TicketCallback::UNSATISFIED, 1, "还漏").status));
  EXPECT_TRUE(Ok(Callback(resolved, TicketCallback::SATISFIED, 5).status));
  EXPECT_EQ(MustGet(resolved).status(), Ticket::CLOSED);
  EXPECT_EQ(Events(resolved).size(), 5u);
}

TEST_P(WorkflowTest, CallbacksDueListsResolvedTicketsByDueTimeWithinTheWindow) {
  const std::string first = ResolvedRepair();  // resolved at T0
  Advance(absl::Hours(1));
  const std::string inquiry = MustCreate(Ticket::INQUIRY);
  ASSERT_TRUE(Ok(Resolve(inquiry, "已答复").status));  // T0+1h
  Advance(absl::Hours(1));
  const std::string last = ResolvedRepair();  // T0+2h
  const std::string closed = ResolvedRepair();
  ASSERT_TRUE(Ok(Callback(closed, TicketCallback::SATISFIED, 5).status));
  const std::string open = MustCreate(Ticket::REPAIR);
  // Another site's callbacks are not on hx's list.
  const std::string elsewhere =
      MustCreate(Ticket::INQUIRY, Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                 Ticket::NORMAL, kOtherSite);
  ASSERT_TRUE(Ok(Resolve(elsewhere, "已答复").status));

  Advance(absl::Hours(8));  // T0+10h, the night shift
  const std::vector<std::string> all = {first, inquiry, last};
  EXPECT_EQ(NamesOf(CallbacksDue()), all);
  EXPECT_EQ(NamesOf(CallbacksDue(std::nullopt, 1)), all);
  EXPECT_EQ(NamesOf(CallbacksDue(std::nullopt, 2)), all);
  // Due before now + 14 h 30 min = T0+24h30m: only the first.
  EXPECT_EQ(NamesOf(CallbacksDue(absl::Hours(14) + absl::Minutes(30))),
            std::vector<std::string>{first});
  // Due before now + 15 h 30 min = T0+25h30m: the first two.
  EXPECT_EQ(NamesOf(CallbacksDue(absl::Hours(15) + absl::Minutes(30))),
            (std::vector<std::string>{first, inquiry}));
  for (absl::Duration bad : {absl::ZeroDuration(), absl::Hours(24 * 7 + 1)}) {
    v1::ListCallbacksDueRequest req;
    req.set_parent(kSite);
    *req.mutable_window() =
        TimeUtil::SecondsToDuration(absl::ToInt64Seconds(bad));
    EXPECT_TRUE(InvalidNaming(
        T(&v1::TicketService::Stub::ListCallbacksDue, req).status, "window"));
  }
  (void)open;
}

// --- Promises ---------------------------------------------------------------

TEST_P(WorkflowTest, PromisedTimeMustBeInTheFuture) {
  const std::string name = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest past = OwnMaintenance(name);
  *past.mutable_promised_time() = Ts(Now() - absl::Minutes(1));
  EXPECT_TRUE(InvalidNaming(Dispatch(past).status, "promised_time"));
  *past.mutable_promised_time() = Ts(Now());
  EXPECT_TRUE(InvalidNaming(Dispatch(past).status, "promised_time"));
  EXPECT_TRUE(Orders(name).empty());

  EXPECT_TRUE(InvalidNaming(Promise(name, Now() - absl::Hours(1)).status,
                            "promised_time"));
  v1::ChangePromiseRequest missing;
  missing.set_name(name);
  missing.set_reason("没有时间");
  EXPECT_TRUE(
      InvalidNaming(T(&v1::TicketService::Stub::ChangePromise, missing).status,
                    "promised_time"));
  EXPECT_TRUE(InvalidNaming(Promise(name, Now() + absl::Hours(1), "").status,
                            "reason"));
  EXPECT_EQ(Events(name).size(), 1u);
  EXPECT_FALSE(MustGet(name).deadlines().has_promised_time());
}

TEST_P(WorkflowTest, NewPromiseMovesTheOverdueListButBreachCountsTheSla) {
  const absl::Time created = Now();
  const std::string name = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(name)).status));
  const absl::Time sla_due = created + absl::Hours(72);

  // The part must be ordered: the resident is told "in five days".
  Advance(absl::Hours(1));
  const absl::Time promised = created + absl::Hours(24 * 5);
  auto promise = Promise(name, promised, "厂家配件需要五天");
  ASSERT_TRUE(Ok(promise.status));
  EXPECT_EQ(promise.value.status(), Ticket::DISPATCHED);
  EXPECT_EQ(At(promise.value.deadlines().promised_time()), promised);
  EXPECT_EQ(At(promise.value.deadlines().resolution_due_time()), sla_due);
  EXPECT_FALSE(promise.value.deadlines().resolution_breached());
  std::vector<TicketEvent> events = Events(name);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[2].type(), TicketEvent::PROMISE_CHANGED);
  EXPECT_EQ(events[2].note(), "厂家配件需要五天");
  EXPECT_EQ(StatusChange(events[2]), "");
  const v1::FieldChange* change = ChangeOf(events[2], "promised_time");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->old_value(), "");
  EXPECT_EQ(change->new_value(), Text(promised));

  // Past the SLA deadline, before the promise: breached, not yet overdue.
  clock_->Set(sla_due + absl::Hours(1));
  EXPECT_TRUE(Overdue().empty());
  EXPECT_TRUE(Overdue("sites/-").empty());
  // The desk calls again and keeps a (new) promise: the breach still shows.
  const absl::Time second = created + absl::Hours(24 * 4);
  auto again = Promise(name, second, "配件提前到货");
  ASSERT_TRUE(Ok(again.status));
  EXPECT_EQ(At(again.value.deadlines().promised_time()), second);
  EXPECT_EQ(At(again.value.deadlines().resolution_due_time()), sla_due);
  EXPECT_TRUE(again.value.deadlines().resolution_breached());
  events = Events(name);
  ASSERT_EQ(events.size(), 4u);
  ASSERT_NE(ChangeOf(events[3], "promised_time"), nullptr);
  EXPECT_EQ(ChangeOf(events[3], "promised_time")->old_value(), Text(promised));
  EXPECT_EQ(ChangeOf(events[3], "promised_time")->new_value(), Text(second));
  EXPECT_TRUE(Overdue().empty());

  // Past the promise: tracked as overdue.
  clock_->Set(second + absl::Minutes(1));
  std::vector<Ticket> overdue = Overdue();
  ASSERT_EQ(NamesOf(overdue), std::vector<std::string>{name});
  EXPECT_TRUE(overdue[0].deadlines().resolution_breached());
  EXPECT_FALSE(overdue[0].deadlines().first_response_breached());
  EXPECT_EQ(NamesOf(Overdue("sites/-")), std::vector<std::string>{name});

  // Once resolved it leaves the list, and no promise is made any more.
  ASSERT_TRUE(Ok(Complete(LastOrder(name)).status));
  auto resolved = Resolve(name);
  ASSERT_TRUE(Ok(resolved.status));
  EXPECT_TRUE(resolved.value.deadlines().resolution_breached());
  EXPECT_TRUE(Overdue().empty());
  EXPECT_TRUE(Precondition(Promise(name, Now() + absl::Hours(1)).status,
                           "TICKET_NOT_OPEN"));
}

// --- Dispatch: assignees, routes, vendors, warranty, coordination ----------

TEST_P(WorkflowTest, DispatchNeedsAnExistingAssigneeFittingTheRoute) {
  const std::string name = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest req = OwnMaintenance(name);

  req.set_assignee("staff/nobody");
  EXPECT_EQ(Dispatch(req).status.error_code(), grpc::StatusCode::NOT_FOUND);
  req.set_assignee("sites/hx/departments/nosuch");
  EXPECT_EQ(Dispatch(req).status.error_code(), grpc::StatusCode::NOT_FOUND);
  req.set_assignee("sites/lz/departments/eng");
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "assignee"));
  req.set_assignee("somebody");
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "assignee"));
  req.set_assignee("");
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "assignee"));

  req.set_route(v1::REPAIR_ROUTE_EXTERNAL_VENDOR);
  req.set_assignee("vendors/nobody");
  EXPECT_EQ(Dispatch(req).status.error_code(), grpc::StatusCode::NOT_FOUND);
  // A vendor route goes to a vendor.
  req.set_assignee(kWorker);
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "assignee"));
  req.set_assignee(kEngineering);
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "assignee"));

  EXPECT_EQ(MustGet(name).status(), Ticket::NEW);
  EXPECT_TRUE(Orders(name).empty());

  // The department of the ticket's site is a fine assignee.
  req = OwnMaintenance(name);
  req.set_assignee(kEngineering);
  auto dispatched = Dispatch(req);
  ASSERT_TRUE(Ok(dispatched.status));
  EXPECT_EQ(dispatched.value.assignee(), kEngineering);
}

TEST_P(WorkflowTest, RepairDispatchNeedsARouteOtherKindsDoNot) {
  const std::string repair = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest req = OwnMaintenance(repair);
  req.clear_route();
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "route"));
  const std::string facility = MustCreate(Ticket::COMPLAINT, Ticket::FACILITY);
  req.set_name(facility);
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "route"));
  EXPECT_TRUE(Orders(repair).empty());
  EXPECT_TRUE(Orders(facility).empty());

  // A help request goes to a person without a repair route.
  const std::string help = MustCreate(Ticket::HELP);
  req.set_name(help);
  auto dispatched = Dispatch(req);
  ASSERT_TRUE(Ok(dispatched.status));
  EXPECT_EQ(dispatched.value.status(), Ticket::DISPATCHED);
  EXPECT_EQ(dispatched.value.route(), v1::REPAIR_ROUTE_UNSPECIFIED);
}

TEST_P(WorkflowTest, VendorMustComeWithinItsOwnResponseDeadline) {
  const std::string name = MustCreate(Ticket::REPAIR);
  Advance(absl::Minutes(20));
  v1::DispatchTicketRequest req;
  req.set_name(name);
  req.set_route(v1::REPAIR_ROUTE_EXTERNAL_VENDOR);
  req.set_assignee(kElevatorVendor);
  req.set_instructions("3 栋 2 单元电梯困人");
  auto dispatched = Dispatch(req);
  ASSERT_TRUE(Ok(dispatched.status));
  EXPECT_EQ(dispatched.value.assignee(), kElevatorVendor);
  EXPECT_EQ(dispatched.value.route(), v1::REPAIR_ROUTE_EXTERNAL_VENDOR);
  std::vector<WorkOrder> orders = Orders(name);
  ASSERT_EQ(orders.size(), 1u);
  EXPECT_EQ(orders[0].assignee(), kElevatorVendor);
  EXPECT_EQ(At(orders[0].promised_time()), Now() + absl::Hours(4));

  // An explicit promise within the deadline is kept as given.
  const std::string other = MustCreate(Ticket::REPAIR);
  req.set_name(other);
  *req.mutable_promised_time() = Ts(Now() + absl::Hours(1));
  ASSERT_TRUE(Ok(Dispatch(req).status));
  orders = Orders(other);
  ASSERT_EQ(orders.size(), 1u);
  EXPECT_EQ(At(orders[0].promised_time()), Now() + absl::Hours(1));

  // Own maintenance without a promise has none.
  const std::string own = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest own_req = OwnMaintenance(own);
  own_req.clear_promised_time();
  ASSERT_TRUE(Ok(Dispatch(own_req).status));
  orders = Orders(own);
  ASSERT_EQ(orders.size(), 1u);
  EXPECT_FALSE(orders[0].has_promised_time());
}

TEST_P(WorkflowTest, WarrantyRepairNeedsManagerSignoffAndDeveloperAck) {
  const std::string name = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest req;
  req.set_name(name);
  req.set_route(v1::REPAIR_ROUTE_DEVELOPER_WARRANTY);
  req.set_assignee(kDeveloperTeam);

  // Neither signed off nor acknowledged.
  EXPECT_TRUE(Precondition(Dispatch(req).status, "WARRANTY_NOT_CLEARED"));
  // Acknowledged, but signed by a maintenance worker, not the manager.
  req.set_manager_signoff(kWorker);
  req.set_developer_acknowledged_by("项目部 陈工");
  EXPECT_TRUE(Precondition(Dispatch(req).status, "WARRANTY_NOT_CLEARED"));
  // Signed by the manager, not acknowledged.
  req.set_manager_signoff(kManager);
  req.clear_developer_acknowledged_by();
  EXPECT_TRUE(Precondition(Dispatch(req).status, "WARRANTY_NOT_CLEARED"));
  // Signed by somebody unknown.
  req.set_manager_signoff("staff/nobody");
  req.set_developer_acknowledged_by("项目部 陈工");
  EXPECT_EQ(Dispatch(req).status.error_code(), grpc::StatusCode::NOT_FOUND);
  // The liaison form goes to the developer's project team only.
  req.set_manager_signoff(kManager);
  req.set_assignee(kElevatorVendor);
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "assignee"));
  req.set_assignee(kWorker);
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "assignee"));
  EXPECT_EQ(MustGet(name).status(), Ticket::NEW);
  EXPECT_TRUE(Orders(name).empty());
  EXPECT_EQ(Events(name).size(), 1u);

  req.set_assignee(kDeveloperTeam);
  auto dispatched = Dispatch(req);
  ASSERT_TRUE(Ok(dispatched.status));
  EXPECT_EQ(dispatched.value.status(), Ticket::DISPATCHED);
  EXPECT_EQ(dispatched.value.route(), v1::REPAIR_ROUTE_DEVELOPER_WARRANTY);
  EXPECT_EQ(dispatched.value.assignee(), kDeveloperTeam);
  std::vector<WorkOrder> orders = Orders(name);
  ASSERT_EQ(orders.size(), 1u);
  EXPECT_EQ(orders[0].route(), v1::REPAIR_ROUTE_DEVELOPER_WARRANTY);
  // The project team's own deadline (48 h).
  EXPECT_EQ(At(orders[0].promised_time()), Now() + absl::Hours(48));
}

TEST_P(WorkflowTest, CoordinationNeedsAtLeastTwoParties) {
  const std::string name = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest req = OwnMaintenance(name);
  req.set_route(v1::REPAIR_ROUTE_COORDINATION);
  req.clear_promised_time();  // the coordination window (see below)
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "parties"));
  req.add_parties("工程部");
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "parties"));
  EXPECT_TRUE(Orders(name).empty());

  req.add_parties("601 业主");
  auto dispatched = Dispatch(req);
  ASSERT_TRUE(Ok(dispatched.status));
  EXPECT_EQ(dispatched.value.route(), v1::REPAIR_ROUTE_COORDINATION);
  std::vector<WorkOrder> orders = Orders(name);
  ASSERT_EQ(orders.size(), 1u);
  ASSERT_EQ(orders[0].parties_size(), 2);
  EXPECT_EQ(orders[0].parties(0), "工程部");
  EXPECT_EQ(orders[0].parties(1), "601 业主");
}

// --- SLA through the service -------------------------------------------------

TEST_P(WorkflowTest, NewTicketsGetTheDefaultSlaDeadlinesOfTheirKind) {
  const absl::Time t = Now();
  struct Case {
    Ticket::Kind kind;
    Ticket::ComplaintClass complaint_class;
    Ticket::Priority priority;
    absl::Duration respond, resolve;
  };
  for (const Case& c : {
           Case{Ticket::REPAIR, Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                Ticket::NORMAL, absl::Hours(2), absl::Hours(72)},
           // A complaint is answered within 24 h, finished within 3 days.
           Case{Ticket::COMPLAINT, Ticket::SERVICE, Ticket::NORMAL,
                absl::Hours(24), absl::Hours(72)},
           Case{Ticket::REPAIR, Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                Ticket::URGENT, absl::Minutes(30), absl::Hours(24)},
           Case{Ticket::SPECIAL_SERVICE, Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                Ticket::PRIORITY_UNSPECIFIED, absl::Hours(24),
                absl::Hours(24 * 7)},
       }) {
    SCOPED_TRACE(absl::StrCat(Ticket::Kind_Name(c.kind), " ",
                              Ticket::Priority_Name(c.priority)));
    auto created = Create(c.kind, c.complaint_class, c.priority);
    ASSERT_TRUE(Ok(created.status));
    const auto& d = created.value.deadlines();
    EXPECT_EQ(At(d.first_response_due_time()), t + c.respond);
    EXPECT_EQ(At(d.resolution_due_time()), t + c.resolve);
    EXPECT_FALSE(d.has_promised_time());
    EXPECT_FALSE(d.has_callback_due_time());
    EXPECT_FALSE(d.paused());
    // Stored, not just computed for the response.
    const auto& stored = MustGet(created.value.name()).deadlines();
    EXPECT_EQ(At(stored.first_response_due_time()), t + c.respond);
    EXPECT_EQ(At(stored.resolution_due_time()), t + c.resolve);
  }
}

TEST_P(WorkflowTest, PendingPausesTheClocksAndResumeMovesDueTimes) {
  const absl::Time t = Now();
  const std::string name = MustCreate(Ticket::REPAIR);
  Ticket created = MustGet(name);
  ASSERT_EQ(At(created.deadlines().first_response_due_time()),
            t + absl::Hours(2));
  ASSERT_EQ(At(created.deadlines().resolution_due_time()), t + absl::Hours(72));

  Advance(absl::Hours(1));
  auto pended = Pend(name, "业主出差，周末才能进户");
  ASSERT_TRUE(Ok(pended.status));
  EXPECT_EQ(pended.value.status(), Ticket::PENDING);
  EXPECT_TRUE(pended.value.deadlines().paused());

  // Five hours on hold: the 2 h first response would have passed, but a
  // ticket on hold is not overdue.
  Advance(absl::Hours(5));
  EXPECT_TRUE(MustGet(name).deadlines().paused());
  EXPECT_TRUE(Overdue().empty());
  EXPECT_TRUE(Overdue("sites/-").empty());

  auto resumed = Resume(name);
  ASSERT_TRUE(Ok(resumed.status));
  EXPECT_EQ(resumed.value.status(), Ticket::NEW);
  EXPECT_FALSE(resumed.value.deadlines().paused());
  EXPECT_EQ(At(resumed.value.deadlines().resolution_due_time()),
            t + absl::Hours(72) + absl::Hours(5));
  EXPECT_EQ(At(resumed.value.deadlines().first_response_due_time()),
            t + absl::Hours(2) + absl::Hours(5));
  EXPECT_FALSE(resumed.value.deadlines().first_response_breached());
  EXPECT_TRUE(Overdue().empty());

  std::vector<TicketEvent> events = Events(name);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[1].type(), TicketEvent::PENDED);
  EXPECT_EQ(StatusChange(events[1]), "NEW→PENDING");
  EXPECT_EQ(events[1].note(), "业主出差，周末才能进户");
  EXPECT_EQ(events[2].type(), TicketEvent::RESUMED);
  EXPECT_EQ(StatusChange(events[2]), "PENDING→NEW");

  // The moved first-response deadline passes: now it is overdue.
  Advance(absl::Hours(1) + absl::Minutes(1));
  EXPECT_EQ(NamesOf(Overdue()), std::vector<std::string>{name});
}

TEST_P(WorkflowTest, EndingAPendingTicketEndsItsPause) {
  const std::string cancelled = MustCreate(Ticket::REPAIR);
  const std::string duplicate = MustCreate(Ticket::REPAIR);
  const std::string unfounded = MustCreate(Ticket::COMPLAINT, Ticket::SERVICE);
  for (const std::string& name : {cancelled, duplicate, unfounded}) {
    ASSERT_TRUE(Ok(Pend(name).status));
  }
  Advance(absl::Hours(2));
  auto c = Cancel(cancelled);
  ASSERT_TRUE(Ok(c.status));
  EXPECT_EQ(c.value.status(), Ticket::CANCELLED);
  EXPECT_FALSE(c.value.deadlines().paused());
  auto d = Duplicate(duplicate, unfounded);
  ASSERT_TRUE(Ok(d.status));
  EXPECT_EQ(d.value.status(), Ticket::DUPLICATE);
  EXPECT_FALSE(d.value.deadlines().paused());
  auto u = Unfounded(unfounded, "经核实，投诉不成立");
  ASSERT_TRUE(Ok(u.status));
  EXPECT_EQ(u.value.status(), Ticket::UNFOUNDED);
  EXPECT_FALSE(u.value.deadlines().paused());
  // Read back later: still not paused, and the deadlines no longer move.
  Advance(absl::Hours(24 * 5));
  for (const std::string& name : {cancelled, duplicate, unfounded}) {
    Ticket t = MustGet(name);
    EXPECT_FALSE(t.deadlines().paused()) << name;
    EXPECT_EQ(At(t.deadlines().resolution_due_time()),
              T0() + absl::Hours(72) + absl::Hours(2))
        << name;
  }
}

// Known bug, not fixed here (server/ticket/deadlines.cc, FillBreaches): the
// flags of a PENDING ticket compare "now" with the due times stored when it
// was put on hold, so a first response that cannot be late while the clocks
// stop shows as breached, and a resolution breached before the hold shows as
// not breached. Enable once FillBreaches follows the pause (it needs the
// pause start, which the Ticket message does not carry).
TEST_P(WorkflowTest, BreachFlagsWhilePendingFollowThePause) {
  // Put on hold before its 2 h first response is due: not late while held.
  const std::string held = MustCreate(Ticket::REPAIR);
  Advance(absl::Hours(1));
  ASSERT_TRUE(Ok(Pend(held).status));
  Advance(absl::Hours(5));
  EXPECT_FALSE(MustGet(held).deadlines().first_response_breached());

  // Late by 3 days when put on hold: the hold does not undo the breach.
  const std::string late = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(late)).status));
  Advance(absl::Hours(73));
  ASSERT_TRUE(MustGet(late).deadlines().resolution_breached());
  auto pended = Pend(late);
  ASSERT_TRUE(Ok(pended.status));
  EXPECT_TRUE(pended.value.deadlines().resolution_breached());
  EXPECT_TRUE(MustGet(late).deadlines().resolution_breached());
}

TEST_P(WorkflowTest, OverdueListsLateFirstResponsesMostOverdueFirst) {
  const std::string repair = MustCreate(Ticket::REPAIR);  // due T0+2h
  const std::string urgent =
      MustCreate(Ticket::REPAIR, Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                 Ticket::URGENT);                           // due T0+30m
  const std::string inquiry = MustCreate(Ticket::INQUIRY);  // due T0+24h
  Advance(absl::Minutes(30));
  const std::string later = MustCreate(Ticket::REPAIR);  // due T0+2h30m
  const std::string answered = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(answered)).status));
  const std::string elsewhere =
      MustCreate(Ticket::REPAIR, Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                 Ticket::NORMAL, kOtherSite);  // due T0+2h30m, at lz

  // Exactly at a deadline is still on time.
  clock_->Set(T0() + absl::Hours(2));
  EXPECT_EQ(NamesOf(Overdue()), std::vector<std::string>{urgent});

  clock_->Set(T0() + absl::Hours(2) + absl::Minutes(1));
  std::vector<Ticket> overdue = Overdue();
  EXPECT_EQ(NamesOf(overdue), (std::vector<std::string>{urgent, repair}));
  for (const auto& t : overdue) {
    EXPECT_TRUE(t.deadlines().first_response_breached()) << t.name();
  }

  clock_->Set(T0() + absl::Hours(2) + absl::Minutes(31));
  const std::vector<std::string> hx = {urgent, repair, later};
  EXPECT_EQ(NamesOf(Overdue()), hx);
  EXPECT_EQ(NamesOf(Overdue(kSite, 1)), hx);  // keyset pages of one
  EXPECT_EQ(NamesOf(Overdue(kSite, 2)), hx);
  // Every site: lz's ticket ties with `later` and comes after it by id.
  const std::vector<std::string> all = {urgent, repair, later, elsewhere};
  EXPECT_EQ(NamesOf(Overdue("sites/-")), all);
  EXPECT_EQ(NamesOf(Overdue("sites/-", 1)), all);
  EXPECT_EQ(NamesOf(Overdue(kOtherSite)), std::vector<std::string>{elsewhere});

  // A dispatch answers the resident: off the list until the resolution is
  // late (3 days).
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(repair)).status));
  EXPECT_EQ(NamesOf(Overdue()), (std::vector<std::string>{urgent, later}));
  (void)inquiry;
}

TEST_P(WorkflowTest, OverdueWorkOrdersAreOpenOnesPastTheirPromise) {
  const std::string a = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(a)).status));  // promised T0+2h
  const std::string a_order = LastOrder(a);
  const std::string b = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(b)).status));  // promised T0+2h
  const std::string b_order = LastOrder(b);
  ASSERT_TRUE(Ok(Complete(b_order).status));  // done in time
  const std::string c = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest later = OwnMaintenance(c);
  *later.mutable_promised_time() = Ts(Now() + absl::Hours(5));
  ASSERT_TRUE(Ok(Dispatch(later).status));
  const std::string c_order = LastOrder(c);
  const std::string d = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest unpromised = OwnMaintenance(d);
  unpromised.clear_promised_time();
  ASSERT_TRUE(Ok(Dispatch(unpromised).status));
  const std::string lz =
      MustCreate(Ticket::REPAIR, Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                 Ticket::NORMAL, kOtherSite);
  v1::DispatchTicketRequest lz_req = OwnMaintenance(lz);
  lz_req.set_assignee(kElevatorVendor);
  lz_req.set_route(v1::REPAIR_ROUTE_EXTERNAL_VENDOR);
  lz_req.clear_promised_time();  // the vendor's 4 h
  ASSERT_TRUE(Ok(Dispatch(lz_req).status));

  const std::string site_orders = std::string(kSite) + "/tickets/-";
  EXPECT_TRUE(Orders(site_orders, true).empty());

  Advance(absl::Hours(3));
  std::vector<WorkOrder> overdue = Orders(site_orders, true);
  ASSERT_EQ(NamesOf(overdue), std::vector<std::string>{a_order});
  EXPECT_TRUE(overdue[0].overdue());
  // Arrived but not finished is still being tracked.
  ASSERT_TRUE(Ok(Arrive(a_order).status));
  EXPECT_EQ(NamesOf(Orders(site_orders, true, 1)),
            std::vector<std::string>{a_order});
  // The ticket's own list, and every order of the site.
  EXPECT_EQ(NamesOf(Orders(a, true)), std::vector<std::string>{a_order});
  EXPECT_TRUE(Orders(b, true).empty());
  std::vector<WorkOrder> every = Orders(site_orders, false, 1);
  ASSERT_EQ(NamesOf(every), (std::vector<std::string>{a_order, b_order, c_order,
                                                      LastOrder(d)}));
  EXPECT_TRUE(every[0].overdue());
  EXPECT_FALSE(every[1].overdue());  // completed before its promise
  EXPECT_FALSE(every[2].overdue());
  EXPECT_FALSE(every[3].overdue());

  Advance(absl::Hours(2) + absl::Minutes(1));
  EXPECT_EQ(NamesOf(Orders(site_orders, true)),
            (std::vector<std::string>{a_order, c_order}));
  ASSERT_TRUE(Ok(Complete(a_order).status));
  EXPECT_EQ(NamesOf(Orders(site_orders, true)),
            std::vector<std::string>{c_order});
  // lz's vendor (4 h) is late too, on lz's list only.
  EXPECT_EQ(Orders(std::string(kOtherSite) + "/tickets/-", true).size(), 1u);
}

// --- Endings without work ----------------------------------------------------

TEST_P(WorkflowTest, DuplicatePointsToASurvivingTicketOfTheSameSite) {
  const std::string surviving = MustCreate(Ticket::REPAIR);
  const std::string copy = MustCreate(Ticket::REPAIR);
  const std::string foreign =
      MustCreate(Ticket::REPAIR, Ticket::COMPLAINT_CLASS_UNSPECIFIED,
                 Ticket::NORMAL, kOtherSite);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(copy)).status));

  EXPECT_TRUE(
      InvalidNaming(Duplicate(surviving, surviving).status, "duplicate_of"));
  EXPECT_TRUE(
      InvalidNaming(Duplicate(surviving, foreign).status, "duplicate_of"));
  EXPECT_EQ(Duplicate(surviving, std::string(kSite) + "/tickets/999999")
                .status.error_code(),
            grpc::StatusCode::NOT_FOUND);
  EXPECT_TRUE(InvalidNaming(Duplicate(surviving, "").status, "duplicate_of"));

  auto marked = Duplicate(copy, surviving);
  ASSERT_TRUE(Ok(marked.status));
  EXPECT_EQ(marked.value.status(), Ticket::DUPLICATE);
  EXPECT_EQ(marked.value.duplicate_of(), surviving);
  std::vector<TicketEvent> events = Events(copy);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().type(), TicketEvent::MARKED_DUPLICATE);
  EXPECT_EQ(StatusChange(events.back()), "DISPATCHED→DUPLICATE");
  ASSERT_NE(ChangeOf(events.back(), "duplicate_of"), nullptr);
  EXPECT_EQ(ChangeOf(events.back(), "duplicate_of")->new_value(), surviving);
  // The copy's work order is no longer open.
  std::vector<WorkOrder> orders = Orders(copy);
  ASSERT_EQ(orders.size(), 1u);
  EXPECT_EQ(orders[0].state(), WorkOrder::SUPERSEDED);

  // A ticket cannot point at one that has itself ended.
  const std::string third = MustCreate(Ticket::REPAIR);
  EXPECT_TRUE(
      Precondition(Duplicate(third, copy).status, "DUPLICATE_OF_ENDED"));
  const std::string cancelled = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Cancel(cancelled).status));
  EXPECT_TRUE(
      Precondition(Duplicate(third, cancelled).status, "DUPLICATE_OF_ENDED"));
  EXPECT_EQ(MustGet(third).status(), Ticket::NEW);
  EXPECT_EQ(Events(third).size(), 1u);
  // The surviving ticket carries on.
  EXPECT_EQ(MustGet(surviving).status(), Ticket::NEW);
  EXPECT_TRUE(Ok(Duplicate(third, surviving).status));
}

TEST_P(WorkflowTest, CancelEndsTheTicketAndSupersedesOpenWorkOrders) {
  const std::string name = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(name)).status));
  ASSERT_TRUE(Ok(Arrive(LastOrder(name)).status));
  EXPECT_TRUE(InvalidNaming(Cancel(name, "").status, "reason"));

  auto cancelled = Cancel(name, "业主自行找人修好了");
  ASSERT_TRUE(Ok(cancelled.status));
  EXPECT_EQ(cancelled.value.status(), Ticket::CANCELLED);
  EXPECT_EQ(cancelled.value.resolution(), "业主自行找人修好了");
  std::vector<WorkOrder> orders = Orders(name);
  ASSERT_EQ(orders.size(), 1u);
  EXPECT_EQ(orders[0].state(), WorkOrder::SUPERSEDED);
  std::vector<TicketEvent> events = Events(name);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().type(), TicketEvent::CANCELLED);
  EXPECT_EQ(events.back().note(), "业主自行找人修好了");
  EXPECT_EQ(StatusChange(events.back()), "IN_PROGRESS→CANCELLED");

  EXPECT_TRUE(Precondition(Cancel(name).status, "TICKET_ENDED"));
  EXPECT_TRUE(Precondition(Resolve(name).status, "TICKET_ENDED"));
  Advance(absl::Hours(24 * 5));
  EXPECT_TRUE(Overdue().empty());
  EXPECT_TRUE(Orders(std::string(kSite) + "/tickets/-", true).empty());

  // A resolved ticket is not cancelled: it waits for its callback.
  const std::string resolved = ResolvedRepair();
  EXPECT_TRUE(Precondition(Cancel(resolved).status, "TRANSITION_NOT_ALLOWED"));
}

// --- Idempotency and refusals ------------------------------------------------

TEST_P(WorkflowTest, RetriedDispatchWithOneRequestIdIssuesOneWorkOrder) {
  const std::string name = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest req = OwnMaintenance(name);
  req.set_request_id("desk2-dispatch-0001");
  auto first = Dispatch(req);
  ASSERT_TRUE(Ok(first.status));
  Advance(absl::Minutes(1));
  auto retry = Dispatch(req);
  ASSERT_TRUE(Ok(retry.status));
  EXPECT_TRUE(MessageDifferencer::Equals(first.value, retry.value))
      << first.value.DebugString() << "\nvs\n"
      << retry.value.DebugString();
  EXPECT_EQ(Orders(name).size(), 1u);
  EXPECT_EQ(Events(name).size(), 2u);
  EXPECT_EQ(MustGet(name).etag(), first.value.etag());

  // The same id for another request is refused.
  v1::DispatchTicketRequest other = req;
  other.set_assignee(kEngineering);
  auto reused = Dispatch(other);
  EXPECT_TRUE(InvalidNaming(reused.status, "request_id"));
  EXPECT_EQ(Reason(reused.status), "REQUEST_ID_REUSED");

  // The same holds for a callback.
  ASSERT_TRUE(Ok(Complete(LastOrder(name)).status));
  ASSERT_TRUE(Ok(Resolve(name).status));
  v1::RecordCallbackRequest cb;
  cb.set_name(name);
  cb.set_result(TicketCallback::UNSATISFIED);
  cb.set_rating(2);
  cb.set_comment("还漏");
  cb.set_request_id("desk2-callback-0001");
  auto cb_first = T(&v1::TicketService::Stub::RecordCallback, cb);
  ASSERT_TRUE(Ok(cb_first.status));
  auto cb_retry = T(&v1::TicketService::Stub::RecordCallback, cb);
  ASSERT_TRUE(Ok(cb_retry.status));
  EXPECT_TRUE(MessageDifferencer::Equals(cb_first.value, cb_retry.value));
  // One rework order, not two; still REOPENED (a second callback would
  // have been refused).
  EXPECT_EQ(Orders(name).size(), 2u);
  EXPECT_EQ(MustGet(name).status(), Ticket::REOPENED);
}

TEST_P(WorkflowTest, RefusedStepWritesNothing) {
  const std::string name = MustCreate(Ticket::REPAIR);
  auto unchanged = [&](const char* what) {
    SCOPED_TRACE(what);
    Ticket t = MustGet(name);
    return std::make_pair(t.etag(), Events(name).size());
  };
  auto before = unchanged("new");
  EXPECT_FALSE(Resolve(name).status.ok());
  EXPECT_FALSE(Resume(name).status.ok());
  EXPECT_FALSE(Callback(name, TicketCallback::SATISFIED, 5).status.ok());
  EXPECT_FALSE(Unfounded(name, "不成立").status.ok());
  v1::DispatchTicketRequest warranty;
  warranty.set_name(name);
  warranty.set_route(v1::REPAIR_ROUTE_DEVELOPER_WARRANTY);
  warranty.set_assignee(kDeveloperTeam);
  EXPECT_FALSE(Dispatch(warranty).status.ok());
  EXPECT_EQ(unchanged("after refusals on NEW"), before);
  EXPECT_TRUE(Orders(name).empty());

  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(name)).status));
  const std::string order = LastOrder(name);
  ASSERT_TRUE(Ok(Arrive(order).status));
  before = unchanged("in progress");
  EXPECT_FALSE(Arrive(order).status.ok());
  EXPECT_FALSE(Resolve(name).status.ok());  // WORK_ORDER_OPEN
  EXPECT_FALSE(Reopen(name).status.ok());
  EXPECT_FALSE(Dispatch(warranty).status.ok());
  EXPECT_EQ(unchanged("after refusals in progress"), before);
  std::vector<WorkOrder> orders = Orders(name);
  ASSERT_EQ(orders.size(), 1u);
  // The refused re-dispatch did not supersede the open order.
  EXPECT_EQ(orders[0].state(), WorkOrder::ARRIVED);
  EXPECT_EQ(MustGet(name).status(), Ticket::IN_PROGRESS);
}

// --- The department at fault agrees a plan within 1 day ([001]) -----------

TEST_P(WorkflowTest, ComplaintPlanIsDueWithinOneDayAndMetByTheAgreedPlan) {
  const absl::Time created = Now();
  auto complaint = Create(Ticket::COMPLAINT, Ticket::FACILITY);
  ASSERT_TRUE(Ok(complaint.status));
  const std::string name = complaint.value.name();
  EXPECT_EQ(At(complaint.value.deadlines().plan_due_time()),
            created + absl::Hours(24));
  EXPECT_FALSE(complaint.value.deadlines().has_plan_met_time());
  EXPECT_FALSE(complaint.value.has_plan());
  // Other kinds owe no plan.
  EXPECT_FALSE(
      MustGet(MustCreate(Ticket::REPAIR)).deadlines().has_plan_due_time());

  Advance(absl::Hours(20));  // inside the warning lead (20% of 1 day)
  EXPECT_TRUE(MustGet(name).deadlines().plan_warning());
  const absl::Time agreed = Now();
  const absl::Time finish = Now() + absl::Hours(48);
  auto planned = Plan(name, kEngineering, "更换破损防水层，两天内完工", finish);
  ASSERT_TRUE(Ok(planned.status));
  const Ticket& t = planned.value;
  EXPECT_EQ(t.status(), Ticket::NEW);  // a plan does not move the ticket
  EXPECT_EQ(t.plan().department(), kEngineering);
  EXPECT_EQ(t.plan().agreed_by(), kWorker);  // the department's head
  EXPECT_EQ(t.plan().plan(), "更换破损防水层，两天内完工");
  EXPECT_EQ(At(t.plan().finish_time()), finish);
  EXPECT_EQ(t.plan().recorded_by(), kAdmin);
  EXPECT_EQ(At(t.plan().agree_time()), agreed);
  EXPECT_EQ(At(t.deadlines().plan_met_time()), agreed);
  EXPECT_FALSE(t.deadlines().plan_breached());
  EXPECT_FALSE(t.deadlines().plan_warning());
  // The planned finish is the promise told to the resident.
  EXPECT_EQ(At(t.deadlines().promised_time()), finish);
  EXPECT_TRUE(MessageDifferencer::Equals(MustGet(name), t));

  std::vector<TicketEvent> events = Events(name);
  ASSERT_EQ(events.size(), 2u);
  const TicketEvent& e = events[1];
  EXPECT_EQ(e.type(), TicketEvent::PLAN_AGREED);
  EXPECT_EQ(e.ticket_number(), t.number());
  ASSERT_NE(ChangeOf(e, "plan.department"), nullptr);
  EXPECT_EQ(ChangeOf(e, "plan.department")->new_value(), kEngineering);
  ASSERT_NE(ChangeOf(e, "plan.agreed_by"), nullptr);
  EXPECT_EQ(ChangeOf(e, "plan.agreed_by")->new_value(), kWorker);
  ASSERT_NE(ChangeOf(e, "plan"), nullptr);
  EXPECT_EQ(ChangeOf(e, "plan")->new_value(), "更换破损防水层，两天内完工");
  ASSERT_NE(ChangeOf(e, "promised_time"), nullptr);
  EXPECT_EQ(ChangeOf(e, "promised_time")->new_value(), Text(finish));

  // A revised plan is a new entry; the deadline stays met by the first.
  Advance(absl::Hours(10));
  auto revised =
      Plan(name, kEngineering, "改为整体重做防水", std::nullopt, kManager);
  ASSERT_TRUE(Ok(revised.status));
  EXPECT_EQ(revised.value.plan().plan(), "改为整体重做防水");
  EXPECT_EQ(revised.value.plan().agreed_by(), kManager);
  EXPECT_FALSE(revised.value.plan().has_finish_time());
  EXPECT_EQ(At(revised.value.deadlines().plan_met_time()), agreed);
  EXPECT_FALSE(revised.value.deadlines().plan_breached());
  events = Events(name);
  ASSERT_EQ(events.size(), 3u);
  ASSERT_NE(ChangeOf(events[2], "plan"), nullptr);
  EXPECT_EQ(ChangeOf(events[2], "plan")->old_value(),
            "更换破损防水层，两天内完工");
}

TEST_P(WorkflowTest, LatePlanIsABreachListedOverdueAndEscalated) {
  const absl::Time created = Now();
  const std::string name = MustCreate(Ticket::COMPLAINT, Ticket::SERVICE);
  v1::DispatchTicketRequest dispatch;
  dispatch.set_name(name);
  dispatch.set_assignee(kEngineering);
  ASSERT_TRUE(Ok(Dispatch(dispatch).status));  // answered: first response
  // The plan (1 day) is owed before the resolution (3 days).
  Advance(absl::Hours(24));
  EXPECT_TRUE(Overdue().empty());  // exactly at the deadline is on time
  EXPECT_EQ(Sweep(), 0);
  Advance(absl::Minutes(1));
  std::vector<Ticket> overdue = Overdue();
  ASSERT_EQ(NamesOf(overdue), std::vector<std::string>{name});
  EXPECT_TRUE(overdue[0].deadlines().plan_breached());
  EXPECT_FALSE(overdue[0].deadlines().resolution_breached());

  // The sweeper escalates it to the supervisor, naming the plan.
  EXPECT_EQ(Sweep(), 1);
  EXPECT_EQ(Sweep(), 0);  // once
  std::vector<v1::Escalation> escalations = EscalationsOf(name);
  ASSERT_EQ(escalations.size(), 1u);
  EXPECT_EQ(escalations[0].level(), v1::ESCALATION_LEVEL_SUPERVISOR);
  EXPECT_TRUE(escalations[0].automatic());
  EXPECT_EQ(escalations[0].reason(),
            absl::StrCat("plan deadline ", Text(created + absl::Hours(24)),
                         " missed"));

  // Agreed late: the breach stays counted, the ticket leaves the list.
  auto planned = Plan(name, kEngineering, "当班人员停岗培训，主管上门致歉");
  ASSERT_TRUE(Ok(planned.status));
  EXPECT_TRUE(planned.value.deadlines().plan_breached());
  EXPECT_EQ(At(planned.value.deadlines().plan_met_time()), Now());
  EXPECT_TRUE(Overdue().empty());
  EXPECT_TRUE(MustGet(name).deadlines().plan_breached());
}

TEST_P(WorkflowTest, PlanClockPausesWhilePendingAndStopsAtResolution) {
  const absl::Time created = Now();
  const std::string name = MustCreate(Ticket::COMPLAINT, Ticket::SERVICE);
  Advance(absl::Hours(10));
  ASSERT_TRUE(Ok(Pend(name, "等业主出差回来面谈").status));
  Advance(absl::Hours(30));  // past the plan's day, but on hold
  Ticket held = MustGet(name);
  EXPECT_FALSE(held.deadlines().plan_breached());
  EXPECT_TRUE(Overdue().empty());
  ASSERT_TRUE(Ok(Resume(name).status));
  Ticket resumed = MustGet(name);
  EXPECT_EQ(At(resumed.deadlines().plan_due_time()),
            created + absl::Hours(24 + 30));
  EXPECT_FALSE(resumed.deadlines().plan_breached());

  // Resolved before any plan: a complaint put right owes none.
  v1::DispatchTicketRequest dispatch;
  dispatch.set_name(name);
  dispatch.set_assignee(kWorker);
  ASSERT_TRUE(Ok(Dispatch(dispatch).status));
  ASSERT_TRUE(Ok(Complete(LastOrder(name)).status));
  auto resolved = Resolve(name, "已当面致歉");
  ASSERT_TRUE(Ok(resolved.status));
  EXPECT_EQ(At(resolved.value.deadlines().plan_met_time()), Now());
  EXPECT_FALSE(resolved.value.deadlines().plan_breached());
  Advance(absl::Hours(48));
  EXPECT_FALSE(MustGet(name).deadlines().plan_breached());
}

TEST_P(WorkflowTest,
       PlanIsRefusedOnNonComplaintsAndEndedTicketsWritingNothing) {
  const std::string repair = MustCreate(Ticket::REPAIR);
  EXPECT_TRUE(Precondition(Plan(repair).status, "PLAN_ONLY_FOR_COMPLAINTS"));
  const std::string ended = MustCreate(Ticket::COMPLAINT, Ticket::SERVICE);
  ASSERT_TRUE(Ok(Unfounded(ended, "经核实投诉不成立").status));
  EXPECT_TRUE(Precondition(Plan(ended).status, "TICKET_ENDED"));

  const std::string name = MustCreate(Ticket::COMPLAINT, Ticket::SERVICE);
  const Ticket before = MustGet(name);
  EXPECT_TRUE(InvalidNaming(Plan(name, "").status, "department"));
  EXPECT_TRUE(InvalidNaming(Plan(name, kEngineering, "").status, "plan"));
  EXPECT_TRUE(InvalidNaming(
      Plan(name, kEngineering, std::string(1001, 'x')).status, "plan"));
  EXPECT_TRUE(InvalidNaming(
      Plan(name, kEngineering, "x", Now() - absl::Minutes(1)).status,
      "finish_time"));
  EXPECT_TRUE(InvalidNaming(Plan(name, "sites/lz/departments/eng").status,
                            "department"));
  EXPECT_EQ(Plan(name, "sites/hx/departments/nosuch").status.error_code(),
            grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(Plan(name, kEngineering, "x", std::nullopt, "staff/nobody")
                .status.error_code(),
            grpc::StatusCode::NOT_FOUND);
  const Ticket after = MustGet(name);
  EXPECT_EQ(after.etag(), before.etag());
  EXPECT_FALSE(after.has_plan());
  EXPECT_EQ(Events(name).size(), 1u);
  EXPECT_EQ(Events(repair).size(), 1u);
}

// --- The coordination route: several parties, more than two days ----------

TEST_P(WorkflowTest, CoordinationDispatchPromisesTheCoordinationWindow) {
  const absl::Time created = Now();
  const std::string name = MustCreate(Ticket::REPAIR);
  Advance(absl::Hours(1));
  auto dispatched = Dispatch(Coordination(name));
  ASSERT_TRUE(Ok(dispatched.status));
  // Default: 3 days from the call, told to the resident as the promise.
  EXPECT_EQ(At(dispatched.value.deadlines().promised_time()),
            created + absl::Hours(72));
  std::vector<WorkOrder> orders = Orders(name);
  ASSERT_EQ(orders.size(), 1u);
  EXPECT_EQ(At(orders[0].promised_time()), created + absl::Hours(72));
  std::vector<TicketEvent> events = Events(name);
  ASSERT_EQ(events.size(), 2u);
  ASSERT_NE(ChangeOf(events[1], "promised_time"), nullptr);
  EXPECT_EQ(ChangeOf(events[1], "promised_time")->new_value(),
            Text(created + absl::Hours(72)));

  // A site's own coordination window; a matter re-routed late still gets
  // two days from its dispatch.
  v1::UpdateSlaPolicyRequest policy;
  policy.mutable_policy()->set_name("sites/hx/slaPolicies/repair.normal");
  *policy.mutable_policy()->mutable_coordination() =
      TimeUtil::SecondsToDuration(4 * 86400);
  policy.mutable_update_mask()->add_paths("coordination");
  auto updated = T(&v1::TicketService::Stub::UpdateSlaPolicy, policy);
  ASSERT_TRUE(Ok(updated.status));
  EXPECT_EQ(updated.value.coordination().seconds(), 4 * 86400);
  const absl::Time second_created = Now();
  const std::string second = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(second)).status));
  Advance(absl::Hours(90));
  auto rerouted = Dispatch(Coordination(second));
  ASSERT_TRUE(Ok(rerouted.status));
  EXPECT_EQ(
      At(rerouted.value.deadlines().promised_time()),
      std::max(second_created + absl::Hours(96), Now() + absl::Hours(48)));
}

TEST_P(WorkflowTest, CoordinationPromiseShorterThanTwoDaysIsRefused) {
  const std::string name = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest req = Coordination(name);
  *req.mutable_promised_time() = Ts(Now() + absl::Hours(24));
  EXPECT_TRUE(
      Precondition(Dispatch(req).status, "COORDINATION_PROMISE_TOO_SHORT"));
  EXPECT_TRUE(Orders(name).empty());
  EXPECT_EQ(Events(name).size(), 1u);

  const absl::Time dispatched = Now();
  *req.mutable_promised_time() = Ts(Now() + absl::Hours(48));
  ASSERT_TRUE(Ok(Dispatch(req).status));
  EXPECT_EQ(At(MustGet(name).deadlines().promised_time()),
            dispatched + absl::Hours(48));

  // Later promises count from the coordination dispatch too.
  Advance(absl::Hours(20));
  const std::string etag = MustGet(name).etag();
  EXPECT_TRUE(Precondition(Promise(name, dispatched + absl::Hours(47)).status,
                           "COORDINATION_PROMISE_TOO_SHORT"));
  EXPECT_EQ(MustGet(name).etag(), etag);
  auto moved = Promise(name, dispatched + absl::Hours(50), "业主周末在家");
  ASSERT_TRUE(Ok(moved.status));
  EXPECT_EQ(At(moved.value.deadlines().promised_time()),
            dispatched + absl::Hours(50));
  // Another route: no such floor.
  const std::string plain = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(plain)).status));
  EXPECT_TRUE(Ok(Promise(plain, Now() + absl::Hours(3)).status));
}

// --- The resident is told the same day when several are involved ([001]) ---

TEST_P(WorkflowTest, CoordinationOwesTheResidentANoticeTheSameDay) {
  const std::string name = MustCreate(Ticket::REPAIR);  // 09:00 in Shanghai
  Advance(absl::Hours(1));
  auto dispatched = Dispatch(Coordination(name));
  ASSERT_TRUE(Ok(dispatched.status));
  // Due by the end of hx's local day: 2026-11-24 00:00 +08:00.
  const absl::Time midnight = absl::FromCivil(
      absl::CivilSecond(2026, 11, 23, 16, 0, 0), absl::UTCTimeZone());
  EXPECT_EQ(At(dispatched.value.deadlines().resident_notice_due_time()),
            midnight);
  EXPECT_FALSE(dispatched.value.deadlines().has_resident_notice_met_time());
  std::vector<TicketEvent> events = Events(name);
  ASSERT_NE(ChangeOf(events.back(), "resident_notice_due_time"), nullptr);
  EXPECT_EQ(ChangeOf(events.back(), "resident_notice_due_time")->new_value(),
            Text(midnight));

  Advance(absl::Hours(5));  // 15:00
  EXPECT_TRUE(Overdue().empty());
  const absl::Time told = Now();
  auto notified = Notify(name, "已电话告知：需业主与工程部协调，三天内处理");
  ASSERT_TRUE(Ok(notified.status));
  EXPECT_EQ(At(notified.value.deadlines().resident_notice_met_time()), told);
  EXPECT_FALSE(notified.value.deadlines().resident_notice_breached());
  events = Events(name);
  EXPECT_EQ(events.back().type(), TicketEvent::RESIDENT_NOTIFIED);
  EXPECT_EQ(events.back().note(),
            "PHONE: 已电话告知：需业主与工程部协调，三天内处理");
  EXPECT_EQ(StatusChange(events.back()), "");
  Advance(absl::Hours(12));  // the next day
  EXPECT_FALSE(MustGet(name).deadlines().resident_notice_breached());
  EXPECT_TRUE(Overdue().empty());
}

TEST_P(WorkflowTest, ResidentNotToldTheSameDayIsABreachListedAndEscalated) {
  const std::string name = MustCreate(Ticket::REPAIR);
  ASSERT_TRUE(Ok(Dispatch(Coordination(name)).status));
  const absl::Time midnight = absl::FromCivil(
      absl::CivilSecond(2026, 11, 23, 16, 0, 0), absl::UTCTimeZone());
  Advance(midnight - Now());
  EXPECT_TRUE(Overdue().empty());
  Advance(absl::Minutes(1));
  std::vector<Ticket> overdue = Overdue();
  ASSERT_EQ(NamesOf(overdue), std::vector<std::string>{name});
  EXPECT_TRUE(overdue[0].deadlines().resident_notice_breached());
  EXPECT_EQ(Sweep(), 1);
  std::vector<v1::Escalation> escalations = EscalationsOf(name);
  ASSERT_EQ(escalations.size(), 1u);
  EXPECT_EQ(escalations[0].reason(), absl::StrCat("resident notice deadline ",
                                                  Text(midnight), " missed"));
  // Told late: still a breach, off the list.
  auto notified = Notify(name, "上门告知协调进展", Ticket::WALK_IN);
  ASSERT_TRUE(Ok(notified.status));
  EXPECT_TRUE(notified.value.deadlines().resident_notice_breached());
  EXPECT_TRUE(Overdue().empty());
  // Bad notices are refused and write nothing.
  const size_t before = Events(name).size();
  EXPECT_TRUE(InvalidNaming(Notify(name, "").status, "note"));
  EXPECT_TRUE(
      InvalidNaming(Notify(name, "x", Ticket::PATROL).status, "channel"));
  EXPECT_EQ(Events(name).size(), before);
}

TEST_P(WorkflowTest, SecondDepartmentOwesAResidentNotice) {
  CreateSecurityDepartment();
  const std::string name = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest req = OwnMaintenance(name);
  req.set_assignee(kEngineering);
  ASSERT_TRUE(Ok(Dispatch(req).status));
  EXPECT_FALSE(MustGet(name).deadlines().has_resident_notice_due_time());
  ASSERT_TRUE(Ok(Dispatch(req).status));  // the same department again
  EXPECT_FALSE(MustGet(name).deadlines().has_resident_notice_due_time());
  req.set_assignee("sites/hx/departments/sec");
  auto second = Dispatch(req);
  ASSERT_TRUE(Ok(second.status));
  EXPECT_TRUE(second.value.deadlines().has_resident_notice_due_time());

  // A complaint's plan by another department than the one dispatched.
  const std::string complaint = MustCreate(Ticket::COMPLAINT, Ticket::FACILITY);
  req = OwnMaintenance(complaint);
  req.set_assignee(kEngineering);
  ASSERT_TRUE(Ok(Dispatch(req).status));
  EXPECT_FALSE(MustGet(complaint).deadlines().has_resident_notice_due_time());
  auto planned =
      Plan(complaint, "sites/hx/departments/sec", "保安部配合封闭通道");
  ASSERT_TRUE(Ok(planned.status));
  EXPECT_TRUE(planned.value.deadlines().has_resident_notice_due_time());
  // Resolving the matter the same day answers the resident too.
  ASSERT_TRUE(Ok(Complete(LastOrder(complaint)).status));
  auto resolved = Resolve(complaint, "已修复");
  ASSERT_TRUE(Ok(resolved.status));
  EXPECT_EQ(At(resolved.value.deadlines().resident_notice_met_time()), Now());
  EXPECT_FALSE(resolved.value.deadlines().resident_notice_breached());
  // A notice on a resolved ticket is refused.
  EXPECT_TRUE(Precondition(Notify(complaint).status, "TICKET_NOT_OPEN"));
}

// --- Callbacks due at the window's edge -------------------------------------

TEST_P(WorkflowTest, CallbackDueExactlyAtTheWindowsEndIsListed) {
  const std::string name = ResolvedRepair();  // callback due T0 + 24 h
  Advance(absl::Hours(10));
  EXPECT_EQ(NamesOf(CallbacksDue(absl::Hours(14))),
            std::vector<std::string>{name});
  EXPECT_TRUE(CallbacksDue(absl::Hours(14) - absl::Seconds(1)).empty());
}

// --- The front-desk board shows each event's ticket number ------------------

TEST_P(WorkflowTest, EventsCarryTheTicketNumber) {
  auto created = Create(Ticket::REPAIR);
  ASSERT_TRUE(Ok(created.status));
  const std::string name = created.value.name();
  const std::string number = created.value.number();
  ASSERT_TRUE(Ok(Dispatch(OwnMaintenance(name)).status));
  v1::AddTicketNoteRequest note;
  note.set_ticket(name);
  note.set_note("住户下午在家");
  auto added = T(&v1::TicketService::Stub::AddTicketNote, note);
  ASSERT_TRUE(Ok(added.status));
  EXPECT_EQ(added.value.ticket_number(), number);
  std::vector<TicketEvent> events = Events(name);
  ASSERT_EQ(events.size(), 3u);
  for (const auto& e : events) EXPECT_EQ(e.ticket_number(), number);

  // WatchTickets, from the start of the site's history.
  auto context = Context();
  v1::WatchTicketsRequest watch;
  watch.set_parent(kSite);
  watch.set_after_event_id(-1);
  auto reader = tickets_->WatchTickets(context.get(), watch);
  TicketEvent e;
  for (size_t i = 0; i < events.size(); ++i) {
    ASSERT_TRUE(reader->Read(&e)) << i;
    EXPECT_EQ(e.event_id(), events[i].event_id());
    EXPECT_EQ(e.ticket_number(), number);
  }
  context->TryCancel();
  while (reader->Read(&e)) {
  }
  (void)reader->Finish();
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(WorkflowTest);

}  // namespace
}  // namespace frontdesk
