#include "common/filter.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/status.h"
#include "common/validation.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using ::frontdesk::v1::Ticket;

absl::Status CheckReporterPhone(absl::string_view value) {
  return CheckPhone("reporter_phone", value);
}

FilterSchema TicketSchema() {
  FilterSchema schema;
  schema["kind"] = FilterField{FilterField::kEnum, Ticket::Kind_descriptor()};
  schema["status"] =
      FilterField{FilterField::kEnum, Ticket::Status_descriptor()};
  schema["reporter_phone"] =
      FilterField{FilterField::kString, nullptr, &CheckReporterPhone};
  schema["subject"] = FilterField{FilterField::kString};
  schema["create_time"] = FilterField{FilterField::kTimestamp};
  return schema;
}

absl::Time Utc(int y, int mo, int d, int h, int mi, int s) {
  return absl::FromCivil(absl::CivilSecond(y, mo, d, h, mi, s),
                         absl::UTCTimeZone());
}

std::vector<FilterTerm> ParseOk(absl::string_view filter) {
  auto terms = ParseFilter(filter, TicketSchema());
  EXPECT_TRUE(terms.ok()) << "filter: " << filter << "\n" << terms.status();
  if (!terms.ok()) return {};
  return *std::move(terms);
}

// Every filter error is INVALID_ARGUMENT with reason INVALID_FILTER and one
// BadRequest violation on the request field "filter". Returns the message.
std::string ExpectFilterError(absl::string_view filter) {
  auto terms = ParseFilter(filter, TicketSchema());
  EXPECT_FALSE(terms.ok()) << "filter accepted: " << filter;
  if (terms.ok()) return "";
  const absl::Status& s = terms.status();
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << filter;
  EXPECT_EQ(ErrorReason(s), "INVALID_FILTER") << filter;
  auto fields = ErrorFieldViolations(s);
  EXPECT_EQ(fields.size(), 1u) << filter;
  if (!fields.empty()) {
    EXPECT_EQ(fields[0].field, "filter") << filter;
    EXPECT_FALSE(fields[0].description.empty()) << filter;
  }
  return std::string(s.message());
}

TEST(ParseFilterTest, EmptyFilterHasNoTerms) {
  EXPECT_TRUE(ParseOk("").empty());
  EXPECT_TRUE(ParseOk("   \t\n ").empty());
}

TEST(ParseFilterTest, EnumTerm) {
  auto terms = ParseOk("kind = REPAIR");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].field, "kind");
  EXPECT_EQ(terms[0].op, FilterOp::kEq);
  EXPECT_EQ(terms[0].number, Ticket::REPAIR);
  EXPECT_EQ(terms[0].text, "REPAIR");

  terms = ParseOk("status != CLOSED");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].field, "status");
  EXPECT_EQ(terms[0].op, FilterOp::kNe);
  EXPECT_EQ(terms[0].number, Ticket::CLOSED);
}

TEST(ParseFilterTest, EnumNamesInAnyCaseAndQuoted) {
  for (const char* f : {"kind = repair", "kind = Repair", "kind = \"repair\"",
                        "kind=REPAIR", "  kind   =   \"REPAIR\"  "}) {
    auto terms = ParseOk(f);
    ASSERT_EQ(terms.size(), 1u) << f;
    EXPECT_EQ(terms[0].number, Ticket::REPAIR) << f;
    EXPECT_EQ(terms[0].text, "REPAIR") << f;  // canonical upper-case name
  }
  auto terms = ParseOk("kind = special_service");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].number, Ticket::SPECIAL_SERVICE);
}

TEST(ParseFilterTest, EnumUnspecifiedAndUnknownValuesRejected) {
  std::string msg = ExpectFilterError("kind = KIND_UNSPECIFIED");
  EXPECT_NE(msg.find("kind"), std::string::npos) << msg;
  // The message lists the accepted names (but not the UNSPECIFIED one).
  EXPECT_NE(msg.find("REPAIR"), std::string::npos) << msg;
  EXPECT_EQ(msg.find("one of KIND_UNSPECIFIED"), std::string::npos) << msg;

  ExpectFilterError("kind = kind_unspecified");
  ExpectFilterError("kind = BROKEN");
  ExpectFilterError("kind = 3");    // numbers are not names
  ExpectFilterError("kind = NEW");  // a value of another enum
  ExpectFilterError("status = REPAIR");
}

