#include "common/names.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

// INVALID_ARGUMENT with exactly one violation, on `field`.
void ExpectInvalid(const absl::Status& s, absl::string_view field,
                   absl::string_view what) {
  ASSERT_FALSE(s.ok()) << what << " was accepted";
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << what;
  auto fields = ErrorFieldViolations(s);
  ASSERT_EQ(fields.size(), 1u) << what;
  EXPECT_EQ(fields[0].field, field) << what;
  EXPECT_NE(s.message().find(std::string(field)), absl::string_view::npos)
      << what << ": " << s.message();
}

// ---- Sites ----------------------------------------------------------------

TEST(ParseSiteNameTest, Valid) {
  for (const char* id : {"hx", "hx2", "a1", "abcdefghijklmnop"}) {
    auto got = ParseSiteName("parent", absl::StrCat("sites/", id));
    ASSERT_TRUE(got.ok()) << id << ": " << got.status();
    EXPECT_EQ(*got, id);
  }
}

TEST(ParseSiteNameTest, WildcardOnlyWhenAllowed) {
  auto got = ParseSiteName("parent", "sites/-", /*allow_wildcard=*/true);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(*got, "-");
  ExpectInvalid(ParseSiteName("parent", "sites/-").status(), "parent",
                "sites/- without wildcard");
  ExpectInvalid(ParseSiteName("parent", "sites/-", false).status(), "parent",
                "sites/- with allow_wildcard=false");
  // Only the bare "-" is a wildcard.
  ExpectInvalid(ParseSiteName("parent", "sites/--", true).status(), "parent",
                "sites/--");
  ExpectInvalid(ParseSiteName("parent", "sites/-hx", true).status(), "parent",
                "sites/-hx");
  ExpectInvalid(ParseSiteName("parent", "sites/*", true).status(), "parent",
                "sites/*");
  // A real site still parses with the wildcard allowed.
  got = ParseSiteName("parent", "sites/hx", true);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, "hx");
}

TEST(ParseSiteNameTest, Invalid) {
  for (const char* name :
       {"sites/HX", "sites/Hx", "sites/h", "sites/", "site/hx", "Sites/hx",
        "hx", "", "/sites/hx", "sites/hx/", "sites/hx/units/1-1-101",
        "sites/2hx", "sites/h-x", "sites/h_x", "sites/h x", "sites/ hx",
        "sites/华侨城", "sites/abcdefghijklmnopq" /* 17 characters */}) {
    ExpectInvalid(ParseSiteName("site", name).status(), "site", name);
    ExpectInvalid(ParseSiteName("site", name, true).status(), "site", name);
  }
}

TEST(SiteNameTest, FormatsAndParsesBack) {
  EXPECT_EQ(SiteName("hx"), "sites/hx");
  auto got = ParseSiteName("site", SiteName("hx"));
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, "hx");
}

// ---- Units ----------------------------------------------------------------

TEST(ParseUnitNameTest, Valid) {
  auto got = ParseUnitName("reporter.unit", "sites/hx/units/3-2-501");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->site_id, "hx");
  EXPECT_EQ(got->unit_id, "3-2-501");

  got = ParseUnitName("unit", "sites/hx/units/A12-1-1701B");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->unit_id, "A12-1-1701B");

  // Each of building, entrance and room may have 16 characters.
  const std::string longest =
      absl::StrCat(std::string(16, 'b'), "-", std::string(16, 'e'), "-",
                   std::string(16, 'r'));
  got = ParseUnitName("unit", absl::StrCat("sites/hx/units/", longest));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->unit_id, longest);

  EXPECT_EQ(UnitName("hx", "3-2-501"), "sites/hx/units/3-2-501");
}

