// Shift swaps (换班) and leave (请假, 销假) through the in-process gRPC
// server (FakeClock at T0, Monday 2026-11-23 09:00 in Asia/Shanghai), every
// test on SQLite and MariaDB. The default roster policy applies: day 08:00
// and night 20:00, 12 h each, one receptionist each, 8 h rest. Duties are
// seeded straight into the stores (db::MaterializeShift via
// MaterializeShiftAt, db::InsertDutyAssignment). Every swap rule is met by
// its reason name through the RPC [R-SWAP-APPROVED] [R-SWAP-NOTICE]
// [R-SWAP-MONTHLY-LIMIT] [R-SWAP-NOT-CONSECUTIVE] [R-NO-BACK-TO-BACK], and
// the leave flow with its coverage gaps and report back [R-LEAVE-FLOW]
// [R-NO-COVERAGE-GAP].
#include <string>
#include <vector>

#include "common/names.h"
#include "db/roster/calendar_store.h"
#include "db/roster/duty_assignment_store.h"
#include "frontdesk/v1/roster_service.grpc.pb.h"
#include "server/roster/roster_names.h"
#include "server/roster/roster_site.h"
#include "tests/grpc_test_base.h"

namespace frontdesk::testing {
namespace {

using absl::CivilDay;
using v1::DutyAssignment;
using v1::LeaveApplication;
using v1::ShiftSwap;
using Role = v1::StaffMember;
using Stub = v1::RosterService::Stub;

absl::Time Shanghai(CivilDay day, int hour) {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone("Asia/Shanghai", &tz));
  return absl::FromCivil(
      absl::CivilSecond(day.year(), day.month(), day.day(), hour, 0, 0), tz);
}

class SwapLeaveTest : public GrpcTestBase {
 protected:
  void SetUp() override {
    GrpcTestBase::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    roster_ = v1::RosterService::NewStub(channel_);
    for (const char* r : {"wang", "li", "zhou"}) {
      AddStaff(r, {Role::RECEPTIONIST});
    }
    AddStaff("sup", {Role::SUPERVISOR});
    AddStaff("boss", {Role::MANAGER});
    AddStaff("fixer", {Role::MAINTENANCE});
    // A receptionist who is also a supervisor of the site.
    AddStaff("duo", {Role::RECEPTIONIST, Role::SUPERVISOR});
  }

  // Puts `staff` on the shift `definition` of `day` at hx; its name.
  std::string Assign(const std::string& staff, CivilDay day,
                     const std::string& definition,
                     DutyAssignment::Origin origin = DutyAssignment::PLANNED) {
    std::string name;
    absl::Status s = database().Transact([&](db::Tx& tx) -> absl::Status {
      auto site = LoadRosterSite(tx, "hx");
      if (!site.ok()) return site.status();
      const long long now = ToMicros(clock_->Now());
      auto shift = MaterializeShiftAt(tx, *site, {"hx", day, definition}, now);
      if (!shift.ok()) return shift.status();
      db::DutyAssignmentRow row;
      row.site_id = "hx";
      row.date = day;
      row.definition_id = definition;
      row.staff_id = staff;
      row.origin = origin;
      row.created_by = "sup";
      auto inserted = db::InsertDutyAssignment(tx, row, now);
      if (!inserted.ok()) return inserted.status();
      name = inserted->name();
      return absl::OkStatus();
    });
    EXPECT_TRUE(s.ok()) << s;
    return name;
  }

  db::DutyAssignmentRow Duty(const std::string& name) {
    db::DutyAssignmentRow out;
    absl::Status s = database().Read([&](db::Tx& tx) -> absl::Status {
      auto parsed = ParseDutyAssignmentName("name", name);
      if (!parsed.ok()) return parsed.status();
      auto row = db::GetDutyAssignment(tx, RefOf(*parsed));
      if (!row.ok()) return row.status();
      out = *row;
      return absl::OkStatus();
    });
    EXPECT_TRUE(s.ok()) << s;
    return out;
  }

  // The working assignments of `staff` at hx on `day`'s shift.
  std::vector<db::DutyAssignmentRow> DutiesOf(const std::string& staff,
                                              CivilDay day) {
    std::vector<db::DutyAssignmentRow> out;
    absl::Status s = database().Read([&](db::Tx& tx) -> absl::Status {
      auto rows =
          db::ListSiteDutyAssignments(tx, "hx", day, day, std::nullopt, 100);
      if (!rows.ok()) return rows.status();
      for (auto& r : *rows) {
        if (r.staff_id == staff) out.push_back(r);
      }
      return absl::OkStatus();
    });
    EXPECT_TRUE(s.ok()) << s;
    return out;
  }

  Reply<ShiftSwap> Propose(const std::string& requester,
                           const std::string& mine,
                           const std::string& counterpart,
                           const std::string& theirs = "") {
    v1::CreateShiftSwapRequest req;
    req.set_parent("sites/hx");
    req.mutable_shift_swap()->set_requester_assignment(mine);
    req.mutable_shift_swap()->set_counterpart("staff/" + counterpart);
    req.mutable_shift_swap()->set_counterpart_assignment(theirs);
    req.mutable_shift_swap()->set_reason("家里有事");
    return As(requester, roster_.get(), &Stub::CreateShiftSwap, req);
  }

