#include "server/report/staff_rules.h"

#include "common/status_testing.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using Row = v1::StaffReportRow;
using Role = v1::StaffMember;

Row Person(const std::string& id, const std::string& display_name, int tickets,
           int late, long long worked_s, double leave) {
  Row r;
  r.set_staff("staff/" + id);
  r.set_display_name(display_name);
  r.add_roles(Role::RECEPTIONIST);
  r.set_tickets_recorded(tickets);
  r.set_late_count(late);
  r.mutable_worked_time()->set_seconds(worked_s);
  r.set_leave_days(leave);
  return r;
}

google::protobuf::RepeatedPtrField<std::string> Names(
    std::initializer_list<std::string> names) {
  google::protobuf::RepeatedPtrField<std::string> out;
  for (const std::string& n : names) *out.Add() = n;
  return out;
}

TEST(StaffRules, TheFilterTakesUpToAHundredStaffNames) {
  auto none = ParseStaffFilter("staff", Names({}));
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  auto two = ParseStaffFilter(
      "staff", Names({"staff/wang.li", "staff/chen.jie", "staff/wang.li"}));
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(*two, (std::set<std::string>{"chen.jie", "wang.li"}));

  ExpectOneViolation(ParseStaffFilter("staff", Names({"wang.li"})).status(),
                     "staff");
  ExpectOneViolation(
      ParseStaffFilter("staff", Names({"staff/wang.li", "staff/"})).status(),
      "staff");
  google::protobuf::RepeatedPtrField<std::string> many;
  for (int i = 0; i <= kMaxStaffFilter; ++i) {
    *many.Add() = "staff/p" + std::to_string(i);
  }
  ExpectOneViolation(ParseStaffFilter("staff", many).status(), "staff");
  many.RemoveLast();
  EXPECT_TRUE(ParseStaffFilter("staff", many).ok());
}

TEST(StaffRules, RowsByDisplayNameAndTotalsAreColumnSums) {
  v1::StaffReport report;
  *report.add_rows() = Person("wang.li", "王丽", 3, 1, 3600, 1.5);
  *report.add_rows() = Person("chen.jie", "陈洁", 2, 0, 1800, 0.5);
  *report.add_rows() = Person("a.chen", "陈洁", 1, 2, 0, 0);
  FinishStaffReport(&report);
  ASSERT_EQ(report.rows_size(), 3);
  // Byte order of the display names, then the names for equal ones.
  EXPECT_EQ(report.rows(0).staff(), "staff/wang.li");
  EXPECT_EQ(report.rows(1).staff(), "staff/a.chen");
  EXPECT_EQ(report.rows(2).staff(), "staff/chen.jie");
  const Row& t = report.totals();
  EXPECT_EQ(t.staff(), "");
  EXPECT_EQ(t.display_name(), "");
  EXPECT_EQ(t.roles_size(), 0);
  EXPECT_EQ(t.tickets_recorded(), 6);
  EXPECT_EQ(t.late_count(), 3);
  EXPECT_EQ(t.worked_time().seconds(), 5400);
  EXPECT_DOUBLE_EQ(t.leave_days(), 2.0);
}

TEST(StaffRules, AllSitesMergesAPersonsRowsAndSumsTheSites) {
  v1::StaffReport hx, lz, all;
  *hx.add_rows() = Person("wang.li", "王丽", 3, 1, 3600, 1.0);
  *hx.add_rows() = Person("chen.jie", "陈洁", 2, 0, 1800, 0);
  FinishStaffReport(&hx);
  Row wang_at_lz = Person("wang.li", "王丽", 1, 1, 1800, 0.5);
  wang_at_lz.set_worked_shifts(1);
  wang_at_lz.mutable_worked_time()->set_nanos(500000000);
  *lz.add_rows() = wang_at_lz;
  *lz.add_rows() = Person("zhao.min", "赵敏", 0, 0, 0, 0);
  lz.mutable_rows(1)->clear_roles();
  lz.mutable_rows(1)->add_roles(Role::SUPERVISOR);
  FinishStaffReport(&lz);

  AddStaffReport(hx, &all);
  AddStaffReport(lz, &all);
  ASSERT_EQ(all.rows_size(), 3);
  const Row& wang = all.rows(0);
  EXPECT_EQ(wang.staff(), "staff/wang.li");
  EXPECT_EQ(wang.tickets_recorded(), 4);
  EXPECT_EQ(wang.late_count(), 2);
  EXPECT_EQ(wang.worked_shifts(), 1);
  EXPECT_EQ(wang.worked_time().seconds(), 5400);
  EXPECT_EQ(wang.worked_time().nanos(), 500000000);
  EXPECT_DOUBLE_EQ(wang.leave_days(), 1.5);
  EXPECT_EQ(wang.roles_size(), 1);
  // 赵 sorts before 陈 (byte order of the UTF-8 display names).
  EXPECT_EQ(all.rows(1).staff(), "staff/zhao.min");
  EXPECT_EQ(all.rows(2).staff(), "staff/chen.jie");
  // The totals of "sites/-" are the sum of the sites' totals.
  EXPECT_EQ(all.totals().tickets_recorded(),
            hx.totals().tickets_recorded() + lz.totals().tickets_recorded());
  EXPECT_EQ(all.totals().late_count(), 2);
  EXPECT_EQ(all.totals().worked_time().seconds(), 7200);
  EXPECT_DOUBLE_EQ(all.totals().leave_days(), 1.5);
}

}  // namespace
}  // namespace frontdesk
