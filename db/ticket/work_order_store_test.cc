// Work orders and callbacks against both backends: every TEST_P body runs on
// SQLite and on MariaDB (FRONTDESK_TEST_MYSQL, set by tests/with_mariadb.sh),
// each test on a fresh, migrated database.

#include "db/ticket/ticket_workflow_test_fixture.h"

namespace frontdesk::workflow_testing {
namespace {

// --- Work orders
// ----------------------------------------------------------------

TEST_P(TicketWorkflowStoreTest, WorkOrderRoundTripsEveryField) {
  db::TicketRow ticket = MakeTicket();
  db::NewWorkOrder order;
  order.route = v1::REPAIR_ROUTE_COORDINATION;
  order.assignee = "sites/hx/departments/eng";
  order.promised_us = Now() + 2 * kHourUs;
  order.parties = {"工程部", "601 业主", "O'Brien \"水电\""};
  order.instructions = "先关总阀\n再拆吊顶";
  order.manager_signoff = "zhou.zr";
  order.developer_ack_by = "项目部 陈工";
  order.dispatched_by = kActor;
  auto inserted = Insert(ticket, order, Now() + kSecondUs);
  ASSERT_TRUE(inserted.ok()) << inserted.status();
  const v1::WorkOrder& w = *inserted;
  EXPECT_EQ(w.name(), absl::StrCat(TicketName("hx", ticket.id), "/workOrders/",
                                   WorkOrderId(w)));
  EXPECT_EQ(w.route(), v1::REPAIR_ROUTE_COORDINATION);
  EXPECT_EQ(w.assignee(), "sites/hx/departments/eng");
  EXPECT_EQ(Micros(w.promised_time()), Now() + 2 * kHourUs);
  EXPECT_EQ(w.state(), v1::WorkOrder::OPEN);
  EXPECT_FALSE(w.rework());
  ASSERT_EQ(w.parties_size(), 3);
  EXPECT_EQ(w.parties(0), "工程部");
  EXPECT_EQ(w.parties(1), "601 业主");
  EXPECT_EQ(w.parties(2), "O'Brien \"水电\"");
  EXPECT_EQ(w.instructions(), "先关总阀\n再拆吊顶");
  EXPECT_EQ(w.dispatched_by(), "staff/wang.li");
  EXPECT_EQ(w.manager_signoff(), "staff/zhou.zr");
  EXPECT_EQ(w.developer_acknowledged_by(), "项目部 陈工");
  EXPECT_EQ(Micros(w.create_time()), Now() + kSecondUs);
  EXPECT_FALSE(w.has_arrival_time());
  EXPECT_FALSE(w.has_complete_time());
  EXPECT_EQ(w.labour_hours(), 0);
  EXPECT_EQ(w.materials_size(), 0);
  EXPECT_FALSE(w.accepted_by_reporter());
  std::string signoff, ack;
  MustRead([&](db::Tx& tx) {
    tx.sql << "SELECT manager_signoff, developer_ack_by FROM work_orders"
              " WHERE id = :id",
        soci::use(WorkOrderId(w)), soci::into(signoff), soci::into(ack);
    return 0;
  });
  EXPECT_EQ(signoff, "zhou.zr");
  EXPECT_EQ(ack, "项目部 陈工");

  const db::WorkOrderRef ref = RefOf(ticket, w);
  auto got = GetOrder(ref);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, w))
      << got->DebugString() << "\nvs\n"
      << w.DebugString();

  // Arrival, completion, labour and materials.
  v1::WorkOrder done = w;
  done.set_state(v1::WorkOrder::COMPLETED);
  *done.mutable_arrival_time() =
      TimeUtil::MicrosecondsToTimestamp(Now() + kHourUs);
  *done.mutable_complete_time() =
      TimeUtil::MicrosecondsToTimestamp(Now() + 3 * kHourUs);
  done.set_work_done("更换角阀");
  done.set_labour_hours(1.5);
  auto* valve = done.add_materials();
  valve->set_name("角阀");
  valve->set_quantity(1);
  valve->set_unit("个");
  auto* tape = done.add_materials();
  tape->set_name("生料带");
  tape->set_quantity(0.25);
  tape->set_unit("卷");
  done.set_accepted_by_reporter(true);
  done.set_acceptance_note("业主签字");
  MustWrite(
      [&](db::Tx& tx) { ASSERT_TRUE(db::SaveWorkOrder(tx, ref, done).ok()); });
  got = GetOrder(ref);
  ASSERT_TRUE(got.ok()) << got.status();
  // Completed after its promise: overdue.
  done.set_overdue(true);
  EXPECT_TRUE(MessageDifferencer::Equals(*got, done))
      << got->DebugString() << "\nvs\n"
      << done.DebugString();

