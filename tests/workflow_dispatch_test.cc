// The ticket workflow through the real gRPC server
// (tests/workflow_test_base.h), every test on SQLite and MariaDB: dispatch
// (assignees, routes, vendors, warranty, coordination), SLA deadlines and
// holds, overdue lists, endings without work, idempotency and refusals.
#include "tests/workflow_test_base.h"

namespace frontdesk::workflow_testing {
namespace {

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
  // Acknowledged, and the manager named, but naming is no sign-off: the
  // manager signs with their own call [ACL-APPROVAL-BY-APPROVER].
  req.set_manager_signoff(kManager);
  req.set_developer_acknowledged_by("项目部 陈工");
  EXPECT_TRUE(Precondition(Dispatch(req).status, "WARRANTY_NOT_CLEARED"));
  // A maintenance worker cannot sign off.
  EXPECT_TRUE(Refused(
      CreateApproval("li.gong", "hx", v1::Approval::WARRANTY_SIGNOFF, name)
          .status,
      grpc::StatusCode::PERMISSION_DENIED, "APPROVER_NOT_ELIGIBLE"));
  // Signed by the manager (their approval of this ticket), not acknowledged.
  const std::string code =
      ApprovalFor(kManager, v1::Approval::WARRANTY_SIGNOFF, name);
  req.set_approval(code);
  req.clear_developer_acknowledged_by();
  EXPECT_TRUE(Precondition(Dispatch(req).status, "WARRANTY_NOT_CLEARED"));
  // Signed, acknowledged, but naming someone else than the manager who
  // signed.
  req.set_manager_signoff("staff/nobody");
  req.set_developer_acknowledged_by("项目部 陈工");
  EXPECT_TRUE(Refused(Dispatch(req).status, grpc::StatusCode::PERMISSION_DENIED,
                      "NOT_THE_APPROVER"));
  // The manager's sign-off of another ticket is not this one's.
  req.set_manager_signoff(kManager);
  req.set_approval(ApprovalFor(kManager, v1::Approval::WARRANTY_SIGNOFF,
                               MustCreate(Ticket::REPAIR)));
  EXPECT_TRUE(Precondition(Dispatch(req).status, "APPROVAL_MISMATCH"));
  req.set_approval(code);
  // The liaison form goes to the developer's project team only.
  req.set_assignee(kElevatorVendor);
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "assignee"));
  req.set_assignee(kWorker);
  EXPECT_TRUE(InvalidNaming(Dispatch(req).status, "assignee"));
  EXPECT_EQ(MustGet(name).status(), Ticket::NEW);
  EXPECT_TRUE(Orders(name).empty());
  EXPECT_EQ(Events(name).size(), 1u);

  // Every refusal above left the code unused.
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
  // The order and the history name the manager who signed, and the desk
  // that dispatched.
  EXPECT_EQ(orders[0].manager_signoff(), kManager);
  EXPECT_EQ(orders[0].developer_acknowledged_by(), "项目部 陈工");
  EXPECT_EQ(orders[0].dispatched_by(), kAdmin);
  std::vector<TicketEvent> events = Events(name);
  ASSERT_EQ(events.size(), 2u);
  ASSERT_NE(ChangeOf(events[1], "manager_signoff"), nullptr);
  EXPECT_EQ(ChangeOf(events[1], "manager_signoff")->new_value(), kManager);
  // A sign-off is used once [ACL-APPROVAL-SINGLE-USE].
  EXPECT_TRUE(Precondition(Dispatch(req).status, "APPROVAL_USED"));

  // The manager dispatching it themselves signs off by that call.
  const std::string own = MustCreate(Ticket::REPAIR);
  v1::DispatchTicketRequest by_manager = req;
  by_manager.set_name(own);
  by_manager.clear_approval();
  by_manager.clear_manager_signoff();
  ASSERT_TRUE(Ok(As("zhou.zr", tickets_.get(),
                    &v1::TicketService::Stub::DispatchTicket, by_manager)
                     .status));
  orders = Orders(own);
  ASSERT_EQ(orders.size(), 1u);
  EXPECT_EQ(orders[0].manager_signoff(), kManager);
  EXPECT_EQ(orders[0].dispatched_by(), kManager);
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

FRONTDESK_INSTANTIATE_BACKEND_TESTS(WorkflowTest);

}  // namespace
}  // namespace frontdesk::workflow_testing
