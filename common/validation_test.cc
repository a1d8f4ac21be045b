#include "common/validation.h"

#include <cstdint>
#include <limits>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

// INVALID_ARGUMENT with exactly one violation, on `field`; returns its
// description.
std::string ExpectInvalid(const absl::Status& s, absl::string_view field,
                          absl::string_view what) {
  EXPECT_FALSE(s.ok()) << absl::CHexEscape(what) << " was accepted";
  if (s.ok()) return "";
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument)
      << absl::CHexEscape(what);
  EXPECT_EQ(ErrorReason(s), "INVALID_FIELD") << absl::CHexEscape(what);
  auto fields = ErrorFieldViolations(s);
  EXPECT_EQ(fields.size(), 1u) << absl::CHexEscape(what);
  if (fields.empty()) return "";
  EXPECT_EQ(fields[0].field, field) << absl::CHexEscape(what);
  return fields[0].description;
}

std::string Repeat(absl::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out.append(s.data(), s.size());
  return out;
}

// ---- Utf8Length -----------------------------------------------------------

TEST(Utf8LengthTest, CountsCodePoints) {
  EXPECT_EQ(Utf8Length(""), 0);
  EXPECT_EQ(Utf8Length("abc"), 3);
  EXPECT_EQ(Utf8Length(std::string("a\0b", 3)), 3);
  EXPECT_EQ(Utf8Length("王力"), 2);
  EXPECT_EQ(Utf8Length("3号楼 leak"), 8);
  EXPECT_EQ(Utf8Length("\xc3\xa9"), 1);          // é, 2 bytes
  EXPECT_EQ(Utf8Length("\xf0\x9f\x98\x80"), 1);  // 😀, 4 bytes
  // Boundaries of each encoding length.
  EXPECT_EQ(Utf8Length("\x7f"), 1);
  EXPECT_EQ(Utf8Length("\xc2\x80"), 1);          // U+0080
  EXPECT_EQ(Utf8Length("\xdf\xbf"), 1);          // U+07FF
  EXPECT_EQ(Utf8Length("\xe0\xa0\x80"), 1);      // U+0800
  EXPECT_EQ(Utf8Length("\xed\x9f\xbf"), 1);      // U+D7FF
  EXPECT_EQ(Utf8Length("\xee\x80\x80"), 1);      // U+E000
  EXPECT_EQ(Utf8Length("\xef\xbf\xbf"), 1);      // U+FFFF
  EXPECT_EQ(Utf8Length("\xf0\x90\x80\x80"), 1);  // U+10000
  EXPECT_EQ(Utf8Length("\xf4\x8f\xbf\xbf"), 1);  // U+10FFFF
}

TEST(Utf8LengthTest, RejectsInvalidSequences) {
  for (const char* bad : {
           "\xff",
           "\xfe",
           "\x80",
           "a\x80"
           "b",
           "\xbf",
           "\xe7\x8e",      // truncated 3-byte sequence
           "\xe7",          // lead byte at the end
           "\xf0\x9f\x98",  // truncated 4-byte sequence
           "\xc3\x28",      // bad continuation byte
           "\xe7\x28\x8b",
           "\xf8\x88\x80\x80\x80",  // 5-byte form
           "ok\xc3",
       }) {
    EXPECT_EQ(Utf8Length(bad), -1) << absl::CHexEscape(bad);
  }
}

TEST(Utf8LengthTest, RejectsOverlongForms) {
  for (const char* bad : {
           "\xc0\xaf",  // '/' in 2 bytes
           "\xc1\xbf",
           "\xc0\x80",          // NUL in 2 bytes
           "\xe0\x80\xaf",      // '/' in 3 bytes
           "\xe0\x9f\xbf",      // U+07FF in 3 bytes
           "\xf0\x82\x82\xac",  // U+20AC in 4 bytes
           "\xf0\x8f\xbf\xbf",  // U+FFFF in 4 bytes
       }) {
    EXPECT_EQ(Utf8Length(bad), -1) << absl::CHexEscape(bad);
  }
}

TEST(Utf8LengthTest, RejectsSurrogatesAndBeyondUnicode) {
  for (const char* bad : {
           "\xed\xa0\x80",              // U+D800
           "\xed\xbf\xbf",              // U+DFFF
           "\xed\xa0\xbd\xed\xb8\x80",  // CESU-8 pair for U+1F600
           "\xf4\x90\x80\x80",          // U+110000
           "\xf5\x80\x80\x80",
           "\xf7\xbf\xbf\xbf",
       }) {
    EXPECT_EQ(Utf8Length(bad), -1) << absl::CHexEscape(bad);
  }
}

// ---- CheckText ------------------------------------------------------------

