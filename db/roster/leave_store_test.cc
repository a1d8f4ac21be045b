// db/roster/leave_store.h against both backends: round trip of every field
// with the approval steps, versioned state changes rewriting the steps'
// decisions, refused calls writing nothing, and the list's visibility and
// narrowing (status, type, overlap, ended) and pages.
#include "db/roster/leave_store.h"

#include <string>
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
using Row = db::LeaveRow;
using Names = std::vector<std::string>;

class LeaveStoreTest : public roster_testing::RosterStoreTest {
 protected:
  void SetUp() override {
    RosterStoreTest::SetUp();
    if (IsSkipped()) return;
    MakeSite("hx");
    MakeSite("lz");
    MakeReceptionist("wang.li", {"hx"});
    MakeReceptionist("chen.jie", {"lz"});
  }

  static Row Leave(const std::string& staff, const std::string& site,
                   long long start_us, long long end_us, int steps = 2) {
    Row row;
    row.staff_id = staff;
    row.site_id = site;
    row.type = v1::LeaveApplication::ANNUAL;
    row.start_us = start_us;
    row.end_us = end_us;
    row.reason = "回老家 🏠";
    row.steps.resize(steps);
    if (steps > 1) row.steps[1].role = v1::StaffMember::MANAGER;
    return row;
  }

  Row MustInsert(const Row& row) {
    auto in =
        Write([&](db::Tx& tx) { return db::InsertLeave(tx, row, Now()); });
    EXPECT_TRUE(in.ok()) << in.status();
    return in.ok() ? *in : Row{};
  }
};

TEST_P(LeaveStoreTest, InsertAndGetRoundTripEveryFieldWithSteps) {
  const Row in =
      MustInsert(Leave("wang.li", "hx", Now() + kHourUs, Now() + 50 * kHourUs));
  auto got =
      MustRead([&](db::Tx& tx) { return db::GetLeave(tx, "wang.li", in.id); });
  EXPECT_EQ(got.name(),
            "staff/wang.li/leaveApplications/" + std::to_string(in.id));
  EXPECT_EQ(got.site_id, "hx");
  EXPECT_EQ(got.type, v1::LeaveApplication::ANNUAL);
  EXPECT_EQ(got.start_us, Now() + kHourUs);
  EXPECT_EQ(got.end_us, Now() + 50 * kHourUs);
  EXPECT_EQ(got.reason, "回老家 🏠");
  EXPECT_EQ(got.status, v1::LeaveApplication::PENDING);
  EXPECT_EQ(got.current_step, 0);
  ASSERT_EQ(got.steps.size(), 2u);
  EXPECT_EQ(got.steps[0].role, v1::StaffMember::SUPERVISOR);
  EXPECT_EQ(got.steps[1].role, v1::StaffMember::MANAGER);
  EXPECT_EQ(got.version, 1);
  const v1::LeaveApplication proto = got.ToProto();
  EXPECT_EQ(proto.site(), "sites/hx");
  EXPECT_EQ(proto.steps_size(), 2);
  EXPECT_EQ(proto.steps(0).decision(), v1::ApprovalStep::DECISION_UNSPECIFIED);
  EXPECT_EQ(proto.etag(), "1");
  EXPECT_FALSE(proto.has_return_time());
  auto other =
      Read([&](db::Tx& tx) { return db::GetLeave(tx, "chen.jie", in.id); });
  EXPECT_EQ(ErrorReason(other.status()), "LEAVE_APPLICATION_NOT_FOUND");
}

TEST_P(LeaveStoreTest, RefusedInsertsWriteNothing) {
  Row unknown = Leave("nobody", "hx", Now(), Now() + kHourUs);
  auto refused =
      Write([&](db::Tx& tx) { return db::InsertLeave(tx, unknown, Now()); });
  EXPECT_EQ(ErrorReason(refused.status()), "STAFF_NOT_FOUND");
  Row no_type = Leave("wang.li", "hx", Now(), Now() + kHourUs);
  no_type.type = v1::LeaveApplication::TYPE_UNSPECIFIED;
  refused =
      Write([&](db::Tx& tx) { return db::InsertLeave(tx, no_type, Now()); });
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Count("leave_applications"), 0);
  EXPECT_EQ(Count("leave_approval_steps"), 0);
}

