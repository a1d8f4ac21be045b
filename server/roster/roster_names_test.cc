// roster_names.h: shift and assignment names, and the dates they carry.
#include "server/roster/roster_names.h"

#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

TEST(ParseShiftName, SplitsSiteDateAndDefinition) {
  auto ref = ParseShiftName("parent", "sites/hx/shifts/20261123-night");
  ASSERT_TRUE(ref.ok()) << ref.status();
  EXPECT_EQ(ref->site_id, "hx");
  EXPECT_EQ(ref->date, absl::CivilDay(2026, 11, 23));
  EXPECT_EQ(ref->definition_id, "night");
  EXPECT_EQ(ref->id(), "20261123-night");
  EXPECT_EQ(ref->name(), "sites/hx/shifts/20261123-night");
}

TEST(ParseShiftName, RefusesADateThatDoesNotExist) {
  for (const char* name :
       {"sites/hx/shifts/20260230-day", "sites/hx/shifts/20261301-day",
        "sites/hx/shifts/2026113-day", "sites/hx/shifts/20261123",
        "sites/hx/shifts/20261123-Night", "sites/hx/shifts/20261123-",
        "sites/hx/shift/20261123-day", "sites//shifts/20261123-day"}) {
    auto ref = ParseShiftName("parent", name);
    ASSERT_FALSE(ref.ok()) << name;
    EXPECT_EQ(ref.status().code(), absl::StatusCode::kInvalidArgument);
    ASSERT_EQ(ErrorFieldViolations(ref.status()).size(), 1u);
    EXPECT_EQ(ErrorFieldViolations(ref.status())[0].field, "parent");
  }
}

TEST(ParseShiftName, AcceptsALeapDay) {
  EXPECT_TRUE(ParseShiftName("name", "sites/hx/shifts/20280229-day").ok());
  EXPECT_FALSE(ParseShiftName("name", "sites/hx/shifts/20270229-day").ok());
}

TEST(ParseDutyAssignmentName, SplitsShiftAndId) {
  auto ref = ParseDutyAssignmentName(
      "name", "sites/hx/shifts/20261123-day/assignments/42");
  ASSERT_TRUE(ref.ok()) << ref.status();
  EXPECT_EQ(ref->shift.name(), "sites/hx/shifts/20261123-day");
  EXPECT_EQ(ref->id, 42);
}

TEST(ParseDutyAssignmentName, RefusesMalformedIds) {
  for (const char* name : {"sites/hx/shifts/20261123-day/assignments/0",
                           "sites/hx/shifts/20261123-day/assignments/x",
                           "sites/hx/shifts/20261131-day/assignments/3",
                           "sites/hx/shifts/20261123-day/assignment/3",
                           "sites/hx/shifts/20261123-day"}) {
    auto ref = ParseDutyAssignmentName("duty_assignment", name);
    ASSERT_FALSE(ref.ok()) << name;
    EXPECT_EQ(ErrorFieldViolations(ref.status())[0].field, "duty_assignment");
  }
}

}  // namespace
}  // namespace frontdesk
