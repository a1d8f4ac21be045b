// The workflow store against both backends: every TEST_P body runs on SQLite
// and on MariaDB (FRONTDESK_TEST_MYSQL, set by tests/with_mariadb.sh), each
// test on a fresh, migrated database.

#include "db/ticket/ticket_workflow_store.h"

#include <google/protobuf/util/message_differencer.h>
#include <google/protobuf/util/time_util.h>
#include <soci/soci.h>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "db/database.h"
#include "db/directory/site_store.h"
#include "db/store_test_base.h"
#include "db/testing.h"
#include "db/ticket/ticket_rows.h"
#include "db/ticket/ticket_store.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using ::google::protobuf::util::MessageDifferencer;
using ::google::protobuf::util::TimeUtil;

constexpr long long kSecondUs = 1000 * 1000;
constexpr long long kHourUs = 3600 * kSecondUs;
constexpr char kActor[] = "wang.li";

// 2026-11-23T01:00:00Z.
long long Now() {
  return ToMicros(absl::FromCivil(absl::CivilSecond(2026, 11, 23, 1, 0, 0),
                                  absl::UTCTimeZone()));
}

long long Micros(const google::protobuf::Timestamp& ts) {
  return TimeUtil::TimestampToMicroseconds(ts);
}

std::vector<long long> Ids(const std::vector<db::TicketRow>& rows) {
  std::vector<long long> out;
  for (const auto& r : rows) out.push_back(r.id);
  return out;
}

std::vector<long long> Ids(const std::vector<v1::Ticket>& tickets) {
  std::vector<long long> out;
  for (const auto& t : tickets) out.push_back(db::TicketId(t));
  return out;
}

std::vector<std::string> Names(const std::vector<v1::WorkOrder>& orders) {
  std::vector<std::string> out;
  for (const auto& o : orders) out.push_back(o.name());
  return out;
}

long long WorkOrderId(const v1::WorkOrder& order) {
  const std::string& name = order.name();
  return std::stoll(name.substr(name.rfind('/') + 1));
}

// The workflow columns of a row, for comparing two reads.
auto WorkflowColumns(const db::TicketRow& r) {
  return std::make_tuple(
      r.status, r.route, r.status_before_pending, r.callback_attempts,
      r.first_response_us, r.resolve_us, r.close_us, r.first_response_due_us,
      r.resolution_due_us, r.promised_us, r.callback_due_us, r.effective_due_us,
      r.paused_since_us, r.duplicate_of_id, r.resolution, r.assignee,
      r.plan_due_us, r.plan_met_us, r.notice_due_us, r.notice_met_us,
      r.plan_finish_us, r.plan_agree_us, r.plan_department, r.plan_agreed_by,
      r.plan_text, r.plan_recorded_by);
}

class TicketWorkflowStoreTest : public db::StoreTestBase {
 protected:
  void SetUp() override {
    db::StoreTestBase::SetUp();
    if (IsSkipped()) return;
    MakeSite("hx");
    MakeSite("lz");
  }

  void MakeSite(const std::string& site_id) {
    v1::Site site;
    site.set_name(SiteName(site_id));
    site.set_display_name("华轩花园");
    site.set_time_zone("Asia/Shanghai");
    absl::Status s = Write([&](db::Tx& tx) {
      return db::CreateSite(tx, site_id, site, Now()).status();
    });
    ASSERT_TRUE(s.ok()) << s;
  }

  // A NEW repair ticket of `site_id`; its row.
  db::TicketRow MakeTicket(const std::string& site_id = "hx",
                           long long now_us = Now()) {
    v1::Ticket t;
    t.set_channel(v1::Ticket::PHONE);
    t.set_kind(v1::Ticket::REPAIR);
    t.mutable_reporter()->set_name("张三");
    t.mutable_reporter()->set_phone("13800138000");
    t.set_subject("卫生间漏水");
    std::optional<v1::Ticket> created;
    absl::Status s = Write([&](db::Tx& tx) {
      auto c = db::CreateTicket(tx, site_id, t, kActor, now_us);
      if (!c.ok()) return c.status();
      created = *c;
      return absl::OkStatus();
    });
    EXPECT_TRUE(s.ok()) << s;
    if (!created) return db::TicketRow();
    return Lock(site_id, db::TicketId(*created)).value_or(db::TicketRow());
  }

  absl::StatusOr<db::TicketRow> Lock(const TicketRef& ref) {
    absl::StatusOr<db::TicketRow> row;
    absl::Status s = Write([&](db::Tx& tx) {
      row = db::LockTicketRow(tx, ref);
      return absl::OkStatus();
    });
    if (!s.ok()) return s;
    return row;
  }

  absl::StatusOr<db::TicketRow> Lock(const std::string& site_id,
                                     long long ticket_id) {
    TicketRef ref;
    ref.site_id = site_id;
    ref.ticket_id = ticket_id;
    return Lock(ref);
  }

  absl::Status Save(const db::TicketRow& row, long long now_us) {
    return Write(
        [&](db::Tx& tx) { return db::SaveTicketWorkflow(tx, row, now_us); });
  }

  // Saves `row` with `change` applied; the row as read back.
  db::TicketRow Change(db::TicketRow row,
                       const std::function<void(db::TicketRow&)>& change) {
    change(row);
    absl::Status s = Save(row, Now());
    EXPECT_TRUE(s.ok()) << s;
    auto reread = Lock(row.site_id, row.id);
    EXPECT_TRUE(reread.ok()) << reread.status();
    return reread.ok() ? *reread : db::TicketRow();
  }

