#include "server/report/department_slips.h"

#include "gtest/gtest.h"

namespace frontdesk {
namespace {

constexpr long long kHour = 3600LL * 1000000;
constexpr long long kT0 = 1'800'000'000LL * 1000000;

db::DepartmentSlip Slip(const std::string& assignee) {
  db::DepartmentSlip s;
  s.assignee = assignee;
  s.issued_in_window = true;
  s.issue_us = kT0;
  return s;
}

db::DepartmentSlip Finished(const std::string& assignee, long long after,
                            std::optional<long long> promised_after) {
  db::DepartmentSlip s = Slip(assignee);
  s.finished_us = kT0 + after;
  if (promised_after) s.promised_us = kT0 + *promised_after;
  return s;
}

TEST(SlipDepartment, DepartmentsAndVendorsNameThemselvesStaffHaveNone) {
  EXPECT_EQ(SlipDepartment("sites/hx/departments/eng"),
            "sites/hx/departments/eng");
  EXPECT_EQ(SlipDepartment("vendors/lift"), "vendors/lift");
  EXPECT_EQ(SlipDepartment("staff/wang"), "");
  EXPECT_EQ(SlipDepartment(""), "");
}

TEST(FoldDepartmentSlips, CountsEachDepartmentsSlips) {
  const std::string eng = "sites/hx/departments/eng";
  db::DepartmentSlip open = Slip(eng);
  open.open = true;
  db::DepartmentSlip overdue = Slip(eng);
  overdue.open = overdue.overdue = true;
  db::DepartmentSlip carried = Slip(eng);
  carried.issued_in_window = false;
  carried.open = true;
  db::DepartmentSlip carried_closed = Slip(eng);  // listed, not open: ignored
  carried_closed.issued_in_window = false;
  db::DepartmentSlip reworked = Finished(eng, 1 * kHour, 2 * kHour);
  reworked.reworked = true;
  const std::vector<db::DepartmentSlip> slips = {
      open,
      overdue,
      carried,
      carried_closed,
      reworked,
      Finished(eng, 3 * kHour, 2 * kHour),     // late
      Finished(eng, 5 * kHour, std::nullopt),  // no agreed time
      Finished("vendors/lift", 2 * kHour, 4 * kHour),
  };
  auto lines = FoldDepartmentSlips(slips, {{eng, "工程部"}});
  ASSERT_EQ(lines.size(), 2u);
  const v1::DepartmentSlipSummary& e = lines[0];
  EXPECT_EQ(e.department(), eng);
  EXPECT_EQ(e.display_name(), "工程部");
  EXPECT_EQ(e.issued(), 5);
  EXPECT_EQ(e.finished(), 3);
  EXPECT_EQ(e.open(), 2);
  EXPECT_EQ(e.overdue(), 1);
  EXPECT_EQ(e.carried_over(), 1);
  EXPECT_EQ(e.reworked(), 1);
  // Times to finish 1, 3, 5 h: the median is 3 h.
  EXPECT_EQ(e.median_time_to_finish().seconds(), 3 * 3600);
  // Two finished had an agreed time, one kept it.
  EXPECT_EQ(e.on_time().numerator(), 1);
  EXPECT_EQ(e.on_time().denominator(), 2);
  EXPECT_FALSE(e.on_time().met());
  EXPECT_EQ(lines[1].department(), "vendors/lift");
  EXPECT_EQ(lines[1].display_name(), "vendors/lift");  // no name known
  EXPECT_TRUE(lines[1].on_time().met());
}

TEST(FoldDepartmentSlips, OrdersByIssuedAndNamesTheUndepartmented) {
  const std::vector<db::DepartmentSlip> slips = {
      Slip("staff/wang"), Slip("staff/li"), Slip("sites/hx/departments/sec")};
  auto lines = FoldDepartmentSlips(slips, {});
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].department(), "");
  EXPECT_EQ(lines[0].display_name(), "未派给部门");
  EXPECT_EQ(lines[0].issued(), 2);
  EXPECT_EQ(lines[1].issued(), 1);
  EXPECT_TRUE(lines[1].on_time().no_data());
}

}  // namespace
}  // namespace frontdesk
