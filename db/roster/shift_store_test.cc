// db/roster/shift_store.h against both backends: every TEST_P body runs on
// SQLite and on MariaDB, each on a fresh, migrated database. A shift keeps
// the definition it was materialised with; lists by local date at month
// boundaries, in start order.

#include "db/roster/shift_store.h"

#include <google/protobuf/util/message_differencer.h>

#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "common/status.h"
#include "db/roster/roster_store_test_fixture.h"
#include "db/store_test_base.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using ::absl::CivilDay;
using ::frontdesk::roster_testing::DayShift;
using ::frontdesk::roster_testing::kHourUs;
using ::frontdesk::roster_testing::NightShift;
using ::frontdesk::roster_testing::Now;
using ::frontdesk::roster_testing::ShanghaiUs;
using ::google::protobuf::util::MessageDifferencer;
using Names = std::vector<std::string>;

Names NamesOf(const std::vector<db::ShiftRow>& shifts) {
  Names out;
  for (const auto& s : shifts) {
    out.push_back(db::ShiftName(s.site_id, s.date, s.definition.id()));
  }
  return out;
}

class ShiftStoreTest : public roster_testing::RosterStoreTest {
 protected:
  absl::StatusOr<db::ShiftRow> Materialize(const db::ShiftRow& shift,
                                           long long now_us = Now()) {
    return Write(
        [&](db::Tx& tx) { return db::MaterializeShift(tx, shift, now_us); });
  }

  absl::StatusOr<std::optional<db::ShiftRow>> Find(const std::string& site_id,
                                                   CivilDay date,
                                                   const std::string& id) {
    return Read(
        [&](db::Tx& tx) { return db::FindShift(tx, site_id, date, id); });
  }

  Names ListNames(const std::string& site_id, CivilDay first, CivilDay last) {
    auto shifts = Read(
        [&](db::Tx& tx) { return db::ListShifts(tx, site_id, first, last); });
    EXPECT_TRUE(shifts.ok()) << shifts.status();
    return shifts.ok() ? NamesOf(*shifts) : Names{"<error>"};
  }
};

TEST_P(ShiftStoreTest, MaterializeAndFindRoundTripEveryField) {
  MakeSite("hx");
  const db::ShiftRow night = NightShift("hx", CivilDay(2026, 11, 30));
  auto stored = Materialize(night);
  ASSERT_TRUE(stored.ok()) << stored.status();
  auto found = Find("hx", CivilDay(2026, 11, 30), "night");
  ASSERT_TRUE(found.ok()) << found.status();
  ASSERT_TRUE(found->has_value());
  for (const db::ShiftRow& row : {*stored, **found}) {
    EXPECT_EQ(row.site_id, "hx");
    EXPECT_EQ(row.date, CivilDay(2026, 11, 30));
    EXPECT_TRUE(MessageDifferencer::Equals(row.definition, night.definition))
        << row.definition.DebugString();
    EXPECT_EQ(row.start_us, night.start_us);
    EXPECT_EQ(row.end_us, night.end_us);
    EXPECT_EQ(row.create_us, Now());
  }
  EXPECT_EQ(db::ShiftName("hx", CivilDay(2026, 11, 30), "night"),
            "sites/hx/shifts/20261130-night");

  auto absent = Find("hx", CivilDay(2026, 11, 30), "day");
  ASSERT_TRUE(absent.ok()) << absent.status();
  EXPECT_FALSE(absent->has_value());
}

