// Unit tests of directory_rules.h: sites, units, staff, access tokens and
// the staff filter. Links only the rules library.
#include "server/directory/directory_rules.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "common/principal_testing.h"
#include "common/status.h"
#include "common/status_testing.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "gtest/gtest.h"
#include "server/rules_test_util.h"

namespace frontdesk {
namespace {

using v1::StaffMember;

std::string Repeat(absl::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out.append(s.data(), s.size());
  return out;
}

// ---- ValidateNewSite --------------------------------------------------------

v1::Site ValidSite() {
  return ParseTextProto<v1::Site>(
      "display_name: '华馨苑' time_zone: 'Asia/Shanghai' "
      "address: '深圳市南山区华馨路1号'");
}

TEST(ValidateNewSiteTest, ValidSitePasses) {
  EXPECT_TRUE(ValidateNewSite("hx", ValidSite()).ok())
      << ValidateNewSite("hx", ValidSite());
  EXPECT_TRUE(ValidateNewSite("hx2", ValidSite()).ok());
  EXPECT_TRUE(ValidateNewSite(std::string(16, 'a'), ValidSite()).ok());

  v1::Site site = ValidSite();
  site.clear_address();  // optional
  site.set_time_zone("America/New_York");
  EXPECT_TRUE(ValidateNewSite("ny", site).ok()) << ValidateNewSite("ny", site);
}

TEST(ValidateNewSiteTest, BadSiteId) {
  for (const char* id : {"HX", "h", "1ab", "", "h-x", "h_x", "hx!", "华馨",
                         "abcdefghijklmnopq" /* 17 */}) {
    SCOPED_TRACE(id);
    std::string rule =
        ExpectOneViolation(ValidateNewSite(id, ValidSite()), "site_id");
    EXPECT_NE(rule.find("2..16"), std::string::npos) << rule;
  }
}

TEST(ValidateNewSiteTest, MissingDisplayName) {
  v1::Site site = ValidSite();
  site.clear_display_name();
  EXPECT_EQ(
      ExpectOneViolation(ValidateNewSite("hx", site), "site.display_name"),
      "is required");
}

TEST(ValidateNewSiteTest, DisplayNameTooLong) {
  v1::Site site = ValidSite();
  site.set_display_name(Repeat("苑", 64));
  EXPECT_TRUE(ValidateNewSite("hx", site).ok());
  site.set_display_name(Repeat("苑", 65));
  ExpectOneViolation(ValidateNewSite("hx", site), "site.display_name");
}

TEST(ValidateNewSiteTest, BadTimeZone) {
  for (const char* tz : {"Mars/Base", "Asia/Beijing", "GMT+8 Beijing"}) {
    SCOPED_TRACE(tz);
    v1::Site site = ValidSite();
    site.set_time_zone(tz);
    std::string rule =
        ExpectOneViolation(ValidateNewSite("hx", site), "site.time_zone");
    EXPECT_NE(rule.find("IANA"), std::string::npos) << rule;
  }
}

TEST(ValidateNewSiteTest, TimeZoneMustBeAnIanaNameNotAFile) {
  // absl::LoadTimeZone would load each of these from the server's disk; the
  // site's "today" must not depend on (or probe) the server's files.
  for (const char* tz :
       {"/etc/localtime", "/usr/share/zoneinfo/Asia/Shanghai",
        "../../../usr/share/zoneinfo/Asia/Shanghai", "Asia/../Asia/Shanghai",
        "file:/etc/localtime", "localtime", "Asia//Shanghai"}) {
    SCOPED_TRACE(tz);
    v1::Site site = ValidSite();
    site.set_time_zone(tz);
    ExpectOneViolation(ValidateNewSite("hx", site), "site.time_zone");
  }
}

TEST(ValidateNewSiteTest, IanaTimeZonesAccepted) {
  for (const char* tz :
       {"Asia/Shanghai", "Asia/Hong_Kong", "UTC", "Etc/GMT-8",
        "America/Port-au-Prince", "America/Argentina/Buenos_Aires"}) {
    SCOPED_TRACE(tz);
    v1::Site site = ValidSite();
    site.set_time_zone(tz);
    EXPECT_TRUE(ValidateNewSite("hx", site).ok())
        << ValidateNewSite("hx", site);
  }
}

TEST(ValidateNewSiteTest, MissingTimeZone) {
  v1::Site site = ValidSite();
  site.clear_time_zone();
  std::string rule =
      ExpectOneViolation(ValidateNewSite("hx", site), "site.time_zone");
  EXPECT_NE(rule.find("is required"), std::string::npos) << rule;
}

TEST(ValidateNewSiteTest, AddressTooLong) {
  v1::Site site = ValidSite();
  site.set_address(Repeat("路", 201));
  ExpectOneViolation(ValidateNewSite("hx", site), "site.address");
}

TEST(ValidateNewSiteTest, AllViolationsTogether) {
  v1::Site site;
  site.set_address("a\x01");
  EXPECT_EQ(FieldsOf(ValidateNewSite("HX", site)),
            (std::vector<std::string>{"site_id", "site.display_name",
                                      "site.time_zone", "site.address"}));
}

// ---- ValidateNewUnit --------------------------------------------------------

v1::Unit MakeUnit(const std::string& building, const std::string& entrance,
                  const std::string& room) {
  v1::Unit unit;
  unit.set_building(building);
  unit.set_entrance(entrance);
  unit.set_room(room);
  return unit;
}

TEST(ValidateNewUnitTest, ReturnsUnitId) {
  auto id = ValidateNewUnit(MakeUnit("3", "2", "501"));
  ASSERT_TRUE(id.ok()) << id.status();
  EXPECT_EQ(*id, "3-2-501");

  id = ValidateNewUnit(MakeUnit("A", "B2", "1101"));
  ASSERT_TRUE(id.ok()) << id.status();
  EXPECT_EQ(*id, "A-B2-1101");

  id = ValidateNewUnit(MakeUnit(std::string(16, '9'), std::string(16, 'a'),
                                std::string(16, 'Z')));
  ASSERT_TRUE(id.ok()) << id.status();
}

TEST(ValidateNewUnitTest, EmptyParts) {
  EXPECT_EQ(
      ExpectOneViolation(ValidateNewUnit(MakeUnit("", "2", "501")).status(),
                         "unit.building"),
      "is required");
  EXPECT_EQ(
      ExpectOneViolation(ValidateNewUnit(MakeUnit("3", "", "501")).status(),
                         "unit.entrance"),
      "is required");
  EXPECT_EQ(ExpectOneViolation(ValidateNewUnit(MakeUnit("3", "2", "")).status(),
                               "unit.room"),
            "is required");
  EXPECT_EQ(FieldsOf(ValidateNewUnit(v1::Unit()).status()),
            (std::vector<std::string>{"unit.building", "unit.entrance",
                                      "unit.room"}));
}

TEST(ValidateNewUnitTest, NonAlphanumericParts) {
  // '-' would make the id ambiguous, '/' would break the resource name.
  for (const char* room : {"5-01", "5/01", "501 ", "5.01", "五零一", "501\n"}) {
    SCOPED_TRACE(room);
    EXPECT_EQ(
        ExpectOneViolation(ValidateNewUnit(MakeUnit("3", "2", room)).status(),
                           "unit.room"),
        "must contain only letters and digits");
  }
  ExpectOneViolation(ValidateNewUnit(MakeUnit("3-1", "2", "501")).status(),
                     "unit.building");
  ExpectOneViolation(ValidateNewUnit(MakeUnit("3", "2/", "501")).status(),
                     "unit.entrance");
}

TEST(ValidateNewUnitTest, PartTooLong) {
  ExpectOneViolation(
      ValidateNewUnit(MakeUnit(std::string(17, '1'), "2", "501")).status(),
      "unit.building");
}

// ---- ValidateNewStaffMember -------------------------------------------------

StaffMember ValidStaff() {
  return ParseTextProto<StaffMember>(
      "display_name: '王力' phone: '13800138000' "
      "roles: [RECEPTIONIST, SUPERVISOR] sites: ['sites/hx', 'sites/ly']");
}

// The one violation ValidateNewStaffMember("wang.li", staff) finds, on
// `field`: its rule (see ExpectOneViolation).
std::string OneStaffViolation(const StaffMember& staff,
                              absl::string_view field) {
  return ExpectOneViolation(ValidateNewStaffMember("wang.li", staff), field);
}

TEST(ValidateNewStaffMemberTest, ValidStaffPasses) {
  EXPECT_TRUE(ValidateNewStaffMember("wang.li", ValidStaff()).ok())
      << ValidateNewStaffMember("wang.li", ValidStaff());
  StaffMember staff = ValidStaff();
  staff.clear_phone();  // optional
  staff.clear_sites();  // an admin: held at every site
  staff.clear_roles();
  staff.add_roles(StaffMember::ADMIN);
  EXPECT_TRUE(ValidateNewStaffMember("svc-report_1", staff).ok())
      << ValidateNewStaffMember("svc-report_1", staff);
}

TEST(ValidateNewStaffMemberTest, NoRoles) {
  StaffMember staff = ValidStaff();
  staff.clear_roles();
  OneStaffViolation(staff, "staff_member.roles");
}

TEST(ValidateNewStaffMemberTest, UnspecifiedOrUnknownRole) {
  StaffMember staff = ValidStaff();
  staff.add_roles(StaffMember::ROLE_UNSPECIFIED);
  EXPECT_EQ(OneStaffViolation(staff, "staff_member.roles[2]"),
            "is not a known role");

  staff = ValidStaff();
  staff.set_roles(0, static_cast<StaffMember::Role>(99));
  EXPECT_EQ(OneStaffViolation(staff, "staff_member.roles[0]"),
            "is not a known role");
}

TEST(ValidateNewStaffMemberTest, DuplicateRole) {
  StaffMember staff = ValidStaff();
  staff.add_roles(StaffMember::RECEPTIONIST);
  EXPECT_EQ(OneStaffViolation(staff, "staff_member.roles[2]"),
            "is listed twice");
}

TEST(ValidateNewStaffMemberTest, BadSiteName) {
  for (const char* site : {"hx", "sites/HX", "sites/", "sites/-", "site/hx",
                           "sites/hx/units/3-2-501", ""}) {
    SCOPED_TRACE(site);
    StaffMember staff = ValidStaff();
    staff.add_sites(site);
    EXPECT_EQ(OneStaffViolation(staff, "staff_member.sites[2]"),
              "must be \"sites/{site}\"");
  }
}

TEST(ValidateNewStaffMemberTest, DuplicateSite) {
  StaffMember staff = ValidStaff();
  staff.add_sites("sites/hx");
  EXPECT_EQ(OneStaffViolation(staff, "staff_member.sites[2]"),
            "is listed twice");
}

TEST(ValidateNewStaffMemberTest, BadPhone) {
  for (const char* phone : {"abc", "138001380001", "1234"}) {
    SCOPED_TRACE(phone);
    StaffMember staff = ValidStaff();
    staff.set_phone(phone);
    OneStaffViolation(staff, "staff_member.phone");
  }
}

TEST(ValidateNewStaffMemberTest, BadStaffId) {
  for (const std::string& id :
       std::vector<std::string>{"Wang", "w", "", "1wang", "wang li", "wang/li",
                                "王力", std::string(33, 'w')}) {
    SCOPED_TRACE(id);
    ExpectOneViolation(ValidateNewStaffMember(id, ValidStaff()), "staff_id");
  }
}

TEST(ValidateNewStaffMemberTest, DisplayName) {
  StaffMember staff = ValidStaff();
  staff.clear_display_name();
  EXPECT_EQ(OneStaffViolation(staff, "staff_member.display_name"),
            "is required");
  staff.set_display_name(Repeat("王", 65));
  OneStaffViolation(staff, "staff_member.display_name");
}

TEST(ValidateNewStaffMemberTest, AllViolationsTogether) {
  StaffMember staff;
  staff.set_phone("abc");
  staff.add_sites("hx");
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("Wang", staff)),
            (std::vector<std::string>{
                "staff_id", "staff_member.display_name", "staff_member.phone",
                "staff_member.roles", "staff_member.sites[0]"}));
}

