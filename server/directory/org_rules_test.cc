// Unit tests of org_rules.h: departments, vendors, their updates (mask,
// etag) and the vendor filter. Links only the rules library.
#include "server/directory/org_rules.h"

#include <google/protobuf/util/message_differencer.h>

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "common/status.h"
#include "common/status_testing.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "gtest/gtest.h"
#include "server/rules_test_util.h"

namespace frontdesk {
namespace {

using ::google::protobuf::FieldMask;
using ::google::protobuf::util::MessageDifferencer;
using v1::Department;
using v1::Vendor;

FieldMask Mask(std::vector<std::string> paths) {
  FieldMask mask;
  for (auto& p : paths) mask.add_paths(p);
  return mask;
}

// ---- Departments ------------------------------------------------------------

Department ValidDepartment() {
  return ParseTextProto<Department>(
      "display_name: '工程部' kind: MAINTENANCE head: 'staff/wang.li' "
      "phone: '0755-88881234'");
}

TEST(ValidateNewDepartmentTest, ValidDepartmentPasses) {
  EXPECT_TRUE(ValidateNewDepartment("eng", ValidDepartment()).ok())
      << ValidateNewDepartment("eng", ValidDepartment());
  Department d = ValidDepartment();
  d.clear_phone();  // optional
  d.set_kind(Department::CLEANING_GROUNDS);
  d.set_display_name(std::string(64, 'x'));
  EXPECT_TRUE(ValidateNewDepartment("clean.team-2", d).ok());
  EXPECT_TRUE(
      ValidateNewDepartment("a234567890123456789012345678901z", d).ok());
}

TEST(ValidateNewDepartmentTest, BadDepartmentId) {
  for (const char* id : {"", "e", "Eng", "1eng", "eng/x", "工程",
                         "a2345678901234567890123456789012z" /* 33 */}) {
    SCOPED_TRACE(id);
    std::string rule = ExpectOneViolation(
        ValidateNewDepartment(id, ValidDepartment()), "department_id");
    EXPECT_NE(rule.find("2..32"), std::string::npos) << rule;
  }
}

TEST(ValidateNewDepartmentTest, EachFieldRule) {
  struct Case {
    const char* label;
    void (*mutate)(Department*);
    const char* field;
  };
  const Case cases[] = {
      {"no display name", [](Department* d) { d->clear_display_name(); },
       "department.display_name"},
      {"65-char display name",
       [](Department* d) { d->set_display_name(std::string(65, 'x')); },
       "department.display_name"},
      {"control character",
       [](Department* d) { d->set_display_name("工程\n部"); },
       "department.display_name"},
      {"no kind", [](Department* d) { d->clear_kind(); }, "department.kind"},
      {"unknown kind",
       [](Department* d) { d->set_kind(static_cast<Department::Kind>(42)); },
       "department.kind"},
      {"no head", [](Department* d) { d->clear_head(); }, "department.head"},
      {"head not a staff name", [](Department* d) { d->set_head("wang.li"); },
       "department.head"},
      {"head of another kind", [](Department* d) { d->set_head("sites/hx"); },
       "department.head"},
      {"malformed phone", [](Department* d) { d->set_phone("138-abc"); },
       "department.phone"},
      {"mobile missing a digit",
       [](Department* d) { d->set_phone("1380013800"); }, "department.phone"},
      {"phone longer than its column",
       [](Department* d) {
         d->set_phone("0-1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6");  // 33 chars
       },
       "department.phone"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.label);
    Department d = ValidDepartment();
    c.mutate(&d);
    ExpectOneViolation(ValidateNewDepartment("eng", d), c.field);
  }
}

TEST(ValidateNewDepartmentTest, ReportsEveryViolationAtOnce) {
  Department d;
  d.set_phone("x");
  EXPECT_EQ(FieldsOf(ValidateNewDepartment("E", d)),
            (std::vector<std::string>{
                "department_id", "department.display_name", "department.kind",
                "department.head", "department.phone"}));
}

TEST(ApplyDepartmentUpdateTest, CopiesOnlyMaskedFields) {
  Department current = ValidDepartment();
  current.set_name("sites/hx/departments/eng");
  current.set_etag("3");
  Department patch;
  patch.set_display_name("设备管理部");
  patch.set_kind(Department::OTHER);
  patch.set_head("staff/li.na");  // not in the mask
  auto updated = ApplyDepartmentUpdate(current, patch,
                                       Mask({"display_name", "kind", "phone"}));
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->display_name(), "设备管理部");
  EXPECT_EQ(updated->kind(), Department::OTHER);
  EXPECT_EQ(updated->head(), "staff/wang.li");
  EXPECT_EQ(updated->phone(), "");  // in the mask, empty in the patch: cleared
  EXPECT_EQ(updated->name(), current.name());
  EXPECT_EQ(updated->etag(), "3");

