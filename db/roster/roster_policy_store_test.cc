// db/roster/roster_policy_store.h against both backends: every TEST_P body
// runs on SQLite and on MariaDB, each on a fresh, migrated database. The
// defaults of a site that never saved, round trips of every field, the
// shifts replaced as a whole, the etag check, and that a refused save
// writes nothing.

#include "db/roster/roster_policy_store.h"

#include <google/protobuf/util/message_differencer.h>

#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "common/status.h"
#include "db/roster/roster_store_test_fixture.h"
#include "db/store_test_base.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using ::frontdesk::roster_testing::kHourUs;
using ::frontdesk::roster_testing::Micros;
using ::frontdesk::roster_testing::Now;
using ::google::protobuf::util::MessageDifferencer;

v1::ShiftDefinition Shift(const std::string& id, const std::string& name,
                          v1::ShiftDefinition::Kind kind,
                          const std::string& start, int hours, int headcount) {
  v1::ShiftDefinition d;
  d.set_id(id);
  d.set_display_name(name);
  d.set_kind(kind);
  d.set_start_local_time(start);
  d.mutable_duration()->set_seconds(hours * 3600LL);
  d.set_min_headcount(headcount);
  return d;
}

// What the rules would pass as the defaults (server/roster/).
v1::RosterPolicy Defaults() {
  v1::RosterPolicy p;
  *p.add_shifts() =
      Shift("day", "白班", v1::ShiftDefinition::DAY, "08:00", 12, 1);
  *p.add_shifts() =
      Shift("night", "夜班", v1::ShiftDefinition::NIGHT, "20:00", 12, 1);
  p.mutable_handover_arrival_lead()->set_seconds(5 * 60);
  p.mutable_min_rest()->set_seconds(8 * 3600);
  p.set_max_swaps_per_month(3);
  p.set_max_late_per_month(3);
  p.set_max_corrections_per_month(3);
  p.set_supervisor_only_leave_days(3);
  return p;
}

// Three eight-hour shifts, listed out of start order, and limits unlike
// the defaults (zeros included: a stored 0 must not read as "unset").
v1::RosterPolicy ThreeShifts() {
  v1::RosterPolicy p;
  *p.add_shifts() =
      Shift("night", "夜班 🌙", v1::ShiftDefinition::NIGHT, "23:00", 8, 1);
  *p.add_shifts() =
      Shift("early", "早班", v1::ShiftDefinition::DAY, "07:00", 8, 3);
  *p.add_shifts() =
      Shift("late", "中班", v1::ShiftDefinition::DAY, "15:00", 8, 2);
  p.mutable_handover_arrival_lead()->set_seconds(0);
  p.mutable_min_rest()->set_seconds(11 * 3600);
  p.set_max_swaps_per_month(0);
  p.set_max_late_per_month(2);
  p.set_max_corrections_per_month(5);
  p.set_supervisor_only_leave_days(0);
  auto* keys = p.add_inventory_checklist();
  keys->set_id("key-cabinet");
  keys->set_display_name("钥匙柜");
  keys->set_expected_count(1);
  auto* radios = p.add_inventory_checklist();
  radios->set_id("radio");
  radios->set_display_name("对讲机");
  radios->set_expected_count(0);
  return p;
}

class RosterPolicyStoreTest : public roster_testing::RosterStoreTest {
 protected:
  absl::StatusOr<v1::RosterPolicy> Get(const std::string& site_id) {
    return Read([&](db::Tx& tx) {
      return db::GetRosterPolicy(tx, site_id, Defaults());
    });
  }

  absl::StatusOr<v1::RosterPolicy> Save(const std::string& site_id,
                                        const v1::RosterPolicy& policy,
                                        long long expected_version,
                                        long long now_us = Now()) {
    return Write([&](db::Tx& tx) {
      return db::SaveRosterPolicy(tx, site_id, policy, expected_version,
                                  now_us);
    });
  }

  void ExpectStoredPolicyRows(long long policies, long long shifts) {
    EXPECT_EQ(Count("roster_policies"), policies);
    EXPECT_EQ(Count("roster_shift_definitions"), shifts);
  }
};

TEST_P(RosterPolicyStoreTest, NeverSavedReadsTheDefaultsAndWritesNothing) {
  MakeSite("hx");
  auto got = Get("hx");
  ASSERT_TRUE(got.ok()) << got.status();
  v1::RosterPolicy expected = Defaults();
  expected.set_name("sites/hx/rosterPolicy");
  expected.set_etag("0");
  EXPECT_TRUE(MessageDifferencer::Equals(*got, expected)) << got->DebugString();
  EXPECT_FALSE(got->has_update_time());
  ExpectStoredPolicyRows(0, 0);
}

TEST_P(RosterPolicyStoreTest, SaveAndGetRoundTripEveryField) {
  MakeSite("hx");
  v1::RosterPolicy policy = ThreeShifts();
  policy.set_name("sites/other/rosterPolicy");  // ignored
  policy.set_etag("77");                        // ignored
  auto saved = Save("hx", policy, 0);
  ASSERT_TRUE(saved.ok()) << saved.status();

  v1::RosterPolicy expected = ThreeShifts();
  expected.set_name("sites/hx/rosterPolicy");
  expected.set_etag("1");
  *expected.mutable_update_time() = saved->update_time();
  EXPECT_EQ(Micros(saved->update_time()), Now());
  // The shifts come back in the order saved, not sorted by start.
  EXPECT_TRUE(MessageDifferencer::Equals(*saved, expected))
      << saved->DebugString();
  auto got = Get("hx");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, expected)) << got->DebugString();
  ExpectStoredPolicyRows(1, 3);
}