TEST_P(ShiftStoreTest, AMaterialisedShiftKeepsItsFirstDefinition) {
  MakeSite("hx");
  ASSERT_TRUE(Materialize(DayShift("hx", CivilDay(2026, 11, 2))).ok());
  // The policy changed since: the shift as materialised stays.
  db::ShiftRow changed = DayShift("hx", CivilDay(2026, 11, 2));
  changed.definition.set_start_local_time("07:00");
  changed.definition.set_min_headcount(5);
  changed.start_us -= kHourUs;
  auto stored = Materialize(changed, Now() + kHourUs);
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_EQ(stored->definition.start_local_time(), "08:00");
  EXPECT_EQ(stored->definition.min_headcount(), 2);
  EXPECT_EQ(stored->start_us, ShanghaiUs(CivilDay(2026, 11, 2), 8));
  EXPECT_EQ(stored->create_us, Now());
  EXPECT_EQ(Count("roster_shifts"), 1);
}

TEST_P(ShiftStoreTest, ListsByLocalDateAtMonthBoundariesInStartOrder) {
  MakeSite("hx");
  MakeSite("lz");
  for (CivilDay d : {CivilDay(2026, 10, 31), CivilDay(2026, 11, 1),
                     CivilDay(2026, 11, 30), CivilDay(2026, 12, 1)}) {
    // Night first, so that start order is not insertion order.
    ASSERT_TRUE(Materialize(NightShift("hx", d)).ok());
    ASSERT_TRUE(Materialize(DayShift("hx", d)).ok());
  }
  ASSERT_TRUE(Materialize(DayShift("lz", CivilDay(2026, 11, 15))).ok());
  // The night of 30 November ends in December and is November's.
  EXPECT_EQ(
      ListNames("hx", CivilDay(2026, 11, 1), CivilDay(2026, 11, 30)),
      (Names{"sites/hx/shifts/20261101-day", "sites/hx/shifts/20261101-night",
             "sites/hx/shifts/20261130-day",
             "sites/hx/shifts/20261130-night"}));
  EXPECT_EQ(ListNames("hx", CivilDay(2026, 10, 1), CivilDay(2026, 10, 31)),
            (Names{"sites/hx/shifts/20261031-day",
                   "sites/hx/shifts/20261031-night"}));
  EXPECT_EQ(ListNames("hx", CivilDay(2026, 11, 2), CivilDay(2026, 11, 29)),
            Names{});
  EXPECT_EQ(ListNames("lz", CivilDay(2026, 11, 1), CivilDay(2026, 11, 30)),
            Names{"sites/lz/shifts/20261115-day"});
}

TEST_P(ShiftStoreTest, AnUnknownSiteIsNotFoundAndNothingIsWritten) {
  auto stored = Materialize(DayShift("nope", CivilDay(2026, 11, 2)));
  EXPECT_EQ(stored.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(stored.status()), "SITE_NOT_FOUND");
  auto listed = Read([&](db::Tx& tx) {
    return db::ListShifts(tx, "nope", CivilDay(2026, 11, 1),
                          CivilDay(2026, 11, 30));
  });
  EXPECT_EQ(ErrorReason(listed.status()), "SITE_NOT_FOUND");
  EXPECT_EQ(Count("roster_shifts"), 0);
}

TEST_P(ShiftStoreTest, ConcurrentMaterialisationsAgreeOnOneShift) {
  MakeSite("hx");
  constexpr int kThreads = 6;
  std::vector<absl::StatusOr<db::ShiftRow>> results(
      kThreads, absl::UnknownError("not run"));
  db::Gate gate;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      db::ShiftRow shift = DayShift("hx", CivilDay(2026, 11, 2));
      shift.definition.set_min_headcount(i + 1);
      gate.Wait();
      results[i] = Materialize(shift);
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();
  auto stored = Find("hx", CivilDay(2026, 11, 2), "day");
  ASSERT_TRUE(stored.ok() && stored->has_value()) << stored.status();
  for (int i = 0; i < kThreads; ++i) {
    ASSERT_TRUE(results[i].ok()) << i << ": " << results[i].status();
    EXPECT_EQ(results[i]->definition.min_headcount(),
              (*stored)->definition.min_headcount())
        << i;
  }
  EXPECT_EQ(Count("roster_shifts"), 1);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(ShiftStoreTest);

}  // namespace
}  // namespace frontdesk