  Reply<ShiftSwap> Agree(const std::string& who, const std::string& name) {
    v1::AgreeShiftSwapRequest req;
    req.set_name(name);
    return As(who, roster_.get(), &Stub::AgreeShiftSwap, req);
  }

  Reply<ShiftSwap> Approve(const std::string& who, const std::string& name) {
    v1::ApproveShiftSwapRequest req;
    req.set_name(name);
    req.set_comment("同意");
    return As(who, roster_.get(), &Stub::ApproveShiftSwap, req);
  }

  Reply<ShiftSwap> GetSwap(const std::string& who, const std::string& name) {
    v1::GetShiftSwapRequest req;
    req.set_name(name);
    return As(who, roster_.get(), &Stub::GetShiftSwap, req);
  }

  int SwapCount() {
    v1::ListShiftSwapsRequest req;
    req.set_parent("sites/-");
    auto listed = As("boss", roster_.get(), &Stub::ListShiftSwaps, req);
    EXPECT_TRUE(Ok(listed.status));
    return listed.value.shift_swaps_size();
  }

  Reply<LeaveApplication> ApplyLeave(
      const std::string& who, absl::Time start, absl::Time end,
      LeaveApplication::Type type = LeaveApplication::ANNUAL,
      const std::string& site = "hx") {
    v1::CreateLeaveApplicationRequest req;
    req.set_parent("staff/" + who);
    LeaveApplication* l = req.mutable_leave_application();
    l->set_site("sites/" + site);
    l->set_type(type);
    *l->mutable_start_time() = Ts(start);
    *l->mutable_end_time() = Ts(end);
    l->set_reason("回老家");
    return As(who, roster_.get(), &Stub::CreateLeaveApplication, req);
  }

  Reply<LeaveApplication> ApproveLeave(const std::string& who,
                                       const std::string& name) {
    v1::ApproveLeaveApplicationRequest req;
    req.set_name(name);
    return As(who, roster_.get(), &Stub::ApproveLeaveApplication, req);
  }

  Reply<LeaveApplication> GetLeave(const std::string& who,
                                   const std::string& name) {
    v1::GetLeaveApplicationRequest req;
    req.set_name(name);
    return As(who, roster_.get(), &Stub::GetLeaveApplication, req);
  }

