// Unit tests of visitor_rules.h: every public function, at its boundaries,
// and every refusal names the offending field. Links only the rules library.
#include "server/visitor/visitor_rules.h"

#include <google/protobuf/util/time_util.h>

#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/status.h"
#include "common/status_testing.h"
#include "frontdesk/v1/visitor_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using ::google::protobuf::Timestamp;
using ::google::protobuf::util::TimeUtil;
using v1::IdentityDocument;

const absl::Time kNow = absl::FromUnixSeconds(1767225600);  // 2026-01-01

Timestamp At(absl::Time t) {
  return TimeUtil::MicrosecondsToTimestamp(ToMicros(t));
}

// A valid 居民身份证 number (its check digit is right).
constexpr char kIdCard[] = "110101199003071233";

v1::Visitor ValidVisitor() {
  v1::Visitor visitor;
  visitor.set_display_name("张伟");
  visitor.mutable_document()->set_type(IdentityDocument::ID_CARD);
  visitor.mutable_document()->set_number(kIdCard);
  visitor.set_phone("13800138000");
  return visitor;
}

v1::Visit ValidVisit() {
  v1::Visit visit;
  *visit.mutable_visitor() = ValidVisitor();
  visit.mutable_host()->set_unit("sites/hx/units/3-2-501");
  visit.set_purpose(v1::Visit::VISIT_RESIDENT);
  return visit;
}

// ---- CheckVisitor
// ------------------------------------------------------------

TEST(CheckVisitorTest, ValidVisitorIsCanonicalised) {
  v1::Visitor visitor = ValidVisitor();
  visitor.set_display_name("  张伟 ");
  visitor.mutable_document()->set_number(" 11010519491231002x ");
  visitor.set_vehicle_plate("京a 12345");
  ASSERT_TRUE(CheckVisitor("v", true, &visitor).ok())
      << CheckVisitor("v", true, &visitor);
  EXPECT_EQ(visitor.display_name(), "张伟");
  EXPECT_EQ(visitor.document().number(), "11010519491231002X");
  EXPECT_EQ(visitor.vehicle_plate(), "京A12345");
}

TEST(CheckVisitorTest, DisplayNameIs1To64Characters) {
  v1::Visitor visitor = ValidVisitor();
  visitor.set_display_name(std::string(64, 'a'));
  EXPECT_TRUE(CheckVisitor("v", false, &visitor).ok());
  visitor.set_display_name(std::string(65, 'a'));
  ExpectOneViolation(CheckVisitor("v", false, &visitor), "v.display_name");
  visitor.set_display_name("   ");
  ExpectOneViolation(CheckVisitor("v", false, &visitor), "v.display_name");
}

TEST(CheckVisitorTest, DocumentNeedsTypeAndNumberTogether) {
  v1::Visitor visitor = ValidVisitor();
  visitor.mutable_document()->set_number("  ");
  ExpectOneViolation(CheckVisitor("v", false, &visitor), "v.document");

  visitor = ValidVisitor();
  visitor.mutable_document()->set_type(IdentityDocument::TYPE_UNSPECIFIED);
  ExpectOneViolation(CheckVisitor("v", false, &visitor), "v.document");

  visitor = ValidVisitor();
  visitor.mutable_document()->set_type(static_cast<IdentityDocument::Type>(99));
  ExpectOneViolation(CheckVisitor("v", false, &visitor), "v.document.type");
}

TEST(CheckVisitorTest, DocumentNumberIsChecked) {
  v1::Visitor visitor = ValidVisitor();
  visitor.mutable_document()->set_number("110101199003071234");  // bad check
  ExpectOneViolation(CheckVisitor("v", false, &visitor), "v.document.number");
}

TEST(CheckVisitorTest, DocumentRequiredOnlyWhenAsked) {
  v1::Visitor visitor = ValidVisitor();
  visitor.clear_document();
  ExpectOneViolation(CheckVisitor("v", true, &visitor), "v.document");
  visitor.mutable_document();  // present but empty
  EXPECT_TRUE(CheckVisitor("v", false, &visitor).ok());
  EXPECT_FALSE(visitor.has_document());
}

TEST(CheckVisitorTest, PhoneMustBeWholeAndValid) {
  v1::Visitor visitor = ValidVisitor();
  visitor.set_phone("138****8000");
  std::string rule =
      ExpectOneViolation(CheckVisitor("v", false, &visitor), "v.phone");
  EXPECT_NE(rule.find("masked"), std::string::npos) << rule;
  visitor.set_phone("12");
  ExpectOneViolation(CheckVisitor("v", false, &visitor), "v.phone");
  visitor.set_phone(" ");
  EXPECT_TRUE(CheckVisitor("v", false, &visitor).ok());
  EXPECT_EQ(visitor.phone(), "");
}

