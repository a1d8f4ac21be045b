// A ticket reporter's personal data through the in-process gRPC server
// (tests/grpc_test_base.h), every test on SQLite and MariaDB: what the
// database holds, who sees the name and phone in clear (in tickets, their
// history and the live feed), who sees them masked, which reads go to the
// access log, the phone search, and retention [T-REPORTER-SEALED]
// [T-REPORTER-MASKED] [T-REPORTER-AUDITED] [T-PHONE-SEARCH-AUDITED]
// [T-COMPLAINT-RETENTION].
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "db/testing.h"
#include "frontdesk/v1/ticket_service.grpc.pb.h"
#include "frontdesk/v1/visitor_service.grpc.pb.h"
#include "server/retention_sweeper.h"
#include "tests/grpc_test_base.h"

namespace frontdesk::testing {
namespace {

using Role = v1::StaffMember;
using TicketStub = v1::TicketService::Stub;

constexpr char kName[] = "王芳";
constexpr char kPhone[] = "13800138000";
constexpr char kMaskedName[] = "王*";
constexpr char kMaskedPhone[] = "138****8000";
constexpr char kAssigneeReason[] =
    "assignee of an open work order of the ticket";

class TicketPrivacyTest : public GrpcTestBase {
 protected:
  void SetUp() override {
    GrpcTestBase::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    tickets_ = v1::TicketService::NewStub(channel_);
    visitors_ = v1::VisitorService::NewStub(channel_);
    AddStaff("desk", {Role::RECEPTIONIST});  // hx's desk
    AddStaff("boss", {Role::SUPERVISOR}, {"hx", "lz"});
    AddStaff("hx.boss", {Role::SUPERVISOR});
    AddStaff("mgr", {Role::MANAGER});             // reads hx's access log
    AddStaff("lz.mgr", {Role::MANAGER}, {"lz"});  // and lz's
    AddStaff("lz.desk", {Role::RECEPTIONIST}, {"lz"});
    AddStaff("li.gong", {Role::MAINTENANCE});  // gets the work order
    AddStaff("wu.gong", {Role::MAINTENANCE});  // does not
    AddStaff("guard", {Role::SECURITY});       // brings matters in
    AddStaff("butler", {Role::BUTLER});        // and follows them
    AddStaff("app", {Role::RESIDENT_APP});     // the residents' app
  }

  template <typename Req, typename Resp>
  Reply<Resp> T(const std::string& who,
                grpc::Status (TicketStub::*method)(grpc::ClientContext*,
                                                   const Req&, Resp*),
                const Req& request) {
    return As(who, tickets_.get(), method, request);
  }

  v1::CreateTicketRequest NewTicket(const std::string& site,
                                    const std::string& phone = kPhone) {
    v1::CreateTicketRequest req;
    req.set_parent("sites/" + site);
    v1::Ticket* t = req.mutable_ticket();
    t->set_channel(v1::Ticket::PHONE);
    t->set_kind(v1::Ticket::REPAIR);
    t->mutable_reporter()->set_name(kName);
    t->mutable_reporter()->set_phone(phone);
    t->mutable_reporter()->set_location("3-2-501");
    t->set_subject("厨房水管漏水");
    return req;
  }

  v1::Ticket Create(const std::string& site = "hx",
                    const std::string& phone = kPhone) {
    auto created = T(site == "hx" ? "desk" : "lz.desk",
                     &TicketStub::CreateTicket, NewTicket(site, phone));
    EXPECT_TRUE(Ok(created.status));
    return created.value;
  }

  Reply<v1::Ticket> Get(const std::string& who, const std::string& name) {
    v1::GetTicketRequest req;
    req.set_name(name);
    return T(who, &TicketStub::GetTicket, req);
  }

  Reply<v1::ListTicketsResponse> List(const std::string& who,
                                      const std::string& parent,
                                      const std::string& filter = "") {
    v1::ListTicketsRequest req;
    req.set_parent(parent);
    req.set_filter(filter);
    return T(who, &TicketStub::ListTickets, req);
  }