TEST(ParseUnitNameTest, Invalid) {
  for (const std::string& name : std::vector<std::string>{
           "", "sites/hx/units/", "sites/hx/units", "sites/hx/3-2-501",
           "sites/HX/units/3-2-501", "sites/-/units/3-2-501",
           "site/hx/units/3-2-501", "sites/hx/unit/3-2-501",
           "sites/hx/units/3-2-501/", "sites/hx/units/3-2-501/x",
           "sites/hx/units/3/2/501", "sites//units/3-2-501",
           // {unit} is "{building}-{entrance}-{room}", each 1..16 of
           // [A-Za-z0-9].
           "sites/hx/units/3-2", "sites/hx/units/3-2-501-1",
           "sites/hx/units/3--501", "sites/hx/units/-2-501",
           "sites/hx/units/3-2-", "sites/hx/units/3 2 501",
           "sites/hx/units/3-2-501 ", "sites/hx/units/3-2-50\n",
           "sites/hx/units/3_2_501", "sites/hx/units/东门岗亭",
           "sites/hx/units/3-2-%35", "sites/hx/units/..",
           absl::StrCat("sites/hx/units/", std::string(17, '1'), "-1-1")}) {
    ExpectInvalid(ParseUnitName("reporter.unit", name).status(),
                  "reporter.unit", name);
  }
}

// ---- Staff ----------------------------------------------------------------

TEST(ParseStaffNameTest, Valid) {
  for (const char* id : {"wang.li", "li-na", "zhao_2", "ab",
                         "a234567890123456789012345678901z" /* 32 */}) {
    auto got = ParseStaffName("actor", absl::StrCat("staff/", id));
    ASSERT_TRUE(got.ok()) << id << ": " << got.status();
    EXPECT_EQ(*got, id);
  }
  EXPECT_EQ(StaffName("wang.li"), "staff/wang.li");
}

TEST(ParseStaffNameTest, Invalid) {
  for (const char* name :
       {"staff/Wang", "staff/WANG.LI", "staff/w", "staff/", "staff/.wang",
        "staff/1wang", "staff/wang li", "staff/wang/li", "staffs/wang.li",
        "Staff/wang.li", "wang.li", "", "staff/王力", "staff/wang@li",
        "staff/a2345678901234567890123456789012z" /* 33 */}) {
    ExpectInvalid(ParseStaffName("actor", name).status(), "actor", name);
  }
}

// ---- Departments and vendors ------------------------------------------------

TEST(ParseDepartmentNameTest, Valid) {
  auto got = ParseDepartmentName("name", "sites/hx/departments/eng");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->site_id, "hx");
  EXPECT_EQ(got->department_id, "eng");
  got = ParseDepartmentName(
      "name", DepartmentName("hx2", "a234567890123456789012345678901z"));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->department_id, "a234567890123456789012345678901z");
  EXPECT_EQ(DepartmentName("hx", "sec.team-2"),
            "sites/hx/departments/sec.team-2");
}

TEST(ParseDepartmentNameTest, Invalid) {
  for (const char* name :
       {"sites/hx/departments/", "sites/hx/departments/e",
        "sites/hx/departments/Eng", "sites/hx/departments/1eng",
        "sites/hx/departments/eng/x", "sites/HX/departments/eng",
        "sites/-/departments/eng", "sites/hx/department/eng",
        "sites/hx/units/eng", "departments/eng", "eng", "",
        "sites/hx/departments/工程部",
        "sites/hx/departments/a2345678901234567890123456789012z" /* 33 */}) {
    ExpectInvalid(ParseDepartmentName("department.name", name).status(),
                  "department.name", name);
  }
}

TEST(ParseVendorNameTest, ValidAndInvalid) {
  auto got = ParseVendorName("name", "vendors/otis");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(*got, "otis");
  EXPECT_EQ(VendorName("hk.telecom"), "vendors/hk.telecom");
  for (const char* name :
       {"vendors/", "vendors/o", "vendors/Otis", "vendors/otis/x",
        "vendor/otis", "otis", "", "staff/otis", "vendors/奥的斯",
        "vendors/a2345678901234567890123456789012z" /* 33 */}) {
    ExpectInvalid(ParseVendorName("vendor.name", name).status(), "vendor.name",
                  name);
  }
  EXPECT_TRUE(CheckVendorId("vendor_id", "otis").ok());
  EXPECT_FALSE(CheckVendorId("vendor_id", "Otis").ok());
  EXPECT_TRUE(CheckDepartmentId("department_id", "eng.2").ok());
  EXPECT_FALSE(CheckDepartmentId("department_id", "2eng").ok());
}

