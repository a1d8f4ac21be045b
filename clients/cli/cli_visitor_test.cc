// Unit tests of the visitor register's pure parts: what the desk types
// (visitor_input.h) and the table-mode views (visitor_view.h). No server,
// no CLI11.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "clients/cli/cli_test_support.h"
#include "clients/cli/commands.h"
#include "clients/cli/visitor_input.h"
#include "clients/cli/visitor_view.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::cli {
namespace {

TEST(VisitorInput, PurposeFromChineseAndEnglishWords) {
  struct Case {
    const char* text;
    v1::Visit::Purpose purpose;
  };
  for (const Case& c : {
           Case{"探亲", v1::Visit::VISIT_RESIDENT},
           Case{"访友", v1::Visit::VISIT_RESIDENT},
           Case{"探亲访友", v1::Visit::VISIT_RESIDENT},
           Case{"快递", v1::Visit::DELIVERY},
           Case{"送外卖", v1::Visit::DELIVERY},
           Case{"送货上门", v1::Visit::DELIVERY},
           Case{"Food Delivery", v1::Visit::DELIVERY},
           Case{"装修施工", v1::Visit::RENOVATION},
           Case{"空调维修", v1::Visit::REPAIR_SERVICE},
           Case{"看房", v1::Visit::PROPERTY_VIEWING},
           Case{"公务", v1::Visit::OFFICIAL},
           Case{"搬家", v1::Visit::MOVING},
           Case{"visit a friend", v1::Visit::VISIT_RESIDENT},
       }) {
    PurposeChoice choice = ParsePurpose(c.text);
    EXPECT_EQ(choice.purpose, c.purpose) << c.text;
    EXPECT_EQ(choice.detail, c.text) << "the text is kept as the detail";
  }
}

TEST(VisitorInput, PurposeWordsAndOther) {
  PurposeChoice word = ParsePurpose("visit-resident");
  EXPECT_EQ(word.purpose, v1::Visit::VISIT_RESIDENT);
  EXPECT_EQ(word.detail, "");
  EXPECT_EQ(ParsePurpose("REPAIR_SERVICE").purpose, v1::Visit::REPAIR_SERVICE);
  EXPECT_EQ(ParsePurpose("Delivery").detail, "");
  EXPECT_EQ(ParsePurpose("property-viewing").purpose,
            v1::Visit::PROPERTY_VIEWING);
  EXPECT_EQ(ParsePurpose(" other ").purpose, v1::Visit::OTHER);
  EXPECT_EQ(ParsePurpose(" other ").detail, "");

  PurposeChoice other = ParsePurpose("  面试 ");
  EXPECT_EQ(other.purpose, v1::Visit::OTHER);
  EXPECT_EQ(other.detail, "面试");

  PurposeChoice none = ParsePurpose("   ");
  EXPECT_EQ(none.purpose, 0);
  EXPECT_EQ(none.detail, "");
}

TEST(VisitorInput, IdCardNumbersAndDefaultType) {
  EXPECT_TRUE(LooksLikeIdCardNumber("110101199003071233"));
  EXPECT_TRUE(LooksLikeIdCardNumber("11010119900307123X"));
  EXPECT_TRUE(LooksLikeIdCardNumber("11010119900307123x"));
  // The shape only: the check digit is the server's to verify.
  EXPECT_TRUE(LooksLikeIdCardNumber("110101199003071234"));
  EXPECT_FALSE(LooksLikeIdCardNumber("11010119900307123"));
  EXPECT_FALSE(LooksLikeIdCardNumber("1101011990030712345"));
  EXPECT_FALSE(LooksLikeIdCardNumber("E12345678"));
  EXPECT_FALSE(LooksLikeIdCardNumber("1101011990030X1233"));
  EXPECT_EQ(DefaultDocumentType("110101199003079999"), "id-card");
  EXPECT_EQ(DefaultDocumentType(" 110101199003079999 "), "id-card");
  EXPECT_EQ(DefaultDocumentType("E12345678"), "");
  EXPECT_EQ(DefaultDocumentType(""), "");
}

TEST(VisitorInput, SiteChildNames) {
  EXPECT_EQ(SiteChildName("", "visits", "sites/hx/visits/12", "visit"),
            "sites/hx/visits/12");
  EXPECT_EQ(SiteChildName("yy", "visits", "sites/hx/visits/12", "visit"),
            "sites/hx/visits/12");
  EXPECT_EQ(SiteChildName("hx", "visits", "12", "visit"), "sites/hx/visits/12");
  EXPECT_EQ(SiteChildName("sites/hx", "visitorPasses", "3", "pass"),
            "sites/hx/visitorPasses/3");
  EXPECT_THROW(SiteChildName("", "visits", "12", "visit"), UsageError);
  EXPECT_THROW(SiteChildName("-", "visits", "12", "visit"), UsageError);
  EXPECT_THROW(SiteChildName("hx", "visits", "", "visit"), UsageError);
  try {
    SiteChildName("", "visits", "12", "visit");
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("sites/{site}/visits/12"),
              std::string::npos)
        << e.what();
  }
}

