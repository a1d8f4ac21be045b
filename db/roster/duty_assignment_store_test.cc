// db/roster/duty_assignment_store.h against both backends: every TEST_P
// body runs on SQLite and on MariaDB, each on a fresh, migrated database.
// Round trips of every field, one place per person per shift (also under
// the database's own constraint and concurrent inserts), site lists at
// month boundaries with pages, a person's duties overlapping a period,
// versioned state changes, and that refused calls write nothing.

#include "db/roster/duty_assignment_store.h"

#include <google/protobuf/util/message_differencer.h>

#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "common/status.h"
#include "db/roster/roster_store_test_fixture.h"
#include "db/roster/shift_store.h"
#include "db/store_test_base.h"
#include "db/testing.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using ::absl::CivilDay;
using ::frontdesk::roster_testing::DayShift;
using ::frontdesk::roster_testing::kHourUs;
using ::frontdesk::roster_testing::Micros;
using ::frontdesk::roster_testing::NightShift;
using ::frontdesk::roster_testing::Now;
using ::frontdesk::roster_testing::ShanghaiUs;
using ::google::protobuf::util::MessageDifferencer;
using Names = std::vector<std::string>;
using Row = db::DutyAssignmentRow;

Row Duty(const std::string& site_id, CivilDay date,
         const std::string& definition_id, const std::string& staff_id) {
  Row row;
  row.site_id = site_id;
  row.date = date;
  row.definition_id = definition_id;
  row.staff_id = staff_id;
  row.created_by = "zhao.min";
  return row;
}

Names NamesOf(const std::vector<Row>& rows) {
  Names out;
  for (const Row& r : rows) out.push_back(r.name());
  return out;
}

db::DutyAssignmentChange To(v1::DutyAssignment::Status status) {
  db::DutyAssignmentChange change;
  change.status = status;
  return change;
}

class DutyAssignmentStoreTest : public roster_testing::RosterStoreTest {
 protected:
  void SetUp() override {
    RosterStoreTest::SetUp();
    if (IsSkipped()) return;
    MakeSite("hx");
    MakeSite("lz");
    MakeReceptionist("wang.li", {"hx", "lz"});
    MakeReceptionist("chen.jie", {"hx"});
    MakeReceptionist("zhao.min", {"hx"});
  }

  absl::StatusOr<Row> Insert(const Row& row, long long now_us = Now()) {
    return Write(
        [&](db::Tx& tx) { return db::InsertDutyAssignment(tx, row, now_us); });
  }

  // Inserts a duty that must be accepted; returns it.
  Row MustInsert(const Row& row) {
    auto inserted = Insert(row);
    EXPECT_TRUE(inserted.ok()) << inserted.status();
    return inserted.ok() ? *inserted : Row();
  }

  absl::StatusOr<Row> Get(const db::DutyAssignmentRef& ref) {
    return Read([&](db::Tx& tx) { return db::GetDutyAssignment(tx, ref); });
  }

  absl::StatusOr<Row> Change(const db::DutyAssignmentRef& ref,
                             const db::DutyAssignmentChange& change,
                             long long expected_version,
                             long long now_us = Now()) {
    return Write([&](db::Tx& tx) {
      return db::ChangeDutyAssignment(tx, ref, change, expected_version,
                                      now_us);
    });
  }

  absl::StatusOr<std::vector<Row>> ListSite(
      const std::string& site_id, CivilDay first, CivilDay last,
      std::optional<db::DutyAssignmentCursor> after = std::nullopt,
      int limit = 100) {
    return Read([&](db::Tx& tx) {
      return db::ListSiteDutyAssignments(tx, site_id, first, last, after,
                                         limit);
    });
  }

  Names ListStaff(const std::string& staff_id, long long from_us,
                  long long to_us) {
    auto rows = Read([&](db::Tx& tx) {
      return db::ListStaffDutyAssignments(tx, staff_id, from_us, to_us);
    });
    EXPECT_TRUE(rows.ok()) << rows.status();
    return rows.ok() ? NamesOf(*rows) : Names{"<error>"};
  }
};