TEST(ParseFilterTest, StringTerm) {
  auto terms = ParseOk("reporter_phone = \"13800138000\"");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].field, "reporter_phone");
  EXPECT_EQ(terms[0].op, FilterOp::kEq);
  EXPECT_EQ(terms[0].text, "13800138000");

  terms = ParseOk("reporter_phone = 13800138000");  // bare value
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].text, "13800138000");
}

TEST(ParseFilterTest, StringCheckRejectsValueNamingTheField) {
  std::string msg = ExpectFilterError("reporter_phone = \"abc\"");
  EXPECT_NE(msg.find("reporter_phone"), std::string::npos) << msg;
  ExpectFilterError("reporter_phone = \"\"");
  // A field without a check takes any text, including the empty string.
  auto terms = ParseOk("subject = \"\"");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].text, "");
}

TEST(ParseFilterTest, TimestampTermWithEveryOperator) {
  const absl::Time want = Utc(2026, 11, 1, 0, 0, 0);
  struct Case {
    const char* op;
    FilterOp want;
  } cases[] = {{"=", FilterOp::kEq}, {"!=", FilterOp::kNe},
               {"<", FilterOp::kLt}, {"<=", FilterOp::kLe},
               {">", FilterOp::kGt}, {">=", FilterOp::kGe}};
  for (const auto& c : cases) {
    std::string f =
        absl::StrCat("create_time ", c.op, " \"2026-11-01T00:00:00Z\"");
    auto terms = ParseOk(f);
    ASSERT_EQ(terms.size(), 1u) << f;
    EXPECT_EQ(terms[0].field, "create_time") << f;
    EXPECT_EQ(terms[0].op, c.want) << f;
    EXPECT_EQ(terms[0].time, want) << f;
  }
  // No spaces between the parts: "<=" must not be read as "<" then "=...".
  auto terms = ParseOk("create_time<=2026-11-01T00:00:00Z");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].op, FilterOp::kLe);
  EXPECT_EQ(terms[0].time, want);
}

TEST(ParseFilterTest, TimestampOffsetsAndFractions) {
  auto terms = ParseOk("create_time >= \"2026-11-01T08:00:00+08:00\"");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].time, Utc(2026, 11, 1, 0, 0, 0));

  terms = ParseOk("create_time < \"2026-11-01T00:00:00.25Z\"");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].time, Utc(2026, 11, 1, 0, 0, 0) + absl::Milliseconds(250));
}

TEST(ParseFilterTest, MalformedTimestampRejected) {
  for (const char* f : {
           "create_time > \"2026-11-01\"",
           "create_time > \"2026-11-01 00:00:00\"",
           "create_time > \"2026-11-01T00:00:00\"",  // no offset
           "create_time > \"2026-13-01T00:00:00Z\"",
           "create_time > \"2026-11-31T00:00:00Z\"",
           "create_time > \"2026-11-01T25:00:00Z\"",
           "create_time > yesterday",
           "create_time > \"\"",
           "create_time > 1761955200",
           "create_time < infinite-future",
           "create_time > \"infinite-past\"",
       }) {
    std::string msg = ExpectFilterError(f);
    EXPECT_NE(msg.find("create_time"), std::string::npos) << f << ": " << msg;
  }
}