  std::unique_ptr<Stub> roster_;
};

const CivilDay kDec1(2026, 12, 1);

// [R-SWAP-APPROVED]: proposed by the requester, agreed by the counterpart
// only, approved by a supervisor or manager who is no party; approval
// changes hands in the same transaction.
TEST_P(SwapLeaveTest, ApprovedSwapChangesHandsAfterBothAgreeAndAManager) {
  const std::string mine = Assign("wang", CivilDay(2026, 11, 26), "day");
  const std::string theirs = Assign("li", CivilDay(2026, 11, 28), "day");
  auto proposed = Propose("wang", mine, "li", theirs);
  ASSERT_TRUE(Ok(proposed.status));
  const ShiftSwap& swap = proposed.value;
  EXPECT_EQ(swap.status(), ShiftSwap::PROPOSED);
  EXPECT_EQ(swap.requester(), "staff/wang");
  EXPECT_EQ(At(swap.create_time()), T0());

  // Only after both agreed, and never by the requester.
  EXPECT_TRUE(
      Precondition(Approve("boss", swap.name()).status, "SWAP_WRONG_STATE"));
  EXPECT_TRUE(Denied(Agree("wang", swap.name()).status));
  // Not a party, not a supervisor: does not see it.
  EXPECT_EQ(Agree("zhou", swap.name()).status.error_code(),
            grpc::StatusCode::NOT_FOUND);
  auto agreed = Agree("li", swap.name());
  ASSERT_TRUE(Ok(agreed.status));
  EXPECT_EQ(agreed.value.status(), ShiftSwap::AGREED);
  // A receptionist cannot approve (the permission table).
  EXPECT_TRUE(Denied(Approve("zhou", swap.name()).status));

  clock_->Advance(absl::Minutes(5));
  auto approved = Approve("sup", swap.name());
  ASSERT_TRUE(Ok(approved.status));
  EXPECT_EQ(approved.value.status(), ShiftSwap::APPROVED);
  EXPECT_EQ(approved.value.decided_by(), "staff/sup");
  EXPECT_EQ(approved.value.decision_comment(), "同意");
  EXPECT_EQ(At(approved.value.decide_time()), T0() + absl::Minutes(5));

  const long long id = IdOfName(swap.name());
  EXPECT_EQ(Duty(mine).status, DutyAssignment::SWAPPED_OUT);
  EXPECT_EQ(Duty(mine).shift_swap_id, id);
  EXPECT_EQ(Duty(theirs).status, DutyAssignment::SWAPPED_OUT);
  auto li_on_26 = DutiesOf("li", CivilDay(2026, 11, 26));
  ASSERT_EQ(li_on_26.size(), 1u);
  EXPECT_EQ(li_on_26[0].status, DutyAssignment::SCHEDULED);
  EXPECT_EQ(li_on_26[0].origin, DutyAssignment::SWAP);
  EXPECT_EQ(li_on_26[0].shift_swap_id, id);
  EXPECT_EQ(li_on_26[0].created_by, "sup");
  auto wang_on_28 = DutiesOf("wang", CivilDay(2026, 11, 28));
  ASSERT_EQ(wang_on_28.size(), 1u);
  EXPECT_EQ(wang_on_28[0].origin, DutyAssignment::SWAP);

  // Approved once: again is the wrong state, and nothing more changes.
  EXPECT_TRUE(
      Precondition(Approve("boss", swap.name()).status, "SWAP_WRONG_STATE"));
  EXPECT_EQ(DutiesOf("li", CivilDay(2026, 11, 26)).size(), 1u);
}

TEST_P(SwapLeaveTest, APartyNeverApprovesOrRejectsTheirSwap) {
  const std::string mine = Assign("duo", kDec1, "day");
  auto proposed = Propose("duo", mine, "li");
  ASSERT_TRUE(Ok(proposed.status));
  ASSERT_TRUE(Ok(Agree("li", proposed.value.name()).status));
  auto self = Approve("duo", proposed.value.name());
  EXPECT_TRUE(Refused(self.status, grpc::StatusCode::PERMISSION_DENIED,
                      "SELF_APPROVAL"));
  v1::RejectShiftSwapRequest reject;
  reject.set_name(proposed.value.name());
  reject.set_comment("不行");
  EXPECT_TRUE(
      Refused(As("duo", roster_.get(), &Stub::RejectShiftSwap, reject).status,
              grpc::StatusCode::PERMISSION_DENIED, "SELF_APPROVAL"));
  // A comment is required to reject.
  reject.set_comment("");
  EXPECT_TRUE(InvalidNaming(
      As("boss", roster_.get(), &Stub::RejectShiftSwap, reject).status,
      "comment"));
  reject.set_comment("人手不够");
  auto rejected = As("boss", roster_.get(), &Stub::RejectShiftSwap, reject);
  ASSERT_TRUE(Ok(rejected.status));
  EXPECT_EQ(rejected.value.status(), ShiftSwap::REJECTED);
  EXPECT_EQ(Duty(mine).status, DutyAssignment::SCHEDULED);
}

TEST_P(SwapLeaveTest, SwapWrongStateForVerbsThatDoNotApply) {
  const std::string mine = Assign("wang", kDec1, "day");
  auto proposed = Propose("wang", mine, "li");
  ASSERT_TRUE(Ok(proposed.status));
  const std::string name = proposed.value.name();
  v1::DeclineShiftSwapRequest decline;
  decline.set_name(name);
  decline.set_comment("那天有事");
  // Only the counterpart declines; only the requester cancels.
  EXPECT_TRUE(Denied(
      As("wang", roster_.get(), &Stub::DeclineShiftSwap, decline).status));
  v1::CancelShiftSwapRequest cancel;
  cancel.set_name(name);
  EXPECT_TRUE(
      Denied(As("li", roster_.get(), &Stub::CancelShiftSwap, cancel).status));
  auto declined = As("li", roster_.get(), &Stub::DeclineShiftSwap, decline);
  ASSERT_TRUE(Ok(declined.status));
  EXPECT_EQ(declined.value.status(), ShiftSwap::DECLINED);
  EXPECT_TRUE(Precondition(Agree("li", name).status, "SWAP_WRONG_STATE"));
  EXPECT_TRUE(Precondition(
      As("wang", roster_.get(), &Stub::CancelShiftSwap, cancel).status,
      "SWAP_WRONG_STATE"));

  // A stale etag is refused.
  auto again = Propose("wang", mine, "zhou");
  ASSERT_TRUE(Ok(again.status));
  v1::AgreeShiftSwapRequest agree;
  agree.set_name(again.value.name());
  agree.set_etag("7");
  EXPECT_EQ(As("zhou", roster_.get(), &Stub::AgreeShiftSwap, agree)
                .status.error_code(),
            grpc::StatusCode::ABORTED);
  cancel.set_name(again.value.name());
  auto cancelled = As("wang", roster_.get(), &Stub::CancelShiftSwap, cancel);
  ASSERT_TRUE(Ok(cancelled.status));
  EXPECT_EQ(cancelled.value.status(), ShiftSwap::CANCELLED);
}

// [R-SWAP-NOTICE] with the site's calendar: Monday 11-23 made a holiday, a
// Tuesday shift needed the request by Friday 11-20.
TEST_P(SwapLeaveTest, SwapNoticeTooShortOnTheSiteCalendar) {
  const std::string tuesday = Assign("wang", CivilDay(2026, 11, 24), "day");
  // With Monday a working day, Monday's request is in time for Tuesday.
  auto proposed = Propose("wang", tuesday, "li");
  ASSERT_TRUE(Ok(proposed.status));
  v1::CancelShiftSwapRequest cancel;
  cancel.set_name(proposed.value.name());
  ASSERT_TRUE(
      Ok(As("wang", roster_.get(), &Stub::CancelShiftSwap, cancel).status));

  absl::Status set = database().Transact([&](db::Tx& tx) {
    db::CalendarDayRow day;
    day.date = CivilDay(2026, 11, 23);
    day.kind = v1::CalendarDay::HOLIDAY;
    day.note = "test holiday";
    return db::SetCalendarDays(tx, "hx", {day}, "boss", ToMicros(T0()));
  });
  ASSERT_TRUE(set.ok()) << set;
  auto late = Propose("wang", tuesday, "li");
  EXPECT_TRUE(Precondition(late.status, "SWAP_NOTICE_TOO_SHORT"));
  EXPECT_EQ(InfoOf(late.status).metadata().at("apply_by"), "2026-11-20");
  // Tonight's night shift is too late whatever the calendar says.
  const std::string tonight = Assign("zhou", CivilDay(2026, 11, 23), "night");
  EXPECT_TRUE(Precondition(Propose("zhou", tonight, "li").status,
                           "SWAP_NOTICE_TOO_SHORT"));
}

TEST_P(SwapLeaveTest, SwapShiftStartedAndAnUnapprovedSwapExpires) {
  // This morning's shift has started.
  const std::string today = Assign("wang", CivilDay(2026, 11, 23), "day");
  EXPECT_TRUE(
      Precondition(Propose("wang", today, "li").status, "SWAP_SHIFT_STARTED"));

  const std::string tuesday = Assign("zhou", CivilDay(2026, 11, 24), "day");
  auto proposed = Propose("zhou", tuesday, "li");
  ASSERT_TRUE(Ok(proposed.status));
  ASSERT_TRUE(Ok(Agree("li", proposed.value.name()).status));
  clock_->Set(Shanghai(CivilDay(2026, 11, 24), 8));
  auto read = GetSwap("sup", proposed.value.name());
  ASSERT_TRUE(Ok(read.status));
  EXPECT_EQ(read.value.status(), ShiftSwap::EXPIRED);
  EXPECT_TRUE(Precondition(Approve("sup", proposed.value.name()).status,
                           "SWAP_SHIFT_STARTED"));
  EXPECT_EQ(Duty(tuesday).status, DutyAssignment::SCHEDULED);
  v1::ListShiftSwapsRequest list;
  list.set_parent("sites/hx");
  list.set_filter("status = EXPIRED");
  auto expired = As("sup", roster_.get(), &Stub::ListShiftSwaps, list);
  ASSERT_TRUE(Ok(expired.status));
  ASSERT_EQ(expired.value.shift_swaps_size(), 1);
  list.set_filter("status = AGREED");
  EXPECT_EQ(As("sup", roster_.get(), &Stub::ListShiftSwaps, list)
                .value.shift_swaps_size(),
            0);
}

// [R-SWAP-MONTHLY-LIMIT] with the site's limit set to 1: the counterpart's
// pending swap holds their place.
TEST_P(SwapLeaveTest, SwapMonthlyLimitExceededNamesWhoIsAtTheLimit) {
  v1::UpdateRosterPolicyRequest policy;
  policy.mutable_roster_policy()->set_name("sites/hx/rosterPolicy");
  policy.mutable_roster_policy()->set_max_swaps_per_month(1);
  policy.mutable_update_mask()->add_paths("max_swaps_per_month");
  ASSERT_TRUE(
      Ok(As("boss", roster_.get(), &Stub::UpdateRosterPolicy, policy).status));
  ASSERT_TRUE(Ok(Propose("wang", Assign("wang", kDec1, "day"), "li").status));
  auto refused =
      Propose("zhou", Assign("zhou", CivilDay(2026, 12, 10), "day"), "li");
  EXPECT_TRUE(Precondition(refused.status, "SWAP_MONTHLY_LIMIT_EXCEEDED"));
  EXPECT_EQ(InfoOf(refused.status).metadata().at("staff"), "staff/li");
  EXPECT_EQ(SwapCount(), 1);
}

// [R-SWAP-NOT-CONSECUTIVE]: the next duty of a duty in a live swap.
TEST_P(SwapLeaveTest, SwapConsecutiveRefusesTheNeighbouringDuty) {
  const std::string first = Assign("wang", kDec1, "day");
  const std::string next = Assign("wang", kDec1 + 1, "day");
  ASSERT_TRUE(Ok(Propose("wang", first, "li").status));
  auto refused = Propose("wang", next, "zhou");
  EXPECT_TRUE(Precondition(refused.status, "SWAP_CONSECUTIVE"));
  EXPECT_EQ(InfoOf(refused.status).metadata().at("assignment"), first);
  // The duty itself is in a live swap too.
  EXPECT_TRUE(
      Precondition(Propose("wang", first, "zhou").status, "SWAP_CONSECUTIVE"));
}

// [R-NO-BACK-TO-BACK]: the counterpart would work the night then the day.
TEST_P(SwapLeaveTest, BackToBackShiftsAndDutyOverlapForTheTaker) {
  Assign("li", kDec1 - 1, "night");  // 11-30 20:00 .. 12-01 08:00
  const std::string day = Assign("wang", kDec1, "day");
  EXPECT_TRUE(
      Precondition(Propose("wang", day, "li").status, "BACK_TO_BACK_SHIFTS"));
  Assign("zhou", kDec1, "day");
  EXPECT_TRUE(
      Precondition(Propose("wang", day, "zhou").status, "DUTY_OVERLAP"));
  EXPECT_EQ(SwapCount(), 0);
}

TEST_P(SwapLeaveTest, StaffOnLeaveAndStaffNotQualified) {
  auto leave = ApplyLeave("li", Shanghai(kDec1, 0), Shanghai(kDec1 + 1, 0));
  ASSERT_TRUE(Ok(leave.status));
  ASSERT_TRUE(Ok(ApproveLeave("sup", leave.value.name()).status));
  const std::string day = Assign("wang", kDec1, "day");
  auto on_leave = Propose("wang", day, "li");
  EXPECT_TRUE(Precondition(on_leave.status, "STAFF_ON_LEAVE"));
  auto maintenance = Propose("wang", day, "fixer");
  EXPECT_TRUE(Precondition(maintenance.status, "STAFF_NOT_QUALIFIED"));
  EXPECT_EQ(InfoOf(maintenance.status).metadata().at("staff"), "staff/fixer");
  EXPECT_EQ(SwapCount(), 0);
}

TEST_P(SwapLeaveTest, BadSwapRequestsNameTheFieldAndWriteNothing) {
  const std::string day = Assign("wang", kDec1, "day");
  EXPECT_TRUE(InvalidNaming(Propose("wang", day, "wang").status,
                            "shift_swap.counterpart"));
  EXPECT_TRUE(InvalidNaming(Propose("wang", day, "nobody").status,
                            "shift_swap.counterpart"));
  // Someone else's duty, and one that does not exist.
  const std::string lis = Assign("li", kDec1 + 3, "day");
  EXPECT_TRUE(InvalidNaming(Propose("wang", lis, "zhou").status,
                            "shift_swap.requester_assignment"));
  EXPECT_TRUE(InvalidNaming(
      Propose("wang", "sites/hx/shifts/20261201-day/assignments/999", "li")
          .status,
      "shift_swap.requester_assignment"));
  EXPECT_TRUE(InvalidNaming(Propose("wang",
                                    "sites/hx/shifts/20261301-day/"
                                    "assignments/1",
                                    "li")
                                .status,
                            "shift_swap.requester_assignment"));
  EXPECT_EQ(SwapCount(), 0);
  EXPECT_EQ(Duty(day).status, DutyAssignment::SCHEDULED);
}

// A retry with the same request_id gets the first answer and writes
// nothing more; a verb replayed after the state moved on is not refused.
TEST_P(SwapLeaveTest, RetriesWithTheSameRequestIdChangeNothingMore) {
  const std::string day = Assign("wang", kDec1, "day");
  v1::CreateShiftSwapRequest req;
  req.set_parent("sites/hx");
  req.set_request_id("swap-1");
  req.mutable_shift_swap()->set_requester_assignment(day);
  req.mutable_shift_swap()->set_counterpart("staff/li");
  req.mutable_shift_swap()->set_reason("家里有事");
  auto first = As("wang", roster_.get(), &Stub::CreateShiftSwap, req);
  ASSERT_TRUE(Ok(first.status));
  auto again = As("wang", roster_.get(), &Stub::CreateShiftSwap, req);
  ASSERT_TRUE(Ok(again.status));
  EXPECT_EQ(again.value.name(), first.value.name());
  EXPECT_EQ(SwapCount(), 1);
  v1::AgreeShiftSwapRequest agree;
  agree.set_name(first.value.name());
  agree.set_request_id("agree-1");
  ASSERT_TRUE(Ok(As("li", roster_.get(), &Stub::AgreeShiftSwap, agree).status));
  auto replay = As("li", roster_.get(), &Stub::AgreeShiftSwap, agree);
  ASSERT_TRUE(Ok(replay.status));
  EXPECT_EQ(replay.value.status(), ShiftSwap::AGREED);
  EXPECT_EQ(replay.value.etag(), "2");

  auto leave = ApplyLeave("li", Shanghai(kDec1 + 5, 0), Shanghai(kDec1 + 6, 0));
  ASSERT_TRUE(Ok(leave.status));
  v1::ApproveLeaveApplicationRequest approve;
  approve.set_name(leave.value.name());
  approve.set_request_id("approve-1");
  ASSERT_TRUE(
      Ok(As("sup", roster_.get(), &Stub::ApproveLeaveApplication, approve)
             .status));
  auto approved_again =
      As("sup", roster_.get(), &Stub::ApproveLeaveApplication, approve);
  ASSERT_TRUE(Ok(approved_again.status));
  EXPECT_EQ(approved_again.value.status(), LeaveApplication::APPROVED);
}

TEST_P(SwapLeaveTest, PartiesSeeTheirSwapsSupervisorsTheSites) {
  auto proposed = Propose("wang", Assign("wang", kDec1, "day"), "li");
  ASSERT_TRUE(Ok(proposed.status));
  EXPECT_TRUE(Ok(GetSwap("li", proposed.value.name()).status));
  EXPECT_EQ(GetSwap("zhou", proposed.value.name()).status.error_code(),
            grpc::StatusCode::NOT_FOUND);
  v1::ListShiftSwapsRequest list;
  list.set_parent("sites/hx");
  EXPECT_EQ(As("zhou", roster_.get(), &Stub::ListShiftSwaps, list)
                .value.shift_swaps_size(),
            0);
  EXPECT_EQ(As("li", roster_.get(), &Stub::ListShiftSwaps, list)
                .value.shift_swaps_size(),
            1);
  list.set_filter("party = \"staff/li\" AND month = \"2026-12\"");
  auto by_sup = As("sup", roster_.get(), &Stub::ListShiftSwaps, list);
  ASSERT_TRUE(Ok(by_sup.status));
  EXPECT_EQ(by_sup.value.shift_swaps_size(), 1);
  list.set_filter("month = \"2026-11\"");
  EXPECT_EQ(As("sup", roster_.get(), &Stub::ListShiftSwaps, list)
                .value.shift_swaps_size(),
            0);
}

// [R-LEAVE-FLOW]: more than 3 days goes to the supervisor, then the
// manager, each deciding only their own step.
TEST_P(SwapLeaveTest, LongLeaveGoesToTheSupervisorThenTheManager) {
  const std::string day = Assign("wang", kDec1 + 2, "day");
  Assign("zhou", kDec1 + 2, "day");  // the shift stays covered
  auto applied = ApplyLeave("wang", Shanghai(kDec1, 0), Shanghai(kDec1 + 5, 0));
  ASSERT_TRUE(Ok(applied.status));
  const LeaveApplication& leave = applied.value;
  EXPECT_EQ(leave.status(), LeaveApplication::PENDING);
  ASSERT_EQ(leave.steps_size(), 2);
  EXPECT_EQ(leave.steps(0).role(), Role::SUPERVISOR);
  EXPECT_EQ(leave.steps(1).role(), Role::MANAGER);
  EXPECT_EQ(leave.current_step(), 0);
  ASSERT_EQ(leave.affected_assignments_size(), 1);
  EXPECT_EQ(leave.affected_assignments(0), day);
  EXPECT_EQ(leave.coverage_gaps_size(), 0);

  // The manager does not decide the supervisor's step, nor the applicant.
  EXPECT_TRUE(Denied(ApproveLeave("boss", leave.name()).status));
  EXPECT_TRUE(Denied(ApproveLeave("wang", leave.name()).status));
  // Awaiting the supervisor, not yet the manager.
  v1::ListLeaveApplicationsRequest awaiting;
  awaiting.set_parent("staff/-");
  awaiting.set_filter("awaiting = \"staff/sup\"");
  EXPECT_EQ(As("sup", roster_.get(), &Stub::ListLeaveApplications, awaiting)
                .value.leave_applications_size(),
            1);
  awaiting.set_filter("awaiting = \"staff/boss\"");
  EXPECT_EQ(As("boss", roster_.get(), &Stub::ListLeaveApplications, awaiting)
                .value.leave_applications_size(),
            0);
  auto first = ApproveLeave("sup", leave.name());
  ASSERT_TRUE(Ok(first.status));
  EXPECT_EQ(first.value.status(), LeaveApplication::PENDING);
  EXPECT_EQ(first.value.current_step(), 1);
  EXPECT_EQ(first.value.steps(0).decision(), v1::ApprovalStep::APPROVED);
  EXPECT_EQ(first.value.steps(0).decided_by(), "staff/sup");
  EXPECT_TRUE(Denied(ApproveLeave("sup", leave.name()).status));
  auto by_boss =
      As("boss", roster_.get(), &Stub::ListLeaveApplications, awaiting);
  ASSERT_TRUE(Ok(by_boss.status));
  ASSERT_EQ(by_boss.value.leave_applications_size(), 1);
  EXPECT_EQ(by_boss.value.leave_applications(0).name(), leave.name());
  awaiting.set_filter("start_time >= \"2026-12-02T00:00:00Z\"");
  EXPECT_EQ(As("boss", roster_.get(), &Stub::ListLeaveApplications, awaiting)
                .value.leave_applications_size(),
            0);
  awaiting.set_filter("start_time < \"2026-12-02T00:00:00Z\"");
  EXPECT_EQ(As("boss", roster_.get(), &Stub::ListLeaveApplications, awaiting)
                .value.leave_applications_size(),
            1);
  auto second = ApproveLeave("boss", leave.name());
  ASSERT_TRUE(Ok(second.status));
  EXPECT_EQ(second.value.status(), LeaveApplication::APPROVED);
  EXPECT_EQ(second.value.current_step(), -1);
  EXPECT_EQ(Duty(day).status, DutyAssignment::ON_LEAVE);
  EXPECT_EQ(Duty(day).ToProto().leave_application(), leave.name());
  EXPECT_TRUE(Precondition(ApproveLeave("boss", leave.name()).status,
                           "LEAVE_WRONG_STATE"));

  // Cancelled before it starts: the duty comes back.
  v1::CancelLeaveApplicationRequest cancel;
  cancel.set_name(leave.name());
  EXPECT_TRUE(Denied(
      As("sup", roster_.get(), &Stub::CancelLeaveApplication, cancel).status));
  auto cancelled =
      As("wang", roster_.get(), &Stub::CancelLeaveApplication, cancel);
  ASSERT_TRUE(Ok(cancelled.status));
  EXPECT_EQ(cancelled.value.status(), LeaveApplication::CANCELLED);
  EXPECT_EQ(Duty(day).status, DutyAssignment::SCHEDULED);
  EXPECT_EQ(Duty(day).leave_application_id, 0);
}

TEST_P(SwapLeaveTest, NobodyApprovesTheirOwnLeaveAndTheOnlySupervisorGoesUp) {
  auto duo = ApplyLeave("duo", Shanghai(kDec1, 0), Shanghai(kDec1 + 1, 0));
  ASSERT_TRUE(Ok(duo.status));
  ASSERT_EQ(duo.value.steps_size(), 1);
  EXPECT_EQ(duo.value.steps(0).role(), Role::SUPERVISOR);
  EXPECT_TRUE(Refused(ApproveLeave("duo", duo.value.name()).status,
                      grpc::StatusCode::PERMISSION_DENIED, "SELF_APPROVAL"));
  // At lz the applicant is the only supervisor: step 1 is the manager's.
  AddStaffWithGrants("lzsup", {{Role::SUPERVISOR, "lz"}});
  AddStaffWithGrants("lzboss", {{Role::MANAGER, "lz"}});
  auto only = ApplyLeave("lzsup", Shanghai(kDec1, 0), Shanghai(kDec1 + 1, 0),
                         LeaveApplication::PERSONAL, "lz");
  ASSERT_TRUE(Ok(only.status));
  ASSERT_EQ(only.value.steps_size(), 1);
  EXPECT_EQ(only.value.steps(0).role(), Role::MANAGER);
  // hx's manager is not lz's.
  EXPECT_EQ(ApproveLeave("boss", only.value.name()).status.error_code(),
            grpc::StatusCode::NOT_FOUND);
  EXPECT_TRUE(Ok(ApproveLeave("lzboss", only.value.name()).status));
}

// [R-NO-COVERAGE-GAP] for leave: the approver sees the gap; approval is
// refused until a relief is assigned (origin LEAVE_COVER).
TEST_P(SwapLeaveTest, CoverageGapShownWhilePendingRefusedUntilARelief) {
  const std::string day = Assign("wang", kDec1 + 1, "day");
  auto applied =
      ApplyLeave("wang", Shanghai(kDec1 + 1, 0), Shanghai(kDec1 + 2, 0));
  ASSERT_TRUE(Ok(applied.status));
  const std::string name = applied.value.name();
  auto seen = GetLeave("sup", name);
  ASSERT_TRUE(Ok(seen.status));
  ASSERT_EQ(seen.value.coverage_gaps_size(), 1);
  const v1::CoverageGap& gap = seen.value.coverage_gaps(0);
  EXPECT_EQ(gap.shift(), "sites/hx/shifts/20261202-day");
  EXPECT_EQ(At(gap.start_time()), Shanghai(kDec1 + 1, 8));
  EXPECT_EQ(gap.working(), 1);
  EXPECT_EQ(gap.working_after(), 0);
  EXPECT_EQ(gap.min_headcount(), 1);
  // The list shows it too.
  v1::ListLeaveApplicationsRequest list;
  list.set_parent("staff/-");
  list.set_filter("status = PENDING");
  auto listed = As("sup", roster_.get(), &Stub::ListLeaveApplications, list);
  ASSERT_TRUE(Ok(listed.status));
  ASSERT_EQ(listed.value.leave_applications_size(), 1);
  EXPECT_EQ(listed.value.leave_applications(0).coverage_gaps_size(), 1);

  auto refused = ApproveLeave("sup", name);
  EXPECT_TRUE(Precondition(refused.status, "COVERAGE_GAP"));
  EXPECT_EQ(Duty(day).status, DutyAssignment::SCHEDULED);

  Assign("zhou", kDec1 + 1, "day", DutyAssignment::LEAVE_COVER);
  seen = GetLeave("sup", name);
  EXPECT_EQ(seen.value.coverage_gaps_size(), 0);
  auto approved = ApproveLeave("sup", name);
  ASSERT_TRUE(Ok(approved.status));
  EXPECT_EQ(approved.value.status(), LeaveApplication::APPROVED);
  EXPECT_EQ(approved.value.coverage_gaps_size(), 0);
  EXPECT_EQ(Duty(day).status, DutyAssignment::ON_LEAVE);
}

TEST_P(SwapLeaveTest, LeaveInPastExceptRecentSickLeave) {
  EXPECT_TRUE(Precondition(
      ApplyLeave("wang", T0() - absl::Hours(1), T0() + absl::Hours(8)).status,
      "LEAVE_IN_PAST"));
  EXPECT_TRUE(Ok(ApplyLeave("wang", T0() - absl::Hours(48),
                            T0() - absl::Hours(24), LeaveApplication::SICK)
                     .status));
  EXPECT_TRUE(
      Precondition(ApplyLeave("wang", T0() - absl::Hours(120),
                              T0() - absl::Hours(96), LeaveApplication::SICK)
                       .status,
                   "LEAVE_IN_PAST"));
}

TEST_P(SwapLeaveTest, BadLeaveRequestsNameTheFieldAndWriteNothing) {
  EXPECT_TRUE(InvalidNaming(
      ApplyLeave("wang", Shanghai(kDec1 + 1, 0), Shanghai(kDec1, 0)).status,
      "leave_application.end_time"));
  EXPECT_TRUE(InvalidNaming(
      ApplyLeave("wang", Shanghai(kDec1, 0), Shanghai(kDec1 + 1, 0),
                 LeaveApplication::ANNUAL, "lz")
          .status,
      "leave_application.site"));
  v1::CreateLeaveApplicationRequest other;
  other.set_parent("staff/li");
  EXPECT_TRUE(Denied(
      As("wang", roster_.get(), &Stub::CreateLeaveApplication, other).status));
  v1::ListLeaveApplicationsRequest list;
  list.set_parent("staff/-");
  EXPECT_EQ(As("boss", roster_.get(), &Stub::ListLeaveApplications, list)
                .value.leave_applications_size(),
            0);
}

// 销假: reporting back early gives back the duties still needed; an
// approved leave that ended without a report back is awaiting return.
TEST_P(SwapLeaveTest, ReportBackGivesBackNeededDutiesAndIsListedUntilThen) {
  const std::string covered = Assign("wang", CivilDay(2026, 11, 26), "day");
  Assign("zhou", CivilDay(2026, 11, 26), "day");
  const std::string needed = Assign("wang", CivilDay(2026, 11, 27), "day");
  const std::string lis = Assign("li", CivilDay(2026, 11, 27), "day");
  auto applied = ApplyLeave("wang", Shanghai(CivilDay(2026, 11, 24), 0),
                            Shanghai(CivilDay(2026, 11, 28), 0));
  ASSERT_TRUE(Ok(applied.status));
  const std::string name = applied.value.name();
  ASSERT_TRUE(Ok(ApproveLeave("sup", name).status));
  ASSERT_TRUE(Ok(ApproveLeave("boss", name).status));
  EXPECT_EQ(Duty(covered).status, DutyAssignment::ON_LEAVE);
  EXPECT_EQ(Duty(needed).status, DutyAssignment::ON_LEAVE);
  // li's duty on the 27th is cancelled meanwhile: wang is needed there.
  const db::DutyAssignmentRow row = Duty(lis);
  absl::Status cancelled = database().Transact([&](db::Tx& tx) {
    db::DutyAssignmentChange change;
    change.status = DutyAssignment::CANCELLED;
    return db::ChangeDutyAssignment(tx, row.ref(), change, row.version,
                                    ToMicros(T0()))
        .status();
  });
  ASSERT_TRUE(cancelled.ok()) << cancelled;

  clock_->Set(Shanghai(CivilDay(2026, 11, 25), 10));
  v1::ReturnFromLeaveRequest back;
  back.set_name(name);
  // A colleague does not see it.
  EXPECT_EQ(
      As("li", roster_.get(), &Stub::ReturnFromLeave, back).status.error_code(),
      grpc::StatusCode::NOT_FOUND);
  auto returned = As("wang", roster_.get(), &Stub::ReturnFromLeave, back);
  ASSERT_TRUE(Ok(returned.status));
  EXPECT_EQ(returned.value.status(), LeaveApplication::RETURNED);
  EXPECT_EQ(At(returned.value.return_time()),
            Shanghai(CivilDay(2026, 11, 25), 10));
  EXPECT_EQ(returned.value.returned_by(), "staff/wang");
  EXPECT_EQ(Duty(covered).status, DutyAssignment::ON_LEAVE);
  EXPECT_EQ(Duty(needed).status, DutyAssignment::SCHEDULED);
  EXPECT_TRUE(Precondition(
      As("wang", roster_.get(), &Stub::ReturnFromLeave, back).status,
      "LEAVE_WRONG_STATE"));

  // Another leave ends without a report back: listed awaiting return, and
  // a supervisor records it on the person's behalf.
  auto later = ApplyLeave("li", Shanghai(kDec1, 0), Shanghai(kDec1 + 1, 0));
  ASSERT_TRUE(Ok(later.status));
  ASSERT_TRUE(Ok(ApproveLeave("sup", later.value.name()).status));
  v1::ListLeaveApplicationsRequest list;
  list.set_parent("staff/-");
  list.set_filter("awaiting_return = true");
  EXPECT_EQ(As("sup", roster_.get(), &Stub::ListLeaveApplications, list)
                .value.leave_applications_size(),
            0);
  clock_->Set(Shanghai(kDec1 + 2, 9));
  auto awaiting = As("sup", roster_.get(), &Stub::ListLeaveApplications, list);
  ASSERT_TRUE(Ok(awaiting.status));
  ASSERT_EQ(awaiting.value.leave_applications_size(), 1);
  EXPECT_EQ(awaiting.value.leave_applications(0).name(), later.value.name());
  back.set_name(later.value.name());
  auto by_sup = As("sup", roster_.get(), &Stub::ReturnFromLeave, back);
  ASSERT_TRUE(Ok(by_sup.status));
  EXPECT_EQ(by_sup.value.returned_by(), "staff/sup");
  EXPECT_EQ(As("sup", roster_.get(), &Stub::ListLeaveApplications, list)
                .value.leave_applications_size(),
            0);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(SwapLeaveTest);

}  // namespace
}  // namespace frontdesk::testing