TEST_P(DutyAssignmentStoreTest, InsertAndGetRoundTripEveryField) {
  const db::ShiftRow night = NightShift("hx", CivilDay(2026, 11, 30));
  MustMaterialize(night);
  Row duty = Duty("hx", CivilDay(2026, 11, 30), "night", "wang.li");
  duty.origin = v1::DutyAssignment::LEAVE_COVER;
  duty.start_us = 1;  // the shift's instants are the store's
  duty.end_us = 2;
  duty.version = 9;
  auto inserted = Insert(duty);
  ASSERT_TRUE(inserted.ok()) << inserted.status();
  EXPECT_GT(inserted->id, 0);
  EXPECT_EQ(inserted->name(), absl::StrCat("sites/hx/shifts/20261130-night/"
                                           "assignments/",
                                           inserted->id));
  EXPECT_EQ(inserted->site_id, "hx");
  EXPECT_EQ(inserted->date, CivilDay(2026, 11, 30));
  EXPECT_EQ(inserted->definition_id, "night");
  EXPECT_EQ(inserted->staff_id, "wang.li");
  EXPECT_EQ(inserted->status, v1::DutyAssignment::SCHEDULED);
  EXPECT_EQ(inserted->origin, v1::DutyAssignment::LEAVE_COVER);
  EXPECT_EQ(inserted->shift_swap_id, 0);
  EXPECT_EQ(inserted->leave_application_id, 0);
  EXPECT_EQ(inserted->start_us, night.start_us);
  EXPECT_EQ(inserted->end_us, night.end_us);
  EXPECT_EQ(inserted->created_by, "zhao.min");
  EXPECT_EQ(inserted->create_us, Now());
  EXPECT_EQ(inserted->update_us, Now());
  EXPECT_EQ(inserted->version, 1);

  v1::DutyAssignment proto = inserted->ToProto();
  EXPECT_EQ(proto.name(), inserted->name());
  EXPECT_EQ(proto.staff(), "staff/wang.li");
  EXPECT_EQ(proto.status(), v1::DutyAssignment::SCHEDULED);
  EXPECT_EQ(proto.origin(), v1::DutyAssignment::LEAVE_COVER);
  EXPECT_EQ(proto.shift_swap(), "");
  EXPECT_EQ(proto.leave_application(), "");
  EXPECT_EQ(Micros(proto.start_time()), night.start_us);
  EXPECT_EQ(Micros(proto.end_time()), night.end_us);
  EXPECT_EQ(proto.created_by(), "staff/zhao.min");
  EXPECT_EQ(Micros(proto.create_time()), Now());
  EXPECT_EQ(Micros(proto.update_time()), Now());
  EXPECT_EQ(proto.etag(), "1");

  auto got = Get(inserted->ref());
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(got->ToProto(), proto))
      << got->ToProto().DebugString();

  // The links, with a status and origin other than the defaults.
  Row swapped = Duty("hx", CivilDay(2026, 11, 30), "night", "chen.jie");
  swapped.status = v1::DutyAssignment::ON_LEAVE;
  swapped.origin = v1::DutyAssignment::SWAP;
  swapped.shift_swap_id = 7;
  swapped.leave_application_id = 12;
  auto linked = Insert(swapped);
  ASSERT_TRUE(linked.ok()) << linked.status();
  v1::DutyAssignment linked_proto = Get(linked->ref())->ToProto();
  EXPECT_EQ(linked_proto.status(), v1::DutyAssignment::ON_LEAVE);
  EXPECT_EQ(linked_proto.origin(), v1::DutyAssignment::SWAP);
  EXPECT_EQ(linked_proto.shift_swap(), "sites/hx/shiftSwaps/7");
  EXPECT_EQ(linked_proto.leave_application(),
            "staff/chen.jie/leaveApplications/12");
}

