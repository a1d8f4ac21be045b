// The tickets' workflow columns, pauses and the supervisor's lists against both
// backends: every TEST_P body runs on SQLite and on MariaDB
// (FRONTDESK_TEST_MYSQL, set by tests/with_mariadb.sh), each test on a fresh,
// migrated database.

#include <iterator>
#include <limits>
#include <optional>

#include "db/ticket/ticket_workflow_test_fixture.h"

namespace frontdesk::workflow_testing {
namespace {

// --- Tickets' workflow columns ----------------------------------------------

// The optional times of the workflow columns, in order: the round trip below
// sets the i-th to Now() + i + 1 (first_response_us to Now() + 1, resolve_us
// to Now() + 2, ... plan_agree_us to Now() + 15), then clears them all.
constexpr std::optional<long long> db::TicketRow::*kTimeColumns[] = {
    &db::TicketRow::first_response_us, &db::TicketRow::resolve_us,
    &db::TicketRow::close_us,          &db::TicketRow::first_response_due_us,
    &db::TicketRow::resolution_due_us, &db::TicketRow::promised_us,
    &db::TicketRow::callback_due_us,   &db::TicketRow::effective_due_us,
    &db::TicketRow::paused_since_us,   &db::TicketRow::plan_due_us,
    &db::TicketRow::plan_met_us,       &db::TicketRow::notice_due_us,
    &db::TicketRow::notice_met_us,     &db::TicketRow::plan_finish_us,
    &db::TicketRow::plan_agree_us};

TEST_P(TicketWorkflowStoreTest, SaveAndLockRoundTripEveryWorkflowColumn) {
  db::TicketRow survivor = MakeTicket();
  db::TicketRow row = MakeTicket();
  ASSERT_GT(row.id, survivor.id);
  EXPECT_EQ(row.site_id, "hx");
  EXPECT_EQ(row.status, v1::Ticket::NEW);
  EXPECT_EQ(row.version, 1);
  EXPECT_EQ(row.route, 0);
  EXPECT_EQ(row.callback_attempts, 0);
  EXPECT_EQ(row.resolution, "");  // NULL reads as empty
  EXPECT_EQ(row.assignee, "");
  EXPECT_FALSE(row.first_response_us || row.resolve_us || row.close_us ||
               row.promised_us || row.callback_due_us || row.paused_since_us ||
               row.duplicate_of_id);

  db::TicketRow set = row;
  set.status = v1::Ticket::PENDING;
  set.route = v1::REPAIR_ROUTE_COORDINATION;
  set.status_before_pending = v1::Ticket::IN_PROGRESS;
  set.callback_attempts = 3;
  for (size_t i = 0; i < std::size(kTimeColumns); ++i) {
    set.*kTimeColumns[i] = Now() + static_cast<long long>(i) + 1;
  }
  set.duplicate_of_id = survivor.id;
  set.resolution = "已更换角阀；'引号' \"双引号\" -- 注释";
  set.assignee = "sites/hx/departments/eng";
  set.plan_department = "sites/hx/departments/sec";
  set.plan_agreed_by = "zhou.zr";
  set.plan_text = "当班保安停岗培训；'引号'";
  set.plan_recorded_by = kActor;
  ASSERT_TRUE(Save(set, Now() + kHourUs).ok());

  auto read = Lock("hx", row.id);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(WorkflowColumns(*read), WorkflowColumns(set));
  EXPECT_EQ(read->version, 2);
  EXPECT_EQ(read->update_us, Now() + kHourUs);
  EXPECT_EQ(read->create_us, row.create_us);
  EXPECT_EQ(read->number, row.number);
  // By number as well.
  TicketRef by_number;
  by_number.number = row.number;
  auto numbered = Lock(by_number);
  ASSERT_TRUE(numbered.ok()) << numbered.status();
  EXPECT_EQ(numbered->id, row.id);

  // As the API shows it.
  v1::Ticket t = *read->ToProto(db::TestDataProtector());
  EXPECT_EQ(t.status(), v1::Ticket::PENDING);
  EXPECT_EQ(t.etag(), "2");
  EXPECT_EQ(t.route(), v1::REPAIR_ROUTE_COORDINATION);
  EXPECT_EQ(Micros(t.resolve_time()), Now() + 2);
  EXPECT_EQ(Micros(t.deadlines().promised_time()), Now() + 6);
  EXPECT_TRUE(t.deadlines().paused());
  EXPECT_EQ(t.duplicate_of(), TicketName("hx", survivor.id));
  EXPECT_EQ(t.callback_attempts(), 3);
  EXPECT_EQ(t.assignee(), "sites/hx/departments/eng");
  EXPECT_EQ(Micros(t.deadlines().plan_due_time()), Now() + 10);
  EXPECT_EQ(Micros(t.deadlines().plan_met_time()), Now() + 11);
  EXPECT_EQ(Micros(t.deadlines().resident_notice_due_time()), Now() + 12);
  EXPECT_EQ(Micros(t.deadlines().resident_notice_met_time()), Now() + 13);
  EXPECT_EQ(t.plan().department(), "sites/hx/departments/sec");
  EXPECT_EQ(t.plan().agreed_by(), "staff/zhou.zr");
  EXPECT_EQ(t.plan().plan(), "当班保安停岗培训；'引号'");
  EXPECT_EQ(Micros(t.plan().finish_time()), Now() + 14);
  EXPECT_EQ(t.plan().recorded_by(), StaffName(kActor));
  EXPECT_EQ(Micros(t.plan().agree_time()), Now() + 15);

  // Back to NULL: every optional column is cleared, not left behind.
  db::TicketRow cleared = *read;
  for (auto column : kTimeColumns) (cleared.*column).reset();
  cleared.duplicate_of_id.reset();
  cleared.resolution.clear();
  cleared.plan_department.clear();
  cleared.plan_agreed_by.clear();
  cleared.plan_text.clear();
  cleared.plan_recorded_by.clear();
  ASSERT_TRUE(Save(cleared, Now() + 2 * kHourUs).ok());
  auto again = Lock("hx", row.id);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(WorkflowColumns(*again), WorkflowColumns(cleared));
  EXPECT_EQ(again->version, 3);
  v1::Ticket t2 = *again->ToProto(db::TestDataProtector());
  EXPECT_FALSE(t2.has_resolve_time());
  EXPECT_FALSE(t2.deadlines().has_promised_time());
  EXPECT_FALSE(t2.deadlines().paused());
  EXPECT_EQ(t2.duplicate_of(), "");
  EXPECT_FALSE(t2.has_plan());
  EXPECT_FALSE(t2.deadlines().has_plan_due_time());
  EXPECT_FALSE(t2.deadlines().has_resident_notice_due_time());
  // The other ticket was not touched.
  auto other = Lock("hx", survivor.id);
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(WorkflowColumns(*other), WorkflowColumns(survivor));
  EXPECT_EQ(other->version, 1);
}

TEST_P(TicketWorkflowStoreTest, LockTicketRowOfAnotherSiteOrMissingIsNotFound) {
  db::TicketRow row = MakeTicket("hx");
  for (auto [site, id] : {std::make_pair(std::string("lz"), row.id),
                          std::make_pair(std::string("hx"), row.id + 1000)}) {
    auto missing = Lock(site, id);
    EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
    EXPECT_EQ(ErrorReason(missing.status()), "TICKET_NOT_FOUND");
  }
  TicketRef by_number;
  by_number.number = "HX-20261123-9999";
  EXPECT_EQ(Lock(by_number).status().code(), absl::StatusCode::kNotFound);
}

TEST_P(TicketWorkflowStoreTest, SaveWithStaleVersionIsAbortedAndWritesNothing) {
  db::TicketRow row = MakeTicket();
  db::TicketRow first = row;
  first.status = v1::Ticket::DISPATCHED;
  first.assignee = "staff/li.gong";
  ASSERT_TRUE(Save(first, Now() + kSecondUs).ok());

  // A second writer still holding version 1.
  db::TicketRow stale = row;
  stale.status = v1::Ticket::CANCELLED;
  stale.resolution = "撤销";
  absl::Status s = Save(stale, Now() + 2 * kSecondUs);
  EXPECT_EQ(s.code(), absl::StatusCode::kAborted) << s;
  EXPECT_EQ(ErrorReason(s), "ETAG_MISMATCH");

  auto read = Lock("hx", row.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->version, 2);
  EXPECT_EQ(read->status, v1::Ticket::DISPATCHED);
  EXPECT_EQ(read->assignee, "staff/li.gong");
  EXPECT_EQ(read->resolution, "");
  EXPECT_EQ(read->update_us, Now() + kSecondUs);
  // With the current version it goes through.
  stale.version = read->version;
  EXPECT_TRUE(Save(stale, Now() + 3 * kSecondUs).ok());
}

// --- Pauses
// -------------------------------------------------------------------

TEST_P(TicketWorkflowStoreTest, PausesOpenCloseAndListByStart) {
  db::TicketRow a = MakeTicket();
  db::TicketRow b = MakeTicket();
  MustWrite([&](db::Tx& tx) {
    absl::Status a_paused =
        db::OpenPause(tx, a.id, Now() + kHourUs, "等待配件");
    if (!a_paused.ok()) return a_paused;
    return db::OpenPause(tx, b.id, Now(), "业主出差");
  });
  auto pauses = MustRead([&](db::Tx& tx) { return db::ListPauses(tx, a.id); });
  ASSERT_EQ(pauses.size(), 1u);
  EXPECT_EQ(pauses[0].start_us, Now() + kHourUs);
  EXPECT_FALSE(pauses[0].end_us.has_value());
  EXPECT_EQ(pauses[0].reason, "等待配件");

  MustWrite([&](db::Tx& tx) {
    return db::ClosePause(tx, a.id, Now() + 3 * kHourUs);
  });
  MustWrite([&](db::Tx& tx) {
    return db::OpenPause(tx, a.id, Now() + 5 * kHourUs, "等待厂家");
  });
  // Closing closes only the open one.
  MustWrite([&](db::Tx& tx) {
    return db::ClosePause(tx, a.id, Now() + 6 * kHourUs);
  });
  MustWrite([&](db::Tx& tx) {
    return db::OpenPause(tx, a.id, Now() + 7 * kHourUs, "再等");
  });
  pauses = MustRead([&](db::Tx& tx) { return db::ListPauses(tx, a.id); });
  ASSERT_EQ(pauses.size(), 3u);
  EXPECT_EQ(pauses[0].start_us, Now() + kHourUs);
  EXPECT_EQ(pauses[0].end_us, std::optional<long long>(Now() + 3 * kHourUs));
  EXPECT_EQ(pauses[1].start_us, Now() + 5 * kHourUs);
  EXPECT_EQ(pauses[1].end_us, std::optional<long long>(Now() + 6 * kHourUs));
  EXPECT_EQ(pauses[1].reason, "等待厂家");
  EXPECT_EQ(pauses[2].start_us, Now() + 7 * kHourUs);
  EXPECT_FALSE(pauses[2].end_us.has_value());

  // b's pause is its own, still open.
  auto b_pauses =
      MustRead([&](db::Tx& tx) { return db::ListPauses(tx, b.id); });
  ASSERT_EQ(b_pauses.size(), 1u);
  EXPECT_FALSE(b_pauses[0].end_us.has_value());
  EXPECT_TRUE(MustRead([&](db::Tx& tx) {
                return db::ListPauses(tx, b.id + 1000);
              }).empty());
}

// --- The supervisor's lists -------------------------------------------------

TEST_P(TicketWorkflowStoreTest, CallbacksDueOrderedByDueThenIdWithKeysetPages) {
  const long long due = Now() + 24 * kHourUs;
  auto resolved = [&](const std::string& site, std::optional<long long> cb,
                      int status = v1::Ticket::RESOLVED) {
    return Change(MakeTicket(site), [&](db::TicketRow& r) {
      r.status = status;
      r.resolve_us = Now();
      r.callback_due_us = cb;
    });
  };
  // Ids ascend in creation order; dues are given out of that order.
  db::TicketRow later = resolved("hx", due + kHourUs);
  db::TicketRow tie1 = resolved("hx", due);
  db::TicketRow tie2 = resolved("hx", due);
  db::TicketRow closed = resolved("hx", due, v1::Ticket::CLOSED);
  db::TicketRow reopened = resolved("hx", due, v1::Ticket::REOPENED);
  db::TicketRow elsewhere = resolved("lz", due);
  db::TicketRow far = resolved("hx", due + 30 * kHourUs);
  db::TicketRow open = MakeTicket("hx");
  (void)closed, (void)reopened, (void)elsewhere, (void)open;

  auto list = [&](long long until, std::optional<db::DueKey> after,
                  int limit = 100) {
    return Ids(MustRead([&](db::Tx& tx) {
      return db::ListCallbacksDue(tx, db::TestDataProtector(), "hx", until,
                                  after, limit);
    }));
  };
  const long long until = due + 2 * kHourUs;
  EXPECT_EQ(list(until, std::nullopt),
            (std::vector<long long>{tie1.id, tie2.id, later.id}));
  EXPECT_EQ(list(until, std::nullopt, 2),
            (std::vector<long long>{tie1.id, tie2.id}));
  // Within a tie, the page continues after the id.
  EXPECT_EQ(list(until, db::DueKey{due, tie1.id}),
            (std::vector<long long>{tie2.id, later.id}));
  EXPECT_EQ(list(until, db::DueKey{due, tie2.id}),
            std::vector<long long>{later.id});
  EXPECT_TRUE(list(until, db::DueKey{due + kHourUs, later.id}).empty());
  // Due at or before `until`: one due exactly at the window's end is listed.
  EXPECT_EQ(list(due + kHourUs, std::nullopt),
            (std::vector<long long>{tie1.id, tie2.id, later.id}));
  EXPECT_EQ(list(due + kHourUs - 1, std::nullopt),
            (std::vector<long long>{tie1.id, tie2.id}));
  EXPECT_EQ(list(due + 31 * kHourUs, std::nullopt),
            (std::vector<long long>{tie1.id, tie2.id, later.id, far.id}));
  // lz has its own.
  EXPECT_EQ(Ids(MustRead([&](db::Tx& tx) {
              return db::ListCallbacksDue(tx, db::TestDataProtector(), "lz",
                                          until, std::nullopt, 10);
            })),
            std::vector<long long>{elsewhere.id});
}

TEST_P(TicketWorkflowStoreTest, OverdueOrderedByEffectiveDueThenIdWithPages) {
  const long long now = Now() + 10 * kHourUs;
  auto due_at = [&](const std::string& site, std::optional<long long> due) {
    return Change(MakeTicket(site),
                  [&](db::TicketRow& r) { r.effective_due_us = due; });
  };
  db::TicketRow recent = due_at("hx", now - kHourUs);
  db::TicketRow tie1 = due_at("hx", now - 5 * kHourUs);
  db::TicketRow tie2 = due_at("lz", now - 5 * kHourUs);
  db::TicketRow oldest = due_at("hx", now - 9 * kHourUs);
  db::TicketRow exactly = due_at("hx", now);  // not yet late
  db::TicketRow future = due_at("hx", now + kHourUs);
  db::TicketRow paused = due_at("hx", std::nullopt);  // paused or ended
  (void)exactly, (void)future, (void)paused;

  auto list = [&](const std::string& site, std::optional<db::DueKey> after,
                  int limit = 100) {
    return Ids(MustRead([&](db::Tx& tx) {
      std::vector<std::string> sites;
      if (!site.empty()) sites.push_back(site);
      return db::ListOverdue(tx, sites, now, after, limit);
    }));
  };
  const std::vector<long long> all = {oldest.id, tie1.id, tie2.id, recent.id};
  EXPECT_EQ(list("", std::nullopt), all);
  EXPECT_EQ(list("hx", std::nullopt),
            (std::vector<long long>{oldest.id, tie1.id, recent.id}));
  EXPECT_EQ(list("lz", std::nullopt), std::vector<long long>{tie2.id});
  EXPECT_EQ(list("", std::nullopt, 2),
            (std::vector<long long>{oldest.id, tie1.id}));
  EXPECT_EQ(list("", db::DueKey{now - 5 * kHourUs, tie1.id}),
            (std::vector<long long>{tie2.id, recent.id}));
  EXPECT_EQ(list("", db::DueKey{now - 5 * kHourUs, tie2.id}),
            std::vector<long long>{recent.id});
  // Walking pages of one gives the whole list once.
  std::vector<long long> walked;
  std::optional<db::DueKey> after;
  for (int i = 0; i < 10; ++i) {
    auto rows = MustRead(
        [&](db::Tx& tx) { return db::ListOverdue(tx, {}, now, after, 1); });
    if (rows.empty()) break;
    walked.push_back(rows[0].id);
    after = db::DueKey{*rows[0].effective_due_us, rows[0].id};
  }
  EXPECT_EQ(walked, all);
}

// No upper bound on an event id.
constexpr long long kNoLastEvent = std::numeric_limits<long long>::max();

TEST_P(TicketWorkflowStoreTest, AssigneesLastCoordinationAndEventNumbers) {
  db::TicketRow ticket = MakeTicket();
  db::TicketRow other = MakeTicket();
  MustInsert(ticket, std::nullopt, "sites/hx/departments/eng");
  MustInsert(ticket, std::nullopt, "staff/li.gong");
  MustInsert(ticket, std::nullopt, "sites/hx/departments/eng");
  MustInsert(other, std::nullopt, "sites/hx/departments/sec");
  EXPECT_EQ(
      MustRead(
          [&](db::Tx& tx) { return db::WorkOrderAssignees(tx, ticket.id); }),
      (std::vector<std::string>{"sites/hx/departments/eng", "staff/li.gong"}));
  auto last = [&](long long id) {
    return MustRead([&](db::Tx& tx) {
      return db::LastDispatchOfRoute(tx, id, v1::REPAIR_ROUTE_COORDINATION);
    });
  };
  EXPECT_FALSE(last(ticket.id).has_value());
  db::NewWorkOrder coordination;
  coordination.route = v1::REPAIR_ROUTE_COORDINATION;
  coordination.assignee = "sites/hx/departments/eng";
  coordination.dispatched_by = kActor;
  ASSERT_TRUE(Insert(ticket, coordination, Now() + kHourUs).ok());
  coordination.rework = true;  // a rework order is not a new dispatch
  ASSERT_TRUE(Insert(ticket, coordination, Now() + 2 * kHourUs).ok());
  EXPECT_EQ(last(ticket.id), Now() + kHourUs);
  EXPECT_FALSE(last(other.id).has_value());

  // The site's events carry their ticket's number.
  auto events = MustRead([&](db::Tx& tx) {
    return db::ListSiteEvents(tx, db::TestDataProtector(), "hx", 0,
                              kNoLastEvent, 100);
  });
  ASSERT_EQ(events.size(), 2u);  // the two CREATED events
  EXPECT_EQ(events[0].ticket_number(), ticket.number);
  EXPECT_EQ(events[1].ticket_number(), other.number);
  auto everywhere = MustRead([&](db::Tx& tx) {
    return db::ListSiteEvents(tx, db::TestDataProtector(), "", 0, kNoLastEvent,
                              100);
  });
  EXPECT_EQ(everywhere.size(), 2u);
}

// The live feed reads the id sequence of every site, and the contents of
// its own site's entries only, up to where the sequence has no gap.
TEST_P(TicketWorkflowStoreTest, EventIdsOfEverySiteContentsOfOneUpToAnId) {
  db::TicketRow at_hx = MakeTicket();
  db::TicketRow at_lz = MakeTicket("lz");
  db::TicketRow again_hx = MakeTicket();
  auto ids =
      MustRead([&](db::Tx& tx) { return db::ListEventIdsAfter(tx, 0, 100); });
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_LT(ids[0], ids[1]);
  EXPECT_LT(ids[1], ids[2]);
  EXPECT_EQ(MustRead([&](db::Tx& tx) {
              return db::ListEventIdsAfter(tx, ids[0], 1);
            }),
            std::vector<long long>{ids[1]});
  auto site_events = [&](const std::string& site, long long after,
                         long long through) {
    std::vector<std::string> numbers;
    for (const auto& e : MustRead([&](db::Tx& tx) {
           return db::ListSiteEvents(tx, db::TestDataProtector(), site, after,
                                     through, 100);
         })) {
      numbers.push_back(e.ticket_number());
    }
    return numbers;
  };
  EXPECT_EQ(site_events("hx", 0, ids[2]),
            (std::vector<std::string>{at_hx.number, again_hx.number}));
  EXPECT_EQ(site_events("hx", 0, ids[1]),
            std::vector<std::string>{at_hx.number});
  EXPECT_EQ(site_events("hx", ids[0], ids[1]), std::vector<std::string>{});
  EXPECT_EQ(site_events("lz", 0, ids[2]),
            std::vector<std::string>{at_lz.number});
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(TicketWorkflowStoreTest);

}  // namespace
}  // namespace frontdesk::workflow_testing