  // Dispatches `ticket` to li.gong (own maintenance); the work order's name.
  std::string DispatchToLiGong(const v1::Ticket& ticket) {
    v1::DispatchTicketRequest req;
    req.set_name(ticket.name());
    req.set_route(v1::REPAIR_ROUTE_OWN_MAINTENANCE);
    req.set_assignee("staff/li.gong");
    *req.mutable_promised_time() = Ts(clock_->Now() + absl::Hours(2));
    EXPECT_TRUE(Ok(T("desk", &TicketStub::DispatchTicket, req).status));
    v1::ListWorkOrdersRequest orders;
    orders.set_parent(ticket.name());
    auto listed = T("desk", &TicketStub::ListWorkOrders, orders);
    EXPECT_TRUE(Ok(listed.status));
    if (listed.value.work_orders().empty()) return "";
    return listed.value.work_orders(0).name();
  }

  // The access log of `site`, newest first, as its manager reads it.
  std::vector<v1::SensitiveDataAccess> Accesses(const std::string& site) {
    v1::ListSensitiveDataAccessesRequest req;
    req.set_parent("sites/" + site);
    auto listed = As(site == "hx" ? "mgr" : "lz.mgr", visitors_.get(),
                     &v1::VisitorService::Stub::ListSensitiveDataAccesses, req);
    EXPECT_TRUE(Ok(listed.status));
    return {listed.value.sensitive_data_accesses().begin(),
            listed.value.sensitive_data_accesses().end()};
  }

  // The history of `ticket` as `who` reads it.
  std::vector<v1::TicketEvent> History(const std::string& who,
                                       const std::string& ticket) {
    v1::ListTicketEventsRequest req;
    req.set_parent(ticket);
    auto listed = T(who, &TicketStub::ListTicketEvents, req);
    EXPECT_TRUE(Ok(listed.status));
    return {listed.value.events().begin(), listed.value.events().end()};
  }

  // The first `n` events of hx's live feed (from the beginning) as `who`
  // receives them.
  std::vector<v1::TicketEvent> Watch(const std::string& who, size_t n) {
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + TokenOf(who));
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(30));
    v1::WatchTicketsRequest req;
    req.set_parent("sites/hx");
    req.set_after_event_id(-1);
    auto reader = tickets_->WatchTickets(&context, req);
    std::vector<v1::TicketEvent> out;
    v1::TicketEvent event;
    while (out.size() < n && reader->Read(&event)) out.push_back(event);
    context.TryCancel();
    (void)reader->Finish();
    EXPECT_EQ(out.size(), n);
    return out;
  }

  // Desk corrects the reporter of `ticket`: a new phone.
  void CorrectPhone(const v1::Ticket& ticket, const std::string& phone,
                    const std::string& request_id = "") {
    v1::UpdateTicketRequest req;
    req.mutable_ticket()->set_name(ticket.name());
    req.mutable_ticket()->mutable_reporter()->set_phone(phone);
    req.mutable_update_mask()->add_paths("reporter.phone");
    req.set_request_id(request_id);
    ASSERT_TRUE(Ok(T("desk", &TicketStub::UpdateTicket, req).status));
  }

  static const v1::FieldChange* PhoneChange(const v1::TicketEvent& e) {
    for (const auto& c : e.changes()) {
      if (c.field() == "reporter.phone") return &c;
    }
    return nullptr;
  }