  absl::StatusOr<v1::WorkOrder> Insert(const db::TicketRow& ticket,
                                       const db::NewWorkOrder& order,
                                       long long now_us = Now()) {
    absl::StatusOr<v1::WorkOrder> inserted;
    absl::Status s = Write([&](db::Tx& tx) {
      inserted = db::InsertWorkOrder(tx, ticket, order, now_us);
      return inserted.status();
    });
    if (!s.ok()) return s;
    return inserted;
  }

  v1::WorkOrder MustInsert(const db::TicketRow& ticket,
                           std::optional<long long> promised_us,
                           const std::string& assignee = "staff/li.gong") {
    db::NewWorkOrder order;
    order.route = v1::REPAIR_ROUTE_OWN_MAINTENANCE;
    order.assignee = assignee;
    order.promised_us = promised_us;
    order.dispatched_by = kActor;
    auto inserted = Insert(ticket, order);
    EXPECT_TRUE(inserted.ok()) << inserted.status();
    return inserted.ok() ? *inserted : v1::WorkOrder();
  }

  db::WorkOrderRef RefOf(const db::TicketRow& ticket,
                         const v1::WorkOrder& order) {
    return db::WorkOrderRef{ticket.site_id, ticket.id, WorkOrderId(order)};
  }

  absl::StatusOr<v1::WorkOrder> GetOrder(const db::WorkOrderRef& ref) {
    return Read([&](db::Tx& tx) { return db::GetWorkOrder(tx, ref); });
  }

  // Marks the order COMPLETED at `complete_us`.
  void CompleteOrder(const db::TicketRow& ticket, v1::WorkOrder order,
                     long long complete_us) {
    order.set_state(v1::WorkOrder::COMPLETED);
    *order.mutable_complete_time() =
        TimeUtil::MicrosecondsToTimestamp(complete_us);
    order.set_work_done("done");
    absl::Status s = Write([&](db::Tx& tx) {
      return db::SaveWorkOrder(tx, RefOf(ticket, order), order);
    });
    ASSERT_TRUE(s.ok()) << s;
  }

  std::vector<v1::WorkOrder> ListOrders(const db::WorkOrderQuery& query,
                                        long long now_us = Now()) {
    return MustRead(
        [&](db::Tx& tx) { return db::ListWorkOrders(tx, query, now_us); });
  }
};

// --- Tickets' workflow columns ----------------------------------------------

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
  set.first_response_us = Now() + 1;
  set.resolve_us = Now() + 2;
  set.close_us = Now() + 3;
  set.first_response_due_us = Now() + 4;
  set.resolution_due_us = Now() + 5;
  set.promised_us = Now() + 6;
  set.callback_due_us = Now() + 7;
  set.effective_due_us = Now() + 8;
  set.paused_since_us = Now() + 9;
  set.duplicate_of_id = survivor.id;
  set.resolution = "已更换角阀；'引号' \"双引号\" -- 注释";
  set.assignee = "sites/hx/departments/eng";
  set.plan_due_us = Now() + 10;
  set.plan_met_us = Now() + 11;
  set.notice_due_us = Now() + 12;
  set.notice_met_us = Now() + 13;
  set.plan_finish_us = Now() + 14;
  set.plan_agree_us = Now() + 15;
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
  v1::Ticket t = read->ToProto();
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
  cleared.first_response_us.reset();
  cleared.resolve_us.reset();
  cleared.close_us.reset();
  cleared.first_response_due_us.reset();
  cleared.resolution_due_us.reset();
  cleared.promised_us.reset();
  cleared.callback_due_us.reset();
  cleared.effective_due_us.reset();
  cleared.paused_since_us.reset();
  cleared.duplicate_of_id.reset();
  cleared.resolution.clear();
  cleared.plan_due_us.reset();
  cleared.plan_met_us.reset();
  cleared.notice_due_us.reset();
  cleared.notice_met_us.reset();
  cleared.plan_finish_us.reset();
  cleared.plan_agree_us.reset();
  cleared.plan_department.clear();
  cleared.plan_agreed_by.clear();
  cleared.plan_text.clear();
  cleared.plan_recorded_by.clear();
  ASSERT_TRUE(Save(cleared, Now() + 2 * kHourUs).ok());
  auto again = Lock("hx", row.id);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(WorkflowColumns(*again), WorkflowColumns(cleared));
  EXPECT_EQ(again->version, 3);
  v1::Ticket t2 = again->ToProto();
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
      return db::ListCallbacksDue(tx, "hx", until, after, limit);
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
              return db::ListCallbacksDue(tx, "lz", until, std::nullopt, 10);
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
      return db::ListOverdue(tx, site, now, after, limit);
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
        [&](db::Tx& tx) { return db::ListOverdue(tx, "", now, after, 1); });
    if (rows.empty()) break;
    walked.push_back(rows[0].id);
    after = db::DueKey{*rows[0].effective_due_us, rows[0].id};
  }
  EXPECT_EQ(walked, all);
}

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
  auto events = MustRead(
      [&](db::Tx& tx) { return db::ListSiteEvents(tx, "hx", 0, 100); });
  ASSERT_EQ(events.size(), 2u);  // the two CREATED events
  EXPECT_EQ(events[0].ticket_number(), ticket.number);
  EXPECT_EQ(events[1].ticket_number(), other.number);
  auto everywhere =
      MustRead([&](db::Tx& tx) { return db::ListSiteEvents(tx, "", 0, 100); });
  EXPECT_EQ(everywhere.size(), 2u);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(TicketWorkflowStoreTest);

}  // namespace
}  // namespace frontdesk