TEST_P(DutyAssignmentStoreTest, APersonHoldsAShiftOnce) {
  MustMaterialize(DayShift("hx", CivilDay(2026, 11, 2)));
  MustMaterialize(NightShift("hx", CivilDay(2026, 11, 2)));
  MustMaterialize(DayShift("hx", CivilDay(2026, 11, 3)));
  const Row first =
      MustInsert(Duty("hx", CivilDay(2026, 11, 2), "day", "wang.li"));

  auto again = Insert(Duty("hx", CivilDay(2026, 11, 2), "day", "wang.li"));
  EXPECT_EQ(again.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(again.status()), "DUTY_ALREADY_ASSIGNED");
  EXPECT_EQ(ErrorMetadata(again.status(), "assignment"), first.name());
  EXPECT_EQ(Count("duty_assignments"), 1);

  // The database itself refuses a second row holding the place.
  absl::Status raw = db::ExecRaw(
      database(),
      "INSERT INTO duty_assignments (site_id, date_key, definition_id,"
      " staff_id, held_by, status, origin, start_time_us, end_time_us,"
      " created_by, create_time_us, update_time_us, version) VALUES ('hx',"
      " 20261102, 'day', 'wang.li', 'wang.li', 1, 1, 0, 0, 'x', 0, 0, 1)");
  EXPECT_FALSE(raw.ok());
  EXPECT_EQ(Count("duty_assignments"), 1);
  // The same row released (held_by NULL, CANCELLED) is accepted: it was
  // the place that was refused, not the row.
  absl::Status released = db::ExecRaw(
      database(),
      "INSERT INTO duty_assignments (site_id, date_key, definition_id,"
      " staff_id, held_by, status, origin, start_time_us, end_time_us,"
      " created_by, create_time_us, update_time_us, version) VALUES ('hx',"
      " 20261102, 'day', 'wang.li', NULL, 7, 1, 0, 0, 'x', 0, 0, 1)");
  EXPECT_TRUE(released.ok()) << released;
  EXPECT_EQ(Count("duty_assignments"), 2);

  // Someone else on that shift, and the same person on other shifts.
  MustInsert(Duty("hx", CivilDay(2026, 11, 2), "day", "chen.jie"));
  MustInsert(Duty("hx", CivilDay(2026, 11, 2), "night", "wang.li"));
  MustInsert(Duty("hx", CivilDay(2026, 11, 3), "day", "wang.li"));

  // Once released (cancelled), the place can be taken again...
  ASSERT_TRUE(Change(first.ref(), To(v1::DutyAssignment::CANCELLED), 1).ok());
  const Row second =
      MustInsert(Duty("hx", CivilDay(2026, 11, 2), "day", "wang.li"));
  EXPECT_NE(second.id, first.id);
  // ...and the cancelled one cannot take it back while it is held.
  auto back = Change(first.ref(), To(v1::DutyAssignment::SCHEDULED), 2);
  EXPECT_EQ(back.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(back.status()), "DUTY_ALREADY_ASSIGNED");
  EXPECT_EQ(ErrorMetadata(back.status(), "assignment"), second.name());
  auto kept = Get(first.ref());
  ASSERT_TRUE(kept.ok()) << kept.status();
  EXPECT_EQ(kept->status, v1::DutyAssignment::CANCELLED);
  EXPECT_EQ(kept->version, 2);
  EXPECT_EQ(Count("duty_assignments"), 6);
}

TEST_P(DutyAssignmentStoreTest, RefusedInsertsWriteNothing) {
  MustMaterialize(DayShift("hx", CivilDay(2026, 11, 2)));
  struct Case {
    Row row;
    absl::StatusCode code;
    std::string reason;
  };
  Row unspecified_status = Duty("hx", CivilDay(2026, 11, 2), "day", "wang.li");
  unspecified_status.status = v1::DutyAssignment::STATUS_UNSPECIFIED;
  Row unspecified_origin = Duty("hx", CivilDay(2026, 11, 2), "day", "wang.li");
  unspecified_origin.origin = v1::DutyAssignment::ORIGIN_UNSPECIFIED;
  const std::vector<Case> cases = {
      {Duty("hx", CivilDay(2026, 11, 2), "night", "wang.li"),
       absl::StatusCode::kNotFound, "SHIFT_NOT_FOUND"},
      {Duty("hx", CivilDay(2026, 11, 3), "day", "wang.li"),
       absl::StatusCode::kNotFound, "SHIFT_NOT_FOUND"},
      {Duty("nope", CivilDay(2026, 11, 2), "day", "wang.li"),
       absl::StatusCode::kNotFound, "SHIFT_NOT_FOUND"},
      {Duty("hx", CivilDay(2026, 11, 2), "day", "nobody"),
       absl::StatusCode::kNotFound, "STAFF_NOT_FOUND"},
      {unspecified_status, absl::StatusCode::kInvalidArgument, "INVALID_FIELD"},
      {unspecified_origin, absl::StatusCode::kInvalidArgument, "INVALID_FIELD"},
  };
  for (const Case& c : cases) {
    auto refused = Insert(c.row);
    EXPECT_EQ(refused.status().code(), c.code) << refused.status();
    EXPECT_EQ(ErrorReason(refused.status()), c.reason) << refused.status();
  }
  EXPECT_EQ(Count("duty_assignments"), 0);
  EXPECT_EQ(Count("roster_shifts"), 1);
}