// ---- Tickets --------------------------------------------------------------

TEST(ParseTicketNameTest, NumericId) {
  auto got = ParseTicketName("name", "sites/hx/tickets/12");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->site_id, "hx");
  EXPECT_EQ(got->ticket_id, 12);
  EXPECT_EQ(got->number, "");

  got = ParseTicketName("name", "sites/hx/tickets/9223372036854775807");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->ticket_id, 9223372036854775807);

  got = ParseTicketName("name", TicketName("hx", 4711));
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->ticket_id, 4711);
  EXPECT_EQ(TicketName("hx", 4711), "sites/hx/tickets/4711");
}

TEST(ParseTicketNameTest, NumberWithSite) {
  auto got = ParseTicketName("name", "sites/hx/tickets/HX-20261123-0007");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->site_id, "hx");
  EXPECT_EQ(got->ticket_id, 0);
  EXPECT_EQ(got->number, "HX-20261123-0007");
}

TEST(ParseTicketNameTest, NumberWithWildcardSite) {
  auto got = ParseTicketName("name", "sites/-/tickets/HX-20261123-0007");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->site_id, "hx");  // taken from the number
  EXPECT_EQ(got->ticket_id, 0);
  EXPECT_EQ(got->number, "HX-20261123-0007");

  got = ParseTicketName("name", "sites/-/tickets/QD2-20270101-10000");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->site_id, "qd2");
  EXPECT_EQ(got->number, "QD2-20270101-10000");
}

TEST(ParseTicketNameTest, LowerCaseNumberIsUpperCased) {
  auto got = ParseTicketName("name", "sites/hx/tickets/hx-20261123-0007");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->site_id, "hx");
  EXPECT_EQ(got->number, "HX-20261123-0007");

  got = ParseTicketName("name", "sites/-/tickets/Hx-20261123-0007");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->site_id, "hx");
  EXPECT_EQ(got->number, "HX-20261123-0007");
}

TEST(ParseTicketNameTest, NumberOfAnotherSiteRejected) {
  auto got = ParseTicketName("name", "sites/hy/tickets/HX-20261123-0007");
  ExpectInvalid(got.status(), "name", "number of another site");
  EXPECT_NE(got.status().message().find("another site"),
            absl::string_view::npos)
      << got.status();
}

TEST(ParseTicketNameTest, NumericIdNeedsSite) {
  ExpectInvalid(ParseTicketName("name", "sites/-/tickets/12").status(), "name",
                "sites/-/tickets/12");
}

TEST(ParseTicketNameTest, Garbage) {
  for (const char* name : {
           "",
           "sites/hx/tickets/",
           "sites/hx/tickets",
           "sites/hx/ticket/12",
           "site/hx/tickets/12",
           "sites/HX/tickets/12",
           "sites//tickets/12",
           "sites/hx/tickets/12/events/1",
           "tickets/12",
           "12",
           "HX-20261123-0007",
           "sites/hx/tickets/0",
           "sites/hx/tickets/-12",
           "sites/hx/tickets/12a",
           "sites/hx/tickets/1.5",
           "sites/hx/tickets/0x10",
           "sites/hx/tickets/99999999999999999999",  // beyond int64
           // Numeric ids are written one way only.
           "sites/hx/tickets/+12",
           "sites/hx/tickets/ 12",
           "sites/hx/tickets/12 ",
           "sites/hx/tickets/012",
           "sites/hx/tickets/HX-20261131-0001",  // no such day
           "sites/hx/tickets/HX-20261123-0000",
           "sites/hx/tickets/HX-20261123",
           "sites/hx/tickets/HX_20261123_0007",
           "sites/-/tickets/-",
           "sites/-/tickets/abc",
       }) {
    ExpectInvalid(ParseTicketName("name", name).status(), "name", name);
  }
}