  static ::testing::AssertionResult Clear(const v1::Ticket& t) {
    if (t.reporter().name() == kName && t.reporter().phone() == kPhone) {
      return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << t.name() << " shows " << t.reporter().ShortDebugString();
  }
  static ::testing::AssertionResult Masked(const v1::Ticket& t) {
    if (t.reporter().name() == kMaskedName &&
        t.reporter().phone() == kMaskedPhone &&
        t.reporter().location() == "3-2-501") {
      return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << t.name() << " shows " << t.reporter().ShortDebugString();
  }

  std::unique_ptr<TicketStub> tickets_;
  std::unique_ptr<v1::VisitorService::Stub> visitors_;
};

TEST_P(TicketPrivacyTest, DatabaseRowsHoldNoClearNameOrPhone) {
  // [T-REPORTER-SEALED]: the ticket, its history (the UPDATED entry's old
  // and new phone) and the responses kept for request_id replays.
  v1::CreateTicketRequest create = NewTicket("hx");
  create.set_request_id("desk-pc-1-0001");
  auto created = T("desk", &TicketStub::CreateTicket, create);
  ASSERT_TRUE(Ok(created.status));
  CorrectPhone(created.value, "13911112222", "desk-pc-1-0002");
  v1::UpdateTicketRequest rename;
  rename.mutable_ticket()->set_name(created.value.name());
  rename.mutable_ticket()->mutable_reporter()->set_name("欧阳娜娜");
  rename.mutable_update_mask()->add_paths("reporter.name");
  ASSERT_TRUE(Ok(T("desk", &TicketStub::UpdateTicket, rename).status));

  for (const char* table : {"tickets", "ticket_events", "idempotency_keys",
                            "sensitive_data_accesses"}) {
    SCOPED_TRACE(table);
    const std::string raw = db::TextValuesOf(database(), table);
    for (const char* clear :
         {kName, "王", "欧阳", kPhone, "138001", "13911112222", "139111"}) {
      EXPECT_FALSE(absl::StrContains(raw, clear)) << clear << " in " << raw;
    }
  }
  // The recorded responses are sealed whole, not merely encoded.
  EXPECT_EQ(db::CountRows(database(), "idempotency_keys"), 2);
  const std::string records =
      db::TextValuesOf(database(), "idempotency_keys", "response");
  EXPECT_TRUE(absl::StartsWith(records, "v1:")) << records;
  EXPECT_TRUE(absl::StrContains(records, "|v1:")) << records;
  // What a replay returns is there, sealed.
  const std::string recorded = db::RecordedResponses(database());
  EXPECT_TRUE(absl::StrContains(recorded, kName));
  EXPECT_TRUE(absl::StrContains(recorded, "13911112222"));
  // And everything reads back in clear for the desk.
  auto history = History("desk", created.value.name());
  ASSERT_EQ(history.size(), 3u);
  ASSERT_NE(PhoneChange(history[1]), nullptr);
  EXPECT_EQ(PhoneChange(history[1])->old_value(), kPhone);
  EXPECT_EQ(PhoneChange(history[1])->new_value(), "13911112222");
  EXPECT_EQ(history[2].changes(0).old_value(), kName);
  EXPECT_EQ(history[2].changes(0).new_value(), "欧阳娜娜");
}

TEST_P(TicketPrivacyTest, TheDeskSeesTheReporterAndEveryoneElseSeesItMasked) {
  // [T-REPORTER-MASKED]
  v1::Ticket ticket = Create();
  EXPECT_TRUE(Clear(ticket));
  for (const char* desk : {"desk", "hx.boss", "mgr"}) {
    SCOPED_TRACE(desk);
    auto got = Get(desk, ticket.name());
    ASSERT_TRUE(Ok(got.status));
    EXPECT_TRUE(Clear(got.value));
    auto listed = List(desk, "sites/hx");
    ASSERT_TRUE(Ok(listed.status));
    ASSERT_EQ(listed.value.tickets_size(), 1);
    EXPECT_TRUE(Clear(listed.value.tickets(0)));
  }
  for (const char* other : {"butler", "app"}) {
    SCOPED_TRACE(other);
    auto got = Get(other, ticket.name());
    ASSERT_TRUE(Ok(got.status));
    EXPECT_TRUE(Masked(got.value));
    // By number under "sites/-" too.
    auto by_number = Get(other, "sites/-/tickets/" + ticket.number());
    ASSERT_TRUE(Ok(by_number.status));
    EXPECT_TRUE(Masked(by_number.value));
  }
  for (const char* parent : {"sites/hx", "sites/-"}) {
    auto listed = List("butler", parent);
    ASSERT_TRUE(Ok(listed.status));
    ASSERT_EQ(listed.value.tickets_size(), 1);
    EXPECT_TRUE(Masked(listed.value.tickets(0)));
  }
  // Nobody outside the desk saw it in clear: nothing to log.
  EXPECT_TRUE(Accesses("hx").empty());
}

TEST_P(TicketPrivacyTest, AWorkerReadsOnlyTheTicketsOfTheirOwnWorkOrders) {
  // [T-WORK-ORDER-ASSIGNEE] [T-ROLES]: and a refusal tells nothing about
  // whether the ticket exists.
  v1::Ticket ticket = Create();
  ASSERT_FALSE(DispatchToLiGong(ticket).empty());
  EXPECT_TRUE(Ok(Get("li.gong", ticket.name()).status));
  for (const std::string& name :
       {ticket.name(), std::string("sites/hx/tickets/999999")}) {
    SCOPED_TRACE(name);
    EXPECT_TRUE(Refused(Get("wu.gong", name).status,
                        grpc::StatusCode::PERMISSION_DENIED,
                        "PERMISSION_DENIED"));
    v1::ListTicketEventsRequest history;
    history.set_parent(name);
    EXPECT_TRUE(
        Refused(T("wu.gong", &TicketStub::ListTicketEvents, history).status,
                grpc::StatusCode::PERMISSION_DENIED, "PERMISSION_DENIED"));
  }
  // Lists and the site's live feed are not a worker's.
  EXPECT_TRUE(Refused(List("li.gong", "sites/hx").status,
                      grpc::StatusCode::PERMISSION_DENIED,
                      "PERMISSION_DENIED"));
  // A guard brings matters in but does not read them back.
  EXPECT_TRUE(Refused(Get("guard", ticket.name()).status,
                      grpc::StatusCode::PERMISSION_DENIED,
                      "PERMISSION_DENIED"));
}

TEST_P(TicketPrivacyTest, AnOutsiderWhoBringsAMatterInGetsItBackMasked) {
  // [T-REPORTER-MASKED]: the guard and the app raise tickets; what they are
  // answered is the ticket as they may see it. The workflow verbs, which
  // answer with the ticket too, are the desk's alone (T-ROLES).
  for (const char* intake : {"guard", "app"}) {
    SCOPED_TRACE(intake);
    auto created = T(intake, &TicketStub::CreateTicket, NewTicket("hx"));
    ASSERT_TRUE(Ok(created.status));
    EXPECT_TRUE(Masked(created.value));
    // The desk reads what was stored: the masked view was never saved.
    EXPECT_TRUE(Clear(Get("desk", created.value.name()).value));
  }
  v1::Ticket ticket = Create();
  v1::PendTicketRequest pend;
  pend.set_name(ticket.name());
  pend.set_reason("等配件");
  for (const char* outsider : {"butler", "guard", "wu.gong"}) {
    EXPECT_TRUE(Refused(T(outsider, &TicketStub::PendTicket, pend).status,
                        grpc::StatusCode::PERMISSION_DENIED,
                        "PERMISSION_DENIED"))
        << outsider;
  }
  EXPECT_TRUE(Accesses("hx").empty());
}

TEST_P(TicketPrivacyTest, AMaskedReporterSentBackIsRefused) {
  // [T-REPORTER-MASKED]: a read-modify-write of the masked ticket.
  // The butler's masked copy, sent back from the desk.
  v1::Ticket ticket = Create();
  auto masked = Get("butler", ticket.name());
  ASSERT_TRUE(Ok(masked.status));
  v1::UpdateTicketRequest req;
  *req.mutable_ticket() = masked.value;
  req.mutable_ticket()->mutable_reporter()->set_location("3-2-502");
  req.mutable_update_mask()->add_paths("reporter");
  auto refused = T("desk", &TicketStub::UpdateTicket, req);
  EXPECT_TRUE(InvalidNaming(refused.status, "ticket.reporter.name"));
  EXPECT_TRUE(InvalidNaming(refused.status, "ticket.reporter.phone"));
  EXPECT_TRUE(Clear(Get("desk", ticket.name()).value));
}

TEST_P(TicketPrivacyTest, TheAssigneeOfAnOpenWorkOrderSeesItAndIsAudited) {
  // [T-REPORTER-AUDITED]
  v1::Ticket ticket = Create();
  v1::Ticket other = Create();
  const std::string order = DispatchToLiGong(ticket);
  ASSERT_FALSE(order.empty());

  auto got = Get("li.gong", ticket.name());
  ASSERT_TRUE(Ok(got.status));
  EXPECT_TRUE(Clear(got.value));
  EXPECT_TRUE(Masked(Get("butler", ticket.name()).value));
  // Another ticket is not li.gong's to read at all.
  EXPECT_FALSE(Ok(Get("li.gong", other.name()).status));

  auto log = Accesses("hx");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].actor(), "staff/li.gong");
  EXPECT_EQ(log[0].method(), "GetTicket");
  EXPECT_EQ(log[0].reason(), kAssigneeReason);
  ASSERT_EQ(log[0].resources_size(), 1);
  EXPECT_EQ(log[0].resources(0), ticket.name());