TEST_P(RosterPolicyStoreTest, ASaveReplacesTheShiftsAsAWholeAndBumpsTheEtag) {
  MakeSite("hx");
  ASSERT_TRUE(Save("hx", ThreeShifts(), 0).ok());
  v1::RosterPolicy one_shift = ThreeShifts();
  one_shift.clear_shifts();
  *one_shift.add_shifts() =
      Shift("all", "全天", v1::ShiftDefinition::DAY, "08:00", 24, 2);
  one_shift.set_max_swaps_per_month(10);
  auto saved = Save("hx", one_shift, 1, Now() + kHourUs);
  ASSERT_TRUE(saved.ok()) << saved.status();
  EXPECT_EQ(saved->etag(), "2");
  EXPECT_EQ(Micros(saved->update_time()), Now() + kHourUs);
  ASSERT_EQ(saved->shifts_size(), 1);
  EXPECT_EQ(saved->shifts(0).id(), "all");
  EXPECT_EQ(saved->shifts(0).duration().seconds(), 24 * 3600);
  EXPECT_EQ(saved->max_swaps_per_month(), 10);
  ExpectStoredPolicyRows(1, 1);
  // The inventory checklist too is replaced as a whole.
  EXPECT_EQ(saved->inventory_checklist_size(), 2);
  one_shift.clear_inventory_checklist();
  auto emptied = Save("hx", one_shift, 2);
  ASSERT_TRUE(emptied.ok()) << emptied.status();
  EXPECT_EQ(emptied->inventory_checklist_size(), 0);
  EXPECT_EQ(Count("roster_inventory_items"), 0);
}

TEST_P(RosterPolicyStoreTest, AStaleEtagIsAbortedAndWritesNothing) {
  MakeSite("hx");
  // None stored yet: only version 0 (or any) may write the first one.
  auto early = Save("hx", ThreeShifts(), 1);
  EXPECT_EQ(early.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(early.status()), "ETAG_MISMATCH");
  ExpectStoredPolicyRows(0, 0);

  auto first = Save("hx", ThreeShifts(), 0);
  ASSERT_TRUE(first.ok()) << first.status();
  v1::RosterPolicy changed = Defaults();
  changed.set_max_late_per_month(9);
  for (long long stale : {0LL, 2LL}) {
    auto refused = Save("hx", changed, stale, Now() + kHourUs);
    EXPECT_EQ(refused.status().code(), absl::StatusCode::kAborted) << stale;
    EXPECT_EQ(ErrorReason(refused.status()), "ETAG_MISMATCH");
  }
  auto got = Get("hx");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *first)) << got->DebugString();
  ExpectStoredPolicyRows(1, 3);

  // -1 does not check.
  auto unchecked = Save("hx", changed, -1);
  ASSERT_TRUE(unchecked.ok()) << unchecked.status();
  EXPECT_EQ(unchecked->etag(), "2");
  EXPECT_EQ(unchecked->max_late_per_month(), 9);
  ExpectStoredPolicyRows(1, 2);
}

TEST_P(RosterPolicyStoreTest, AnUnknownSiteIsNotFoundAndNothingIsWritten) {
  MakeSite("hx");
  auto got = Get("nope");
  EXPECT_EQ(got.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(got.status()), "SITE_NOT_FOUND");
  auto saved = Save("nope", ThreeShifts(), 0);
  EXPECT_EQ(saved.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(saved.status()), "SITE_NOT_FOUND");
  ExpectStoredPolicyRows(0, 0);
}

TEST_P(RosterPolicyStoreTest, EachSiteHasItsOwnPolicy) {
  MakeSite("hx");
  MakeSite("lz");
  ASSERT_TRUE(Save("hx", ThreeShifts(), 0).ok());
  auto lz = Get("lz");
  ASSERT_TRUE(lz.ok()) << lz.status();
  EXPECT_EQ(lz->etag(), "0");
  EXPECT_EQ(lz->shifts_size(), 2);
  // A site's first save is version 0 whatever other sites did.
  auto saved = Save("lz", Defaults(), 0);
  ASSERT_TRUE(saved.ok()) << saved.status();
  EXPECT_EQ(saved->etag(), "1");
  EXPECT_EQ(Get("hx")->shifts_size(), 3);
  ExpectStoredPolicyRows(2, 5);
}

TEST_P(RosterPolicyStoreTest, ConcurrentFirstSavesLetExactlyOneWin) {
  MakeSite("hx");
  constexpr int kThreads = 6;
  std::vector<absl::StatusOr<v1::RosterPolicy>> results(
      kThreads, absl::UnknownError("not run"));
  db::Gate gate;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      v1::RosterPolicy policy = ThreeShifts();
      policy.set_max_corrections_per_month(i);
      gate.Wait();
      results[i] = Save("hx", policy, 0);
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();
  int won = -1;
  for (int i = 0; i < kThreads; ++i) {
    if (results[i].ok()) {
      EXPECT_EQ(won, -1) << "threads " << won << " and " << i << " both won";
      won = i;
    } else {
      EXPECT_EQ(results[i].status().code(), absl::StatusCode::kAborted)
          << results[i].status();
    }
  }
  ASSERT_NE(won, -1);
  auto got = Get("hx");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->max_corrections_per_month(), won);
  EXPECT_EQ(got->etag(), "1");
  ExpectStoredPolicyRows(1, 3);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(RosterPolicyStoreTest);

}  // namespace
}  // namespace frontdesk