TEST(CheckVisitorTest, PlateIsAtMost16Characters) {
  v1::Visitor visitor = ValidVisitor();
  visitor.set_vehicle_plate(std::string(16, 'A'));
  EXPECT_TRUE(CheckVisitor("v", false, &visitor).ok());
  visitor.set_vehicle_plate(std::string(17, 'A'));
  ExpectOneViolation(CheckVisitor("v", false, &visitor), "v.vehicle_plate");
}

TEST(CheckVisitorTest, ReportsEveryBrokenFieldAtOnce) {
  v1::Visitor visitor;
  visitor.set_phone("138****8000");
  visitor.set_vehicle_plate(std::string(17, 'A'));
  absl::Status s = CheckVisitor("v", true, &visitor);
  EXPECT_EQ(FieldsOf(s),
            (std::vector<std::string>{"v.display_name", "v.document", "v.phone",
                                      "v.vehicle_plate"}))
      << s;
}

// ---- LacksDocument
// -----------------------------------------------------------

TEST(LacksDocumentTest, TypeAndNumberBothNeeded) {
  v1::Visitor visitor = ValidVisitor();
  EXPECT_FALSE(LacksDocument(visitor));
  visitor.mutable_document()->set_number(" ");
  EXPECT_TRUE(LacksDocument(visitor));
  visitor = ValidVisitor();
  visitor.mutable_document()->set_type(IdentityDocument::TYPE_UNSPECIFIED);
  EXPECT_TRUE(LacksDocument(visitor));
  EXPECT_TRUE(LacksDocument(v1::Visitor()));
}

// ---- CheckVisit
// --------------------------------------------------------------

TEST(CheckVisitTest, ValidVisitPasses) {
  v1::Visit visit = ValidVisit();
  EXPECT_TRUE(CheckVisit("hx", kNow, &visit).ok())
      << CheckVisit("hx", kNow, &visit);
  visit = ValidVisit();
  visit.clear_visitor();  // "no document" is the desk's rule, not this one's
  visit.mutable_visitor()->set_display_name("访客");
  EXPECT_TRUE(CheckVisit("hx", kNow, &visit).ok());
}

TEST(CheckVisitTest, PartySizeIs0To50) {
  for (int size : {0, 1, 50}) {
    v1::Visit visit = ValidVisit();
    visit.set_party_size(size);
    EXPECT_TRUE(CheckVisit("hx", kNow, &visit).ok()) << size;
  }
  for (int size : {-1, 51}) {
    v1::Visit visit = ValidVisit();
    visit.set_party_size(size);
    ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.party_size");
  }
}

TEST(CheckVisitTest, HostIsAUnitOfThisSiteOrALocation) {
  v1::Visit visit = ValidVisit();
  visit.mutable_host()->set_unit("sites/yy/units/3-2-501");
  std::string rule =
      ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.host.unit");
  EXPECT_NE(rule.find("this site"), std::string::npos) << rule;

  visit = ValidVisit();
  visit.mutable_host()->set_unit("3-2-501");
  ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.host.unit");

  visit = ValidVisit();
  visit.mutable_host()->clear_unit();
  ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.host");

  visit.mutable_host()->set_location("  物业办公室 ");
  EXPECT_TRUE(CheckVisit("hx", kNow, &visit).ok());
  EXPECT_EQ(visit.host().location(), "物业办公室");

  visit.mutable_host()->set_location(std::string(201, 'a'));
  ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.host.location");
}

TEST(CheckVisitTest, HostNameAndPhone) {
  v1::Visit visit = ValidVisit();
  visit.mutable_host()->set_name(std::string(65, 'a'));
  ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.host.name");
  visit = ValidVisit();
  visit.mutable_host()->set_phone("139****0000");
  ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.host.phone");
  visit.mutable_host()->set_phone("13900000000");
  EXPECT_TRUE(CheckVisit("hx", kNow, &visit).ok());
}

