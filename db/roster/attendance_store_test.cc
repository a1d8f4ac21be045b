// db/roster/attendance_store.h and attendance_correction_store.h against
// both backends: every TEST_P body runs on SQLite and on MariaDB, each on a
// fresh, migrated database. Punches written at the first clock event and
// versioned after, a record's name resolved only for its own staff member,
// corrections inserted, listed by staff, site, month and status, decided
// under their version, and refused calls writing nothing.

#include "db/roster/attendance_store.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "common/status.h"
#include "db/roster/attendance_correction_store.h"
#include "db/roster/duty_assignment_store.h"
#include "db/roster/roster_store_test_fixture.h"
#include "db/store_test_base.h"
#include "db/testing.h"
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
using Punches = db::AttendancePunchesRow;
using Correction = db::AttendanceCorrectionRow;
using Record = v1::AttendanceRecord;

class AttendanceStoreTest : public roster_testing::RosterStoreTest {
 protected:
  void SetUp() override {
    RosterStoreTest::SetUp();
    if (IsSkipped()) return;
    MakeSite("hx");
    MakeSite("lz");
    MakeReceptionist("wang.li", {"hx", "lz"});
    MakeReceptionist("chen.jie", {"hx"});
    MustMaterialize(DayShift("hx", CivilDay(2026, 11, 23)));
    MustMaterialize(NightShift("hx", CivilDay(2026, 11, 23)));
    MustMaterialize(DayShift("lz", CivilDay(2026, 12, 1)));
    day_ = Assign("hx", CivilDay(2026, 11, 23), "day", "wang.li");
    night_ = Assign("hx", CivilDay(2026, 11, 23), "night", "chen.jie");
    lz_ = Assign("lz", CivilDay(2026, 12, 1), "day", "wang.li");
  }

  db::DutyAssignmentRow Assign(const std::string& site, CivilDay date,
                               const std::string& def,
                               const std::string& staff) {
    db::DutyAssignmentRow row;
    row.site_id = site;
    row.date = date;
    row.definition_id = def;
    row.staff_id = staff;
    row.created_by = "zhao.min";
    auto inserted = Write(
        [&](db::Tx& tx) { return db::InsertDutyAssignment(tx, row, Now()); });
    EXPECT_TRUE(inserted.ok()) << inserted.status();
    return inserted.ok() ? *inserted : row;
  }

  absl::StatusOr<Punches> Save(const Punches& row, long long expected,
                               long long now_us = Now()) {
    return Write([&](db::Tx& tx) {
      return db::SaveAttendancePunches(tx, row, expected, now_us);
    });
  }

  std::optional<Punches> Find(long long id) {
    auto found =
        Read([&](db::Tx& tx) { return db::FindAttendancePunches(tx, id); });
    EXPECT_TRUE(found.ok()) << found.status();
    return found.ok() ? *found : std::nullopt;
  }

  Punches ClockIn(const db::DutyAssignmentRow& duty, long long at_us) {
    Punches row;
    row.duty_assignment_id = duty.id;
    row.staff_id = duty.staff_id;
    row.site_id = duty.site_id;
    row.clock_in_us = at_us;
    row.clock_in_source = Record::SELF;
    return row;
  }

  Correction Filed(const db::DutyAssignmentRow& duty, int month_key,
                   v1::AttendanceCorrection::Kind kind) {
    Correction row;
    row.staff_id = duty.staff_id;
    row.duty_assignment_id = duty.id;
    row.site_id = duty.site_id;
    row.month_key = month_key;
    row.kind = kind;
    row.claimed_us = duty.start_us;
    row.reason = "外出处理漏水,未能打卡";
    return row;
  }

  absl::StatusOr<Correction> Insert(const Correction& row) {
    return Write([&](db::Tx& tx) {
      return db::InsertAttendanceCorrection(tx, row, Now());
    });
  }