TEST(CheckTextTest, Required) {
  std::string d =
      ExpectInvalid(CheckText("subject", "", 1, 200), "subject", "empty");
  EXPECT_EQ(d, "is required");
  EXPECT_TRUE(CheckText("description", "", 0, 4000).ok());
  EXPECT_TRUE(CheckText("subject", "x", 1, 200).ok());
}

TEST(CheckTextTest, CountsCharactersNotBytes) {
  EXPECT_TRUE(CheckText("subject", Repeat("漏", 200), 1, 200).ok());
  std::string d = ExpectInvalid(CheckText("subject", Repeat("漏", 201), 1, 200),
                                "subject", "201 Chinese characters");
  EXPECT_NE(d.find("200"), std::string::npos) << d;
  EXPECT_TRUE(CheckText("subject", Repeat("a", 200), 1, 200).ok());
  ExpectInvalid(CheckText("subject", Repeat("a", 201), 1, 200), "subject",
                "201 ASCII characters");
  EXPECT_TRUE(CheckText("subject", Repeat("😀", 200), 1, 200).ok());

  // Minimum in characters: one Chinese character is 3 bytes but 1 character.
  d = ExpectInvalid(CheckText("name", "王", 2, 64), "name", "one character");
  EXPECT_NE(d.find("at least 2"), std::string::npos) << d;
  EXPECT_TRUE(CheckText("name", "王力", 2, 64).ok());
}

TEST(CheckTextTest, RejectsInvalidUtf8) {
  ExpectInvalid(CheckText("subject", "abc\xff", 1, 200), "subject", "0xff");
  ExpectInvalid(CheckText("subject", "\xed\xa0\x80", 1, 200), "subject",
                "surrogate");
  ExpectInvalid(CheckText("subject", "\xc0\xaf", 0, 200, true), "subject",
                "overlong");
}

TEST(CheckTextTest, ControlCharacters) {
  ExpectInvalid(CheckText("subject", "a\nb", 1, 200), "subject", "newline");
  ExpectInvalid(CheckText("subject", "a\tb", 1, 200), "subject", "tab");
  ExpectInvalid(CheckText("subject", "a\rb", 1, 200), "subject", "CR");
  EXPECT_TRUE(CheckText("description", "line 1\nline 2", 0, 4000, true).ok());
  EXPECT_TRUE(CheckText("description", "a\tb\r\n", 0, 4000, true).ok());
  for (bool multiline : {false, true}) {
    for (const std::string& bad : {
             std::string("a\0b", 3),
             std::string("\x01"),
             std::string("\x1b[31m"),
             std::string("a\x7f"),
             std::string("\x0b"),
             std::string("\x0c"),
             std::string("\x1f"),
             std::string("\xc2\x85"),  // U+0085 NEXT LINE (C1 control)
             std::string("\xc2\x9b"
                         "31m"),  // U+009B CSI
             std::string("\xc2\x80"),
             std::string("\xc2\x9f"),
         }) {
      ExpectInvalid(CheckText("description", bad, 0, 4000, multiline),
                    "description", bad);
    }
  }
  // Not control characters: just outside the C0 and C1 ranges.
  EXPECT_TRUE(CheckText("subject", " ~", 1, 200).ok());
  EXPECT_TRUE(CheckText("subject", "\xc2\xa0\xc2\xa9", 1, 200).ok());  // NBSP ©
  EXPECT_TRUE(CheckText("subject", "\xc3\x85", 1, 200).ok());          // Å
}

// ---- CheckPhone -----------------------------------------------------------

TEST(CheckPhoneTest, Accepts) {
  for (const char* ok :
       {"13800138000", "19912345678", "0755-12345678", "010-12345678",
        "01012345678", "+86 138 0013 8000", "+8613800138000", "138-0013-8000",
        "12345", "10086", "95588", "0755 1234 5678", "0755-12345678-801",
        "0755-1234567890123456" /* 20 digits */}) {
    EXPECT_TRUE(CheckPhone("reporter.phone", ok).ok()) << ok;
  }
}

TEST(CheckPhoneTest, Rejects) {
  for (const char* bad : {
           "",
           "138001380001",  // a mobile with one digit too many
           "1380013800012",
           "1380013800",  // a mobile with one digit missing
           "138001",
           "23800138000",  // 11 bare digits: a mobile (1) or area code (0)
           "1380013800O",  // letter O
           "tel:13800138000",
           "138.0013.8000",
           "(0755)12345678",
           "1234",  // too short
           "12-34",
           "+",
           "-",
           "   ",
           "+1234",
           "138+00138000",
           "++8613800138000",
           "0755-12345678901234567",  // 21 digits
           "１３８００１３８０００",  // full-width digits
       }) {
    ExpectInvalid(CheckPhone("reporter.phone", bad), "reporter.phone", bad);
  }
  EXPECT_EQ(ExpectInvalid(CheckPhone("phone", ""), "phone", "empty"),
            "is required");
}

