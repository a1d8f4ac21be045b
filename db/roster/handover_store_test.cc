// db/roster/handover_store.h against both backends: every TEST_P body runs
// on SQLite and on MariaDB, each on a fresh, migrated database. Round trip
// of every field with items and inventory counts, one handover per shift,
// versioned saves that write nothing when refused, and lists newest first
// with pages, scopes and every filter.

#include "db/roster/handover_store.h"

#include <google/protobuf/util/message_differencer.h>

#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "common/filter.h"
#include "common/status.h"
#include "db/roster/roster_store_test_fixture.h"
#include "db/store_test_base.h"
#include "db/testing.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using ::absl::CivilDay;
using ::frontdesk::roster_testing::kHourUs;
using ::frontdesk::roster_testing::Now;
using ::frontdesk::roster_testing::ShanghaiUs;
using ::google::protobuf::util::MessageDifferencer;
using Names = std::vector<std::string>;

db::HandoverRow Draft(const std::string& site, CivilDay date,
                      const std::string& def) {
  db::HandoverRow row;
  row.key = {site, date, def};
  row.outgoing_start_us = ShanghaiUs(date, def == "day" ? 8 : 20);
  row.incoming_date = def == "day" ? date : date + 1;
  row.incoming_definition_id = def == "day" ? "night" : "day";
  row.handover.set_status(v1::Handover::DRAFT);
  row.handover.set_duty_log("3号楼电梯维保中");
  row.handover.set_written_by("staff/wang.li");
  v1::HandoverItem* written = row.handover.add_items();
  written->set_id(1);
  written->set_description("601 漏水待复查");
  written->set_significant(true);
  written->set_source(v1::HandoverItem::WRITTEN);
  v1::HandoverItem* key = row.handover.add_items();
  key->set_id(2);
  key->set_description("钥匙 K-3-2-501 借出");
  key->set_source(v1::HandoverItem::KEY_OUT);
  key->set_resource("sites/hx/keys/7");
  return row;
}

class HandoverStoreTest : public roster_testing::RosterStoreTest {
 protected:
  void SetUp() override {
    RosterStoreTest::SetUp();
    if (IsSkipped()) return;
    MakeSite("hx");
    MakeSite("lz");
  }

  absl::StatusOr<db::HandoverRow> Insert(const db::HandoverRow& row) {
    return Write(
        [&](db::Tx& tx) { return db::InsertHandover(tx, row, Now()); });
  }

  Names List(db::HandoverQuery query) {
    return ListedNames(
        [&](db::Tx& tx) { return db::ListHandovers(tx, query); });
  }

  std::vector<FilterTerm> Terms(const std::string& filter) {
    auto terms = ParseFilter(filter, db::HandoverFilterSchema());
    EXPECT_TRUE(terms.ok()) << terms.status();
    return terms.ok() ? *terms : std::vector<FilterTerm>{};
  }
};

TEST_P(HandoverStoreTest, InsertsAndReadsBackEveryField) {
  auto inserted = Insert(Draft("hx", CivilDay(2026, 11, 22), "night"));
  ASSERT_TRUE(inserted.ok()) << inserted.status();
  const v1::Handover& h = inserted->handover;
  EXPECT_EQ(h.name(), "sites/hx/handovers/20261122-night");
  EXPECT_EQ(h.outgoing_shift(), "sites/hx/shifts/20261122-night");
  EXPECT_EQ(h.incoming_shift(), "sites/hx/shifts/20261123-day");
  EXPECT_EQ(h.status(), v1::Handover::DRAFT);
  EXPECT_EQ(h.duty_log(), "3号楼电梯维保中");
  EXPECT_EQ(h.written_by(), "staff/wang.li");
  EXPECT_EQ(h.etag(), "1");
  ASSERT_EQ(h.items_size(), 2);
  EXPECT_TRUE(h.items(0).significant());
  EXPECT_EQ(h.items(1).source(), v1::HandoverItem::KEY_OUT);
  EXPECT_EQ(h.items(1).resource(), "sites/hx/keys/7");

  auto read =
      MustRead([&](db::Tx& tx) { return db::GetHandover(tx, inserted->key); });
  EXPECT_TRUE(MessageDifferencer::Equals(read.handover, h))
      << read.handover.DebugString();
}