TEST_P(DutyAssignmentStoreTest, SiteListsByLocalDateAtMonthBoundariesInPages) {
  for (CivilDay d : {CivilDay(2026, 10, 31), CivilDay(2026, 11, 1),
                     CivilDay(2026, 11, 30), CivilDay(2026, 12, 1)}) {
    MustMaterialize(DayShift("hx", d));
    MustMaterialize(NightShift("hx", d));
  }
  MustMaterialize(DayShift("lz", CivilDay(2026, 11, 15)));
  // Inserted out of start order.
  const Row nov30_night =
      MustInsert(Duty("hx", CivilDay(2026, 11, 30), "night", "wang.li"));
  const Row oct31_night =
      MustInsert(Duty("hx", CivilDay(2026, 10, 31), "night", "wang.li"));
  const Row nov1_day_chen =
      MustInsert(Duty("hx", CivilDay(2026, 11, 1), "day", "chen.jie"));
  const Row nov1_day_wang =
      MustInsert(Duty("hx", CivilDay(2026, 11, 1), "day", "wang.li"));
  const Row dec1_day =
      MustInsert(Duty("hx", CivilDay(2026, 12, 1), "day", "chen.jie"));
  const Row nov30_day =
      MustInsert(Duty("hx", CivilDay(2026, 11, 30), "day", "chen.jie"));
  MustInsert(Duty("lz", CivilDay(2026, 11, 15), "day", "wang.li"));
  // Any status is listed.
  ASSERT_TRUE(
      Change(nov30_day.ref(), To(v1::DutyAssignment::CANCELLED), 1).ok());

  auto november = ListSite("hx", CivilDay(2026, 11, 1), CivilDay(2026, 11, 30));
  ASSERT_TRUE(november.ok()) << november.status();
  // Same start: by id. The night of the 30th ends in December and is
  // November's.
  EXPECT_EQ(NamesOf(*november),
            (Names{nov1_day_chen.name(), nov1_day_wang.name(), nov30_day.name(),
                   nov30_night.name()}));
  EXPECT_EQ(
      NamesOf(*ListSite("hx", CivilDay(2026, 10, 1), CivilDay(2026, 10, 31))),
      Names{oct31_night.name()});
  EXPECT_EQ(
      NamesOf(*ListSite("hx", CivilDay(2026, 12, 1), CivilDay(2026, 12, 31))),
      Names{dec1_day.name()});

  // Pages of two, continued after the last row of the page before.
  Names paged;
  std::optional<db::DutyAssignmentCursor> after;
  for (int page = 0; page < 4; ++page) {
    auto rows =
        ListSite("hx", CivilDay(2026, 10, 1), CivilDay(2026, 12, 31), after, 2);
    ASSERT_TRUE(rows.ok()) << rows.status();
    if (rows->empty()) break;
    EXPECT_LE(rows->size(), 2u);
    for (const Row& r : *rows) paged.push_back(r.name());
    after = db::DutyAssignmentCursor{rows->back().start_us, rows->back().id};
  }
  EXPECT_EQ(paged, (Names{oct31_night.name(), nov1_day_chen.name(),
                          nov1_day_wang.name(), nov30_day.name(),
                          nov30_night.name(), dec1_day.name()}));

  auto missing =
      ListSite("nope", CivilDay(2026, 11, 1), CivilDay(2026, 11, 30));
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(missing.status()), "SITE_NOT_FOUND");
}