// ---- ValidateNewAccessToken -------------------------------------------------

TEST(ValidateNewAccessTokenTest, DisplayNameOptionalUpTo64) {
  v1::AccessToken token;
  EXPECT_TRUE(ValidateNewAccessToken(token).ok());
  token.set_display_name("front desk PC 2");
  EXPECT_TRUE(ValidateNewAccessToken(token).ok());
  token.set_display_name(Repeat("台", 64));
  EXPECT_TRUE(ValidateNewAccessToken(token).ok());
}

TEST(ValidateNewAccessTokenTest, BadDisplayName) {
  v1::AccessToken token;
  token.set_display_name(Repeat("台", 65));
  ExpectOneViolation(ValidateNewAccessToken(token),
                     "access_token.display_name");
  token.set_display_name("PC\n2");
  EXPECT_EQ(ExpectOneViolation(ValidateNewAccessToken(token),
                               "access_token.display_name"),
            "must not contain control characters");
}

// ---- ParseStaffFilter -------------------------------------------------------

TEST(ParseStaffFilterTest, EmptyFilterMeansEveryone) {
  auto f = ParseStaffFilter("");
  ASSERT_TRUE(f.ok()) << f.status();
  EXPECT_EQ(f->site_id, "");
  EXPECT_EQ(f->role, 0);
  EXPECT_EQ(f->canonical, "");
}