TEST(ParseFilterTest, AndChainKeepsTermsInOrder) {
  auto terms = ParseOk(
      "kind = REPAIR AND status != CLOSED AND "
      "create_time >= \"2026-11-01T00:00:00Z\" AND subject = \"漏水\"");
  ASSERT_EQ(terms.size(), 4u);
  EXPECT_EQ(terms[0].field, "kind");
  EXPECT_EQ(terms[0].number, Ticket::REPAIR);
  EXPECT_EQ(terms[1].field, "status");
  EXPECT_EQ(terms[1].op, FilterOp::kNe);
  EXPECT_EQ(terms[1].number, Ticket::CLOSED);
  EXPECT_EQ(terms[2].field, "create_time");
  EXPECT_EQ(terms[2].op, FilterOp::kGe);
  EXPECT_EQ(terms[2].time, Utc(2026, 11, 1, 0, 0, 0));
  EXPECT_EQ(terms[3].field, "subject");
  EXPECT_EQ(terms[3].text, "漏水");

  // The same field twice is allowed (a time range).
  terms = ParseOk(
      "create_time >= 2026-11-01T00:00:00Z AND create_time < "
      "2026-12-01T00:00:00Z");
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_EQ(terms[0].op, FilterOp::kGe);
  EXPECT_EQ(terms[1].op, FilterOp::kLt);
  EXPECT_EQ(terms[1].time, Utc(2026, 12, 1, 0, 0, 0));
}

TEST(ParseFilterTest, QuotedValuesWithEscapesSpacesAndChinese) {
  auto terms = ParseOk(R"(subject = "say \"hi\" \\ now")");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].text, R"(say "hi" \ now)");

  terms = ParseOk("subject = \"  two  words \"");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].text, "  two  words ");

  terms = ParseOk("subject = \"3号楼 2单元 漏水\" AND kind = REPAIR");
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_EQ(terms[0].text, "3号楼 2单元 漏水");
  EXPECT_EQ(terms[1].number, Ticket::REPAIR);

  // AND inside quotes is text, not a conjunction.
  terms = ParseOk("subject = \"a AND kind = HELP\"");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].text, "a AND kind = HELP");

  terms = ParseOk("subject = 东门岗亭");  // bare non-ASCII value
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].text, "东门岗亭");
}

TEST(ParseFilterTest, UnterminatedQuoteRejected) {
  ExpectFilterError("subject = \"abc");
  ExpectFilterError("subject = \"abc\\\"");  // the closing quote is escaped
  ExpectFilterError("subject = \"abc\\");
}

TEST(ParseFilterTest, SqlLookingValueIsPlainText) {
  const std::string evil = "'; DROP TABLE tickets; --";
  auto terms = ParseOk("subject = \"'; DROP TABLE tickets; --\"");
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].field, "subject");
  EXPECT_EQ(terms[0].text, evil);

  terms = ParseOk("subject = \"x' OR '1'='1\" AND kind = HELP");
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_EQ(terms[0].text, "x' OR '1'='1");
  EXPECT_EQ(terms[1].number, Ticket::HELP);
}

TEST(ParseFilterTest, UnknownFieldNamedInMessage) {
  std::string msg = ExpectFilterError("colour = RED");
  EXPECT_NE(msg.find("\"colour\""), std::string::npos) << msg;
  // It tells the caller what would have worked.
  EXPECT_NE(msg.find("create_time"), std::string::npos) << msg;

  msg = ExpectFilterError("kind = REPAIR AND reporter.phone = \"1\"");
  EXPECT_NE(msg.find("reporter.phone"), std::string::npos) << msg;
  // Field names are case sensitive.
  msg = ExpectFilterError("KIND = REPAIR");
  EXPECT_NE(msg.find("KIND"), std::string::npos) << msg;
}

TEST(ParseFilterTest, OperatorNotAllowedForType) {
  std::string msg = ExpectFilterError("kind < REPAIR");
  EXPECT_NE(msg.find("kind"), std::string::npos) << msg;
  ExpectFilterError("kind >= REPAIR");
  ExpectFilterError("status > NEW");
  msg = ExpectFilterError("reporter_phone != \"x\"");
  EXPECT_NE(msg.find("reporter_phone"), std::string::npos) << msg;
  // For strings only '=' is allowed, even when the value itself is fine.
  ExpectFilterError("reporter_phone != \"13800138000\"");
  ExpectFilterError("subject > \"a\"");
  ExpectFilterError("subject <= \"a\"");
}

TEST(ParseFilterTest, MissingPartsRejected) {
  ExpectFilterError("kind");
  ExpectFilterError("kind REPAIR");
  ExpectFilterError("kind =");
  ExpectFilterError("kind =   ");
  ExpectFilterError("= REPAIR");
  ExpectFilterError("kind == REPAIR");  // "=" then value "=REPAIR"
  ExpectFilterError("kind => REPAIR");
}

