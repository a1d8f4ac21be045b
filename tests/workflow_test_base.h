// The fixture of the ticket workflow tests (workflow_*_test.cc): the real
// gRPC server over loopback on a fresh SQLite or MariaDB database
// (FRONTDESK_TEST_MYSQL, set by tests/with_mariadb.sh), with a FakeClock that
// the tests advance instead of sleeping, sites hx and lz, their staff,
// departments and vendors, and helpers that call TicketService as the admin.
// Each test names the rule it covers (the T- rules of docs/rules.md, which
// lists these tests by name; the lifecycle of ticket_service.proto).
#ifndef FRONTDESK_TESTS_WORKFLOW_TEST_BASE_H_
#define FRONTDESK_TESTS_WORKFLOW_TEST_BASE_H_

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

namespace frontdesk::workflow_testing {

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

inline constexpr char kSite[] = "sites/hx";
inline constexpr char kOtherSite[] = "sites/lz";
inline constexpr char kWorker[] = "staff/li.gong";   // MAINTENANCE at hx
inline constexpr char kManager[] = "staff/zhou.zr";  // MANAGER at hx
inline constexpr char kAdmin[] = "staff/admin";      // BootstrapAdminToken's
inline constexpr char kEngineering[] = "sites/hx/departments/eng";
inline constexpr char kElevatorVendor[] = "vendors/otis";  // ELEVATOR, 4 h
inline constexpr char kDeveloperTeam[] =
    "vendors/devteam";  // DEVELOPER_PROJECT_TEAM

// Display text of an instant in the history ("2026-11-28T01:00:00Z").
inline std::string Text(absl::Time t) {
  return absl::FormatTime(absl::RFC3339_sec, t, absl::UTCTimeZone());
}

// "OLD→NEW" of the event's status change, "" when the status did not change.
inline std::string StatusChange(const TicketEvent& e) {
  for (const auto& c : e.changes()) {
    if (c.field() == "status") {
      return absl::StrCat(c.old_value(), "→", c.new_value());
    }
  }
  return "";
}

inline const v1::FieldChange* ChangeOf(const TicketEvent& e,
                                       const std::string& field) {
  for (const auto& c : e.changes()) {
    if (c.field() == field) return &c;
  }
  return nullptr;
}

inline std::vector<std::string> NamesOf(const std::vector<Ticket>& tickets) {
  std::vector<std::string> out;
  for (const auto& t : tickets) out.push_back(t.name());
  return out;
}

inline std::vector<std::string> NamesOf(const std::vector<WorkOrder>& orders) {
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
      // Their own token: they approve with it (ApprovalFor).
      v1::CreateAccessTokenRequest token;
      token.set_parent(std::string("staff/") + p.id);
      auto minted = D(&v1::DirectoryService::Stub::CreateAccessToken, token);
      ASSERT_TRUE(Ok(minted.status));
      tokens_[p.id] = minted.value.secret();
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

  // The code of an approval of `action` for ticket `name` that `approver`
  // ("staff/{id}", one of CreateDirectory's people) gives with their own
  // token [ACL-APPROVAL-BY-APPROVER]; "" after a test failure.
  std::string ApprovalFor(const std::string& approver,
                          v1::Approval::Action action,
                          const std::string& name) {
    const std::string site = name.substr(6, name.find('/', 6) - 6);
    return ApprovalCode(approver.substr(6), site, action, name);
  }

  // --- What a ticket owes the resident: plans and notices -------------------

  // A plan recorded by the admin (the desk), agreed by `approver` with an
  // approval of their own (by default the engineering department's head);
  // "" sends no approval. `agreed_by` is sent as the request names it.
  Reply<Ticket> Plan(const std::string& name,
                     const std::string& department = kEngineering,
                     const std::string& plan = "更换破损防水层，三天内完工",
                     std::optional<absl::Time> finish = std::nullopt,
                     const std::string& approver = kWorker,
                     const std::string& agreed_by = "") {
    v1::AgreeTicketPlanRequest req;
    req.set_name(name);
    req.set_department(department);
    req.set_plan(plan);
    if (finish) *req.mutable_finish_time() = Ts(*finish);
    req.set_agreed_by(agreed_by);
    if (!approver.empty()) {
      req.set_approval(ApprovalFor(approver, v1::Approval::TICKET_PLAN, name));
    }
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
    EscalationSweeper sweeper(test_db_->db(), *clock_, db::TestDataProtector());
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

}  // namespace frontdesk::workflow_testing

#endif  // FRONTDESK_TESTS_WORKFLOW_TEST_BASE_H_
