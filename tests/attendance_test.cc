// Attendance (考勤) through the in-process gRPC server with a FakeClock, on
// SQLite and MariaDB: clock in on time, late, late for the handover, with
// no duty (不得擅自代班), twice; clock out refused before the relief took
// over (接班人员未上岗,不准下岗) and allowed once RELIEVED, a supervisor's
// override; absence and missed punches once final; a correction (补卡)
// approved and the record recomputed, the window closed, self-approval;
// the monthly summary with the third late arrival a LATE_LIMIT breach; a
// clock terminal clocking someone in; the server's clock, never the
// client's. Time only moves by the FakeClock.
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/roster/duty_assignment_store.h"
#include "db/testing.h"
#include "frontdesk/v1/roster_service.grpc.pb.h"
#include "server/roster/absence_sweeper.h"
#include "server/roster/roster_names.h"
#include "server/roster/roster_site.h"
#include "tests/grpc_test_base.h"

namespace frontdesk::testing {
namespace {

using Record = v1::AttendanceRecord;
using Duty = v1::DutyAssignment;
using Role = v1::StaffMember;
using Stub = v1::RosterService::Stub;

// Asia/Shanghai: UTC+8, no DST.
absl::Time Local(int y, int m, int d, int hh, int mm, int ss = 0) {
  return absl::FromCivil(absl::CivilSecond(y, m, d, hh, mm, ss),
                         absl::FixedTimeZone(8 * 3600));
}

class AttendanceServiceTest : public GrpcTestBase {
 protected:
  void SetUp() override {
    GrpcTestBase::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    roster_ = v1::RosterService::NewStub(channel_);
    AddStaff("wang.li", {Role::RECEPTIONIST});
    AddStaff("chen.jie", {Role::RECEPTIONIST});
    AddStaff("zhao.min", {Role::SUPERVISOR});
    AddStaffWithGrants("lz.boss", {{Role::SUPERVISOR, "lz"}});
    AddStaffWithGrants("gate", {{Role::CLOCK_TERMINAL, "hx"}});
    AddStaffWithGrants("report", {{Role::REPORT_JOB, "hx"}});
  }

  // Puts `staff` on the shift "{definition}" of local date `date` at
  // `site`, materialising it, straight through the stores (the duty
  // assignment RPCs are another step); returns the assignment.
  db::DutyAssignmentRow Assign(const std::string& staff, absl::CivilDay date,
                               const std::string& definition = "day",
                               const std::string& site = "hx") {
    db::DutyAssignmentRow out;
    absl::Status s = database().Transact([&](db::Tx& tx) -> absl::Status {
      auto loaded = LoadRosterSite(tx, site);
      if (!loaded.ok()) return loaded.status();
      ShiftRef ref{site, date, definition};
      auto shift = MaterializeShiftAt(tx, *loaded, ref, ToMicros(T0()));
      if (!shift.ok()) return shift.status();
      db::DutyAssignmentRow row;
      row.site_id = site;
      row.date = date;
      row.definition_id = definition;
      row.staff_id = staff;
      row.created_by = "zhao.min";
      auto inserted = db::InsertDutyAssignment(tx, row, ToMicros(T0()));
      if (!inserted.ok()) return inserted.status();
      out = *inserted;
      return absl::OkStatus();
    });
    EXPECT_TRUE(s.ok()) << s;
    return out;
  }

  db::DutyAssignmentRow Reload(const db::DutyAssignmentRow& row) {
    db::DutyAssignmentRow out;
    absl::Status s = database().Read([&](db::Tx& tx) -> absl::Status {
      auto got = db::GetDutyAssignment(tx, row.ref());
      if (!got.ok()) return got.status();
      out = *got;
      return absl::OkStatus();
    });
    EXPECT_TRUE(s.ok()) << s;
    return out;
  }

  // What the handover engineer's AcceptHandover / ReleaseFromDuty do.
  void Relieve(const db::DutyAssignmentRow& row) {
    const db::DutyAssignmentRow current = Reload(row);
    absl::Status s = database().Transact([&](db::Tx& tx) -> absl::Status {
      db::DutyAssignmentChange change;
      change.status = Duty::RELIEVED;
      return db::ChangeDutyAssignment(tx, current.ref(), change,
                                      current.version, ToMicros(clock_->Now()))
          .status();
    });
    EXPECT_TRUE(s.ok()) << s;
  }