  // Each read is logged, per call.
  ASSERT_TRUE(Ok(Get("li.gong", ticket.name()).status));
  EXPECT_EQ(Accesses("hx").size(), 2u);

  // Once the order is completed the worker no longer needs the resident.
  v1::CompleteWorkOrderRequest done;
  done.set_name(order);
  done.set_work_done("更换角阀");
  done.set_labour_hours(1);
  ASSERT_TRUE(Ok(T("li.gong", &TicketStub::CompleteWorkOrder, done).status));
  EXPECT_TRUE(Masked(Get("li.gong", ticket.name()).value));
  EXPECT_EQ(Accesses("hx").size(), 2u);
}

TEST_P(TicketPrivacyTest, HistoryAndTheLiveFeedShowTheReporterAsTheTicket) {
  // [T-REPORTER-MASKED] [T-REPORTER-AUDITED]: the old and new values of a
  // corrected phone are the reporter's data too.
  v1::Ticket ticket = Create();
  CorrectPhone(ticket, "13911112222");
  auto phone_in = [](const std::vector<v1::TicketEvent>& events) {
    for (const auto& e : events) {
      if (const v1::FieldChange* c = PhoneChange(e)) {
        return c->old_value() + "→" + c->new_value();
      }
    }
    return std::string("<none>");
  };
  EXPECT_EQ(phone_in(History("desk", ticket.name())),
            "13800138000→13911112222");
  EXPECT_EQ(phone_in(History("butler", ticket.name())),
            "138****8000→139****2222");
  EXPECT_EQ(phone_in(Watch("desk", 2)), "13800138000→13911112222");
  EXPECT_EQ(phone_in(Watch("app", 2)), "138****8000→139****2222");
  EXPECT_TRUE(Accesses("hx").empty());

  // The assignee reads it in clear, and it is logged, per call.
  ASSERT_FALSE(DispatchToLiGong(ticket).empty());
  EXPECT_EQ(phone_in(History("li.gong", ticket.name())),
            "13800138000→13911112222");
  EXPECT_EQ(phone_in(Watch("butler", 3)), "138****8000→139****2222");
  auto log = Accesses("hx");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].method(), "ListTicketEvents");
  for (const auto& access : log) {
    EXPECT_EQ(access.actor(), "staff/li.gong");
    EXPECT_EQ(access.reason(), kAssigneeReason);
    ASSERT_EQ(access.resources_size(), 1);
    EXPECT_EQ(access.resources(0), ticket.name());
  }
  EXPECT_EQ(phone_in(History("butler", ticket.name())),
            "138****8000→139****2222");
}

