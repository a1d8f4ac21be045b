// The ticket workflow through the real gRPC server
// (tests/workflow_test_base.h), every test on SQLite and MariaDB: a complaint's
// plan within a day, the coordination route, the same-day resident notice,
// callbacks at the window's edge, and ticket numbers on events.
#include "tests/workflow_test_base.h"

namespace frontdesk::workflow_testing {
namespace {

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

TEST_P(WorkflowTest, APlanIsAgreedByTheApproverNeverByANameTyped) {
  const std::string name = MustCreate(Ticket::COMPLAINT, Ticket::SERVICE);
  const std::string other = MustCreate(Ticket::COMPLAINT, Ticket::SERVICE);
  v1::AgreeTicketPlanRequest req;
  req.set_name(name);
  req.set_department(kEngineering);
  req.set_plan("当班人员停岗培训");
  // The head's approval of another ticket, or a sign-off, is not this
  // plan's [ACL-APPROVAL-SINGLE-USE].
  req.set_approval(ApprovalFor(kWorker, v1::Approval::TICKET_PLAN, other));
  EXPECT_TRUE(
      Precondition(T(&v1::TicketService::Stub::AgreeTicketPlan, req).status,
                   "APPROVAL_MISMATCH"));
  req.set_approval(ApprovalFor(kManager, v1::Approval::WARRANTY_SIGNOFF, name));
  EXPECT_TRUE(
      Precondition(T(&v1::TicketService::Stub::AgreeTicketPlan, req).status,
                   "APPROVAL_MISMATCH"));
  EXPECT_FALSE(MustGet(name).has_plan());

  // The head's approval for this ticket: recorded as theirs, once.
  req.set_approval(ApprovalFor(kWorker, v1::Approval::TICKET_PLAN, name));
  req.set_agreed_by(kWorker);
  auto planned = T(&v1::TicketService::Stub::AgreeTicketPlan, req);
  ASSERT_TRUE(Ok(planned.status));
  EXPECT_EQ(planned.value.plan().agreed_by(), kWorker);
  EXPECT_EQ(planned.value.plan().recorded_by(), kAdmin);
  EXPECT_TRUE(
      Precondition(T(&v1::TicketService::Stub::AgreeTicketPlan, req).status,
                   "APPROVAL_USED"));
  EXPECT_EQ(Events(name).size(), 2u);

  // The manager's own call is their agreement: no code needed.
  v1::AgreeTicketPlanRequest own;
  own.set_name(name);
  own.set_department(kEngineering);
  own.set_plan("改为主管上门致歉");
  auto by_manager = As("zhou.zr", tickets_.get(),
                       &v1::TicketService::Stub::AgreeTicketPlan, own);
  ASSERT_TRUE(Ok(by_manager.status));
  EXPECT_EQ(by_manager.value.plan().agreed_by(), kManager);
  EXPECT_EQ(by_manager.value.plan().recorded_by(), kManager);
  std::vector<TicketEvent> events = Events(name);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[2].actor(), kManager);
  ASSERT_NE(ChangeOf(events[2], "plan.agreed_by"), nullptr);
  EXPECT_EQ(ChangeOf(events[2], "plan.agreed_by")->old_value(), kWorker);
  EXPECT_EQ(ChangeOf(events[2], "plan.agreed_by")->new_value(), kManager);
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
  // Who agreed is the approver's own call [ACL-APPROVAL-BY-APPROVER]: the
  // desk (here the admin) may neither leave it out nor name someone else.
  EXPECT_TRUE(Refused(Plan(name, kEngineering, "x", std::nullopt, "").status,
                      grpc::StatusCode::PERMISSION_DENIED,
                      "PLAN_APPROVAL_REQUIRED"));
  EXPECT_TRUE(Refused(
      Plan(name, kEngineering, "x", std::nullopt, kWorker, "staff/nobody")
          .status,
      grpc::StatusCode::PERMISSION_DENIED, "NOT_THE_APPROVER"));
  // A department's head agrees for their own department only.
  CreateSecurityDepartment();
  EXPECT_TRUE(Refused(
      Plan(name, "sites/hx/departments/sec", "x", std::nullopt, kWorker).status,
      grpc::StatusCode::PERMISSION_DENIED, "APPROVER_NOT_ELIGIBLE"));
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
  auto planned = Plan(complaint, "sites/hx/departments/sec",
                      "保安部配合封闭通道", std::nullopt, kManager);
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
}  // namespace frontdesk::workflow_testing
