// Who sees a ticket's reporter, and who may search by the reporter's phone
// (reporter_rules.h) [T-REPORTER-MASKED] [T-REPORTER-AUDITED]
// [T-PHONE-SEARCH-AUDITED].
#include "server/ticket/reporter_rules.h"

#include "common/principal_testing.h"
#include "common/status.h"
#include "common/status_testing.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;

TEST(ReporterSightTest, TheSitesDeskSeesTheReporterWithoutAnAudit) {
  for (int role : {Role::RECEPTIONIST, Role::SUPERVISOR, Role::MANAGER}) {
    SCOPED_TRACE(role);
    ReporterSight sight =
        ReporterSightFor(TestPrincipal({role}, {"hx"}), "hx", false);
    EXPECT_TRUE(sight.clear);
    EXPECT_EQ(sight.audit_reason, "");
    // Not at another site's desk.
    EXPECT_FALSE(
        ReporterSightFor(TestPrincipal({role}, {"lz"}), "hx", false).clear);
  }
}

TEST(ReporterSightTest, OthersSeeItMaskedUnlessTheyHoldAnOpenWorkOrder) {
  for (int role :
       {Role::MAINTENANCE, Role::SECURITY, Role::BUTLER, Role::SERVICE}) {
    SCOPED_TRACE(role);
    Principal who = TestPrincipal({role}, {"hx"});
    ReporterSight masked = ReporterSightFor(who, "hx", false);
    EXPECT_FALSE(masked.clear);
    EXPECT_EQ(masked.audit_reason, "");
    ReporterSight assignee = ReporterSightFor(who, "hx", true);
    EXPECT_TRUE(assignee.clear);
    EXPECT_EQ(assignee.audit_reason,
              "assignee of an open work order of the ticket");
  }
}

TEST(ReporterSightTest, AdminSeesItButOutsideTheDeskEveryReadIsAudited) {
  ReporterSight sight =
      ReporterSightFor(TestPrincipal({Role::ADMIN}, {}), "hx", false);
  EXPECT_TRUE(sight.clear);
  EXPECT_EQ(sight.audit_reason, "ADMIN, outside the site's desk");
  // ADMIN who also works the site's desk reads as the desk.
  EXPECT_EQ(
      ReporterSightFor(TestPrincipal({Role::ADMIN, Role::RECEPTIONIST}, {"hx"}),
                       "hx", false)
          .audit_reason,
      "");
}

TEST(MaskReporterTest, NameAndPhoneMaskedUnitAndLocationKept) {
  v1::Contact reporter;
  reporter.set_name("王芳");
  reporter.set_phone("13800138000");
  reporter.set_unit("sites/hx/units/3-2-501");
  reporter.set_location("3-2-501 厨房");
  MaskReporter(&reporter);
  EXPECT_EQ(reporter.name(), "王*");
  EXPECT_EQ(reporter.phone(), "138****8000");
  EXPECT_EQ(reporter.unit(), "sites/hx/units/3-2-501");
  EXPECT_EQ(reporter.location(), "3-2-501 厨房");
  EXPECT_TRUE(HoldsPersonalData(reporter));
  EXPECT_FALSE(HoldsPersonalData(v1::Contact()));
}

TEST(MaskReporterTest, TheHistorysChangesOfTheReporterAreMaskedToo) {
  v1::TicketEvent event;
  auto change = [&](const char* field, const char* before, const char* after) {
    v1::FieldChange* c = event.add_changes();
    c->set_field(field);
    c->set_old_value(before);
    c->set_new_value(after);
  };
  change("reporter.name", "王芳", "欧阳娜娜");
  change("reporter.phone", "13800138000", "021-5555-1234");
  change("subject", "漏水", "严重漏水");
  EXPECT_TRUE(HoldsPersonalData(event));
  MaskReporterChanges(&event);
  EXPECT_EQ(event.changes(0).old_value(), "王*");
  EXPECT_EQ(event.changes(0).new_value(), "欧***");
  EXPECT_EQ(event.changes(1).old_value(), "138****8000");
  EXPECT_EQ(event.changes(1).new_value(), "*******1234");
  EXPECT_EQ(event.changes(2).new_value(), "严重漏水");
  v1::TicketEvent note;
  note.set_note("住户下午在家");
  EXPECT_FALSE(HoldsPersonalData(note));
}

TEST(MaskReporterTest, AMaskedNameIsNotAcceptedBack) {
  EXPECT_TRUE(CheckNotMaskedName("ticket.reporter.name", "王芳").ok());
  ExpectOneViolation(CheckNotMaskedName("ticket.reporter.name", "王*"),
                     "ticket.reporter.name");
}

TEST(PhoneSearchTest, AcrossSitesOnlySupervisorsManagersAndAdmin) {
  for (int role : {Role::SUPERVISOR, Role::MANAGER, Role::ADMIN}) {
    SCOPED_TRACE(role);
    auto across = CheckPhoneSearch(TestPrincipal({role}, {"hx"}), "-");
    ASSERT_TRUE(across.ok()) << across.status();
    EXPECT_TRUE(*across);
  }
  for (int role : {Role::RECEPTIONIST, Role::MAINTENANCE, Role::SECURITY,
                   Role::BUTLER, Role::SERVICE}) {
    SCOPED_TRACE(role);
    auto refused = CheckPhoneSearch(TestPrincipal({role}, {"hx"}), "-");
    EXPECT_EQ(refused.status().code(), absl::StatusCode::kPermissionDenied);
    EXPECT_EQ(ErrorReason(refused.status()), "PHONE_SEARCH_NOT_PERMITTED");
    EXPECT_EQ(ErrorMetadata(refused.status(), "rule"),
              "T-PHONE-SEARCH-AUDITED");
  }
}

TEST(PhoneSearchTest, AtOneSiteTheDesksSearch) {
  for (int role : {Role::RECEPTIONIST, Role::SUPERVISOR, Role::MANAGER}) {
    SCOPED_TRACE(role);
    auto at_site = CheckPhoneSearch(TestPrincipal({role}, {"hx"}), "hx");
    ASSERT_TRUE(at_site.ok()) << at_site.status();
    EXPECT_FALSE(*at_site);
  }
  EXPECT_TRUE(CheckPhoneSearch(TestPrincipal({Role::ADMIN}, {}), "hx").ok());
  for (int role :
       {Role::MAINTENANCE, Role::SECURITY, Role::BUTLER, Role::SERVICE}) {
    SCOPED_TRACE(role);
    EXPECT_EQ(
        ErrorReason(
            CheckPhoneSearch(TestPrincipal({role}, {"hx"}), "hx").status()),
        "PHONE_SEARCH_NOT_PERMITTED");
  }
}

}  // namespace
}  // namespace frontdesk