TEST(ParseStaffFilterTest, SiteAndRole) {
  auto f = ParseStaffFilter("site = \"sites/hx\" AND role = MANAGER");
  ASSERT_TRUE(f.ok()) << f.status();
  EXPECT_EQ(f->site_id, "hx");
  EXPECT_EQ(f->role, StaffMember::MANAGER);
  EXPECT_FALSE(f->canonical.empty());
  // The canonical text does not depend on spacing: page tokens stay valid.
  auto g = ParseStaffFilter("site=\"sites/hx\"   AND role=MANAGER");
  ASSERT_TRUE(g.ok()) << g.status();
  EXPECT_EQ(f->canonical, g->canonical);
  EXPECT_NE(f->canonical, ParseStaffFilter("role = MANAGER")->canonical);
}

TEST(ParseStaffFilterTest, RefusesWhatItCannotAnswer) {
  for (const char* filter : {"site = \"hx\"", "role = CHEF", "role != MANAGER",
                             "site != \"sites/hx\"", "phone = \"1\"",
                             "site = \"sites/hx\" OR role = MANAGER"}) {
    SCOPED_TRACE(filter);
    absl::Status s = ParseStaffFilter(filter).status();
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << s;
    EXPECT_EQ(ErrorReason(s), "INVALID_FILTER") << s;
    EXPECT_EQ(FieldsOf(s), std::vector<std::string>{"filter"}) << s;
  }
}