TEST_P(TicketPrivacyTest, AdminSeesTheReporterAndEveryReadIsAudited) {
  // [T-REPORTER-AUDITED]: ADMIN is not at the site's desk.
  v1::Ticket ticket = Create();
  auto got = Get("admin", ticket.name());
  ASSERT_TRUE(Ok(got.status));
  EXPECT_TRUE(Clear(got.value));
  auto log = Accesses("hx");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].actor(), "staff/admin");
  EXPECT_EQ(log[0].reason(), "ADMIN, outside the site's desk");
}

TEST_P(TicketPrivacyTest, APhoneSearchAcrossSitesIsASupervisorsAuditedSearch) {
  // [T-PHONE-SEARCH-AUDITED]
  v1::Ticket at_hx = Create("hx");
  v1::Ticket at_lz = Create("lz");
  Create("hx", "13900139000");  // another resident
  const std::string by_phone = "reporter_phone = \"138-0013-8000\"";

  // At the desk's own site, the desk's search: not logged.
  auto desk = List("desk", "sites/hx", by_phone);
  ASSERT_TRUE(Ok(desk.status));
  ASSERT_EQ(desk.value.tickets_size(), 1);
  EXPECT_EQ(desk.value.tickets(0).name(), at_hx.name());
  EXPECT_TRUE(Accesses("hx").empty());
  // Not a receptionist's across sites, nor a worker's at all.
  EXPECT_TRUE(Refused(List("desk", "sites/-", by_phone).status,
                      grpc::StatusCode::PERMISSION_DENIED,
                      "PHONE_SEARCH_NOT_PERMITTED"));
  EXPECT_TRUE(Refused(List("butler", "sites/hx", by_phone).status,
                      grpc::StatusCode::PERMISSION_DENIED,
                      "PHONE_SEARCH_NOT_PERMITTED"));

  // A supervisor of both sites finds both, and each site logs its ticket.
  auto found = List("boss", "sites/-", by_phone);
  ASSERT_TRUE(Ok(found.status));
  ASSERT_EQ(found.value.tickets_size(), 2);
  for (const auto& t : found.value.tickets()) EXPECT_TRUE(Clear(t));
  for (const auto& [site, ticket] :
       std::vector<std::pair<std::string, v1::Ticket>>{{"hx", at_hx},
                                                       {"lz", at_lz}}) {
    SCOPED_TRACE(site);
    auto log = Accesses(site);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].actor(), "staff/boss");
    EXPECT_EQ(log[0].method(), "ListTickets");
    EXPECT_EQ(log[0].reason(), "search by reporter_phone across sites");
    ASSERT_EQ(log[0].resources_size(), 1);
    EXPECT_EQ(log[0].resources(0), ticket.name());
  }
  // A supervisor of hx alone searches only hx; so does one who is also a
  // receptionist at lz: that desk's search is lz's own, not across sites.
  AddStaffWithGrants("mixed",
                     {{Role::SUPERVISOR, "hx"}, {Role::RECEPTIONIST, "lz"}});
  for (const char* supervisor : {"hx.boss", "mixed"}) {
    SCOPED_TRACE(supervisor);
    auto narrowed = List(supervisor, "sites/-", by_phone);
    ASSERT_TRUE(Ok(narrowed.status));
    ASSERT_EQ(narrowed.value.tickets_size(), 1);
    EXPECT_EQ(narrowed.value.tickets(0).name(), at_hx.name());
  }
  EXPECT_EQ(Accesses("hx").size(), 3u);
  EXPECT_EQ(Accesses("lz").size(), 1u);
}