  // Without a promise, none is invented.
  v1::WorkOrder unpromised = MustInsert(ticket, std::nullopt);
  EXPECT_FALSE(unpromised.has_promised_time());
  EXPECT_FALSE(unpromised.overdue());
  EXPECT_EQ(unpromised.parties_size(), 0);

  // Another ticket's or site's order by this id does not exist.
  db::TicketRow other = MakeTicket();
  for (const db::WorkOrderRef& wrong :
       {db::WorkOrderRef{"hx", other.id, ref.work_order_id},
        db::WorkOrderRef{"lz", ticket.id, ref.work_order_id},
        db::WorkOrderRef{"hx", ticket.id, ref.work_order_id + 1000}}) {
    auto missing = GetOrder(wrong);
    EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
    EXPECT_EQ(ErrorReason(missing.status()), "WORK_ORDER_NOT_FOUND");
  }
}

TEST_P(TicketWorkflowStoreTest, ParseWorkOrderNameTakesOnlyTheFullName) {
  auto ref = db::ParseWorkOrderName("name", "sites/hx/tickets/12/workOrders/7");
  ASSERT_TRUE(ref.ok()) << ref.status();
  EXPECT_EQ(ref->site_id, "hx");
  EXPECT_EQ(ref->ticket_id, 12);
  EXPECT_EQ(ref->work_order_id, 7);
  for (const char* bad :
       {"", "sites/hx/tickets/12", "sites/hx/tickets/12/workOrders/",
        "sites/hx/tickets/HX-20261123-0001/workOrders/7",
        "sites/hx/tickets/12/workOrders/0", "sites/hx/tickets/-1/workOrders/7",
        "sites/HX!/tickets/12/workOrders/7", "sites/hx/tickets/12/callbacks/7",
        "sites/hx/tickets/12/workOrders/7/x"}) {
    auto parsed = db::ParseWorkOrderName("name", bad);
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument)
        << bad;
  }
}

TEST_P(TicketWorkflowStoreTest, SupersedeCountOpenAndLastWorkOrder) {
  db::TicketRow ticket = MakeTicket();
  db::TicketRow other = MakeTicket();
  EXPECT_FALSE(MustRead([&](db::Tx& tx) {
                 return db::LastWorkOrder(tx, ticket.id);
               }).has_value());
  v1::WorkOrder done = MustInsert(ticket, Now());
  CompleteOrder(ticket, done, Now());
  v1::WorkOrder arrived = MustInsert(ticket, Now() + kHourUs);
  arrived.set_state(v1::WorkOrder::ARRIVED);
  *arrived.mutable_arrival_time() = TimeUtil::MicrosecondsToTimestamp(Now());
  MustWrite([&](db::Tx& tx) {
    ASSERT_TRUE(db::SaveWorkOrder(tx, RefOf(ticket, arrived), arrived).ok());
  });
  v1::WorkOrder open = MustInsert(ticket, std::nullopt, "vendors/otis");
  v1::WorkOrder others = MustInsert(other, Now());

  auto count = [&](const db::TicketRow& t) {
    return MustRead(
        [&](db::Tx& tx) { return db::CountOpenWorkOrders(tx, t.id); });
  };
  EXPECT_EQ(count(ticket), 2);
  EXPECT_EQ(count(other), 1);
  auto last =
      MustRead([&](db::Tx& tx) { return db::LastWorkOrder(tx, ticket.id); });
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->name(), open.name());
  EXPECT_EQ(last->assignee(), "vendors/otis");

  int superseded = 0;
  MustWrite([&](db::Tx& tx) {
    superseded = db::MustValue(db::SupersedeOpenWorkOrders(tx, ticket.id));
  });
  EXPECT_EQ(superseded, 2);
  EXPECT_EQ(count(ticket), 0);
  EXPECT_EQ(count(other), 1);
  EXPECT_EQ(GetOrder(RefOf(ticket, done))->state(), v1::WorkOrder::COMPLETED);
  EXPECT_EQ(GetOrder(RefOf(ticket, arrived))->state(),
            v1::WorkOrder::SUPERSEDED);
  EXPECT_EQ(GetOrder(RefOf(ticket, open))->state(), v1::WorkOrder::SUPERSEDED);
  EXPECT_EQ(GetOrder(RefOf(other, others))->state(), v1::WorkOrder::OPEN);
  // Nothing left to supersede.
  MustWrite([&](db::Tx& tx) {
    superseded = db::MustValue(db::SupersedeOpenWorkOrders(tx, ticket.id));
  });
  EXPECT_EQ(superseded, 0);
  // The last order is the last issued, whatever its state.
  last = MustRead([&](db::Tx& tx) { return db::LastWorkOrder(tx, ticket.id); });
  ASSERT_TRUE(last.has_value());
  EXPECT_EQ(last->name(), open.name());
}