TEST(ParseStaffFilterTest, OnlyEqualityIsSupported) {
  absl::Status s = ParseStaffFilter("role != MANAGER").status();
  ASSERT_EQ(ErrorFieldViolations(s).size(), 1u) << s;
  EXPECT_EQ(ErrorFieldViolations(s)[0].description,
            "staff filters support only = (site, role)");
}

// ---- CheckGrant ------------------------------------------------------------

StaffMember Shorthand(std::initializer_list<StaffMember::Role> roles,
                      std::initializer_list<const char*> sites) {
  StaffMember staff;
  for (StaffMember::Role role : roles) staff.add_roles(role);
  for (const char* site : sites) staff.add_sites(site);
  return staff;
}

void ExpectGrantRefused(const absl::Status& status) {
  EXPECT_EQ(status.code(), absl::StatusCode::kPermissionDenied) << status;
  EXPECT_EQ(ErrorMetadata(status, "rule"), "D-GRANTS") << status;
}

TEST(CheckGrantTest, AManagerStaffsTheirOwnSites) {
  Principal manager = TestPrincipal({StaffMember::MANAGER}, {"hx", "yy"});
  EXPECT_TRUE(CheckGrant(manager, Shorthand({StaffMember::RECEPTIONIST,
                                             StaffMember::SUPERVISOR},
                                            {"sites/hx", "sites/yy"}))
                  .ok());
}

TEST(CheckGrantTest, OnlyAdminGrantsCompanyWideRoles) {
  Principal manager = TestPrincipal({StaffMember::MANAGER}, {"hx"});
  ExpectGrantRefused(CheckGrant(manager, Shorthand({StaffMember::ADMIN}, {})));
  ExpectGrantRefused(CheckGrant(
      manager, Shorthand({StaffMember::RESIDENT_APP}, {"sites/hx"})));
  Principal admin = TestPrincipal({StaffMember::ADMIN}, {});
  EXPECT_TRUE(CheckGrant(admin, Shorthand({StaffMember::ADMIN}, {})).ok());
  EXPECT_TRUE(
      CheckGrant(admin, Shorthand({StaffMember::RESIDENT_APP}, {"sites/zz"}))
          .ok());
}

