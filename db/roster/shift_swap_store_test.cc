// db/roster/shift_swap_store.h against both backends: round trip of every
// field, versioned changes (a stale version writes nothing), two deciders
// at once change a swap once, the parties' swaps by month, and the list's
// visibility, narrowing, read-as-EXPIRED status and pages.
#include "db/roster/shift_swap_store.h"

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "common/status.h"
#include "db/roster/roster_store_test_fixture.h"
#include "db/store_test_base.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using ::frontdesk::roster_testing::kHourUs;
using ::frontdesk::roster_testing::Micros;
using ::frontdesk::roster_testing::Now;
using Row = db::ShiftSwapRow;
using Names = std::vector<std::string>;

class ShiftSwapStoreTest : public roster_testing::RosterStoreTest {
 protected:
  void SetUp() override {
    RosterStoreTest::SetUp();
    if (IsSkipped()) return;
    MakeSite("hx");
    MakeSite("lz");
    MakeReceptionist("wang.li", {"hx"});
    MakeReceptionist("li.na", {"hx"});
    MakeReceptionist("chen.jie", {"lz"});
  }

  static Row Swap(const std::string& site, const std::string& requester,
                  const std::string& counterpart, int month_key = 202612) {
    Row row;
    row.site_id = site;
    row.requester_id = requester;
    row.requester_assignment = "sites/" + site +
                               "/shifts/20261201-day/"
                               "assignments/1";
    row.counterpart_id = counterpart;
    row.counterpart_assignment = "sites/" + site +
                                 "/shifts/20261202-day/"
                                 "assignments/2";
    row.reason = "家里有事 🙏";
    row.month_key = month_key;
    row.first_start_us = Now() + 100 * kHourUs;
    return row;
  }

  Row MustInsert(const Row& row) {
    auto inserted =
        Write([&](db::Tx& tx) { return db::InsertShiftSwap(tx, row, Now()); });
    EXPECT_TRUE(inserted.ok()) << inserted.status();
    return inserted.ok() ? *inserted : Row{};
  }
};

TEST_P(ShiftSwapStoreTest, InsertAndGetRoundTripEveryField) {
  Row swap = Swap("hx", "wang.li", "li.na");
  swap.version = 7;  // the store's
  const Row in = MustInsert(swap);
  EXPECT_GT(in.id, 0);
  EXPECT_EQ(in.version, 1);
  EXPECT_EQ(in.create_us, Now());
  auto got =
      MustRead([&](db::Tx& tx) { return db::GetShiftSwap(tx, "hx", in.id); });
  EXPECT_EQ(got.name(), "sites/hx/shiftSwaps/" + std::to_string(in.id));
  EXPECT_EQ(got.requester_id, "wang.li");
  EXPECT_EQ(got.counterpart_id, "li.na");
  EXPECT_EQ(got.requester_assignment, swap.requester_assignment);
  EXPECT_EQ(got.counterpart_assignment, swap.counterpart_assignment);
  EXPECT_EQ(got.reason, "家里有事 🙏");
  EXPECT_EQ(got.status, v1::ShiftSwap::PROPOSED);
  EXPECT_EQ(got.month_key, 202612);
  EXPECT_EQ(got.first_start_us, swap.first_start_us);
  const v1::ShiftSwap proto = got.ToProto();
  EXPECT_EQ(proto.requester(), "staff/wang.li");
  EXPECT_EQ(proto.counterpart(), "staff/li.na");
  EXPECT_EQ(proto.etag(), "1");
  EXPECT_EQ(Micros(proto.create_time()), Now());
  EXPECT_FALSE(proto.has_agree_time());
  EXPECT_EQ(proto.decided_by(), "");

  // Another site's name does not find it.
  auto other =
      Read([&](db::Tx& tx) { return db::GetShiftSwap(tx, "lz", in.id); });
  EXPECT_EQ(ErrorReason(other.status()), "SHIFT_SWAP_NOT_FOUND");
}

TEST_P(ShiftSwapStoreTest, RefusedInsertsWriteNothing) {
  Row unknown = Swap("hx", "wang.li", "nobody");
  auto refused = Write(
      [&](db::Tx& tx) { return db::InsertShiftSwap(tx, unknown, Now()); });
  EXPECT_EQ(ErrorReason(refused.status()), "STAFF_NOT_FOUND");
  Row no_site = Swap("zz", "wang.li", "li.na");
  refused = Write(
      [&](db::Tx& tx) { return db::InsertShiftSwap(tx, no_site, Now()); });
  EXPECT_EQ(ErrorReason(refused.status()), "SITE_NOT_FOUND");
  Row no_status = Swap("hx", "wang.li", "li.na");
  no_status.status = v1::ShiftSwap::STATUS_UNSPECIFIED;
  refused = Write(
      [&](db::Tx& tx) { return db::InsertShiftSwap(tx, no_status, Now()); });
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Count("shift_swaps"), 0);
}