TEST(CheckVisitTest, PurposeIsRequiredAndOtherNeedsADetail) {
  v1::Visit visit = ValidVisit();
  visit.clear_purpose();
  ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.purpose");
  visit.set_purpose(static_cast<v1::Visit::Purpose>(99));
  ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.purpose");
  visit.set_purpose(v1::Visit::OTHER);
  visit.set_purpose_detail("  ");
  ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.purpose_detail");
  visit.set_purpose_detail(" 抄水表 ");
  EXPECT_TRUE(CheckVisit("hx", kNow, &visit).ok());
  EXPECT_EQ(visit.purpose_detail(), "抄水表");
  visit.set_purpose_detail(std::string(201, 'a'));
  ExpectOneViolation(CheckVisit("hx", kNow, &visit), "visit.purpose_detail");
}

TEST(CheckVisitTest, ExpectedDepartureIsWithinSevenDays) {
  v1::Visit visit = ValidVisit();
  *visit.mutable_expected_departure_time() = At(kNow + absl::Hours(24 * 7));
  EXPECT_TRUE(CheckVisit("hx", kNow, &visit).ok());
  *visit.mutable_expected_departure_time() =
      At(kNow + absl::Hours(24 * 7) + absl::Microseconds(1));
  ExpectOneViolation(CheckVisit("hx", kNow, &visit),
                     "visit.expected_departure_time");
  *visit.mutable_expected_departure_time() = At(kNow);
  ExpectOneViolation(CheckVisit("hx", kNow, &visit),
                     "visit.expected_departure_time");
  *visit.mutable_expected_departure_time() = At(kNow + absl::Microseconds(1));
  EXPECT_TRUE(CheckVisit("hx", kNow, &visit).ok());
}

// ---- CheckRefusal
// ------------------------------------------------------------

v1::Refusal ValidRefusal() {
  v1::Refusal refusal;
  refusal.mutable_person()->set_display_name("李四");
  refusal.set_reason(v1::Refusal::SUSPICIOUS);
  return refusal;
}

TEST(CheckRefusalTest, ValidRefusalPassesWithoutHost) {
  v1::Refusal refusal = ValidRefusal();
  EXPECT_TRUE(CheckRefusal("hx", &refusal).ok())
      << CheckRefusal("hx", &refusal);
  refusal.mutable_host()->set_unit("sites/yy/units/1-1-101");
  ExpectOneViolation(CheckRefusal("hx", &refusal), "refusal.host.unit");
}

TEST(CheckRefusalTest, ReasonIsRequiredAndNotOneTheDeskWrites) {
  for (auto reason :
       {v1::Refusal::REASON_UNSPECIFIED, v1::Refusal::NO_DOCUMENT,
        v1::Refusal::WATCHLIST, static_cast<v1::Refusal::Reason>(99)}) {
    SCOPED_TRACE(reason);
    v1::Refusal refusal = ValidRefusal();
    refusal.set_reason(reason);
    ExpectOneViolation(CheckRefusal("hx", &refusal), "refusal.reason");
  }
}

TEST(CheckRefusalTest, OtherNeedsANoteOfAtMost1000) {
  v1::Refusal refusal = ValidRefusal();
  refusal.set_reason(v1::Refusal::OTHER);
  refusal.set_note(" ");
  ExpectOneViolation(CheckRefusal("hx", &refusal), "refusal.note");
  refusal.set_note("说不清来意\n要求见物业经理");  // multi-line is fine
  EXPECT_TRUE(CheckRefusal("hx", &refusal).ok());
  refusal.set_note(std::string(1000, 'a'));
  EXPECT_TRUE(CheckRefusal("hx", &refusal).ok());
  refusal.set_note(std::string(1001, 'a'));
  ExpectOneViolation(CheckRefusal("hx", &refusal), "refusal.note");
}

TEST(CheckRefusalTest, PersonIsChecked) {
  v1::Refusal refusal = ValidRefusal();
  refusal.mutable_person()->set_phone("138****8000");
  ExpectOneViolation(CheckRefusal("hx", &refusal), "refusal.person.phone");
}

// ---- CheckWatchlistEntry
// -----------------------------------------------------

v1::WatchlistEntry ValidEntry() {
  v1::WatchlistEntry entry;
  *entry.mutable_person()->mutable_document() = ValidVisitor().document();
  entry.set_reason("多次冒充快递员");
  *entry.mutable_expire_time() = At(kNow + absl::Hours(24 * 30));
  return entry;
}

TEST(CheckWatchlistEntryTest, DocumentAloneNeedsNoName) {
  v1::WatchlistEntry entry = ValidEntry();
  ASSERT_TRUE(CheckWatchlistEntry(kNow, &entry).ok())
      << CheckWatchlistEntry(kNow, &entry);
  EXPECT_EQ(entry.person().display_name(), "");
  EXPECT_EQ(entry.action(), v1::WatchlistEntry::DENY);  // the default
}