TEST_P(TicketPrivacyTest, AReplayIsShownToTheReplayingCallerAsAFreshAnswer) {
  // [T-REPORTER-MASKED]: the recorded response is the ticket; a replay is
  // shown to its caller as a fresh answer would be, and logged like one.
  // Request ids are the caller's own (issue 12): the same id from another
  // caller is that caller's own request, never a replay of someone else's.
  v1::CreateTicketRequest req = NewTicket("hx");
  req.set_request_id("desk-pc-1-0001");
  auto first = T("desk", &TicketStub::CreateTicket, req);
  ASSERT_TRUE(Ok(first.status));
  EXPECT_TRUE(Clear(first.value));
  auto again = T("desk", &TicketStub::CreateTicket, req);
  ASSERT_TRUE(Ok(again.status));
  EXPECT_EQ(again.value.name(), first.value.name());
  EXPECT_TRUE(Clear(again.value));
  // The guard's same id is the guard's own ticket, masked, fresh or replayed.
  auto guards = T("guard", &TicketStub::CreateTicket, req);
  ASSERT_TRUE(Ok(guards.status));
  EXPECT_NE(guards.value.name(), first.value.name());
  EXPECT_TRUE(Masked(guards.value));
  auto guards_again = T("guard", &TicketStub::CreateTicket, req);
  ASSERT_TRUE(Ok(guards_again.status));
  EXPECT_EQ(guards_again.value.name(), guards.value.name());
  EXPECT_TRUE(Masked(guards_again.value));
  // The admin's answer and its replay are each a read outside the desk.
  const size_t logged = Accesses("hx").size();
  auto admins = T("admin", &TicketStub::CreateTicket, req);
  ASSERT_TRUE(Ok(admins.status));
  EXPECT_TRUE(Clear(admins.value));
  auto admins_again = T("admin", &TicketStub::CreateTicket, req);
  ASSERT_TRUE(Ok(admins_again.status));
  EXPECT_EQ(admins_again.value.name(), admins.value.name());
  EXPECT_TRUE(Clear(admins_again.value));
  EXPECT_EQ(Accesses("hx").size(), logged + 2);
}

