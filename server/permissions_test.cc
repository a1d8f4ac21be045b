#include "server/permissions.h"

#include "common/status.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using v1::StaffMember;

Principal With(std::initializer_list<int> roles) {
  Principal p;
  p.staff_id = "wang.li";
  for (int role : roles) p.grants.push_back({role, "hx"});
  return p;
}

TEST(RequireAnyRoleTest, AnyListedRoleIsEnough) {
  EXPECT_TRUE(RequireAnyRole(With({StaffMember::MANAGER}),
                             {StaffMember::ADMIN, StaffMember::MANAGER}, "x")
                  .ok());
  EXPECT_TRUE(
      RequireAnyRole(With({StaffMember::RECEPTIONIST, StaffMember::ADMIN}),
                     {StaffMember::ADMIN}, "x")
          .ok());
}

TEST(RequireAnyRoleTest, OtherRolesAreDeniedWithReasonAndWho) {
  absl::Status s = RequireAnyRole(With({StaffMember::MAINTENANCE}),
                                  {StaffMember::ADMIN, StaffMember::MANAGER},
                                  "create sites");
  EXPECT_EQ(s.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrorReason(s), "PERMISSION_DENIED");
  EXPECT_NE(s.message().find("staff/wang.li"), absl::string_view::npos);
  EXPECT_NE(s.message().find("create sites"), absl::string_view::npos);
  EXPECT_NE(s.message().find("ADMIN, MANAGER"), absl::string_view::npos);
}

TEST(RequireAnyRoleTest, NoRolesIsDenied) {
  EXPECT_EQ(RequireAnyRole(With({}), {StaffMember::ADMIN}, "x").code(),
            absl::StatusCode::kPermissionDenied);
}

}  // namespace
}  // namespace frontdesk
