#include "common/site_roles.h"

#include <gtest/gtest.h>

#include "frontdesk/v1/directory_service.pb.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;

Principal Holding(std::vector<Grant> grants) {
  Principal who;
  who.staff_id = "someone";
  who.grants = std::move(grants);
  return who;
}

TEST(SiteRolesTest, TheDeskIsItsReceptionistsSupervisorsAndManagers) {
  for (int role : {Role::RECEPTIONIST, Role::SUPERVISOR, Role::MANAGER}) {
    EXPECT_TRUE(AtSiteDesk(Holding({{role, "hx"}}), "hx")) << role;
    EXPECT_FALSE(AtSiteDesk(Holding({{role, "hx"}}), "yy")) << role;
  }
  for (int role : {Role::MAINTENANCE, Role::SECURITY, Role::BUTLER,
                   Role::RESIDENT_APP, Role::ADMIN}) {
    EXPECT_FALSE(AtSiteDesk(Holding({{role, "hx"}}), "hx")) << role;
  }
}

TEST(SiteRolesTest, OnlySupervisorsAndManagersSuperviseTheirOwnSites) {
  EXPECT_TRUE(SupervisesSite(Holding({{Role::SUPERVISOR, "hx"}}), "hx"));
  EXPECT_TRUE(SupervisesSite(Holding({{Role::MANAGER, "hx"}}), "hx"));
  EXPECT_FALSE(SupervisesSite(Holding({{Role::RECEPTIONIST, "hx"}}), "hx"));
  EXPECT_FALSE(SupervisesSite(Holding({{Role::ADMIN, ""}}), "hx"));
  // Supervisor at hx, receptionist at yy: at both desks, supervises hx.
  Principal both =
      Holding({{Role::SUPERVISOR, "hx"}, {Role::RECEPTIONIST, "yy"}});
  EXPECT_TRUE(AtSiteDesk(both, "yy"));
  EXPECT_TRUE(SupervisesSite(both, "hx"));
  EXPECT_FALSE(SupervisesSite(both, "yy"));
}

TEST(SiteRolesTest, AGrantAtEverySiteCountsAtEachSite) {
  Principal head_office = Holding({{Role::MANAGER, ""}});
  EXPECT_TRUE(AtSiteDesk(head_office, "hx"));
  EXPECT_TRUE(SupervisesSite(head_office, "yy"));
}

}  // namespace
}  // namespace frontdesk