TEST_P(TicketPrivacyTest, RetentionErasesReportersOfTicketsFinishedLongAgo) {
  // [T-COMPLAINT-RETENTION]: finished longer ago than the site keeps them
  // (at least a year) and not important: the name and phone go, the ticket
  // and its history stay.
  v1::Ticket closed = Create("hx", "13900000001");
  const std::string order = DispatchToLiGong(closed);
  ASSERT_FALSE(order.empty());
  v1::ConfirmArrivalRequest arrived;
  arrived.set_name(order);
  ASSERT_TRUE(Ok(T("desk", &TicketStub::ConfirmArrival, arrived).status));
  v1::CompleteWorkOrderRequest done;
  done.set_name(order);
  done.set_work_done("更换角阀");
  ASSERT_TRUE(Ok(T("desk", &TicketStub::CompleteWorkOrder, done).status));
  v1::ResolveTicketRequest resolve;
  resolve.set_name(closed.name());
  resolve.set_summary("已修复");
  ASSERT_TRUE(Ok(T("desk", &TicketStub::ResolveTicket, resolve).status));
  v1::RecordCallbackRequest callback;
  callback.set_name(closed.name());
  callback.set_result(v1::TicketCallback::SATISFIED);
  callback.set_rating(5);
  ASSERT_TRUE(Ok(T("desk", &TicketStub::RecordCallback, callback).status));
  EXPECT_EQ(Get("desk", closed.name()).value.status(), v1::Ticket::CLOSED);

  v1::Ticket cancelled = Create("hx", "13900000002");
  CorrectPhone(cancelled, "13900000003");  // its history holds the phones
  v1::Ticket important = Create("hx", "13900000004");
  v1::UpdateTicketRequest mark;
  mark.mutable_ticket()->set_name(important.name());
  mark.mutable_ticket()->set_important(true);
  mark.mutable_update_mask()->add_paths("important");
  auto marked = T("hx.boss", &TicketStub::UpdateTicket, mark);
  ASSERT_TRUE(Ok(marked.status));
  EXPECT_TRUE(marked.value.important());
  for (const v1::Ticket* t : {&cancelled, &important}) {
    v1::CancelTicketRequest cancel;
    cancel.set_name(t->name());
    cancel.set_reason("住户撤回");
    ASSERT_TRUE(Ok(T("hx.boss", &TicketStub::CancelTicket, cancel).status));
  }

  // The site keeps them 365 days unless it says longer; never less.
  v1::GetVisitorSettingsRequest get;
  get.set_name("sites/hx/visitorSettings");
  auto settings = As("desk", visitors_.get(),
                     &v1::VisitorService::Stub::GetVisitorSettings, get);
  ASSERT_TRUE(Ok(settings.status));
  EXPECT_EQ(settings.value.ticket_retention_days(), 365);
  v1::UpdateVisitorSettingsRequest update;
  update.mutable_visitor_settings()->set_name("sites/hx/visitorSettings");
  update.mutable_visitor_settings()->set_ticket_retention_days(90);
  update.mutable_update_mask()->add_paths("ticket_retention_days");
  EXPECT_TRUE(
      InvalidNaming(As("hx.boss", visitors_.get(),
                       &v1::VisitorService::Stub::UpdateVisitorSettings, update)
                        .status,
                    "visitor_settings.ticket_retention_days"));
  update.mutable_visitor_settings()->set_ticket_retention_days(400);
  auto saved = As("hx.boss", visitors_.get(),
                  &v1::VisitorService::Stub::UpdateVisitorSettings, update);
  ASSERT_TRUE(Ok(saved.status));
  EXPECT_EQ(saved.value.ticket_retention_days(), 400);
  EXPECT_EQ(saved.value.retention_days(), 90);  // the visitors' untouched

  RetentionSweeper sweeper(database(), *clock_);
  clock_->Advance(absl::Hours(24 * 366));
  auto early = sweeper.SweepOnce();
  ASSERT_TRUE(early.ok()) << early.status();
  EXPECT_EQ(early->tickets, 0);  // the site keeps them 400 days
  clock_->Advance(absl::Hours(24 * 35));
  auto swept = sweeper.SweepOnce();
  ASSERT_TRUE(swept.ok()) << swept.status();
  EXPECT_EQ(swept->tickets, 2);
  EXPECT_EQ(swept->ticket_events, 1);
  EXPECT_EQ(sweeper.SweepOnce()->total(), 0);  // once

  for (const v1::Ticket* t : {&closed, &cancelled}) {
    auto got = Get("desk", t->name());
    ASSERT_TRUE(Ok(got.status));
    EXPECT_EQ(got.value.reporter().name(), "");
    EXPECT_EQ(got.value.reporter().phone(), "");
    EXPECT_EQ(got.value.reporter().location(), "3-2-501");
    EXPECT_TRUE(got.value.has_purge_time());
    EXPECT_EQ(got.value.subject(), "厨房水管漏水");
  }
  auto kept = Get("desk", important.name());
  ASSERT_TRUE(Ok(kept.status));
  EXPECT_EQ(kept.value.reporter().phone(), "13900000004");
  EXPECT_FALSE(kept.value.has_purge_time());
  // Every ticket and history entry is still counted.
  auto all = List("desk", "sites/hx");
  ASSERT_TRUE(Ok(all.status));
  EXPECT_EQ(all.value.tickets_size(), 3);
  auto history = History("desk", cancelled.name());
  ASSERT_EQ(history.size(), 3u);  // created, corrected, cancelled
  ASSERT_NE(PhoneChange(history[1]), nullptr);
  EXPECT_EQ(PhoneChange(history[1])->old_value(), "");
  EXPECT_EQ(PhoneChange(history[1])->new_value(), "");
  EXPECT_EQ(List("desk", "sites/hx", "reporter_phone = 13900000003")
                .value.tickets_size(),
            0);
  // No personal data was read outside the desk: nothing logged.
  EXPECT_TRUE(Accesses("hx").empty());
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(TicketPrivacyTest);

}  // namespace
}  // namespace frontdesk::testing
