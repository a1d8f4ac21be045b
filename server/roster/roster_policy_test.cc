// roster_policy.h: the defaults and the limits of a site's policy.
#include "server/roster/roster_policy.h"

#include <set>
#include <string>

#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

std::set<std::string> FieldsOf(const absl::Status& status) {
  std::set<std::string> fields;
  for (const auto& v : ErrorFieldViolations(status)) fields.insert(v.field);
  return fields;
}

TEST(DefaultRosterPolicy, IsValidAndTheDocumentedDefaults) {
  const v1::RosterPolicy policy = DefaultRosterPolicy();
  EXPECT_TRUE(ValidateRosterPolicy(policy).ok());
  ASSERT_EQ(policy.shifts_size(), 2);
  EXPECT_EQ(policy.shifts(0).id(), "day");
  EXPECT_EQ(policy.shifts(1).start_local_time(), "20:00");
  EXPECT_EQ(HandoverArrivalLeadOf(policy), absl::Minutes(5));
  EXPECT_EQ(MinRestOf(policy), absl::Hours(8));
  EXPECT_EQ(policy.max_swaps_per_month(), 3);
  EXPECT_EQ(policy.max_late_per_month(), 3);
  EXPECT_EQ(policy.max_corrections_per_month(), 3);
  EXPECT_EQ(policy.supervisor_only_leave_days(), 3);
  EXPECT_EQ(policy.inventory_checklist_size(), 0);
}

TEST(ValidateRosterPolicy, NamesEveryLimitOutOfRange) {
  v1::RosterPolicy policy = DefaultRosterPolicy();
  policy.mutable_handover_arrival_lead()->set_seconds(61 * 60);
  policy.mutable_min_rest()->set_seconds(3600 + 30);
  policy.set_max_swaps_per_month(11);
  policy.set_max_late_per_month(-1);
  policy.set_max_corrections_per_month(32);
  policy.set_supervisor_only_leave_days(31);
  const absl::Status status = ValidateRosterPolicy(policy);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(FieldsOf(status),
            (std::set<std::string>{"handover_arrival_lead", "min_rest",
                                   "max_swaps_per_month", "max_late_per_month",
                                   "max_corrections_per_month",
                                   "supervisor_only_leave_days"}));
}

TEST(ValidateRosterPolicy, ChecksTheInventoryChecklist) {
  v1::RosterPolicy policy = DefaultRosterPolicy();
  auto* radio = policy.add_inventory_checklist();
  radio->set_id("radio");
  radio->set_display_name("对讲机");
  radio->set_expected_count(4);
  EXPECT_TRUE(ValidateRosterPolicy(policy).ok());
  auto* twice = policy.add_inventory_checklist();
  *twice = *radio;
  auto* bad = policy.add_inventory_checklist();
  bad->set_id("Keys Cabinet");
  bad->set_display_name("");
  bad->set_expected_count(10001);
  EXPECT_EQ(FieldsOf(ValidateRosterPolicy(policy)),
            (std::set<std::string>{"inventory_checklist[1].id",
                                   "inventory_checklist[2].id",
                                   "inventory_checklist[2].display_name",
                                   "inventory_checklist[2].expected_count"}));
}

TEST(ValidateRosterPolicy, RefusesAPlanWithAGap) {
  v1::RosterPolicy policy = DefaultRosterPolicy();
  policy.mutable_shifts(1)->set_start_local_time("21:00");
  EXPECT_EQ(ErrorReason(ValidateRosterPolicy(policy)),
            "SHIFT_PLAN_NOT_CONTIGUOUS");
}

TEST(PlanOf, CarriesStartLengthAndHeadcount) {
  v1::RosterPolicy policy = DefaultRosterPolicy();
  policy.mutable_shifts(1)->set_min_headcount(2);
  const auto plan = PlanOf(policy);
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[1].definition, "night");
  EXPECT_EQ(plan[1].pattern.start_minute, 20 * 60);
  EXPECT_EQ(plan[1].pattern.length_minutes, 12 * 60);
  EXPECT_EQ(plan[1].min_headcount, 2);
  EXPECT_TRUE(FindDefinition(policy, "day").has_value());
  EXPECT_FALSE(FindDefinition(policy, "mid").has_value());
}

}  // namespace
}  // namespace frontdesk