TEST(KeyNamesTest, IdOrTagButNeverATagOfDigitsOnly) {
  auto by_id = ParseKeyName("name", "sites/hx/keys/12");
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(by_id->key_id, 12);
  auto by_tag = ParseKeyName("name", "sites/hx/keys/KEY-0012");
  ASSERT_TRUE(by_tag.ok());
  EXPECT_EQ(by_tag->tag, "KEY-0012");
  EXPECT_EQ(by_tag->site_id, "hx");
  EXPECT_FALSE(ParseKeyName("name", "sites/hx/keys/").ok());
  EXPECT_FALSE(ParseKeyName("name", "sites/hx/keys/KEY 12").ok());
  EXPECT_FALSE(ParseKeyName("name", "sites/hx/tickets/12").ok());
  EXPECT_FALSE(ParseKeyName("name", "sites/hx/keys/-").ok());
  EXPECT_TRUE(ParseKeyEventsParent("parent", "sites/hx/keys/-").ok());
  EXPECT_FALSE(CheckKeyTag("key.tag", "0012").ok());
  EXPECT_TRUE(CheckKeyTag("key.tag", "K-3-2-501").ok());
  EXPECT_FALSE(CheckKeyTag("key.tag", std::string(33, 'K')).ok());
}

TEST(SiteChildNamesTest, SiteCollectionAndPositiveId) {
  auto visit = ParseSiteChild("name", "sites/hx/visits/12", "visits");
  ASSERT_TRUE(visit.ok());
  EXPECT_EQ(visit->site_id, "hx");
  EXPECT_EQ(visit->id, 12);
  for (const char* name :
       {"sites/hx/visits/0", "sites/hx/visits/-3", "sites/hx/keys/12",
        "sites/hx/visits", "sites/HX/visits/12", "sites/hx/visits/12/x"}) {
    ExpectInvalid(ParseSiteChild("name", name, "visits").status(), "name",
                  name);
  }
}

TEST(SiteChildNamesTest, SingletonsIdsAndSitesOfNames) {
  auto site =
      ParseSiteSingleton("name", "sites/hx/visitorSettings", "visitorSettings");
  ASSERT_TRUE(site.ok());
  EXPECT_EQ(*site, "hx");
  ExpectInvalid(
      ParseSiteSingleton("name", "sites/hx/slaPolicies", "visitorSettings")
          .status(),
      "name", "another singleton");
  ExpectInvalid(ParseSiteSingleton("name", "sites/hx/visitorSettings/1",
                                   "visitorSettings")
                    .status(),
                "name", "a child");
  EXPECT_EQ(IdOfName("sites/hx/visits/12"), 12);
  EXPECT_EQ(IdOfName("sites/hx/keys/KEY-1"), 0);
  EXPECT_EQ(SiteOfName("sites/hx/keys/3"), "hx");
  EXPECT_EQ(SiteOfName("vendors/otis"), "");
}


// ---- SLA policies ---------------------------------------------------------

TEST(ParseSlaPolicyNameTest, ValidAndFormatsBack) {
  auto ref =
      ParseSlaPolicyName("name", "sites/hx/slaPolicies/complaint.normal");
  ASSERT_TRUE(ref.ok()) << ref.status();
  EXPECT_EQ(ref->site_id, "hx");
  EXPECT_EQ(SlaPolicyName(ref->site_id, ref->kind, ref->priority),
            "sites/hx/slaPolicies/complaint.normal");
  auto upper = ParseSlaPolicyName("name", "sites/hx/slaPolicies/REPAIR.Urgent");
  ASSERT_TRUE(upper.ok()) << upper.status();
  EXPECT_EQ(SlaPolicyName(upper->site_id, upper->kind, upper->priority),
            "sites/hx/slaPolicies/repair.urgent");
}

TEST(ParseSlaPolicyNameTest, Invalid) {
  for (const char* name :
       {"", "sites/hx/slaPolicies/complaint", "sites/hx/slaPolicies/x.normal",
        "sites/hx/slaPolicies/complaint.x",
        "sites/hx/slaPolicies/kind_unspecified.normal",
        "sites/hx/slaPolicies/complaint.priority_unspecified",
        "sites/hx/policies/complaint.normal",
        "sites/HX!/slaPolicies/complaint.normal",
        "sites/hx/slaPolicies/complaint.normal/x"}) {
    ExpectInvalid(ParseSlaPolicyName("policy.name", name).status(),
                  "policy.name", name);
  }
}

}  // namespace
}  // namespace frontdesk
