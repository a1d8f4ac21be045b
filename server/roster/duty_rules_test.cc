// duty_rules.h: who may be put on a shift, and when duties are added and
// removed.
#include "server/roster/duty_rules.h"

#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;

v1::RoleGrant Grant(Role::Role role, const char* site) {
  v1::RoleGrant g;
  g.set_role(role);
  g.set_site(site);
  return g;
}

const absl::Time kStart = absl::FromUnixSeconds(1'800'000'000);
const absl::Time kEnd = kStart + absl::Hours(12);

TEST(DutyRulesTest, OnlyAReceptionistOfTheSiteIsQualified) {
  EXPECT_TRUE(
      CheckQualifiedForDesk({Grant(Role::RECEPTIONIST, "sites/hx")}, "hx")
          .ok());
  EXPECT_TRUE(
      CheckQualifiedForDesk({Grant(Role::RECEPTIONIST, "sites/-")}, "hx").ok());
  for (const auto& grants : std::vector<std::vector<v1::RoleGrant>>{
           {},
           {Grant(Role::RECEPTIONIST, "sites/lz")},
           {Grant(Role::SUPERVISOR, "sites/hx"),
            Grant(Role::SECURITY, "sites/hx")}}) {
    EXPECT_EQ(ErrorReason(CheckQualifiedForDesk(grants, "hx")),
              "STAFF_NOT_QUALIFIED");
  }
}

TEST(DutyRulesTest, SwapDutiesAreNotMadeByHand) {
  EXPECT_TRUE(CheckDutyOrigin(v1::DutyAssignment::PLANNED).ok());
  EXPECT_TRUE(CheckDutyOrigin(v1::DutyAssignment::LEAVE_COVER).ok());
  for (auto origin :
       {v1::DutyAssignment::SWAP, v1::DutyAssignment::ORIGIN_UNSPECIFIED}) {
    const absl::Status s = CheckDutyOrigin(origin);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(ErrorFieldViolations(s)[0].field, "duty_assignment.origin");
  }
}

TEST(DutyRulesTest, AStartedShiftTakesOnlyAnEmergencyRelief) {
  const auto planned = v1::DutyAssignment::PLANNED;
  const auto relief = v1::DutyAssignment::LEAVE_COVER;
  EXPECT_TRUE(
      CheckMayAddDuty(planned, kStart, kEnd, kStart - absl::Seconds(1)).ok());
  EXPECT_EQ(ErrorReason(CheckMayAddDuty(planned, kStart, kEnd, kStart)),
            "SHIFT_ALREADY_STARTED");
  EXPECT_TRUE(CheckMayAddDuty(relief, kStart, kEnd, kStart).ok());
  EXPECT_EQ(ErrorReason(CheckMayAddDuty(relief, kStart, kEnd, kEnd)),
            "SHIFT_ALREADY_STARTED");
}

TEST(DutyRulesTest, OnlyAScheduledDutyIsRemovedBeforeTheShift) {
  EXPECT_TRUE(CheckMayRemoveDuty(v1::DutyAssignment::SCHEDULED, kStart,
                                 kStart - absl::Minutes(1))
                  .ok());
  EXPECT_EQ(ErrorReason(CheckMayRemoveDuty(v1::DutyAssignment::SCHEDULED,
                                           kStart, kStart)),
            "SHIFT_ALREADY_STARTED");
  for (auto status :
       {v1::DutyAssignment::ON_LEAVE, v1::DutyAssignment::SWAPPED_OUT,
        v1::DutyAssignment::ON_DUTY, v1::DutyAssignment::CANCELLED}) {
    EXPECT_EQ(ErrorReason(
                  CheckMayRemoveDuty(status, kStart, kStart - absl::Hours(1))),
              "DUTY_NOT_SCHEDULED");
  }
}

}  // namespace
}  // namespace frontdesk