TEST_P(HandoverStoreTest, OneHandoverPerShift) {
  ASSERT_TRUE(Insert(Draft("hx", CivilDay(2026, 11, 22), "night")).ok());
  auto again = Insert(Draft("hx", CivilDay(2026, 11, 22), "night"));
  EXPECT_EQ(again.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(again.status()), "HANDOVER_ALREADY_EXISTS");
  EXPECT_EQ(Count("handovers"), 1);
  EXPECT_EQ(Count("handover_items"), 2);
  // Another site's shift of the same date is another handover.
  EXPECT_TRUE(Insert(Draft("lz", CivilDay(2026, 11, 22), "night")).ok());
}

TEST_P(HandoverStoreTest, UnknownHandoverIsNotFound) {
  auto got = Read([&](db::Tx& tx) {
    return db::GetHandover(tx, {"hx", CivilDay(2026, 11, 22), "night"});
  });
  EXPECT_EQ(got.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(got.status()), "HANDOVER_NOT_FOUND");
}

TEST_P(HandoverStoreTest, SaveWritesTheWholeStateUnderTheVersion) {
  auto inserted = Insert(Draft("hx", CivilDay(2026, 11, 22), "night"));
  ASSERT_TRUE(inserted.ok()) << inserted.status();
  db::HandoverRow next = *inserted;
  v1::Handover& h = next.handover;
  h.set_status(v1::Handover::ACCEPTED);
  h.set_submitted_by("staff/wang.li");
  h.set_accepted_by("staff/chen.jie");
  h.mutable_submit_time()->set_seconds(1795000000);
  h.mutable_accept_time()->set_seconds(1795000100);
  h.mutable_incoming_clock_in_time()->set_seconds(1794999000);
  h.set_incoming_arrived_early(true);
  h.set_incoming_remarks("已清点");
  h.set_inventory_discrepancy(true);
  h.mutable_items(0)->set_consented_by("staff/zhao.min");
  h.mutable_items(0)->mutable_consent_time()->set_seconds(1794990000);
  h.mutable_items(0)->set_consent_comment("同意");
  for (auto& item : *h.mutable_items()) {
    item.set_acknowledged(true);
    item.set_disposition(v1::HandoverItem::PASSED_ON);
  }
  v1::InventoryCount* count = h.add_inventory_counts();
  count->set_item_id("radio");
  count->set_display_name("对讲机");
  count->set_expected_count(6);
  count->set_counted(5);
  count->set_note("2号对讲机送修");
  h.set_countersigned_by("staff/zhao.min");
  h.mutable_countersign_time()->set_seconds(1795001000);
  h.set_countersign_comment("阅");

  // A stale version writes nothing.
  auto stale = Write([&](db::Tx& tx) {
    return db::SaveHandover(tx, next, inserted->version + 1, Now() + kHourUs);
  });
  EXPECT_EQ(stale.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(Count("handover_inventory_counts"), 0);

  auto saved = Write([&](db::Tx& tx) {
    return db::SaveHandover(tx, next, inserted->version, Now() + kHourUs);
  });
  ASSERT_TRUE(saved.ok()) << saved.status();
  EXPECT_EQ(saved->version, inserted->version + 1);
  v1::Handover want = h;
  want.set_etag(saved->handover.etag());
  *want.mutable_update_time() = saved->handover.update_time();
  EXPECT_TRUE(MessageDifferencer::Equals(saved->handover, want))
      << saved->handover.DebugString();
  EXPECT_EQ(roster_testing::Micros(saved->handover.update_time()),
            Now() + kHourUs);
}

TEST_P(HandoverStoreTest, ListsNewestFirstInPagesScopedAndFiltered) {
  auto a = Draft("hx", CivilDay(2026, 11, 21), "day");
  auto b = Draft("hx", CivilDay(2026, 11, 21), "night");
  b.handover.clear_items();  // no significant item
  auto c = Draft("hx", CivilDay(2026, 11, 22), "day");
  auto d = Draft("lz", CivilDay(2026, 11, 22), "night");
  for (const auto& row : {a, b, c, d}) ASSERT_TRUE(Insert(row).ok());
  // c is countersigned and submitted.
  auto got = MustRead([&](db::Tx& tx) { return db::GetHandover(tx, c.key); });
  got.handover.set_status(v1::Handover::SUBMITTED);
  got.handover.set_countersigned_by("staff/zhao.min");
  MustWrite([&](db::Tx& tx) {
    return db::SaveHandover(tx, got, got.version, Now());
  });

  db::HandoverQuery all;
  EXPECT_EQ(List(all), (Names{"sites/lz/handovers/20261122-night",
                              "sites/hx/handovers/20261122-day",
                              "sites/hx/handovers/20261121-night",
                              "sites/hx/handovers/20261121-day"}));
  db::HandoverQuery hx;
  hx.site_ids = {"hx"};
  hx.limit = 2;
  auto page = MustRead([&](db::Tx& tx) { return db::ListHandovers(tx, hx); });
  ASSERT_EQ(page.size(), 2u);
  hx.before = {{page.back().outgoing_start_us, page.back().id}};
  EXPECT_EQ(List(hx), (Names{"sites/hx/handovers/20261121-day"}));

  db::HandoverQuery q;
  q.site_ids = {"hx"};
  q.terms = Terms("countersigned = false");
  EXPECT_EQ(List(q), (Names{"sites/hx/handovers/20261121-night",
                            "sites/hx/handovers/20261121-day"}));
  q.terms = Terms("status = SUBMITTED");
  EXPECT_EQ(List(q), (Names{"sites/hx/handovers/20261122-day"}));
  q.terms = Terms("date >= \"2026-11-22\"");
  EXPECT_EQ(List(q), (Names{"sites/hx/handovers/20261122-day"}));
  q.terms = Terms("has_significant_items = false");
  EXPECT_EQ(List(q), (Names{"sites/hx/handovers/20261121-night"}));
  q.terms = Terms("incoming_arrived_early = true");
  EXPECT_EQ(List(q), Names{});
}

TEST_P(HandoverStoreTest, ConcurrentSavesOfOneVersionApplyOnce) {
  auto inserted = Insert(Draft("hx", CivilDay(2026, 11, 22), "night"));
  ASSERT_TRUE(inserted.ok()) << inserted.status();
  constexpr int kThreads = 6;
  std::vector<absl::StatusOr<db::HandoverRow>> results(
      kThreads, absl::UnknownError("not run"));
  db::Gate gate;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      db::HandoverRow next = *inserted;
      next.handover.set_status(v1::Handover::ACCEPTED);
      next.handover.set_accepted_by("staff/r" + std::to_string(i));
      gate.Wait();
      results[i] = Write([&](db::Tx& tx) {
        return db::SaveHandover(tx, next, inserted->version, Now());
      });
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();
  int won = 0;
  for (const auto& r : results) {
    if (r.ok()) {
      ++won;
    } else {
      EXPECT_EQ(r.status().code(), absl::StatusCode::kAborted) << r.status();
    }
  }
  EXPECT_EQ(won, 1);
  auto stored =
      MustRead([&](db::Tx& tx) { return db::GetHandover(tx, inserted->key); });
  EXPECT_EQ(stored.version, inserted->version + 1);
  EXPECT_EQ(Count("handover_items"), 2);  // written once, not per thread
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(HandoverStoreTest);

}  // namespace
}  // namespace frontdesk
