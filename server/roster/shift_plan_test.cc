// shift_plan.h: a plan's fields and that its shifts tile the 24 hours.
#include "server/roster/shift_plan.h"

#include "common/status.h"
#include "common/status_testing.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using Plan = google::protobuf::RepeatedPtrField<v1::ShiftDefinition>;

Plan Defaults() {
  Plan plan;
  for (const auto& d : DefaultShiftPlan()) *plan.Add() = d;
  return plan;
}

v1::ShiftDefinition* AddShift(Plan& plan, const char* id, const char* start,
                              int hours) {
  v1::ShiftDefinition* d = plan.Add();
  d->set_id(id);
  d->set_display_name(id);
  d->set_kind(v1::ShiftDefinition::DAY);
  d->set_start_local_time(start);
  d->mutable_duration()->set_seconds(hours * 3600);
  d->set_min_headcount(1);
  return d;
}

void ExpectNotContiguous(const absl::Status& s, const char* shift) {
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << s;
  EXPECT_EQ(ErrorReason(s), "SHIFT_PLAN_NOT_CONTIGUOUS") << s;
  EXPECT_EQ(ErrorMetadata(s, "rule"), "R-NO-COVERAGE-GAP") << s;
  EXPECT_EQ(ErrorMetadata(s, "shift"), shift) << s;
}

TEST(ShiftPlanTest, TheDefaultPlanTilesTheDay) {
  EXPECT_TRUE(ValidateShiftPlan(Defaults()).ok());
}

TEST(ShiftPlanTest, ThreeShiftsInAnyOrderTileTheDay) {
  Plan plan;
  AddShift(plan, "night", "22:00", 8);  // across midnight, listed first
  AddShift(plan, "early", "06:00", 8);
  AddShift(plan, "late", "14:00", 8);
  EXPECT_TRUE(ValidateShiftPlan(plan).ok()) << ValidateShiftPlan(plan);
}

TEST(ShiftPlanTest, OneTwentyFourHourShiftTilesTheDay) {
  Plan plan;
  AddShift(plan, "all", "08:00", 24);
  EXPECT_TRUE(ValidateShiftPlan(plan).ok());
}

TEST(ShiftPlanTest, AGapIsRefused) {
  Plan plan = Defaults();
  plan[0].mutable_duration()->set_seconds(11 * 3600);  // day ends 19:00
  ExpectNotContiguous(ValidateShiftPlan(plan), "day");
}

TEST(ShiftPlanTest, AnOverlapIsRefused) {
  Plan plan = Defaults();
  plan[1].mutable_duration()->set_seconds(13 * 3600);  // night ends 09:00
  ExpectNotContiguous(ValidateShiftPlan(plan), "night");
}

TEST(ShiftPlanTest, PlansShorterOrLongerThanADayAreRefused) {
  Plan one;
  AddShift(one, "day", "08:00", 12);
  ExpectNotContiguous(ValidateShiftPlan(one), "day");
  Plan three = Defaults();
  AddShift(three, "extra", "08:00", 12);
  EXPECT_EQ(ErrorReason(ValidateShiftPlan(three)), "SHIFT_PLAN_NOT_CONTIGUOUS");
}

TEST(ShiftPlanTest, AnEmptyPlanIsRefused) {
  ExpectOneViolation(ValidateShiftPlan(Plan()), "shifts");
}

TEST(ShiftPlanTest, BadFieldsAreAllNamed) {
  Plan plan = Defaults();
  plan[0].set_id("Day");
  plan[0].set_min_headcount(0);
  plan[1].set_id("day");
  plan[1].set_kind(v1::ShiftDefinition::KIND_UNSPECIFIED);
  plan[1].set_start_local_time("20:00:00");
  plan[1].set_display_name("");
  absl::Status s = ValidateShiftPlan(plan);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << s;
  EXPECT_EQ(FieldsOf(s), (std::vector<std::string>{
                             "shifts[0].id", "shifts[0].min_headcount",
                             "shifts[1].display_name", "shifts[1].kind",
                             "shifts[1].start_local_time"}))
      << s;
}

TEST(ShiftPlanTest, ADuplicateIdIsRefused) {
  Plan plan = Defaults();
  plan[1].set_id("day");
  ExpectOneViolation(ValidateShiftPlan(plan), "shifts[1].id");
}

TEST(ShiftPlanTest, DisplayNamesCountCharactersNotBytes) {
  Plan plan = Defaults();
  // 32 Chinese characters are 96 bytes.
  std::string name;
  for (int i = 0; i < 32; ++i) name += "班";
  plan[0].set_display_name(name);
  EXPECT_TRUE(ValidateShiftPlan(plan).ok());
  plan[0].set_display_name(name + "班");
  ExpectOneViolation(ValidateShiftPlan(plan), "shifts[0].display_name");
}

}  // namespace
}  // namespace frontdesk