TEST(CheckWatchlistEntryTest, WithoutDocumentNeedsNameAndPhone) {
  v1::WatchlistEntry entry = ValidEntry();
  entry.mutable_person()->clear_document();
  entry.mutable_person()->set_display_name("王五");
  ExpectOneViolation(CheckWatchlistEntry(kNow, &entry),
                     "watchlist_entry.person");
  entry.mutable_person()->set_phone("13800138000");
  EXPECT_TRUE(CheckWatchlistEntry(kNow, &entry).ok());
  entry.mutable_person()->set_display_name(" ");
  ExpectOneViolation(CheckWatchlistEntry(kNow, &entry),
                     "watchlist_entry.person");
}

TEST(CheckWatchlistEntryTest, PersonIsChecked) {
  v1::WatchlistEntry entry = ValidEntry();
  entry.mutable_person()->mutable_document()->set_number("110101199003071234");
  ExpectOneViolation(CheckWatchlistEntry(kNow, &entry),
                     "watchlist_entry.person.document.number");
}

TEST(CheckWatchlistEntryTest, ActionIsDenyOrAlert) {
  v1::WatchlistEntry entry = ValidEntry();
  entry.set_action(v1::WatchlistEntry::ALERT);
  EXPECT_TRUE(CheckWatchlistEntry(kNow, &entry).ok());
  EXPECT_EQ(entry.action(), v1::WatchlistEntry::ALERT);
  entry.set_action(static_cast<v1::WatchlistEntry::Action>(9));
  ExpectOneViolation(CheckWatchlistEntry(kNow, &entry),
                     "watchlist_entry.action");
}

TEST(CheckWatchlistEntryTest, ReasonIs1To500) {
  v1::WatchlistEntry entry = ValidEntry();
  entry.set_reason("  ");
  ExpectOneViolation(CheckWatchlistEntry(kNow, &entry),
                     "watchlist_entry.reason");
  entry.set_reason(std::string(500, 'a'));
  EXPECT_TRUE(CheckWatchlistEntry(kNow, &entry).ok());
  entry.set_reason(std::string(501, 'a'));
  ExpectOneViolation(CheckWatchlistEntry(kNow, &entry),
                     "watchlist_entry.reason");
}

TEST(CheckWatchlistEntryTest, ExpiresInTheFutureWithinThreeYears) {
  const absl::Duration kMax = absl::Hours(24 * 366 * 3);
  v1::WatchlistEntry entry = ValidEntry();
  entry.clear_expire_time();
  std::string rule = ExpectOneViolation(CheckWatchlistEntry(kNow, &entry),
                                        "watchlist_entry.expire_time");
  EXPECT_NE(rule.find("never permanent"), std::string::npos) << rule;
  *entry.mutable_expire_time() = At(kNow);
  ExpectOneViolation(CheckWatchlistEntry(kNow, &entry),
                     "watchlist_entry.expire_time");
  *entry.mutable_expire_time() = At(kNow + kMax);
  EXPECT_TRUE(CheckWatchlistEntry(kNow, &entry).ok());
  *entry.mutable_expire_time() = At(kNow + kMax + absl::Microseconds(1));
  ExpectOneViolation(CheckWatchlistEntry(kNow, &entry),
                     "watchlist_entry.expire_time");
}

// ---- CheckVisitorPass
// --------------------------------------------------------

v1::VisitorPass ValidPass() {
  v1::VisitorPass pass;
  pass.mutable_visitor()->set_display_name("赵六");
  pass.mutable_host()->set_unit("sites/hx/units/3-2-501");
  pass.set_purpose(v1::Visit::DELIVERY);
  *pass.mutable_expire_time() = At(kNow + absl::Hours(24));
  return pass;
}

TEST(CheckVisitorPassTest, ValidFromDefaultsToNow) {
  v1::VisitorPass pass = ValidPass();
  ASSERT_TRUE(CheckVisitorPass("hx", kNow, &pass).ok())
      << CheckVisitorPass("hx", kNow, &pass);
  EXPECT_EQ(pass.valid_from(), At(kNow));
}