  std::vector<long long> Ids(const db::AttendanceCorrectionQuery& query) {
    auto rows = Read(
        [&](db::Tx& tx) { return db::ListAttendanceCorrections(tx, query); });
    EXPECT_TRUE(rows.ok()) << rows.status();
    std::vector<long long> ids;
    if (rows.ok()) {
      for (const Correction& c : *rows) ids.push_back(c.id);
    }
    return ids;
  }

  db::DutyAssignmentRow day_, night_, lz_;
};

TEST_P(AttendanceStoreTest, ARecordWithoutPunchesHasNoRow) {
  EXPECT_FALSE(Find(day_.id).has_value());
  auto rows = Read([&](db::Tx& tx) {
    return db::ListAttendancePunches(tx, {day_.id, night_.id});
  });
  ASSERT_TRUE(rows.ok()) << rows.status();
  EXPECT_TRUE(rows->empty());
}

TEST_P(AttendanceStoreTest, FirstPunchWritesTheRowAndLaterOnesVersionIt) {
  const long long in_us = ShanghaiUs(CivilDay(2026, 11, 23), 8) - 600000000;
  auto first = Save(ClockIn(day_, in_us), 0, Now() + 1);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(first->version, 1);
  EXPECT_EQ(first->clock_in_us, in_us);
  EXPECT_EQ(first->clock_in_source, Record::SELF);
  EXPECT_EQ(first->clock_out_us, 0);
  EXPECT_EQ(first->create_us, Now() + 1);

  Punches out = *first;
  out.clock_out_us = in_us + 12 * kHourUs;
  out.clock_out_source = Record::SUPERVISOR;
  out.override_reason = "突发疾病";
  out.overridden_by = "zhao.min";
  auto second = Save(out, 1, Now() + 2);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->version, 2);
  auto found = Find(day_.id);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->clock_in_us, in_us);
  EXPECT_EQ(found->clock_out_us, in_us + 12 * kHourUs);
  EXPECT_EQ(found->clock_out_source, Record::SUPERVISOR);
  EXPECT_EQ(found->override_reason, "突发疾病");
  EXPECT_EQ(found->overridden_by, "zhao.min");
  EXPECT_EQ(found->staff_id, "wang.li");
  EXPECT_EQ(found->site_id, "hx");
  EXPECT_EQ(found->create_us, Now() + 1);
  EXPECT_EQ(found->update_us, Now() + 2);
}

TEST_P(AttendanceStoreTest, StaleVersionsAndSecondInsertsAreRefused) {
  ASSERT_TRUE(Save(ClockIn(day_, 100), 0).ok());
  auto again = Save(ClockIn(day_, 200), 0);
  EXPECT_EQ(again.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(again.status()), "ATTENDANCE_RECORD_EXISTS");
  auto stale = Save(ClockIn(day_, 300), 7);
  EXPECT_EQ(stale.status().code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(stale.status()), "ETAG_MISMATCH");
  EXPECT_EQ(Find(day_.id)->clock_in_us, 100);

  Punches orphan = ClockIn(day_, 1);
  orphan.duty_assignment_id = 999999;
  auto missing = Save(orphan, 0);
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_FALSE(Find(999999).has_value());
}

TEST_P(AttendanceStoreTest, ListsOnlyTheRowsAskedFor) {
  ASSERT_TRUE(Save(ClockIn(day_, 100), 0).ok());
  ASSERT_TRUE(Save(ClockIn(lz_, 200), 0).ok());
  auto rows = Read([&](db::Tx& tx) {
    return db::ListAttendancePunches(tx, {lz_.id, night_.id, day_.id});
  });
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].duty_assignment_id, std::min(day_.id, lz_.id));
  EXPECT_EQ((*rows)[1].duty_assignment_id, std::max(day_.id, lz_.id));
}