TEST(CheckGrantTest, NobodyGrantsAtASiteTheyDoNotWorkAt) {
  Principal manager = TestPrincipal({StaffMember::MANAGER}, {"hx"});
  ExpectGrantRefused(CheckGrant(manager, Shorthand({StaffMember::RECEPTIONIST},
                                                   {"sites/hx", "sites/yy"})));
}

StaffMember Granted(
    std::initializer_list<std::pair<StaffMember::Role, const char*>> grants) {
  StaffMember staff;
  for (const auto& [role, site] : grants) {
    v1::RoleGrant* grant = staff.add_grants();
    grant->set_role(role);
    grant->set_site(site);
  }
  return staff;
}

// A manager of hx who is a receptionist at yy staffs hx only; a manager of
// every site staffs every site [D-GRANTS-PER-SITE].
TEST(CheckGrantTest, OnlyAManagerOfTheSiteGrantsThere) {
  Principal mixed;
  mixed.staff_id = "li.na";
  mixed.grants = {{StaffMember::MANAGER, "hx"},
                  {StaffMember::RECEPTIONIST, "yy"}};
  EXPECT_TRUE(CheckGrant(mixed, Granted({{StaffMember::SUPERVISOR, "sites/hx"},
                                         {StaffMember::MANAGER, "sites/hx"}}))
                  .ok());
  ExpectGrantRefused(
      CheckGrant(mixed, Granted({{StaffMember::RECEPTIONIST, "sites/yy"}})));
  ExpectGrantRefused(
      CheckGrant(mixed, Granted({{StaffMember::RECEPTIONIST, "sites/-"}})));
  Principal head_office = TestPrincipal({StaffMember::MANAGER}, {});
  EXPECT_TRUE(CheckGrant(head_office,
                         Granted({{StaffMember::MANAGER, "sites/-"},
                                  {StaffMember::RECEPTIONIST, "sites/zz"}}))
                  .ok());
  ExpectGrantRefused(
      CheckGrant(head_office, Granted({{StaffMember::ADMIN, "sites/-"}})));
}

// ---- ValidateNewStaffMember: grants --------------------------------------

TEST(ValidateNewStaffMemberTest, GrantsNameAKnownRoleAtASiteOrEverySite) {
  StaffMember staff = Granted({{StaffMember::SUPERVISOR, "sites/hx"},
                               {StaffMember::RECEPTIONIST, "sites/yy"},
                               {StaffMember::MANAGER, "sites/-"}});
  staff.set_display_name("李娜");
  EXPECT_TRUE(ValidateNewStaffMember("li.na", staff).ok());

  StaffMember bad = Granted({{StaffMember::ROLE_UNSPECIFIED, "sites/hx"},
                             {StaffMember::SUPERVISOR, "hx"},
                             {StaffMember::ADMIN, "sites/hx"},
                             {StaffMember::MANAGER, "sites/-"},
                             {StaffMember::MANAGER, "sites/-"}});
  bad.set_display_name("李娜");
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("li.na", bad)),
            (std::vector<std::string>{
                "staff_member.grants[0].role", "staff_member.grants[1].site",
                "staff_member.grants[2].site", "staff_member.grants[4]"}));
}

TEST(ValidateNewStaffMemberTest, GrantsOrShorthandNotBoth) {
  StaffMember both = Granted({{StaffMember::SUPERVISOR, "sites/hx"}});
  both.set_display_name("李娜");
  both.add_roles(StaffMember::RECEPTIONIST);
  both.add_sites("sites/yy");
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("li.na", both)),
            std::vector<std::string>{"staff_member.grants"});
}