TEST_P(ShiftSwapStoreTest, ChangesApplyOnlyToTheirVersion) {
  const Row in = MustInsert(Swap("hx", "wang.li", "li.na"));
  db::ShiftSwapChange agree;
  agree.status = v1::ShiftSwap::AGREED;
  agree.agree_us = Now() + 5;
  auto agreed = Write([&](db::Tx& tx) {
    return db::ChangeShiftSwap(tx, "hx", in.id, agree, 1, Now() + 5);
  });
  ASSERT_TRUE(agreed.ok()) << agreed.status();
  EXPECT_EQ(agreed->status, v1::ShiftSwap::AGREED);
  EXPECT_EQ(agreed->agree_us, Now() + 5);
  EXPECT_EQ(agreed->update_us, Now() + 5);
  EXPECT_EQ(agreed->version, 2);

  db::ShiftSwapChange approve;
  approve.status = v1::ShiftSwap::APPROVED;
  approve.decided_by = "zhao.min";
  approve.decide_us = Now() + 9;
  approve.decision_comment = "同意";
  auto stale = Write([&](db::Tx& tx) {
    return db::ChangeShiftSwap(tx, "hx", in.id, approve, 1, Now() + 9);
  });
  EXPECT_EQ(ErrorReason(stale.status()), "ETAG_MISMATCH");
  auto approved = Write([&](db::Tx& tx) {
    return db::ChangeShiftSwap(tx, "hx", in.id, approve, 2, Now() + 9);
  });
  ASSERT_TRUE(approved.ok()) << approved.status();
  EXPECT_EQ(approved->status, v1::ShiftSwap::APPROVED);
  EXPECT_EQ(approved->agree_us, Now() + 5);  // kept
  EXPECT_EQ(approved->ToProto().decided_by(), "staff/zhao.min");
  EXPECT_EQ(approved->decision_comment, "同意");
}

// Two deciders read the swap with a lock and change it at the version they
// read: exactly one wins.
TEST_P(ShiftSwapStoreTest, TwoDecidersAtOnceChangeItOnce) {
  const Row in = MustInsert(Swap("hx", "wang.li", "li.na"));
  db::Gate gate;
  std::atomic<int> wins{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      gate.Wait();
      absl::Status s = database().Transact([&](db::Tx& tx) -> absl::Status {
        auto swap = db::GetShiftSwap(tx, "hx", in.id, true);
        if (!swap.ok()) return swap.status();
        if (swap->status != v1::ShiftSwap::PROPOSED) {
          return absl::FailedPreconditionError("decided");
        }
        db::ShiftSwapChange change;
        change.status = v1::ShiftSwap::REJECTED;
        return db::ChangeShiftSwap(tx, "hx", in.id, change, swap->version,
                                   Now())
            .status();
      });
      if (s.ok()) ++wins;
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();
  EXPECT_EQ(wins.load(), 1);
  auto got =
      MustRead([&](db::Tx& tx) { return db::GetShiftSwap(tx, "hx", in.id); });
  EXPECT_EQ(got.version, 2);
}

TEST_P(ShiftSwapStoreTest, PartySwapsByMonthEitherSide) {
  const Row a = MustInsert(Swap("hx", "wang.li", "li.na", 202612));
  const Row b = MustInsert(Swap("hx", "li.na", "wang.li", 202701));
  MustInsert(Swap("lz", "chen.jie", "li.na", 202611));
  auto rows = MustRead([&](db::Tx& tx) {
    return db::ListPartySwaps(tx, {"wang.li"}, 202612, 202701);
  });
  Names names;
  for (const Row& r : rows) names.push_back(r.name());
  EXPECT_EQ(names, (Names{a.name(), b.name()}));
  rows = MustRead([&](db::Tx& tx) {
    return db::ListPartySwaps(tx, {"li.na"}, 202612, 202612);
  });
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].id, a.id);
}

TEST_P(ShiftSwapStoreTest, ListsWhatTheCallerMaySeeNarrowedAndInPages) {
  const Row a = MustInsert(Swap("hx", "wang.li", "li.na"));
  Row started = Swap("hx", "li.na", "wang.li");
  started.first_start_us = Now() - kHourUs;
  const Row b = MustInsert(started);
  const Row c = MustInsert(Swap("lz", "chen.jie", "li.na"));

  db::ShiftSwapQuery q;
  q.visible_party = "wang.li";
  q.now_us = Now();
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListShiftSwaps(tx, q); }),
            (Names{a.name(), b.name()}));
  q.visible_party = "";
  q.site_ids = {"lz"};
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListShiftSwaps(tx, q); }),
            (Names{c.name()}));
  q.all_sites = true;
  q.status = v1::ShiftSwap::PROPOSED;  // b has started: it reads EXPIRED
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListShiftSwaps(tx, q); }),
            (Names{a.name(), c.name()}));
  q.status = v1::ShiftSwap::EXPIRED;
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListShiftSwaps(tx, q); }),
            (Names{b.name()}));
  q.status = 0;
  q.party = "chen.jie";
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListShiftSwaps(tx, q); }),
            (Names{c.name()}));
  q.party = "";
  q.limit = 2;
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListShiftSwaps(tx, q); }),
            (Names{a.name(), b.name()}));
  q.after_id = b.id;
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListShiftSwaps(tx, q); }),
            (Names{c.name()}));
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(ShiftSwapStoreTest);

}  // namespace
}  // namespace frontdesk