// ---- CheckId --------------------------------------------------------------

TEST(CheckIdTest, Rules) {
  EXPECT_TRUE(CheckId("site", "hx", 2, 16).ok());
  EXPECT_TRUE(CheckId("site", "h2o", 2, 16).ok());
  EXPECT_TRUE(CheckId("site", std::string(16, 'a'), 2, 16).ok());
  ExpectInvalid(CheckId("site", std::string(17, 'a'), 2, 16), "site", "17");
  ExpectInvalid(CheckId("site", "h", 2, 16), "site", "h");
  ExpectInvalid(CheckId("site", "HX", 2, 16), "site", "HX");
  ExpectInvalid(CheckId("site", "hX", 2, 16), "site", "hX");
  ExpectInvalid(CheckId("site", "2x", 2, 16), "site", "2x");
  ExpectInvalid(CheckId("site", "h-x", 2, 16), "site", "h-x");
  ExpectInvalid(CheckId("site", "h x", 2, 16), "site", "h x");
  ExpectInvalid(CheckId("site", "hé", 2, 16), "site", "non-ASCII");
  ExpectInvalid(CheckId("site", std::string("h\0", 2), 2, 16), "site", "NUL");

  EXPECT_TRUE(CheckId("staff", "wang.li", 2, 32, "._-").ok());
  EXPECT_TRUE(CheckId("staff", "li-na_2", 2, 32, "._-").ok());
  ExpectInvalid(CheckId("staff", ".wang", 2, 32, "._-"), "staff",
                "extra first");
  ExpectInvalid(CheckId("staff", "wang/li", 2, 32, "._-"), "staff", "slash");
  // The message names the extra characters.
  std::string d =
      ExpectInvalid(CheckId("staff", "w", 2, 32, "._-"), "staff", "short");
  EXPECT_NE(d.find("._-"), std::string::npos) << d;
}

TEST(CheckIdTest, EmptyValueWithZeroMinimumDoesNotReadPastTheEnd) {
  // A default string_view has no data at all.
  EXPECT_TRUE(CheckId("id", absl::string_view(), 0, 16).ok());
  EXPECT_TRUE(CheckId("id", "", 0, 16).ok());
  ExpectInvalid(CheckId("id", absl::string_view(), 1, 16), "id", "empty");
}

// ---- CheckRequestId -------------------------------------------------------

TEST(CheckRequestIdTest, Rules) {
  EXPECT_TRUE(CheckRequestId("request_id", "").ok());
  EXPECT_TRUE(CheckRequestId("request_id", "a").ok());
  EXPECT_TRUE(
      CheckRequestId("request_id", "3F2504E0-4F89-11D3-9A0C-0305E82C3301")
          .ok());
  EXPECT_TRUE(CheckRequestId("request_id", "app:v1.2_retry-3").ok());
  EXPECT_TRUE(CheckRequestId("request_id", std::string(128, 'x')).ok());
  for (const std::string& bad :
       {std::string(129, 'x'), std::string("a b"), std::string("a/b"),
        std::string("a+b"), std::string("a=b"), std::string("请求1"),
        std::string("a\nb"), std::string("a\0b", 3), std::string(" ")}) {
    ExpectInvalid(CheckRequestId("request_id", bad), "request_id", bad);
  }
}

// ---- NormalizePageSize ----------------------------------------------------

TEST(NormalizePageSizeTest, DefaultsClampsAndRejectsNegative) {
  int32_t size = -7;
  ASSERT_TRUE(NormalizePageSize(0, &size).ok());
  EXPECT_EQ(size, 50);
  ASSERT_TRUE(NormalizePageSize(1, &size).ok());
  EXPECT_EQ(size, 1);
  ASSERT_TRUE(NormalizePageSize(50, &size).ok());
  EXPECT_EQ(size, 50);
  ASSERT_TRUE(NormalizePageSize(1000, &size).ok());
  EXPECT_EQ(size, 1000);
  ASSERT_TRUE(NormalizePageSize(1001, &size).ok());
  EXPECT_EQ(size, 1000);
  ASSERT_TRUE(NormalizePageSize(5000, &size).ok());
  EXPECT_EQ(size, 1000);
  ASSERT_TRUE(
      NormalizePageSize(std::numeric_limits<int32_t>::max(), &size).ok());
  EXPECT_EQ(size, 1000);

  ExpectInvalid(NormalizePageSize(-1, &size), "page_size", "-1");
  ExpectInvalid(NormalizePageSize(std::numeric_limits<int32_t>::min(), &size),
                "page_size", "INT32_MIN");
}

}  // namespace
}  // namespace frontdesk