TEST_P(TicketWorkflowStoreTest, TicketsWithOrdersOfOneAssigneeOpenOrAny) {
  db::TicketRow open = MakeTicket();
  db::TicketRow arrived = MakeTicket();
  db::TicketRow done = MakeTicket();
  db::TicketRow someone_elses = MakeTicket();
  db::TicketRow none = MakeTicket();
  MustInsert(open, Now());
  v1::WorkOrder at_door = MustInsert(arrived, Now());
  at_door.set_state(v1::WorkOrder::ARRIVED);
  *at_door.mutable_arrival_time() = TimeUtil::MicrosecondsToTimestamp(Now());
  MustWrite([&](db::Tx& tx) {
    ASSERT_TRUE(db::SaveWorkOrder(tx, RefOf(arrived, at_door), at_door).ok());
  });
  CompleteOrder(done, MustInsert(done, Now()), Now());
  MustInsert(someone_elses, Now(), "staff/wu.gong");
  const std::vector<long long> asked = {none.id, done.id, someone_elses.id,
                                        arrived.id, open.id};
  auto with = [&](bool open_only) {
    return MustRead([&](db::Tx& tx) {
      return db::TicketsWithOrderFor(tx, "staff/li.gong", asked, open_only);
    });
  };
  EXPECT_EQ(with(true), (std::vector<long long>{open.id, arrived.id}));
  EXPECT_EQ(with(false),
            (std::vector<long long>{open.id, arrived.id, done.id}));
  EXPECT_TRUE(MustRead([&](db::Tx& tx) {
                return db::TicketsWithOrderFor(tx, "staff/li.gong", {}, false);
              }).empty());
}

TEST_P(TicketWorkflowStoreTest, ListWorkOrdersByTicketSiteOverdueAndAfterId) {
  db::TicketRow a = MakeTicket("hx");
  db::TicketRow b = MakeTicket("hx");
  db::TicketRow c = MakeTicket("lz");
  v1::WorkOrder a1 = MustInsert(a, Now() + kHourUs);
  v1::WorkOrder c1 = MustInsert(c, Now() + kHourUs);
  v1::WorkOrder b1 = MustInsert(b, Now() + kHourUs);
  CompleteOrder(b, b1, Now() + 2 * kHourUs);  // late, but completed
  v1::WorkOrder a2 = MustInsert(a, Now() + 3 * kHourUs);
  v1::WorkOrder b2 = MustInsert(b, std::nullopt);
  v1::WorkOrder b3 = MustInsert(b, Now() + kHourUs);
  b3.set_state(v1::WorkOrder::ARRIVED);
  MustWrite([&](db::Tx& tx) {
    ASSERT_TRUE(db::SaveWorkOrder(tx, RefOf(b, b3), b3).ok());
  });
  v1::WorkOrder b4 = MustInsert(b, Now() + kHourUs);
  MustWrite([&](db::Tx& tx) { return db::SupersedeOpenWorkOrders(tx, b.id); });
  // b2, b3 and b4 are SUPERSEDED now; issue one more open order for b.
  v1::WorkOrder b5 = MustInsert(b, Now() + kHourUs);

  db::WorkOrderQuery site;
  site.site_id = "hx";
  site.limit = 100;
  EXPECT_EQ(
      Names(ListOrders(site)),
      (std::vector<std::string>{a1.name(), b1.name(), a2.name(), b2.name(),
                                b3.name(), b4.name(), b5.name()}));
  db::WorkOrderQuery of_a = site;
  of_a.ticket_id = a.id;
  EXPECT_EQ(Names(ListOrders(of_a)),
            (std::vector<std::string>{a1.name(), a2.name()}));
  db::WorkOrderQuery lz;
  lz.site_id = "lz";
  EXPECT_EQ(Names(ListOrders(lz)), std::vector<std::string>{c1.name()});

  // Overdue at now + 2 h: open (or arrived) orders promised before then.
  db::WorkOrderQuery overdue = site;
  overdue.overdue_at_us = Now() + 2 * kHourUs;
  std::vector<v1::WorkOrder> late = ListOrders(overdue, Now() + 2 * kHourUs);
  EXPECT_EQ(Names(late), (std::vector<std::string>{a1.name(), b5.name()}));
  for (const auto& o : late) EXPECT_TRUE(o.overdue()) << o.name();
  // The promise itself is not yet late.
  overdue.overdue_at_us = Now() + kHourUs;
  EXPECT_TRUE(ListOrders(overdue, Now() + kHourUs).empty());
  overdue.overdue_at_us = Now() + kHourUs + 1;
  overdue.ticket_id = a.id;
  EXPECT_EQ(Names(ListOrders(overdue)), std::vector<std::string>{a1.name()});

  // Keyset pages: ids after the last one seen, at most `limit`.
  db::WorkOrderQuery page = site;
  page.limit = 2;
  std::vector<std::string> walked;
  for (int i = 0; i < 10; ++i) {
    std::vector<v1::WorkOrder> got = ListOrders(page);
    for (const auto& o : got) walked.push_back(o.name());
    if (static_cast<int>(got.size()) < page.limit) break;
    page.after_id = WorkOrderId(got.back());
  }
  EXPECT_EQ(walked, Names(ListOrders(site)));
  page.after_id = WorkOrderId(b4);
  EXPECT_EQ(Names(ListOrders(page)), std::vector<std::string>{b5.name()});
  // overdue flag of a listing follows `now`: a1 is not late an hour early.
  std::vector<v1::WorkOrder> early = ListOrders(of_a, Now());
  ASSERT_EQ(early.size(), 2u);
  EXPECT_FALSE(early[0].overdue());
}