  std::string RecordName(const db::DutyAssignmentRow& row) {
    return absl::StrCat("staff/", row.staff_id, "/attendanceRecords/", row.id);
  }

  Reply<Record> ClockIn(const std::string& as, const std::string& staff = "",
                        const std::string& site = "hx") {
    v1::ClockInRequest req;
    req.set_site("sites/" + site);
    if (!staff.empty()) req.set_staff("staff/" + staff);
    return As(as, roster_.get(), &Stub::ClockIn, req);
  }

  Reply<Record> ClockOut(const std::string& as, const std::string& staff = "",
                         const std::string& override_reason = "") {
    v1::ClockOutRequest req;
    req.set_site("sites/hx");
    if (!staff.empty()) req.set_staff("staff/" + staff);
    req.set_override_reason(override_reason);
    return As(as, roster_.get(), &Stub::ClockOut, req);
  }

  Reply<Record> Get(const std::string& as, const std::string& name) {
    v1::GetAttendanceRecordRequest req;
    req.set_name(name);
    return As(as, roster_.get(), &Stub::GetAttendanceRecord, req);
  }

  Reply<v1::AttendanceCorrection> Correct(const std::string& as,
                                          const db::DutyAssignmentRow& row,
                                          v1::AttendanceCorrection::Kind kind,
                                          absl::Time claimed) {
    v1::CreateAttendanceCorrectionRequest req;
    req.set_parent("staff/" + as);
    auto* c = req.mutable_attendance_correction();
    c->set_attendance_record(RecordName(row));
    c->set_kind(kind);
    *c->mutable_claimed_time() = Ts(claimed);
    c->set_reason("外出处理漏水,未能打卡");
    return As(as, roster_.get(), &Stub::CreateAttendanceCorrection, req);
  }

  Reply<v1::AttendanceCorrection> Approve(const std::string& as,
                                          const std::string& name) {
    v1::ApproveAttendanceCorrectionRequest req;
    req.set_name(name);
    req.set_comment("属实");
    return As(as, roster_.get(), &Stub::ApproveAttendanceCorrection, req);
  }

  Reply<v1::AttendanceSummary> Month(const std::string& as,
                                     const std::string& staff,
                                     const std::string& month) {
    v1::GetAttendanceSummaryRequest req;
    req.set_name(absl::StrCat("staff/", staff, "/attendanceSummaries/", month));
    return As(as, roster_.get(), &Stub::GetAttendanceSummary, req);
  }

  static bool Has(const Record& r, Record::Irregularity i) {
    for (int x : r.irregularities()) {
      if (x == i) return true;
    }
    return false;
  }