TEST(VisitorView, VisitShowsMaskedNumbersHostAndPurpose) {
  ScopedTimeZone zone("Asia/Shanghai");
  v1::Visit visit;
  visit.set_name("sites/hx/visits/7");
  visit.set_status(v1::Visit::ON_PREMISES);
  visit.mutable_visitor()->set_display_name("李强");
  visit.mutable_visitor()->mutable_document()->set_type(
      v1::IdentityDocument::ID_CARD);
  visit.mutable_visitor()->mutable_document()->set_number("1101**********1233");
  visit.mutable_visitor()->set_phone("139****1111");
  visit.mutable_host()->set_unit("sites/hx/units/3-2-501");
  visit.set_purpose(v1::Visit::VISIT_RESIDENT);
  visit.set_purpose_detail("探亲");
  *visit.mutable_check_in_time() = At(kNov23At1600);
  *visit.mutable_expected_departure_time() = At(kNov23At1600 + 7200);
  visit.set_overstayed(true);
  visit.set_masked(true);

  std::ostringstream table;
  google::protobuf::RepeatedPtrField<v1::Visit> visits;
  *visits.Add() = visit;
  PrintVisitTable(visits, table);
  EXPECT_EQ(table.str(),
            "VISIT  STATUS                   VISITOR  DOCUMENT            "
            "PHONE        VISITING  PURPOSE                IN                "
            "UNTIL/OUT\n"
            "7      on-premises, overstayed  李强     1101**********1233  "
            "139****1111  3-2-501   visit-resident (探亲)  2026-11-23 16:00  "
            "2026-11-23 18:00\n");

  std::ostringstream one;
  PrintVisit(visit, one);
  EXPECT_NE(one.str().find("id-card 1101**********1233"), std::string::npos)
      << one.str();
  EXPECT_NE(one.str().find("masked"), std::string::npos) << one.str();
  EXPECT_EQ(one.str().find("UNMASKED"), std::string::npos) << one.str();
}

TEST(VisitorView, Labels) {
  v1::Contact host;
  host.set_location("物业办公室");
  host.set_name("王经理");
  EXPECT_EQ(HostLabel(host), "物业办公室 王经理");
  host.set_unit("sites/hx/units/3-2-501");
  EXPECT_EQ(HostLabel(host), "3-2-501 王经理");
  EXPECT_EQ(PurposeLabel(v1::Visit::DELIVERY, ""), "delivery");
  EXPECT_EQ(PurposeLabel(v1::Visit::OTHER, "面试"), "other (面试)");
  v1::IdentityDocument none;
  EXPECT_EQ(DocumentLabel(none), "");
}

}  // namespace
}  // namespace frontdesk::cli