// --- Callbacks
// ------------------------------------------------------------------

TEST_P(TicketWorkflowStoreTest, InsertCallbackStoresTheResultAndReworkOrder) {
  db::TicketRow ticket = MakeTicket();
  v1::WorkOrder rework = MustInsert(ticket, std::nullopt);
  absl::StatusOr<v1::TicketCallback> unreachable, unsatisfied;
  MustWrite([&](db::Tx& tx) {
    unreachable =
        db::InsertCallback(tx, ticket, v1::TicketCallback::UNREACHABLE, 0, "",
                           kActor, std::nullopt, Now());
    unsatisfied = db::InsertCallback(
        tx, ticket, v1::TicketCallback::UNSATISFIED, 2, "还在滴水", "li.na",
        WorkOrderId(rework), Now() + kHourUs);
  });
  ASSERT_TRUE(unreachable.ok()) << unreachable.status();
  ASSERT_TRUE(unsatisfied.ok()) << unsatisfied.status();
  const std::string prefix = TicketName("hx", ticket.id) + "/callbacks/";
  EXPECT_EQ(unreachable->name().rfind(prefix, 0), 0u) << unreachable->name();
  EXPECT_EQ(unreachable->result(), v1::TicketCallback::UNREACHABLE);
  EXPECT_EQ(unreachable->rating(), 0);
  EXPECT_EQ(unreachable->caller(), "staff/wang.li");
  EXPECT_EQ(Micros(unreachable->create_time()), Now());
  EXPECT_EQ(unreachable->rework_order(), "");
  EXPECT_NE(unsatisfied->name(), unreachable->name());
  EXPECT_EQ(unsatisfied->result(), v1::TicketCallback::UNSATISFIED);
  EXPECT_EQ(unsatisfied->rating(), 2);
  EXPECT_EQ(unsatisfied->comment(), "还在滴水");
  EXPECT_EQ(unsatisfied->caller(), "staff/li.na");
  EXPECT_EQ(unsatisfied->rework_order(), rework.name());

  // As stored: the rework order id, or NULL.
  struct Stored {
    int result = 0, rating = 0;
    std::string comment, caller;
    long long time = 0, rework = 0;
    soci::indicator rework_ind = soci::i_ok;
  };
  std::vector<Stored> stored = MustRead([&](db::Tx& tx) {
    Stored s;
    soci::statement st =
        (tx.sql.prepare << "SELECT result, rating, comment, caller,"
                           " create_time_us, rework_order_id"
                           " FROM ticket_callbacks WHERE ticket_id = :t"
                           " ORDER BY id",
         soci::use(ticket.id), soci::into(s.result), soci::into(s.rating),
         soci::into(s.comment), soci::into(s.caller), soci::into(s.time),
         soci::into(s.rework, s.rework_ind));
    st.execute();
    std::vector<Stored> out;
    while (st.fetch()) out.push_back(s);
    return out;
  });
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].result, v1::TicketCallback::UNREACHABLE);
  EXPECT_EQ(stored[0].caller, kActor);
  EXPECT_EQ(stored[0].time, Now());
  EXPECT_EQ(stored[0].rework_ind, soci::i_null);
  EXPECT_EQ(stored[1].result, v1::TicketCallback::UNSATISFIED);
  EXPECT_EQ(stored[1].rating, 2);
  EXPECT_EQ(stored[1].comment, "还在滴水");
  EXPECT_EQ(stored[1].time, Now() + kHourUs);
  EXPECT_EQ(stored[1].rework_ind, soci::i_ok);
  EXPECT_EQ(stored[1].rework, WorkOrderId(rework));
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(TicketWorkflowStoreTest);

}  // namespace
}  // namespace frontdesk::workflow_testing
