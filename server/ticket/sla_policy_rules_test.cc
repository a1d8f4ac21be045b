// sla_policy_rules.h: which fields an SLA policy update names and how they
// merge.
#include "server/ticket/sla_policy_rules.h"

#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

google::protobuf::Duration Secs(long long s) {
  google::protobuf::Duration d;
  d.set_seconds(s);
  return d;
}

SlaPolicyWindows Repair() {
  SlaPolicyWindows w;
  w.first_response_s = 7200;
  w.resolution_s = 3 * 86400;
  w.callback_s = 86400;
  w.escalate_supervisor_after_s = 0;
  w.escalate_manager_after_s = 86400;
  w.coordination_s = 3 * 86400;
  return w;
}

TEST(SlaPolicyRulesTest, AnEmptyMaskNamesTheDeadlinesAndEscalations) {
  google::protobuf::FieldMask mask;
  EXPECT_EQ(SlaPolicyUpdatePaths(mask),
            (std::vector<std::string>{"first_response", "resolution",
                                      "callback", "escalate_supervisor_after",
                                      "escalate_manager_after"}));
  mask.add_paths("plan");
  EXPECT_EQ(SlaPolicyUpdatePaths(mask), std::vector<std::string>{"plan"});
}

TEST(SlaPolicyRulesTest, OnlyMutableFieldsMayBeNamed) {
  EXPECT_TRUE(CheckSlaPolicyPaths({"plan", "coordination", "callback"}).ok());
  absl::Status s = CheckSlaPolicyPaths({"kind", "resolution", "name"});
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorFieldViolations(s).size(), 2u);
}

TEST(SlaPolicyRulesTest, MergesTheNamedFieldsOnly) {
  SlaPolicyWindows w = Repair();
  v1::SlaPolicy in;
  *in.mutable_first_response() = Secs(3600);
  *in.mutable_resolution() = Secs(60);  // not named: kept
  ASSERT_TRUE(
      MergeSlaPolicy(v1::Ticket::REPAIR, in, {"first_response"}, &w).ok());
  EXPECT_EQ(w.first_response_s, 3600);
  EXPECT_EQ(w.resolution_s, 3 * 86400);
}

TEST(SlaPolicyRulesTest, Bounds) {
  SlaPolicyWindows w = Repair();
  v1::SlaPolicy in;
  *in.mutable_callback() = Secs(59);
  EXPECT_FALSE(MergeSlaPolicy(v1::Ticket::REPAIR, in, {"callback"}, &w).ok());
  *in.mutable_callback() = Secs(31 * 86400);
  EXPECT_FALSE(MergeSlaPolicy(v1::Ticket::REPAIR, in, {"callback"}, &w).ok());
  in.mutable_callback()->set_seconds(3600);
  in.mutable_callback()->set_nanos(5);
  EXPECT_FALSE(MergeSlaPolicy(v1::Ticket::REPAIR, in, {"callback"}, &w).ok());
  *in.mutable_coordination() = Secs(86400);  // at least two days
  EXPECT_FALSE(
      MergeSlaPolicy(v1::Ticket::REPAIR, in, {"coordination"}, &w).ok());
}

TEST(SlaPolicyRulesTest, OnlyAComplaintOwesAPlan) {
  SlaPolicyWindows w = Repair();
  v1::SlaPolicy in;
  *in.mutable_plan() = Secs(3600);
  EXPECT_FALSE(MergeSlaPolicy(v1::Ticket::REPAIR, in, {"plan"}, &w).ok());
  EXPECT_TRUE(MergeSlaPolicy(v1::Ticket::COMPLAINT, in, {"plan"}, &w).ok());
  EXPECT_EQ(w.plan_s, 3600);
  in.clear_plan();
  SlaPolicyWindows r = Repair();
  EXPECT_TRUE(MergeSlaPolicy(v1::Ticket::REPAIR, in, {"plan"}, &r).ok());
}

TEST(SlaPolicyRulesTest, ChecksAcrossFields) {
  SlaPolicyWindows w = Repair();
  v1::SlaPolicy in;
  *in.mutable_escalate_manager_after() = Secs(0);
  *in.mutable_escalate_supervisor_after() = Secs(3600);
  EXPECT_FALSE(MergeSlaPolicy(
                   v1::Ticket::REPAIR, in,
                   {"escalate_supervisor_after", "escalate_manager_after"}, &w)
                   .ok());
  w = Repair();
  *in.mutable_first_response() = Secs(4 * 86400);
  EXPECT_FALSE(
      MergeSlaPolicy(v1::Ticket::REPAIR, in, {"first_response"}, &w).ok());
  w = Repair();
  *in.mutable_plan() = Secs(4 * 86400);
  EXPECT_FALSE(MergeSlaPolicy(v1::Ticket::COMPLAINT, in, {"plan"}, &w).ok());
}

}  // namespace
}  // namespace frontdesk
