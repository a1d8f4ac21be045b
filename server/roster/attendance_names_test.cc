// server/roster/attendance_names.h: the attendance names and months, and
// what is refused.
#include "server/roster/attendance_names.h"

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

TEST(AttendanceNamesTest, ParsesRecordsAndCorrections) {
  auto record =
      ParseAttendanceRecordName("name", "staff/wang.li/attendanceRecords/42");
  ASSERT_TRUE(record.ok()) << record.status();
  EXPECT_EQ(record->staff_id, "wang.li");
  EXPECT_EQ(record->id, 42);
  auto correction = ParseAttendanceCorrectionName(
      "name", "staff/wang.li/attendanceCorrections/7");
  ASSERT_TRUE(correction.ok()) << correction.status();
  EXPECT_EQ(correction->id, 7);
}

TEST(AttendanceNamesTest, RefusesMalformedIds) {
  for (const char* bad :
       {"staff/wang.li/attendanceRecords/0",
        "staff/wang.li/attendanceRecords/-1",
        "staff/wang.li/attendanceRecords/x",
        "staff/wang.li/attendanceRecords/07",
        "staff/wang.li/attendanceCorrections/1", "staff//attendanceRecords/1",
        "sites/hx/attendanceRecords/1", "staff/wang.li/attendanceRecords"}) {
    auto parsed = ParseAttendanceRecordName("name", bad);
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument)
        << bad;
  }
}

TEST(AttendanceNamesTest, ParsesSummariesAndMonths) {
  auto summary = ParseAttendanceSummaryName(
      "name", "staff/wang.li/attendanceSummaries/2026-11");
  ASSERT_TRUE(summary.ok()) << summary.status();
  EXPECT_EQ(summary->staff_id, "wang.li");
  EXPECT_EQ(summary->month, absl::CivilMonth(2026, 11));
  EXPECT_EQ(FormatMonth(summary->month), "2026-11");
  for (const char* bad :
       {"2026-13", "2026-00", "2026-1", "202611", "26-11", "2026-11-01"}) {
    EXPECT_FALSE(ParseMonth("month", bad).ok()) << bad;
  }
}

TEST(AttendanceNamesTest, ParentIsOnePersonOrEveryone) {
  EXPECT_EQ(*ParseStaffParent("parent", "staff/-"), "-");
  EXPECT_EQ(*ParseStaffParent("parent", "staff/wang.li"), "wang.li");
  EXPECT_FALSE(ParseStaffParent("parent", "sites/hx").ok());
}

}  // namespace
}  // namespace frontdesk