TEST(CheckVisitorPassTest, ExpiresAfterValidFromAndNowWithin30Days) {
  v1::VisitorPass pass = ValidPass();
  pass.clear_expire_time();
  ExpectOneViolation(CheckVisitorPass("hx", kNow, &pass),
                     "visitor_pass.expire_time");

  pass = ValidPass();
  *pass.mutable_valid_from() = At(kNow + absl::Hours(48));
  ExpectOneViolation(CheckVisitorPass("hx", kNow, &pass),
                     "visitor_pass.expire_time");

  pass = ValidPass();
  *pass.mutable_valid_from() = At(kNow - absl::Hours(48));
  *pass.mutable_expire_time() = At(kNow);
  ExpectOneViolation(CheckVisitorPass("hx", kNow, &pass),
                     "visitor_pass.expire_time");

  pass = ValidPass();
  *pass.mutable_valid_from() = At(kNow + absl::Hours(1));
  *pass.mutable_expire_time() = At(kNow + absl::Hours(1 + 24 * 30));
  EXPECT_TRUE(CheckVisitorPass("hx", kNow, &pass).ok());
  *pass.mutable_expire_time() =
      At(kNow + absl::Hours(1 + 24 * 30) + absl::Microseconds(1));
  ExpectOneViolation(CheckVisitorPass("hx", kNow, &pass),
                     "visitor_pass.expire_time");
}

TEST(CheckVisitorPassTest, MaxUsesIs0To100) {
  for (int uses : {0, 1, 100}) {
    v1::VisitorPass pass = ValidPass();
    pass.set_max_uses(uses);
    EXPECT_TRUE(CheckVisitorPass("hx", kNow, &pass).ok()) << uses;
  }
  for (int uses : {-1, 101}) {
    v1::VisitorPass pass = ValidPass();
    pass.set_max_uses(uses);
    ExpectOneViolation(CheckVisitorPass("hx", kNow, &pass),
                       "visitor_pass.max_uses");
  }
}

TEST(CheckVisitorPassTest, VisitorHostPurposeAndPartyAreChecked) {
  v1::VisitorPass pass = ValidPass();
  pass.mutable_visitor()->clear_display_name();
  pass.mutable_host()->clear_unit();
  pass.clear_purpose();
  pass.set_party_size(51);
  absl::Status s = CheckVisitorPass("hx", kNow, &pass);
  EXPECT_EQ(FieldsOf(s),
            (std::vector<std::string>{
                "visitor_pass.visitor.display_name", "visitor_pass.party_size",
                "visitor_pass.host", "visitor_pass.purpose"}))
      << s;
}

// ---- CanonicalPassCode and NewPassCode
// ---------------------------------------

TEST(CanonicalPassCodeTest, EightOfTheAlphabetAnyCase) {
  auto code = CanonicalPassCode(" abcd2345 ");
  ASSERT_TRUE(code.ok()) << code.status();
  EXPECT_EQ(*code, "ABCD2345");
}

TEST(CanonicalPassCodeTest, RefusesOtherLengthsAndLookAlikes) {
  for (const char* code : {"", "ABCD234", "ABCD23456", "ABCD2340", "ABCD234O",
                           "ABCD2341", "ABCD234I", "ABCD234L", "ABCD 234"}) {
    SCOPED_TRACE(code);
    ExpectOneViolation(CanonicalPassCode(code).status(), "pass_code");
  }
}

TEST(NewPassCodeTest, IsCanonicalAndDrawnAfresh) {
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    std::string code = NewPassCode();
    ASSERT_EQ(code.size(), 8u);
    auto canonical = CanonicalPassCode(code);
    ASSERT_TRUE(canonical.ok()) << code;
    EXPECT_EQ(*canonical, code);
    seen.insert(code);
  }
  EXPECT_GT(seen.size(), 45u);
}

// ---- MaskVisitor and MaskContact
// ---------------------------------------------

TEST(MaskTest, MasksDocumentAndPhones) {
  v1::Visitor visitor = ValidVisitor();
  MaskVisitor(&visitor);
  EXPECT_EQ(visitor.document().number(), "1101**********1233");
  EXPECT_EQ(visitor.document().type(), IdentityDocument::ID_CARD);
  EXPECT_EQ(visitor.phone(), "138****8000");
  EXPECT_EQ(visitor.display_name(), "张伟");

  v1::Visitor bare;
  bare.set_display_name("x");
  MaskVisitor(&bare);
  EXPECT_FALSE(bare.has_document());
  EXPECT_EQ(bare.phone(), "");

  v1::Contact host;
  host.set_unit("sites/hx/units/3-2-501");
  host.set_phone("13900001111");
  MaskContact(&host);
  EXPECT_EQ(host.phone(), "139****1111");
  EXPECT_EQ(host.unit(), "sites/hx/units/3-2-501");
}

}  // namespace
}  // namespace frontdesk