// [ACL-SERVICE-PURPOSE]
TEST(ValidateNewStaffMemberTest, AServiceAccountHasOnePurposeAndNoPersonsRole) {
  StaffMember app = Shorthand({StaffMember::RESIDENT_APP}, {"sites/hx"});
  app.set_display_name("住户App");
  EXPECT_TRUE(ValidateNewStaffMember("app.hx", app).ok());
  StaffMember two = Shorthand(
      {StaffMember::RESIDENT_APP, StaffMember::REPORT_JOB}, {"sites/hx"});
  two.set_display_name("住户App");
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("app.hx", two)),
            std::vector<std::string>{"staff_member.roles"});
  StaffMember mixed = Granted({{StaffMember::RESIDENT_APP, "sites/hx"},
                               {StaffMember::RECEPTIONIST, "sites/hx"}});
  mixed.set_display_name("住户App");
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("app.hx", mixed)),
            std::vector<std::string>{"staff_member.grants"});
  StaffMember retired = Shorthand({StaffMember::SERVICE}, {"sites/hx"});
  retired.set_display_name("住户App");
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("app.hx", retired)),
            std::vector<std::string>{"staff_member.roles"});
}

// Company-wide grants are explicit: a shorthand role other than ADMIN with
// no site is refused, not read as "every site" [D-GRANTS-PER-SITE].
TEST(ValidateNewStaffMemberTest, ShorthandRolesNeedASiteExceptAdmin) {
  StaffMember staff = Shorthand({StaffMember::MANAGER}, {});
  staff.set_display_name("李娜");
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("li.na", staff)),
            std::vector<std::string>{"staff_member.sites"});
  StaffMember admin = Shorthand({StaffMember::ADMIN}, {});
  admin.set_display_name("李娜");
  EXPECT_TRUE(ValidateNewStaffMember("li.na", admin).ok());
}

// ---- CheckVendorWriter -----------------------------------------------------

TEST(CheckVendorWriterTest, AManagerWritesOnlyVendorsOfTheSitesTheyManage) {
  v1::Vendor vendor;
  vendor.add_sites("sites/hx");
  Principal manager = TestPrincipal({StaffMember::MANAGER}, {"hx"});
  EXPECT_TRUE(CheckVendorWriter(manager, vendor).ok());
  vendor.add_sites("sites/yy");
  absl::Status other = CheckVendorWriter(manager, vendor);
  EXPECT_EQ(other.code(), absl::StatusCode::kPermissionDenied) << other;
  EXPECT_EQ(ErrorMetadata(other, "rule"), "D-VENDOR-SITES");
  v1::Vendor everywhere;  // no sites: serves every site
  EXPECT_EQ(CheckVendorWriter(manager, everywhere).code(),
            absl::StatusCode::kPermissionDenied);
  EXPECT_TRUE(
      CheckVendorWriter(TestPrincipal({StaffMember::MANAGER}, {}), everywhere)
          .ok());
  EXPECT_TRUE(
      CheckVendorWriter(TestPrincipal({StaffMember::ADMIN}, {}), vendor).ok());
}

// ---- Vendors' contacts [D-VENDOR-CONTACT] ----------------------------------

StaffMember OtisContact(
    std::initializer_list<std::pair<StaffMember::Role, const char*>> grants) {
  StaffMember staff = Granted(grants);
  staff.set_display_name("张工");
  staff.set_vendor("vendors/otis");
  return staff;
}

TEST(ValidateNewStaffMemberTest, AVendorsContactNamesTheVendorAndHoldsNoOther) {
  EXPECT_TRUE(ValidateNewStaffMember(
                  "otis.zhang",
                  OtisContact({{StaffMember::VENDOR_CONTACT, "sites/hx"},
                               {StaffMember::VENDOR_CONTACT, "sites/yy"}}))
                  .ok());
  // The shorthand says the same.
  StaffMember shorthand =
      Shorthand({StaffMember::VENDOR_CONTACT}, {"sites/hx"});
  shorthand.set_display_name("张工");
  shorthand.set_vendor("vendors/otis");
  EXPECT_TRUE(ValidateNewStaffMember("otis.zhang", shorthand).ok());

  StaffMember nameless =
      OtisContact({{StaffMember::VENDOR_CONTACT, "sites/hx"}});
  nameless.clear_vendor();
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("otis.zhang", nameless)),
            std::vector<std::string>{"staff_member.vendor"});
  StaffMember malformed =
      OtisContact({{StaffMember::VENDOR_CONTACT, "sites/hx"}});
  malformed.set_vendor("otis");
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("otis.zhang", malformed)),
            std::vector<std::string>{"staff_member.vendor"});

  // A person of the staff is no vendor's, and a contact nobody else.
  StaffMember worker = OtisContact({{StaffMember::MAINTENANCE, "sites/hx"}});
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("li.gong", worker)),
            std::vector<std::string>{"staff_member.vendor"});
  StaffMember mixed = OtisContact({{StaffMember::VENDOR_CONTACT, "sites/hx"},
                                   {StaffMember::MAINTENANCE, "sites/hx"}});
  EXPECT_EQ(FieldsOf(ValidateNewStaffMember("otis.zhang", mixed)),
            std::vector<std::string>{"staff_member.grants"});
}

