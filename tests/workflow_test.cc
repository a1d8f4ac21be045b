// The ticket workflow through the real gRPC server
// (tests/workflow_test_base.h), every test on SQLite and MariaDB: the whole
// repair, callbacks and reopening, unfounded complaints, transitions out of
// order, promises.
#include "tests/workflow_test_base.h"

namespace frontdesk::workflow_testing {
namespace {

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

FRONTDESK_INSTANTIATE_BACKEND_TESTS(WorkflowTest);

}  // namespace
}  // namespace frontdesk::workflow_testing