TEST(ParseFilterTest, OrNotParenthesesAndTrailingAndRejected) {
  ExpectFilterError("kind = REPAIR OR kind = HELP");
  ExpectFilterError("kind = REPAIR or kind = HELP");
  ExpectFilterError("kind = REPAIR and status = NEW");  // AND is upper case
  ExpectFilterError("kind = REPAIR AND");
  ExpectFilterError("kind = REPAIR AND   ");
  ExpectFilterError("AND kind = REPAIR");
  ExpectFilterError("kind = REPAIR AND AND status = NEW");
  ExpectFilterError("kind = REPAIR status = NEW");  // missing AND
  ExpectFilterError("NOT kind = REPAIR");
  ExpectFilterError("-kind = REPAIR");
  ExpectFilterError("(kind = REPAIR)");
  ExpectFilterError("kind = (REPAIR)");
  ExpectFilterError("kind = REPAIR AND (status = NEW OR status = DISPATCHED)");
  ExpectFilterError("kind = REPAIR)");
  ExpectFilterError("kind = REPAIR; status = NEW");
}

TEST(ParseFilterTest, LengthLimit) {
  const std::string prefix = "subject = \"";
  std::string at_limit =
      prefix + std::string(2000 - prefix.size() - 1, 'a') + "\"";
  ASSERT_EQ(at_limit.size(), 2000u);
  EXPECT_EQ(ParseOk(at_limit).size(), 1u);
  std::string msg =
      ExpectFilterError(prefix + std::string(2000 - prefix.size(), 'a') + "\"");
  EXPECT_NE(msg.find("2000"), std::string::npos) << msg;
}

TEST(CanonicalFilterTest, SameTermsSameTextDifferentTermsDifferentText) {
  auto canonical = [](absl::string_view f) {
    return CanonicalFilter(ParseOk(f));
  };
  const std::string base =
      canonical("kind = REPAIR AND reporter_phone = \"13800138000\"");
  EXPECT_FALSE(base.empty());
  // Spelling differences that do not change the terms.
  EXPECT_EQ(base, canonical("kind=repair AND reporter_phone=13800138000"));
  EXPECT_EQ(base, canonical("  kind =  \"Repair\"   AND reporter_phone = "
                            "\"13800138000\"  "));

  // Any change in field, operator or value changes the text.
  EXPECT_NE(base,
            canonical("kind = HELP AND reporter_phone = \"13800138000\""));
  EXPECT_NE(base,
            canonical("kind != REPAIR AND reporter_phone = \"13800138000\""));
  EXPECT_NE(base,
            canonical("kind = REPAIR AND reporter_phone = \"13800138001\""));
  EXPECT_NE(base, canonical("kind = REPAIR"));
  EXPECT_NE(base, canonical(""));
  EXPECT_NE(canonical("status = NEW"), canonical("kind = INQUIRY"));  // both 1
  EXPECT_NE(canonical("create_time < 2026-11-01T00:00:00Z"),
            canonical("create_time <= 2026-11-01T00:00:00Z"));
  EXPECT_NE(canonical("create_time < 2026-11-01T00:00:00Z"),
            canonical("create_time < 2026-11-02T00:00:00Z"));
  EXPECT_EQ(canonical(""), CanonicalFilter({}));
}

TEST(CanonicalFilterTest, QuotesInValuesCannotForgeOtherTerms) {
  // One term whose text looks like the canonical form of two terms must not
  // share a fingerprint with the two-term filter.
  auto one = ParseOk(R"(subject = "x\";subject=\"y")");
  ASSERT_EQ(one.size(), 1u);
  ASSERT_EQ(one[0].text, "x\";subject=\"y");
  auto two = ParseOk("subject = x AND subject = y");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_NE(CanonicalFilter(one), CanonicalFilter(two));

  auto a = ParseOk(R"(subject = "a\\")");
  auto b = ParseOk(R"(subject = "a\\\\")");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_NE(CanonicalFilter(a), CanonicalFilter(b));
}

}  // namespace
}  // namespace frontdesk