  auto head = ApplyDepartmentUpdate(current, patch, Mask({"head"}));
  ASSERT_TRUE(head.ok()) << head.status();
  Department expected = current;
  expected.set_head("staff/li.na");
  EXPECT_TRUE(MessageDifferencer::Equals(*head, expected));
}

TEST(ApplyDepartmentUpdateTest, BadMasksAndResults) {
  Department current = ValidDepartment();
  ExpectOneViolation(ApplyDepartmentUpdate(current, current, Mask({})).status(),
                     "update_mask");
  for (const char* path : {"name", "etag", "create_time", "update_time",
                           "head.name", "*", "displayName"}) {
    SCOPED_TRACE(path);
    std::string rule = ExpectOneViolation(
        ApplyDepartmentUpdate(current, current, Mask({"display_name", path}))
            .status(),
        "update_mask");
    EXPECT_NE(rule.find(path), std::string::npos) << rule;
    EXPECT_NE(rule.find("display_name, head, kind, phone"), std::string::npos)
        << rule;
  }
  Department patch;  // everything empty
  ExpectOneViolation(
      ApplyDepartmentUpdate(current, patch, Mask({"head"})).status(),
      "department.head");
  ExpectOneViolation(
      ApplyDepartmentUpdate(current, patch, Mask({"kind"})).status(),
      "department.kind");
  // Clearing the optional phone is fine.
  EXPECT_TRUE(ApplyDepartmentUpdate(current, patch, Mask({"phone"})).ok());
}

// ---- Vendors ----------------------------------------------------------------

Vendor ValidVendor() {
  return ParseTextProto<Vendor>(
      "display_name: '奥的斯电梯' trade: ELEVATOR contact_name: '张工' "
      "phone: '13900001111' response_deadline { seconds: 14400 } "  // 4 h
      "sites: ['sites/hx', 'sites/yy']");
}

TEST(ValidateNewVendorTest, ValidVendorPasses) {
  EXPECT_TRUE(ValidateNewVendor("otis", ValidVendor()).ok())
      << ValidateNewVendor("otis", ValidVendor());
  Vendor v = ValidVendor();
  v.clear_sites();  // company-wide
  v.set_trade(Vendor::DEVELOPER_PROJECT_TEAM);
  v.mutable_response_deadline()->set_seconds(60);  // lower bound
  EXPECT_TRUE(ValidateNewVendor("dev.team", v).ok());
  v.mutable_response_deadline()->set_seconds(30LL * 24 * 3600);  // upper bound
  EXPECT_TRUE(ValidateNewVendor("dev.team", v).ok());
}

TEST(ValidateNewVendorTest, ResponseDeadlineBounds) {
  struct Case {
    long long seconds;
    int nanos;
    bool set;
  };
  for (const Case& c :
       {Case{0, 0, false}, Case{0, 0, true}, Case{59, 0, true},
        Case{-3600, 0, true}, Case{30LL * 24 * 3600 + 1, 0, true},
        Case{3600, 500000000, true}, Case{60, -1, true},
        Case{1LL << 40, 0, true}}) {
    SCOPED_TRACE(testing::Message() << c.seconds << "s " << c.nanos << "ns");
    Vendor v = ValidVendor();
    if (c.set) {
      v.mutable_response_deadline()->set_seconds(c.seconds);
      v.mutable_response_deadline()->set_nanos(c.nanos);
    } else {
      v.clear_response_deadline();
    }
    std::string rule = ExpectOneViolation(ValidateNewVendor("otis", v),
                                          "vendor.response_deadline");
    EXPECT_NE(rule.find("1 minute to 30 days"), std::string::npos) << rule;
  }
}

TEST(ValidateNewVendorTest, EachFieldRule) {
  struct Case {
    const char* label;
    void (*mutate)(Vendor*);
    const char* field;
  };
  const Case cases[] = {
      {"no display name", [](Vendor* v) { v->clear_display_name(); },
       "vendor.display_name"},
      {"no trade", [](Vendor* v) { v->clear_trade(); }, "vendor.trade"},
      {"unknown trade",
       [](Vendor* v) { v->set_trade(static_cast<Vendor::Trade>(99)); },
       "vendor.trade"},
      {"no contact", [](Vendor* v) { v->clear_contact_name(); },
       "vendor.contact_name"},
      {"65-char contact",
       [](Vendor* v) { v->set_contact_name(std::string(65, 'x')); },
       "vendor.contact_name"},
      {"no phone", [](Vendor* v) { v->clear_phone(); }, "vendor.phone"},
      {"malformed phone", [](Vendor* v) { v->set_phone("call me"); },
       "vendor.phone"},
      {"bad site name", [](Vendor* v) { v->set_sites(1, "hx"); },
       "vendor.sites[1]"},
      {"site twice", [](Vendor* v) { v->add_sites("sites/hx"); },
       "vendor.sites[2]"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.label);
    Vendor v = ValidVendor();
    c.mutate(&v);
    ExpectOneViolation(ValidateNewVendor("otis", v), c.field);
  }
  ExpectOneViolation(ValidateNewVendor("O", ValidVendor()), "vendor_id");
}

TEST(ApplyVendorUpdateTest, CopiesOnlyMaskedFieldsAndReplacesSites) {
  Vendor current = ValidVendor();
  current.set_name("vendors/otis");
  Vendor patch;
  patch.add_sites("sites/lz");
  patch.mutable_response_deadline()->set_seconds(1800);
  patch.set_trade(Vendor::DOOR);  // not in the mask
  auto updated =
      ApplyVendorUpdate(current, patch, Mask({"sites", "response_deadline"}));
  ASSERT_TRUE(updated.ok()) << updated.status();
  ASSERT_EQ(updated->sites_size(), 1);
  EXPECT_EQ(updated->sites(0), "sites/lz");
  EXPECT_EQ(updated->response_deadline().seconds(), 1800);
  EXPECT_EQ(updated->trade(), Vendor::ELEVATOR);
  EXPECT_EQ(updated->name(), "vendors/otis");

  // An empty list in the patch makes the vendor company-wide.
  auto wide = ApplyVendorUpdate(current, Vendor(), Mask({"sites"}));
  ASSERT_TRUE(wide.ok()) << wide.status();
  EXPECT_TRUE(wide->sites().empty());

  for (const char* path : {"display_name", "trade", "contact_name", "phone",
                           "response_deadline"}) {
    SCOPED_TRACE(path);
    // Each mutable field is required, so clearing it is refused on it.
    ExpectOneViolation(
        ApplyVendorUpdate(current, Vendor(), Mask({path})).status(),
        std::string("vendor.") + path);
  }
  std::string rule = ExpectOneViolation(
      ApplyVendorUpdate(current, patch, Mask({"name"})).status(),
      "update_mask");
  EXPECT_NE(rule.find("contact_name, display_name, phone, response_deadline, "
                      "sites, trade"),
            std::string::npos)
      << rule;
  ExpectOneViolation(ApplyVendorUpdate(current, patch, Mask({})).status(),
                     "update_mask");
}

// ---- ListVendors filter -----------------------------------------------------

TEST(ParseVendorFilterTest, SiteAndTrade) {
  auto none = ParseVendorFilter("");
  ASSERT_TRUE(none.ok()) << none.status();
  EXPECT_EQ(none->site_id, "");
  EXPECT_EQ(none->trade, 0);

  auto both = ParseVendorFilter("site = \"sites/hx\" AND trade = ELEVATOR");
  ASSERT_TRUE(both.ok()) << both.status();
  EXPECT_EQ(both->site_id, "hx");
  EXPECT_EQ(both->trade, Vendor::ELEVATOR);

  auto trade = ParseVendorFilter("trade = developer_project_team");
  ASSERT_TRUE(trade.ok()) << trade.status();
  EXPECT_EQ(trade->trade, Vendor::DEVELOPER_PROJECT_TEAM);
  EXPECT_NE(trade->canonical, both->canonical);
  EXPECT_NE(ParseVendorFilter("site = \"sites/yy\"")->canonical,
            ParseVendorFilter("site = \"sites/hx\"")->canonical);
}

TEST(ParseVendorFilterTest, RefusesWhatItCannotAnswer) {
  for (const char* filter :
       {"site = \"hx\"", "site = \"sites/-\"", "trade = LIFT",
        "trade = TRADE_UNSPECIFIED", "trade != ELEVATOR", "phone = \"1\"",
        "trade = ELEVATOR AND trade = DOOR",
        "site = \"sites/hx\" AND site = \"sites/yy\"",
        "site = \"sites/hx\" OR trade = DOOR"}) {
    SCOPED_TRACE(filter);
    absl::Status s = ParseVendorFilter(filter).status();
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << s;
    EXPECT_EQ(ErrorReason(s), "INVALID_FILTER") << s;
    EXPECT_EQ(FieldsOf(s), std::vector<std::string>{"filter"}) << s;
  }
}

// ---- Updates ----------------------------------------------------------------

TEST(CheckUpdateMaskGivenTest, EmptyMaskIsRefusedOnUpdateMask) {
  EXPECT_TRUE(CheckUpdateMaskGiven(Mask({"phone"})).ok());
  std::string rule =
      ExpectOneViolation(CheckUpdateMaskGiven(Mask({})), "update_mask");
  EXPECT_EQ(rule, "is required: name the fields to change");
}

TEST(CheckEtagCurrentTest, NoEtagOrTheCurrentOnePasses) {
  EXPECT_TRUE(CheckEtagCurrent("vendor", "", "3").ok());
  EXPECT_TRUE(CheckEtagCurrent("vendor", "3", "3").ok());
}

TEST(CheckEtagCurrentTest, StaleEtagIsAborted) {
  absl::Status s = CheckEtagCurrent("department", "2", "3");
  EXPECT_EQ(s.code(), absl::StatusCode::kAborted) << s;
  EXPECT_EQ(ErrorReason(s), "ETAG_MISMATCH") << s;
  EXPECT_NE(s.message().find("department"), absl::string_view::npos) << s;
  EXPECT_NE(s.message().find("\"3\""), absl::string_view::npos) << s;
}

TEST(UpdateChangesNothingTest, EqualResultIsNoChangeAnyDifferenceIs) {
  v1::Vendor current;
  current.set_name("vendors/acme");
  current.set_display_name("Acme 电梯");
  current.set_etag("3");
  v1::Vendor updated = current;
  EXPECT_TRUE(UpdateChangesNothing(updated, current));
  updated.set_display_name("Acme 电梯维保");
  EXPECT_FALSE(UpdateChangesNothing(updated, current));
}

TEST(EtagVersionTest, NumberOrZero) {
  EXPECT_EQ(EtagVersion("7"), 7);
  EXPECT_EQ(EtagVersion("1234567890123"), 1234567890123LL);
  EXPECT_EQ(EtagVersion(""), 0);
  EXPECT_EQ(EtagVersion("W/7"), 0);
}

}  // namespace
}  // namespace frontdesk