TEST_P(AttendanceStoreTest, ARecordNameResolvesOnlyForItsOwnStaff) {
  auto ref = Read([&](db::Tx& tx) {
    return db::FindAttendanceAssignment(tx, "chen.jie", night_.id);
  });
  ASSERT_TRUE(ref.ok()) << ref.status();
  ASSERT_TRUE(ref->has_value());
  EXPECT_EQ((*ref)->site_id, "hx");
  EXPECT_EQ((*ref)->date, CivilDay(2026, 11, 23));
  EXPECT_EQ((*ref)->definition_id, "night");
  EXPECT_EQ((*ref)->id, night_.id);
  auto other = Read([&](db::Tx& tx) {
    return db::FindAttendanceAssignment(tx, "wang.li", night_.id);
  });
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other->has_value());
}

TEST_P(AttendanceStoreTest, UnpunchedScheduledDutiesThatEndedByATime) {
  auto due = [&](const std::string& site, long long by_us) {
    std::vector<long long> ids;
    auto refs = Read([&](db::Tx& tx) {
      return db::ListUnpunchedScheduledDuties(tx, site, by_us, 10);
    });
    EXPECT_TRUE(refs.ok()) << refs.status();
    if (refs.ok()) {
      for (const auto& r : *refs) ids.push_back(r.id);
    }
    return ids;
  };
  // The day shift ends at 20:00, the night shift the next morning.
  EXPECT_TRUE(due("hx", day_.end_us - 1).empty());
  EXPECT_EQ(due("hx", day_.end_us), (std::vector<long long>{day_.id}));
  EXPECT_EQ(due("hx", night_.end_us),
            (std::vector<long long>{day_.id, night_.id}));
  // A punch, or any other status, takes a duty out.
  ASSERT_TRUE(Save(ClockIn(day_, day_.start_us), 0).ok());
  ASSERT_TRUE(Write([&](db::Tx& tx) {
                db::DutyAssignmentChange change;
                change.status = v1::DutyAssignment::ON_LEAVE;
                return db::ChangeDutyAssignment(tx, night_.ref(), change,
                                                night_.version, Now());
              }).ok());
  EXPECT_TRUE(due("hx", night_.end_us).empty());
  EXPECT_EQ(due("lz", lz_.end_us), (std::vector<long long>{lz_.id}));
  auto ref = Read([&](db::Tx& tx) {
    return db::ListUnpunchedScheduledDuties(tx, "lz", lz_.end_us, 10);
  });
  ASSERT_TRUE(ref.ok());
  EXPECT_EQ((*ref)[0].site_id, "lz");
  EXPECT_EQ((*ref)[0].date, CivilDay(2026, 12, 1));
  EXPECT_EQ((*ref)[0].definition_id, "day");
}