TEST_P(LeaveStoreTest, StateChangesApplyOnlyToTheirVersion) {
  const Row in =
      MustInsert(Leave("wang.li", "hx", Now() + kHourUs, Now() + 5 * kHourUs));
  Row next = in;
  next.current_step = 1;
  next.steps[0].decision = v1::ApprovalStep::APPROVED;
  next.steps[0].decided_by = "zhao.min";
  next.steps[0].decide_us = Now() + 3;
  next.steps[0].comment = "同意";
  auto stale = Write(
      [&](db::Tx& tx) { return db::UpdateLeaveState(tx, next, 5, Now() + 3); });
  EXPECT_EQ(ErrorReason(stale.status()), "ETAG_MISMATCH");
  auto changed = Write(
      [&](db::Tx& tx) { return db::UpdateLeaveState(tx, next, 1, Now() + 3); });
  ASSERT_TRUE(changed.ok()) << changed.status();
  EXPECT_EQ(changed->version, 2);
  EXPECT_EQ(changed->current_step, 1);
  EXPECT_EQ(changed->steps[0].decision, v1::ApprovalStep::APPROVED);
  EXPECT_EQ(changed->steps[0].decided_by, "zhao.min");
  EXPECT_EQ(changed->steps[0].comment, "同意");
  EXPECT_EQ(changed->steps[1].decision, v1::ApprovalStep::DECISION_UNSPECIFIED);
  EXPECT_EQ(changed->update_us, Now() + 3);

  next = *changed;
  next.status = v1::LeaveApplication::RETURNED;
  next.current_step = -1;
  next.return_us = Now() + 4;
  next.returned_by = "wang.li";
  changed = Write(
      [&](db::Tx& tx) { return db::UpdateLeaveState(tx, next, 2, Now() + 4); });
  ASSERT_TRUE(changed.ok()) << changed.status();
  EXPECT_EQ(changed->status, v1::LeaveApplication::RETURNED);
  EXPECT_EQ(Micros(changed->ToProto().return_time()), Now() + 4);
  EXPECT_EQ(changed->ToProto().returned_by(), "staff/wang.li");
}

TEST_P(LeaveStoreTest, ListsWhatTheCallerMaySeeNarrowedAndInPages) {
  const Row a =
      MustInsert(Leave("wang.li", "hx", Now() + kHourUs, Now() + 5 * kHourUs));
  Row sick = Leave("wang.li", "hx", Now() - 9 * kHourUs, Now() - kHourUs, 1);
  sick.type = v1::LeaveApplication::SICK;
  sick.status = v1::LeaveApplication::APPROVED;
  const Row b = MustInsert(sick);
  const Row c =
      MustInsert(Leave("chen.jie", "lz", Now() + kHourUs, Now() + 2 * kHourUs));

  db::LeaveQuery q;
  q.visible_staff = "wang.li";
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{a.name(), b.name()}));
  q.visible_staff = "";
  q.site_ids = {"lz"};
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{c.name()}));
  q.all_sites = true;
  q.statuses = {v1::LeaveApplication::APPROVED};
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{b.name()}));
  q.statuses = {};
  q.type = v1::LeaveApplication::ANNUAL;
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{a.name(), c.name()}));
  q.type = 0;
  q.overlap_from_us = Now() + 3 * kHourUs;
  q.overlap_to_us = Now() + 4 * kHourUs;
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{a.name()}));
  q.overlap_to_us = 0;
  q.ended_by_us = Now();
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{b.name()}));
  q.ended_by_us = 0;
  q.site_id = "hx";
  q.limit = 1;
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{a.name()}));
  q.after_id = a.id;
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{b.name()}));
}

TEST_P(LeaveStoreTest, AwaitingAStepTheStaffMayDecideAndTimeTerms) {
  MakeReceptionist("zhao.min", {"hx", "lz"});
  // wang.li's at hx, pending at its supervisor step; chen.jie's at lz at
  // its manager step; zhao.min's own at hx.
  const Row a =
      MustInsert(Leave("wang.li", "hx", Now() + kHourUs, Now() + 5 * kHourUs));
  Row at_manager =
      Leave("chen.jie", "lz", Now() + 9 * kHourUs, Now() + 20 * kHourUs);
  at_manager.current_step = 1;
  const Row b = MustInsert(at_manager);
  MustInsert(Leave("zhao.min", "hx", Now() + kHourUs, Now() + 2 * kHourUs));

  db::LeaveQuery q;
  q.all_sites = true;
  q.awaiting_staff = "zhao.min";
  q.supervisor_sites = {"hx"};
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{a.name()}));
  q.supervisor_sites = {};
  q.manager_sites = {"lz"};
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{b.name()}));
  q.manager_sites = {};
  q.supervisor_everywhere = true;
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{a.name()}));
  q.supervisor_everywhere = false;
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, q); }),
            (Names{}));

  db::LeaveQuery t;
  t.all_sites = true;
  t.times = {{false, FilterOp::kGe, Now() + 9 * kHourUs}};
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, t); }),
            (Names{b.name()}));
  t.times = {{true, FilterOp::kLt, Now() + 5 * kHourUs}};
  EXPECT_EQ(ListedNames([&](db::Tx& tx) { return db::ListLeave(tx, t); }),
            (Names{MustRead([&](db::Tx& tx) {
                     db::LeaveQuery own;
                     own.all_sites = true;
                     own.staff_id = "zhao.min";
                     return db::ListLeave(tx, own);
                   })[0]
                       .name()}));
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(LeaveStoreTest);

}  // namespace
}  // namespace frontdesk