TEST(CheckVendorServesContactTest, GrantedOnlyWhereTheVendorWorks) {
  v1::Vendor otis;
  otis.set_name("vendors/otis");
  otis.add_sites("sites/hx");
  otis.add_sites("sites/yy");
  EXPECT_TRUE(CheckVendorServesContact(
                  OtisContact({{StaffMember::VENDOR_CONTACT, "sites/hx"},
                               {StaffMember::VENDOR_CONTACT, "sites/yy"}}),
                  otis)
                  .ok());
  for (const char* site : {"sites/zz", "sites/-"}) {
    absl::Status refused = CheckVendorServesContact(
        OtisContact({{StaffMember::VENDOR_CONTACT, "sites/hx"},
                     {StaffMember::VENDOR_CONTACT, site}}),
        otis);
    EXPECT_EQ(refused.code(), absl::StatusCode::kFailedPrecondition) << site;
    EXPECT_EQ(ErrorReason(refused), "VENDOR_NOT_SERVING_SITE") << site;
    EXPECT_EQ(ErrorMetadata(refused, "rule"), "D-VENDOR-CONTACT") << site;
  }
  // A vendor of every site serves a contact anywhere, and everywhere.
  v1::Vendor everywhere;
  everywhere.set_name("vendors/otis");
  EXPECT_TRUE(
      CheckVendorServesContact(
          OtisContact({{StaffMember::VENDOR_CONTACT, "sites/-"}}), everywhere)
          .ok());
}

// Granting VENDOR_CONTACT is a manager's at the sites they manage, like any
// person's role [D-GRANTS].
TEST(CheckGrantTest, AManagerMakesVendorContactsAtTheirOwnSites) {
  Principal manager = TestPrincipal({StaffMember::MANAGER}, {"hx"});
  EXPECT_TRUE(CheckGrant(manager, OtisContact({{StaffMember::VENDOR_CONTACT,
                                                "sites/hx"}}))
                  .ok());
  ExpectGrantRefused(CheckGrant(
      manager, OtisContact({{StaffMember::VENDOR_CONTACT, "sites/yy"}})));
  ExpectGrantRefused(CheckGrant(
      manager, OtisContact({{StaffMember::VENDOR_CONTACT, "sites/-"}})));
}

// ---- MaskStaffPhoneFor ----------------------------------------------------

TEST(MaskStaffPhoneForTest,
     FullForColleaguesThemselvesAndAdminMaskedOtherwise) {
  StaffMember staff;
  staff.set_name("staff/wang.li");
  staff.set_phone("13800138000");
  v1::RoleGrant* at_hx = staff.add_grants();
  at_hx->set_role(StaffMember::MAINTENANCE);
  at_hx->set_site("sites/hx");
  auto read_by = [&](const Principal& reader) {
    StaffMember copy = staff;
    MaskStaffPhoneFor(reader, &copy);
    return copy.phone();
  };
  EXPECT_EQ(read_by(TestPrincipal({StaffMember::RECEPTIONIST}, {"yy", "hx"})),
            "13800138000");
  EXPECT_EQ(read_by(TestPrincipal({StaffMember::ADMIN}, {})), "13800138000");
  EXPECT_EQ(read_by(TestPrincipal({StaffMember::MANAGER}, {"yy"})),
            "138****8000");
  Principal self = TestPrincipal({StaffMember::MAINTENANCE}, {});
  self.staff_id = "wang.li";
  EXPECT_EQ(read_by(self), "13800138000");
}

}  // namespace
}  // namespace frontdesk