TEST_P(DutyAssignmentStoreTest, StaffListsTheDutiesOverlappingAPeriod) {
  MustMaterialize(NightShift("hx", CivilDay(2026, 10, 31)));
  MustMaterialize(NightShift("hx", CivilDay(2026, 11, 1)));
  MustMaterialize(DayShift("hx", CivilDay(2026, 11, 30)));
  MustMaterialize(DayShift("hx", CivilDay(2026, 12, 1)));
  MustMaterialize(DayShift("lz", CivilDay(2026, 11, 15)));
  const Row oct31_night =
      MustInsert(Duty("hx", CivilDay(2026, 10, 31), "night", "wang.li"));
  const Row nov1_night =
      MustInsert(Duty("hx", CivilDay(2026, 11, 1), "night", "wang.li"));
  const Row nov30_day =
      MustInsert(Duty("hx", CivilDay(2026, 11, 30), "day", "wang.li"));
  const Row dec1_day =
      MustInsert(Duty("hx", CivilDay(2026, 12, 1), "day", "wang.li"));
  const Row lz_day =
      MustInsert(Duty("lz", CivilDay(2026, 11, 15), "day", "wang.li"));
  MustInsert(Duty("hx", CivilDay(2026, 11, 1), "night", "chen.jie"));

  // November in Shanghai: the night that began on 31 October is still on
  // until 08:00 on the 1st; every site counts.
  EXPECT_EQ(ListStaff("wang.li", ShanghaiUs(CivilDay(2026, 11, 1), 0),
                      ShanghaiUs(CivilDay(2026, 12, 1), 0)),
            (Names{oct31_night.name(), nov1_night.name(), lz_day.name(),
                   nov30_day.name()}));
  // Half-open: a duty ending exactly at the start, or starting exactly at
  // the end, does not overlap.
  EXPECT_EQ(ListStaff("wang.li", ShanghaiUs(CivilDay(2026, 11, 1), 8),
                      ShanghaiUs(CivilDay(2026, 11, 1), 20)),
            Names{});
  EXPECT_EQ(ListStaff("wang.li", ShanghaiUs(CivilDay(2026, 11, 1), 7),
                      ShanghaiUs(CivilDay(2026, 11, 1), 21)),
            (Names{oct31_night.name(), nov1_night.name()}));
  EXPECT_EQ(ListStaff("wang.li", ShanghaiUs(CivilDay(2026, 12, 1), 19),
                      ShanghaiUs(CivilDay(2026, 12, 2), 0)),
            Names{dec1_day.name()});
  EXPECT_EQ(ListStaff("nobody", ShanghaiUs(CivilDay(2026, 1, 1), 0),
                      ShanghaiUs(CivilDay(2027, 1, 1), 0)),
            Names{});
}

TEST_P(DutyAssignmentStoreTest, ChangesCheckTheVersionAndKeepUnsetLinks) {
  MustMaterialize(DayShift("hx", CivilDay(2026, 11, 2)));
  MustMaterialize(NightShift("hx", CivilDay(2026, 11, 2)));
  const Row duty =
      MustInsert(Duty("hx", CivilDay(2026, 11, 2), "day", "wang.li"));

  db::DutyAssignmentChange on_leave = To(v1::DutyAssignment::ON_LEAVE);
  on_leave.leave_application_id = 42;
  auto changed = Change(duty.ref(), on_leave, 1, Now() + kHourUs);
  ASSERT_TRUE(changed.ok()) << changed.status();
  EXPECT_EQ(changed->status, v1::DutyAssignment::ON_LEAVE);
  EXPECT_EQ(changed->leave_application_id, 42);
  EXPECT_EQ(changed->version, 2);
  EXPECT_EQ(changed->update_us, Now() + kHourUs);
  EXPECT_EQ(changed->create_us, Now());
  EXPECT_EQ(changed->ToProto().leave_application(),
            "staff/wang.li/leaveApplications/42");

  // A stale version writes nothing.
  auto stale = Change(duty.ref(), To(v1::DutyAssignment::CANCELLED), 1);
  EXPECT_EQ(stale.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(stale.status()), "ETAG_MISMATCH");
  auto kept = Get(duty.ref());
  ASSERT_TRUE(kept.ok()) << kept.status();
  EXPECT_TRUE(MessageDifferencer::Equals(kept->ToProto(), changed->ToProto()))
      << kept->ToProto().DebugString();

  // Back from leave: the link cleared on purpose; then swapped out, the
  // leave link (now 0) kept and the swap set.
  db::DutyAssignmentChange back = To(v1::DutyAssignment::SCHEDULED);
  back.leave_application_id = 0;
  ASSERT_TRUE(Change(duty.ref(), back, 2).ok());
  db::DutyAssignmentChange swapped = To(v1::DutyAssignment::SWAPPED_OUT);
  swapped.shift_swap_id = 9;
  auto out = Change(duty.ref(), swapped, 3);
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->leave_application_id, 0);
  EXPECT_EQ(out->shift_swap_id, 9);
  EXPECT_EQ(out->ToProto().shift_swap(), "sites/hx/shiftSwaps/9");
  EXPECT_EQ(out->version, 4);

  // Unset status; names that do not lead to the assignment.
  auto unset =
      Change(duty.ref(), To(v1::DutyAssignment::STATUS_UNSPECIFIED), 4);
  EXPECT_EQ(unset.status().code(), absl::StatusCode::kInvalidArgument);
  db::DutyAssignmentRef other_shift = duty.ref();
  other_shift.definition_id = "night";
  db::DutyAssignmentRef other_site = duty.ref();
  other_site.site_id = "lz";
  db::DutyAssignmentRef other_date = duty.ref();
  other_date.date = CivilDay(2026, 11, 3);
  db::DutyAssignmentRef other_id = duty.ref();
  other_id.id += 100;
  for (const auto& ref : {other_shift, other_site, other_date, other_id}) {
    auto missing = Change(ref, To(v1::DutyAssignment::CANCELLED), 4);
    EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound)
        << missing.status();
    EXPECT_EQ(ErrorReason(missing.status()), "DUTY_ASSIGNMENT_NOT_FOUND");
    EXPECT_EQ(ErrorReason(Get(ref).status()), "DUTY_ASSIGNMENT_NOT_FOUND");
  }
  EXPECT_EQ(Get(duty.ref())->version, 4);
}