TEST_P(AttendanceStoreTest, CorrectionRoundTripsAndIsDecidedOnce) {
  auto filed = Insert(Filed(day_, 202611, v1::AttendanceCorrection::CLOCK_OUT));
  ASSERT_TRUE(filed.ok()) << filed.status();
  EXPECT_GT(filed->id, 0);
  EXPECT_EQ(filed->status, v1::AttendanceCorrection::PENDING);
  EXPECT_EQ(filed->version, 1);
  const v1::AttendanceCorrection proto = filed->ToProto();
  EXPECT_EQ(proto.name(),
            absl::StrCat("staff/wang.li/attendanceCorrections/", filed->id));
  EXPECT_EQ(proto.attendance_record(),
            absl::StrCat("staff/wang.li/attendanceRecords/", day_.id));
  EXPECT_EQ(proto.kind(), v1::AttendanceCorrection::CLOCK_OUT);
  EXPECT_EQ(proto.reason(), "外出处理漏水,未能打卡");
  EXPECT_TRUE(proto.decided_by().empty());

  auto decided = Write([&](db::Tx& tx) {
    return db::DecideAttendanceCorrection(tx, "wang.li", filed->id,
                                          v1::AttendanceCorrection::APPROVED,
                                          "zhao.min", "属实", 1, Now() + 5);
  });
  ASSERT_TRUE(decided.ok()) << decided.status();
  EXPECT_EQ(decided->status, v1::AttendanceCorrection::APPROVED);
  EXPECT_EQ(decided->decided_by, "zhao.min");
  EXPECT_EQ(decided->decide_us, Now() + 5);
  EXPECT_EQ(decided->decision_comment, "属实");
  EXPECT_EQ(decided->version, 2);
  EXPECT_EQ(decided->ToProto().decided_by(), "staff/zhao.min");

  auto stale = Write([&](db::Tx& tx) {
    return db::DecideAttendanceCorrection(tx, "wang.li", filed->id,
                                          v1::AttendanceCorrection::REJECTED,
                                          "zhao.min", "", 1, Now() + 6);
  });
  EXPECT_EQ(stale.status().code(), absl::StatusCode::kAborted);
  auto got = Read([&](db::Tx& tx) {
    return db::GetAttendanceCorrection(tx, "wang.li", filed->id);
  });
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->status, v1::AttendanceCorrection::APPROVED);

  auto wrong_staff = Read([&](db::Tx& tx) {
    return db::GetAttendanceCorrection(tx, "chen.jie", filed->id);
  });
  EXPECT_EQ(wrong_staff.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(wrong_staff.status()),
            "ATTENDANCE_CORRECTION_NOT_FOUND");
}

TEST_P(AttendanceStoreTest, CorrectionsListByStaffSiteMonthAndStatus) {
  const long long a =
      Insert(Filed(day_, 202611, v1::AttendanceCorrection::CLOCK_IN))->id;
  const long long b =
      Insert(Filed(night_, 202611, v1::AttendanceCorrection::CLOCK_OUT))->id;
  const long long c =
      Insert(Filed(lz_, 202612, v1::AttendanceCorrection::CLOCK_IN))->id;
  ASSERT_TRUE(Write([&](db::Tx& tx) {
                return db::DecideAttendanceCorrection(
                    tx, "chen.jie", b, v1::AttendanceCorrection::REJECTED,
                    "zhao.min", "无记录", 1, Now());
              }).ok());

  EXPECT_EQ(Ids({}), (std::vector<long long>{c, b, a}));
  db::AttendanceCorrectionQuery staff;
  staff.staff_id = "wang.li";
  EXPECT_EQ(Ids(staff), (std::vector<long long>{c, a}));
  db::AttendanceCorrectionQuery site;
  site.site_ids = {"hx"};
  EXPECT_EQ(Ids(site), (std::vector<long long>{b, a}));
  db::AttendanceCorrectionQuery month;
  month.month_key = 202612;
  EXPECT_EQ(Ids(month), (std::vector<long long>{c}));
  db::AttendanceCorrectionQuery pending;
  pending.status = v1::AttendanceCorrection::PENDING;
  EXPECT_EQ(Ids(pending), (std::vector<long long>{c, a}));
  db::AttendanceCorrectionQuery record;
  record.duty_assignment_ids = {night_.id};
  EXPECT_EQ(Ids(record), (std::vector<long long>{b}));
  record.duty_assignment_ids = {night_.id, lz_.id};
  EXPECT_EQ(Ids(record), (std::vector<long long>{c, b}));
  db::AttendanceCorrectionQuery page;
  page.before_id = c;
  page.limit = 1;
  EXPECT_EQ(Ids(page), (std::vector<long long>{b}));
}

TEST_P(AttendanceStoreTest, ACorrectionOfNoAssignmentWritesNothing) {
  Correction orphan = Filed(day_, 202611, v1::AttendanceCorrection::CLOCK_IN);
  orphan.duty_assignment_id = 999999;
  auto refused = Insert(orphan);
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kNotFound);
  EXPECT_TRUE(Ids({}).empty());
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(AttendanceStoreTest);

}  // namespace
}  // namespace frontdesk