  std::unique_ptr<Stub> roster_;
};

const absl::CivilDay kDay(2026, 11, 24);

TEST_P(AttendanceServiceTest,
       ClockInOnTimeIsTheServersTimeAndPutsTheDutyOnDuty) {
  const auto duty = Assign("wang.li", kDay);
  clock_->Set(Local(2026, 11, 24, 7, 50, 12));
  auto in = ClockIn("wang.li");
  ASSERT_TRUE(Ok(in.status));
  EXPECT_EQ(in.value.name(), RecordName(duty));
  EXPECT_EQ(in.value.duty_assignment(), duty.name());
  EXPECT_EQ(At(in.value.clock_in_time()), Local(2026, 11, 24, 7, 50, 12));
  EXPECT_EQ(in.value.clock_in_source(), Record::SELF);
  EXPECT_EQ(At(in.value.scheduled_start()), Local(2026, 11, 24, 8, 0));
  EXPECT_EQ(At(in.value.scheduled_end()), Local(2026, 11, 24, 20, 0));
  EXPECT_TRUE(in.value.irregularities().empty());
  EXPECT_FALSE(in.value.final());
  const auto after = Reload(duty);
  EXPECT_EQ(after.status, Duty::ON_DUTY);
  // The handover reads the clock-in time from the assignment.
  EXPECT_EQ(after.clock_in_us, ToMicros(Local(2026, 11, 24, 7, 50, 12)));
  EXPECT_TRUE(Ok(Get("wang.li", RecordName(duty)).status));
}

TEST_P(AttendanceServiceTest, LateIsCountedInWholeMinutes) {
  Assign("wang.li", kDay);
  clock_->Set(Local(2026, 11, 24, 8, 7, 59));
  auto in = ClockIn("wang.li");
  ASSERT_TRUE(Ok(in.status));
  EXPECT_TRUE(Has(in.value, Record::LATE));
  EXPECT_FALSE(Has(in.value, Record::HANDOVER_ARRIVAL_LATE));
  EXPECT_EQ(in.value.late_minutes(), 7);
}

TEST_P(AttendanceServiceTest, LessThanFiveMinutesAheadIsLateForTheHandover) {
  Assign("wang.li", kDay);
  clock_->Set(Local(2026, 11, 24, 7, 57, 0));
  auto in = ClockIn("wang.li");
  ASSERT_TRUE(Ok(in.status));
  EXPECT_TRUE(Has(in.value, Record::HANDOVER_ARRIVAL_LATE));
  EXPECT_FALSE(Has(in.value, Record::LATE));
  EXPECT_EQ(in.value.late_minutes(), 0);
}

TEST_P(AttendanceServiceTest, NoDutyMeansNoClockIn) {
  // 不得擅自代班: nobody covers a post unofficially.
  clock_->Set(Local(2026, 11, 24, 7, 55));
  auto none = ClockIn("wang.li");
  EXPECT_TRUE(Precondition(none.status, "NO_DUTY_ASSIGNMENT"));
  EXPECT_EQ(InfoOf(none.status).metadata().at("rule"), "R-NO-UNOFFICIAL-COVER");
  const auto duty = Assign("wang.li", kDay);
  // More than 2 hours early, at another site, after the shift.
  clock_->Set(Local(2026, 11, 24, 5, 59));
  EXPECT_TRUE(Precondition(ClockIn("wang.li").status, "NO_DUTY_ASSIGNMENT"));
  AddStaff("both", {Role::RECEPTIONIST}, {"hx", "lz"});
  Assign("both", kDay);
  clock_->Set(Local(2026, 11, 24, 7, 55));
  EXPECT_TRUE(
      Precondition(ClockIn("both", "", "lz").status, "NO_DUTY_ASSIGNMENT"));
  clock_->Set(Local(2026, 11, 24, 20, 0));
  EXPECT_TRUE(Precondition(ClockIn("wang.li").status, "NO_DUTY_ASSIGNMENT"));
  EXPECT_EQ(Reload(duty).status, Duty::SCHEDULED);
}

TEST_P(AttendanceServiceTest, ASecondClockInIsRefused) {
  const auto duty = Assign("wang.li", kDay);
  clock_->Set(Local(2026, 11, 24, 7, 50));
  ASSERT_TRUE(Ok(ClockIn("wang.li").status));
  clock_->Advance(absl::Minutes(3));
  EXPECT_TRUE(Precondition(ClockIn("wang.li").status, "ALREADY_CLOCKED_IN"));
  auto record = Get("wang.li", RecordName(duty));
  ASSERT_TRUE(Ok(record.status));
  EXPECT_EQ(At(record.value.clock_in_time()), Local(2026, 11, 24, 7, 50));
}

TEST_P(AttendanceServiceTest, ClockOutWaitsForTheRelief) {
  const auto duty = Assign("wang.li", kDay);
  clock_->Set(Local(2026, 11, 24, 7, 50));
  EXPECT_TRUE(Precondition(ClockOut("wang.li").status, "NOT_CLOCKED_IN"));
  ASSERT_TRUE(Ok(ClockIn("wang.li").status));
  clock_->Set(Local(2026, 11, 24, 20, 10));
  // 接班人员未上岗,不准下岗.
  auto refused = ClockOut("wang.li");
  EXPECT_TRUE(Precondition(refused.status, "RELIEF_NOT_ON_DUTY"));
  EXPECT_EQ(Reload(duty).status, Duty::ON_DUTY);

  Relieve(duty);  // the handover was accepted
  clock_->Set(Local(2026, 11, 24, 20, 25, 30));
  auto out = ClockOut("wang.li");
  ASSERT_TRUE(Ok(out.status));
  EXPECT_EQ(At(out.value.clock_out_time()), Local(2026, 11, 24, 20, 25, 30));
  EXPECT_EQ(out.value.clock_out_source(), Record::SELF);
  EXPECT_EQ(out.value.overtime_minutes(), 25);
  EXPECT_TRUE(out.value.irregularities().empty());
  EXPECT_EQ(Reload(duty).status, Duty::COMPLETED);
  EXPECT_TRUE(Precondition(ClockOut("wang.li").status, "NOT_CLOCKED_IN"));
}

TEST_P(AttendanceServiceTest, ASupervisorClocksAPersonOutEarlyWithAReason) {
  const auto duty = Assign("wang.li", kDay);
  clock_->Set(Local(2026, 11, 24, 7, 50));
  ASSERT_TRUE(Ok(ClockIn("wang.li").status));
  clock_->Set(Local(2026, 11, 24, 15, 30));
  // Only a supervisor of the site, only with a reason, never for themself.
  EXPECT_TRUE(Denied(ClockOut("wang.li", "", "不舒服").status));
  EXPECT_TRUE(Denied(ClockOut("chen.jie", "wang.li").status));
  EXPECT_TRUE(Denied(ClockOut("zhao.min", "wang.li").status));
  EXPECT_TRUE(Denied(ClockOut("lz.boss", "wang.li", "突发疾病").status));
  auto out = ClockOut("zhao.min", "wang.li", "突发疾病,送医");
  ASSERT_TRUE(Ok(out.status));
  EXPECT_EQ(out.value.clock_out_source(), Record::SUPERVISOR);
  EXPECT_EQ(out.value.override_reason(), "突发疾病,送医");
  EXPECT_TRUE(Has(out.value, Record::EARLY_LEAVE));
  EXPECT_EQ(out.value.early_leave_minutes(), 270);
  EXPECT_EQ(Reload(duty).status, Duty::COMPLETED);
  auto read = Get("zhao.min", RecordName(duty));
  ASSERT_TRUE(Ok(read.status));
  EXPECT_EQ(read.value.override_reason(), "突发疾病,送医");
}

TEST_P(AttendanceServiceTest, AbsenceAndMissedPunchesShowOnceFinal) {
  const auto absent = Assign("wang.li", kDay);
  const auto forgot = Assign("chen.jie", kDay);
  clock_->Set(Local(2026, 11, 24, 7, 56));
  ASSERT_TRUE(Ok(ClockIn("chen.jie").status));
  // Until 4 hours after the end a missing punch is nothing yet.
  clock_->Set(Local(2026, 11, 24, 23, 59));
  auto early = Get("wang.li", RecordName(absent));
  ASSERT_TRUE(Ok(early.status));
  EXPECT_FALSE(early.value.final());
  EXPECT_TRUE(early.value.irregularities().empty());
  clock_->Set(Local(2026, 11, 25, 0, 0));
  auto a = Get("wang.li", RecordName(absent));
  ASSERT_TRUE(Ok(a.status));
  EXPECT_TRUE(a.value.final());
  EXPECT_TRUE(Has(a.value, Record::ABSENT));
  auto m = Get("chen.jie", RecordName(forgot));
  ASSERT_TRUE(Ok(m.status));
  EXPECT_TRUE(m.value.final());
  EXPECT_TRUE(Has(m.value, Record::MISSED_CLOCK_OUT));
  EXPECT_FALSE(Has(m.value, Record::ABSENT));

  v1::ListAttendanceRecordsRequest list;
  list.set_parent("staff/-");
  list.set_filter("site = \"sites/hx\" AND irregularity = ABSENT");
  auto listed =
      As("zhao.min", roster_.get(), &Stub::ListAttendanceRecords, list);
  ASSERT_TRUE(Ok(listed.status));
  ASSERT_EQ(listed.value.attendance_records_size(), 1);
  EXPECT_EQ(listed.value.attendance_records(0).name(), RecordName(absent));
}

TEST_P(AttendanceServiceTest, AnApprovedCorrectionRecomputesTheRecord) {
  const auto duty = Assign("wang.li", kDay);
  clock_->Set(Local(2026, 11, 24, 7, 52));
  ASSERT_TRUE(Ok(ClockIn("wang.li").status));
  Relieve(duty);
  clock_->Set(Local(2026, 11, 25, 9, 0));
  auto before = Get("wang.li", RecordName(duty));
  ASSERT_TRUE(Ok(before.status));
  EXPECT_TRUE(Has(before.value, Record::MISSED_CLOCK_OUT));

  // The record has its clock-in: that cannot be corrected.
  EXPECT_TRUE(
      InvalidNaming(Correct("wang.li", duty, v1::AttendanceCorrection::CLOCK_IN,
                            Local(2026, 11, 24, 7, 40))
                        .status,
                    "attendance_correction.attendance_record"));
  EXPECT_TRUE(InvalidNaming(
      Correct("wang.li", duty, v1::AttendanceCorrection::CLOCK_OUT,
              Local(2026, 11, 25, 0, 1))
          .status,
      "attendance_correction.claimed_time"));
  auto filed = Correct("wang.li", duty, v1::AttendanceCorrection::CLOCK_OUT,
                       Local(2026, 11, 24, 20, 6));
  ASSERT_TRUE(Ok(filed.status));
  EXPECT_EQ(filed.value.status(), v1::AttendanceCorrection::PENDING);
  EXPECT_FALSE(filed.value.over_limit());

  // Another receptionist may not decide it; the person neither.
  EXPECT_TRUE(Denied(Approve("chen.jie", filed.value.name()).status));
  auto approved = Approve("zhao.min", filed.value.name());
  ASSERT_TRUE(Ok(approved.status));
  EXPECT_EQ(approved.value.status(), v1::AttendanceCorrection::APPROVED);
  EXPECT_EQ(approved.value.decided_by(), "staff/zhao.min");
  EXPECT_TRUE(Precondition(Approve("zhao.min", filed.value.name()).status,
                           "CORRECTION_WRONG_STATE"));

  auto after = Get("wang.li", RecordName(duty));
  ASSERT_TRUE(Ok(after.status));
  EXPECT_EQ(At(after.value.clock_out_time()), Local(2026, 11, 24, 20, 6));
  EXPECT_EQ(after.value.clock_out_source(), Record::CORRECTION);
  EXPECT_TRUE(after.value.irregularities().empty());
  EXPECT_EQ(after.value.overtime_minutes(), 6);
  ASSERT_EQ(after.value.corrections_size(), 1);
  EXPECT_EQ(after.value.corrections(0), filed.value.name());
  EXPECT_EQ(Reload(duty).status, Duty::COMPLETED);

  auto month = Month("wang.li", "wang.li", "2026-11");
  ASSERT_TRUE(Ok(month.status));
  EXPECT_EQ(month.value.correction_count(), 1);
  EXPECT_EQ(month.value.worked_shifts(), 1);
  EXPECT_EQ(month.value.missed_clock_out_count(), 0);
}

TEST_P(AttendanceServiceTest, NobodyApprovesTheirOwnCorrection) {
  AddStaff("sun.sup", {Role::SUPERVISOR});
  const auto duty = Assign("sun.sup", kDay);
  clock_->Set(Local(2026, 11, 25, 9, 0));
  auto filed = Correct("sun.sup", duty, v1::AttendanceCorrection::CLOCK_IN,
                       Local(2026, 11, 24, 7, 50));
  ASSERT_TRUE(Ok(filed.status));
  EXPECT_TRUE(Refused(Approve("sun.sup", filed.value.name()).status,
                      grpc::StatusCode::PERMISSION_DENIED, "SELF_APPROVAL"));
  // Nor files one for someone else.
  const auto other = Assign("wang.li", kDay);
  v1::CreateAttendanceCorrectionRequest req;
  req.set_parent("staff/wang.li");
  req.mutable_attendance_correction()->set_attendance_record(RecordName(other));
  EXPECT_TRUE(Denied(
      As("sun.sup", roster_.get(), &Stub::CreateAttendanceCorrection, req)
          .status));
}

TEST_P(AttendanceServiceTest, TheCorrectionWindowClosesThreeDaysAfterTheShift) {
  const auto duty = Assign("wang.li", kDay);
  clock_->Set(Local(2026, 11, 27, 20, 0, 1));
  auto late = Correct("wang.li", duty, v1::AttendanceCorrection::CLOCK_IN,
                      Local(2026, 11, 24, 7, 50));
  EXPECT_TRUE(Precondition(late.status, "CORRECTION_WINDOW_CLOSED"));
  clock_->Set(Local(2026, 11, 27, 19, 59));
  EXPECT_TRUE(Ok(Correct("wang.li", duty, v1::AttendanceCorrection::CLOCK_IN,
                         Local(2026, 11, 24, 7, 50))
                     .status));
}

TEST_P(AttendanceServiceTest, TheThirdLateArrivalOfAMonthIsABreach) {
  for (int day : {2, 3, 4}) {
    Assign("wang.li", absl::CivilDay(2026, 11, 20 + day));
  }
  Assign("chen.jie", absl::CivilDay(2026, 11, 25));
  auto late_on = [&](int day) {
    clock_->Set(Local(2026, 11, 20 + day, 8, 3));
    ASSERT_TRUE(Ok(ClockIn("wang.li").status));
  };
  late_on(2);
  late_on(3);
  auto two = Month("wang.li", "wang.li", "2026-11");
  ASSERT_TRUE(Ok(two.status));
  EXPECT_EQ(two.value.late_count(), 2);
  EXPECT_TRUE(two.value.breaches().empty());
  late_on(4);
  auto three = Month("zhao.min", "wang.li", "2026-11");
  ASSERT_TRUE(Ok(three.status));
  EXPECT_EQ(three.value.name(), "staff/wang.li/attendanceSummaries/2026-11");
  EXPECT_EQ(three.value.late_count(), 3);
  EXPECT_EQ(three.value.late_minutes(), 9);
  EXPECT_EQ(three.value.scheduled_shifts(), 3);
  ASSERT_EQ(three.value.breaches_size(), 1);
  EXPECT_EQ(three.value.breaches(0), v1::AttendanceSummary::LATE_LIMIT);
  EXPECT_FALSE(three.value.final());
  EXPECT_TRUE(three.value.leave().empty());

  v1::ListAttendanceSummariesRequest list;
  list.set_parent("staff/-");
  list.set_filter(
      "month = \"2026-11\" AND site = \"sites/hx\" AND "
      "breach = LATE_LIMIT");
  auto listed =
      As("report", roster_.get(), &Stub::ListAttendanceSummaries, list);
  ASSERT_TRUE(Ok(listed.status));
  ASSERT_EQ(listed.value.attendance_summaries_size(), 1);
  EXPECT_EQ(listed.value.attendance_summaries(0).staff(), "staff/wang.li");
  EXPECT_EQ(listed.value.attendance_summaries(0).site(), "sites/hx");
  list.set_filter("month = \"2026-11\"");
  auto everyone =
      As("zhao.min", roster_.get(), &Stub::ListAttendanceSummaries, list);
  ASSERT_TRUE(Ok(everyone.status));
  EXPECT_EQ(everyone.value.attendance_summaries_size(), 2);
  list.set_filter("");
  EXPECT_TRUE(InvalidNaming(
      As("zhao.min", roster_.get(), &Stub::ListAttendanceSummaries, list)
          .status,
      "filter"));
  // Another receptionist does not read it; a supervisor elsewhere neither.
  EXPECT_TRUE(Denied(Month("chen.jie", "wang.li", "2026-11").status));
  v1::GetAttendanceSummaryRequest at_hx;
  at_hx.set_name("staff/wang.li/attendanceSummaries/2026-11");
  at_hx.set_site("sites/hx");
  EXPECT_TRUE(Denied(
      As("lz.boss", roster_.get(), &Stub::GetAttendanceSummary, at_hx).status));
}

TEST_P(AttendanceServiceTest, TheClockTerminalClocksThePersonItNames) {
  const auto duty = Assign("wang.li", kDay);
  clock_->Set(Local(2026, 11, 24, 7, 45));
  // Only a terminal names someone else; a terminal must name someone.
  EXPECT_TRUE(Denied(ClockIn("chen.jie", "wang.li").status));
  EXPECT_TRUE(InvalidNaming(ClockIn("gate").status, "staff"));
  auto in = ClockIn("gate", "wang.li");
  ASSERT_TRUE(Ok(in.status));
  EXPECT_EQ(in.value.clock_in_source(), Record::TERMINAL);
  EXPECT_EQ(in.value.staff(), "staff/wang.li");
  EXPECT_EQ(Reload(duty).status, Duty::ON_DUTY);
  // The terminal cannot override the relief rule.
  clock_->Set(Local(2026, 11, 24, 20, 1));
  EXPECT_TRUE(
      Precondition(ClockOut("gate", "wang.li").status, "RELIEF_NOT_ON_DUTY"));
}

TEST_P(AttendanceServiceTest, RecordsAreThePersonsAndTheirSupervisors) {
  const auto duty = Assign("wang.li", kDay);
  EXPECT_TRUE(Ok(Get("wang.li", RecordName(duty)).status));
  EXPECT_TRUE(Ok(Get("zhao.min", RecordName(duty)).status));
  EXPECT_TRUE(Denied(Get("chen.jie", RecordName(duty)).status));
  EXPECT_TRUE(Denied(Get("lz.boss", RecordName(duty)).status));
  auto missing = Get("wang.li", "staff/wang.li/attendanceRecords/999999");
  EXPECT_EQ(missing.status.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_TRUE(
      InvalidNaming(Get("wang.li", "staff/wang.li/records/1").status, "name"));
}

TEST_P(AttendanceServiceTest, TheAbsenceSweepMarksUnpunchedFinalDuties) {
  const auto absent = Assign("wang.li", kDay);
  const auto worked = Assign("chen.jie", kDay);
  const auto corrected = Assign("zhao.min", kDay);
  const auto later = Assign("wang.li", absl::CivilDay(2026, 11, 26));
  clock_->Set(Local(2026, 11, 24, 7, 55));
  ASSERT_TRUE(Ok(ClockIn("chen.jie").status));
  AbsenceSweeper sweeper(database(), *clock_);
  // Not final yet: nothing is marked.
  clock_->Set(Local(2026, 11, 24, 23, 59));
  auto none = sweeper.SweepOnce();
  ASSERT_TRUE(none.ok()) << none.status();
  EXPECT_EQ(*none, 0);
  clock_->Set(Local(2026, 11, 25, 0, 0));
  auto marked = sweeper.SweepOnce();
  ASSERT_TRUE(marked.ok()) << marked.status();
  EXPECT_EQ(*marked, 2);
  EXPECT_EQ(Reload(absent).status, Duty::ABSENT);
  EXPECT_EQ(Reload(corrected).status, Duty::ABSENT);
  EXPECT_EQ(Reload(worked).status, Duty::ON_DUTY);
  EXPECT_EQ(Reload(later).status, Duty::SCHEDULED);
  auto again = sweeper.SweepOnce();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
  auto record = Get("wang.li", RecordName(absent));
  ASSERT_TRUE(Ok(record.status));
  EXPECT_TRUE(Has(record.value, Record::ABSENT));

  // The supervisor was there after all: the correction undoes the mark.
  AddStaff("boss", {Role::MANAGER});
  auto filed =
      Correct("zhao.min", corrected, v1::AttendanceCorrection::CLOCK_IN,
              Local(2026, 11, 24, 7, 30));
  ASSERT_TRUE(Ok(filed.status));
  ASSERT_TRUE(Ok(Approve("boss", filed.value.name()).status));
  EXPECT_EQ(Reload(corrected).status, Duty::COMPLETED);
  auto fixed = Get("zhao.min", RecordName(corrected));
  ASSERT_TRUE(Ok(fixed.status));
  EXPECT_FALSE(Has(fixed.value, Record::ABSENT));
  EXPECT_TRUE(Has(fixed.value, Record::MISSED_CLOCK_OUT));
}

TEST_P(AttendanceServiceTest, TwoClockInsAtOnceClockInOnce) {
  const auto duty = Assign("wang.li", kDay);
  clock_->Set(Local(2026, 11, 24, 7, 50));
  std::atomic<int> ok{0}, already{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      auto in = ClockIn("wang.li");
      if (in.status.ok()) ++ok;
      if (Reason(in.status) == "ALREADY_CLOCKED_IN") ++already;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 1);
  EXPECT_EQ(already.load(), 3);
  EXPECT_EQ(Reload(duty).version, 2);  // changed once
}

TEST_P(AttendanceServiceTest, CorrectionsBeyondTheLimitAreMarkedAndBreach) {
  AddStaff("boss", {Role::MANAGER});
  v1::UpdateRosterPolicyRequest policy;
  policy.mutable_roster_policy()->set_name("sites/hx/rosterPolicy");
  policy.mutable_roster_policy()->set_max_corrections_per_month(1);
  policy.mutable_update_mask()->add_paths("max_corrections_per_month");
  ASSERT_TRUE(
      Ok(As("boss", roster_.get(), &Stub::UpdateRosterPolicy, policy).status));
  const auto first = Assign("wang.li", absl::CivilDay(2026, 11, 25));
  const auto second = Assign("wang.li", absl::CivilDay(2026, 11, 26));
  const auto third = Assign("wang.li", absl::CivilDay(2026, 11, 27));
  clock_->Set(Local(2026, 11, 27, 21, 0));
  auto a = Correct("wang.li", first, v1::AttendanceCorrection::CLOCK_IN,
                   Local(2026, 11, 25, 7, 50));
  auto b = Correct("wang.li", second, v1::AttendanceCorrection::CLOCK_IN,
                   Local(2026, 11, 26, 7, 50));
  ASSERT_TRUE(Ok(a.status));
  ASSERT_TRUE(Ok(b.status));
  EXPECT_FALSE(a.value.over_limit());
  EXPECT_TRUE(b.value.over_limit());
  // A second one of the same clock event waits for the first.
  EXPECT_TRUE(InvalidNaming(
      Correct("wang.li", second, v1::AttendanceCorrection::CLOCK_IN,
              Local(2026, 11, 26, 7, 40))
          .status,
      "attendance_correction.attendance_record"));
  ASSERT_TRUE(Ok(Approve("zhao.min", a.value.name()).status));
  ASSERT_TRUE(Ok(Approve("zhao.min", b.value.name()).status));

  // A rejected one needs a comment and does not count.
  auto c = Correct("wang.li", third, v1::AttendanceCorrection::CLOCK_IN,
                   Local(2026, 11, 27, 7, 50));
  ASSERT_TRUE(Ok(c.status));
  v1::RejectAttendanceCorrectionRequest reject;
  reject.set_name(c.value.name());
  EXPECT_TRUE(InvalidNaming(
      As("zhao.min", roster_.get(), &Stub::RejectAttendanceCorrection, reject)
          .status,
      "comment"));
  reject.set_comment("当日监控显示未到岗");
  auto rejected =
      As("zhao.min", roster_.get(), &Stub::RejectAttendanceCorrection, reject);
  ASSERT_TRUE(Ok(rejected.status));
  EXPECT_EQ(rejected.value.status(), v1::AttendanceCorrection::REJECTED);
  EXPECT_EQ(rejected.value.decision_comment(), "当日监控显示未到岗");

  auto month = Month("wang.li", "wang.li", "2026-11");
  ASSERT_TRUE(Ok(month.status));
  EXPECT_EQ(month.value.correction_count(), 2);
  bool correction_limit = false;
  for (int b : month.value.breaches()) {
    correction_limit |= b == v1::AttendanceSummary::CORRECTION_LIMIT;
  }
  EXPECT_TRUE(correction_limit);

  v1::ListAttendanceCorrectionsRequest list;
  list.set_parent("staff/-");
  list.set_filter("status = APPROVED AND month = \"2026-11\"");
  auto approved =
      As("zhao.min", roster_.get(), &Stub::ListAttendanceCorrections, list);
  ASSERT_TRUE(Ok(approved.status));
  ASSERT_EQ(approved.value.attendance_corrections_size(), 2);
  EXPECT_EQ(approved.value.attendance_corrections(0).name(), b.value.name());
  list.set_parent("staff/wang.li");
  list.set_filter("");
  EXPECT_TRUE(Denied(
      As("chen.jie", roster_.get(), &Stub::ListAttendanceCorrections, list)
          .status));
  auto own =
      As("wang.li", roster_.get(), &Stub::ListAttendanceCorrections, list);
  ASSERT_TRUE(Ok(own.status));
  EXPECT_EQ(own.value.attendance_corrections_size(), 3);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(AttendanceServiceTest);

}  // namespace
}  // namespace frontdesk::testing