TEST_P(DutyAssignmentStoreTest, ClockInAndReleaseAreKeptUntilChanged) {
  MustMaterialize(DayShift("hx", CivilDay(2026, 11, 2)));
  const Row duty =
      MustInsert(Duty("hx", CivilDay(2026, 11, 2), "day", "wang.li"));
  EXPECT_EQ(duty.clock_in_us, 0);
  EXPECT_FALSE(duty.ToProto().has_release_time());

  db::DutyAssignmentChange clock_in = To(v1::DutyAssignment::ON_DUTY);
  clock_in.clock_in_us = Now() + kHourUs;
  ASSERT_TRUE(Change(duty.ref(), clock_in, 1).ok());
  db::DutyAssignmentChange release = To(v1::DutyAssignment::RELIEVED);
  release.release = db::DutyRelease{"li.na", Now() + 2 * kHourUs, "发烧就医"};
  auto released = Change(duty.ref(), release, 2);
  ASSERT_TRUE(released.ok()) << released.status();
  // The clock-in, not in this change, is kept.
  EXPECT_EQ(released->clock_in_us, Now() + kHourUs);
  const v1::DutyAssignment proto = released->ToProto();
  EXPECT_EQ(proto.released_by(), "staff/li.na");
  EXPECT_EQ(Micros(proto.release_time()), Now() + 2 * kHourUs);
  EXPECT_EQ(proto.release_reason(), "发烧就医");

  auto completed = Change(duty.ref(), To(v1::DutyAssignment::COMPLETED), 3);
  ASSERT_TRUE(completed.ok()) << completed.status();
  EXPECT_EQ(completed->released_by, "li.na");
  EXPECT_EQ(completed->release_reason, "发烧就医");
}

TEST_P(DutyAssignmentStoreTest, ConcurrentInsertsOfOnePersonLetExactlyOneIn) {
  MustMaterialize(NightShift("hx", CivilDay(2026, 11, 2)));
  constexpr int kThreads = 6;
  std::vector<absl::StatusOr<Row>> results(kThreads,
                                           absl::UnknownError("not run"));
  db::Gate gate;
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      gate.Wait();
      results[i] =
          Insert(Duty("hx", CivilDay(2026, 11, 2), "night", "wang.li"));
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();
  int won = 0;
  for (const auto& r : results) {
    if (r.ok()) {
      ++won;
    } else {
      EXPECT_EQ(r.status().code(), absl::StatusCode::kAlreadyExists)
          << r.status();
    }
  }
  EXPECT_EQ(won, 1);
  EXPECT_EQ(Count("duty_assignments"), 1);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(DutyAssignmentStoreTest);

}  // namespace
}  // namespace frontdesk
