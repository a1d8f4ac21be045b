#include "common/page_token.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "common/crypto.h"
#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

constexpr absl::string_view kQuery =
    "sites/hx|kind=\"REPAIR\";|create_time desc";
constexpr absl::string_view kCaller = "staff/wang.li";

const PageTokenSigner& Signer() {
  static const PageTokenSigner* signer =
      new PageTokenSigner(std::string(32, '\x07'));
  return *signer;
}

// The tokens of one caller, kCaller.
std::string EncodePageToken(absl::string_view query,
                            const std::vector<std::string>& key) {
  return Signer().Encode(kCaller, query, key);
}
absl::StatusOr<std::vector<std::string>> DecodePageToken(
    absl::string_view token, absl::string_view query, size_t key_size) {
  return Signer().Decode(token, kCaller, query, key_size);
}

void ExpectBadToken(const absl::StatusOr<std::vector<std::string>>& got,
                    absl::string_view what) {
  ASSERT_FALSE(got.ok()) << what << " was accepted";
  EXPECT_EQ(got.status().code(), absl::StatusCode::kInvalidArgument) << what;
  EXPECT_EQ(ErrorReason(got.status()), "INVALID_PAGE_TOKEN") << what;
  auto fields = ErrorFieldViolations(got.status());
  ASSERT_EQ(fields.size(), 1u) << what;
  EXPECT_EQ(fields[0].field, "page_token") << what;
}

std::vector<std::string> RoundTrip(const std::vector<std::string>& key) {
  std::string token = EncodePageToken(kQuery, key);
  auto got = DecodePageToken(token, kQuery, key.size());
  EXPECT_TRUE(got.ok()) << got.status();
  return got.ok() ? *got : std::vector<std::string>{"<decode failed>"};
}

TEST(PageTokenTest, RoundTrip) {
  std::vector<std::string> key = {"1795368600000000", "42"};
  EXPECT_EQ(RoundTrip(key), key);
  key = {"sites/hx/units/3-2-501"};
  EXPECT_EQ(RoundTrip(key), key);
}

TEST(PageTokenTest, RoundTripEmptyParts) {
  for (const std::vector<std::string>& key :
       std::vector<std::vector<std::string>>{
           {""}, {"", ""}, {"", "x", ""}, {"x", ""}, {"", "x"}}) {
    EXPECT_EQ(RoundTrip(key), key) << key.size();
  }
  // No key at all is not the same as one empty part.
  std::string token = EncodePageToken(kQuery, {});
  auto got = DecodePageToken(token, kQuery, 0);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(got->empty());
  ExpectBadToken(DecodePageToken(token, kQuery, 1), "empty key as 1 part");
  ExpectBadToken(DecodePageToken(EncodePageToken(kQuery, {""}), kQuery, 0),
                 "one empty part as no key");
}

TEST(PageTokenTest, RoundTripUnusualBytes) {
  const std::vector<std::string> values = {
      std::string("a\0b", 3),
      std::string(1, '\0'),
      "\xff\xfe\x80",
      "\x1f",  // the internal separator
      "a\x1f"
      "b\x1f",  // ... several times
      "\x1e\x1d\n\r\t",
      "\\",
      "\\x1f",  // looks like an escape
      "\\037",
      "\"'; DROP TABLE tickets; --",
      "王力 3号楼",
      "a=b/c+d",
      std::string(1000, 'z'),
  };
  for (const auto& v : values) {
    std::vector<std::string> key = {v, "7"};
    EXPECT_EQ(RoundTrip(key), key) << absl::CHexEscape(v);
    key = {v};
    EXPECT_EQ(RoundTrip(key), key) << absl::CHexEscape(v);
  }
  // All at once, so that parts cannot bleed into one another.
  EXPECT_EQ(RoundTrip(values), values);
}

TEST(PageTokenTest, SeparatorInsideKeyDoesNotShiftParts) {
  // {"a\x1f" "b"} and {"a", "b"} are different keys with different tokens,
  // and neither decodes as the other.
  std::string one = EncodePageToken(kQuery, {"a\x1f"
                                             "b"});
  std::string two = EncodePageToken(kQuery, {"a", "b"});
  EXPECT_NE(one, two);
  ExpectBadToken(DecodePageToken(one, kQuery, 2), "1-part token as 2 parts");
  ExpectBadToken(DecodePageToken(two, kQuery, 1), "2-part token as 1 part");
}

TEST(PageTokenTest, TokenIsUrlSafe) {
  std::string token = EncodePageToken(kQuery, {"\xff\xfe\xfd?&=/+", "1"});
  ASSERT_FALSE(token.empty());
  for (char c : token) {
    EXPECT_TRUE(absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
                c == '-' || c == '_')
        << "character '" << c << "' in " << token;
  }
}

TEST(PageTokenTest, OtherQueryRejected) {
  std::string token = EncodePageToken(kQuery, {"100", "7"});
  ExpectBadToken(DecodePageToken(token, "sites/hy|kind=\"REPAIR\";|", 2),
                 "other parent");
  ExpectBadToken(DecodePageToken(token, "", 2), "empty fingerprint");
  ExpectBadToken(DecodePageToken(token, absl::StrCat(kQuery, " "), 2),
                 "fingerprint with one more character");
  // ... and the right query still works.
  EXPECT_TRUE(DecodePageToken(token, kQuery, 2).ok());
}

TEST(PageTokenTest, OtherCallerRejected) {
  std::string token = EncodePageToken(kQuery, {"100", "7"});
  for (absl::string_view other :
       {"staff/zhao.min", "staff/wang.l", "staff/wang.lii", "", "wang.li"}) {
    ExpectBadToken(Signer().Decode(token, other, kQuery, 2),
                   absl::StrCat("caller ", other));
  }
  // Caller and query cannot trade characters.
  std::string shifted = Signer().Encode("staff/a", "bc", {"1"});
  ExpectBadToken(Signer().Decode(shifted, "staff/ab", "c", 1),
                 "caller and query shifted");
  EXPECT_TRUE(Signer().Decode(shifted, "staff/a", "bc", 1).ok());
  EXPECT_TRUE(Signer().Decode(token, kCaller, kQuery, 2).ok());
}

TEST(PageTokenTest, OtherKeyRejected) {
  std::string token = EncodePageToken(kQuery, {"100", "7"});
  PageTokenSigner other(std::string(32, '\x08'));
  ExpectBadToken(other.Decode(token, kCaller, kQuery, 2), "another key");
  // A replica with the same key accepts it.
  PageTokenSigner replica(std::string(32, '\x07'));
  auto got = replica.Decode(token, kCaller, kQuery, 2);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(*got, (std::vector<std::string>{"100", "7"}));
}

TEST(PageTokenTest, UnkeyedTokenOfTheOldFormatRejected) {
  // What p2 was: body + an unkeyed hash anyone could compute. A forger who
  // knows the format but not the key cannot make a valid check.
  const std::string body = absl::StrCat("p3\x1f", "100", "\x1f", "7");
  for (const std::string& check :
       {std::string(32, '0'), Sha256Hex(body).substr(0, 32),
        Sha256Hex(absl::StrCat(kCaller, kQuery, body)).substr(0, 32)}) {
    ExpectBadToken(DecodePageToken(absl::WebSafeBase64Escape(
                                       absl::StrCat(body, "\x1f", check)),
                                   kQuery, 2),
                   check);
  }
}

TEST(PageTokenTest, FlippedCharacterRejected) {
  std::string token = EncodePageToken(kQuery, {"1795368600000000", "42"});
  ASSERT_TRUE(DecodePageToken(token, kQuery, 2).ok());
  std::string original_raw;
  ASSERT_TRUE(absl::WebSafeBase64Unescape(token, &original_raw));
  for (size_t i = 0; i < token.size(); ++i) {
    std::string bad = token;
    bad[i] = bad[i] == 'A' ? 'B' : 'A';
    std::string raw;
    if (absl::WebSafeBase64Unescape(bad, &raw) && raw == original_raw) {
      continue;  // only unused padding bits changed: same token
    }
    ExpectBadToken(DecodePageToken(bad, kQuery, 2),
                   absl::StrCat("flip at ", i, " of ", token.size()));
  }
}

TEST(PageTokenTest, EditedKeyWithoutFixingCheckRejected) {
  std::string token = EncodePageToken(kQuery, {"1795368600000000", "42"});
  std::string raw;
  ASSERT_TRUE(absl::WebSafeBase64Unescape(token, &raw));
  size_t at = raw.find("42");
  ASSERT_NE(at, std::string::npos);
  std::string edited = raw;
  edited.replace(at, 2, "43");
  ExpectBadToken(DecodePageToken(absl::WebSafeBase64Escape(edited), kQuery, 2),
                 "edited key");

  at = raw.find("1795368600000000");
  ASSERT_NE(at, std::string::npos);
  edited = raw;
  edited.replace(at, 1, "0");
  ExpectBadToken(DecodePageToken(absl::WebSafeBase64Escape(edited), kQuery, 2),
                 "edited first key part");

  // Truncations of the decoded token.
  for (size_t n : {raw.size() - 1, raw.size() / 2, size_t{1}}) {
    ExpectBadToken(
        DecodePageToken(absl::WebSafeBase64Escape(raw.substr(0, n)), kQuery, 2),
        absl::StrCat("raw truncated to ", n));
  }
  // Truncations of the token text.
  for (size_t n : {token.size() - 1, token.size() - 4, token.size() / 2}) {
    ExpectBadToken(DecodePageToken(token.substr(0, n), kQuery, 2),
                   absl::StrCat("token truncated to ", n));
  }
  // A token with trailing junk is not the token.
  ExpectBadToken(DecodePageToken(token + "!", kQuery, 2), "trailing junk");
}

TEST(PageTokenTest, GarbageRejected) {
  for (const std::string& bad : std::vector<std::string>{
           "", "garbage", "not base64 at all", "!!!!", "%%%%", "a",
           "====", "AAAA", "////", std::string("AB\0CD", 5), "\xe7\x8e\x8b"}) {
    ExpectBadToken(DecodePageToken(bad, kQuery, 2), absl::CHexEscape(bad));
  }
  // Well-formed base64 of things that are not tokens.
  for (const std::string& raw : std::vector<std::string>{
           "", "\x1f", "p1", "p1\x1f\x1f\x1f", "hello world", "42"}) {
    ExpectBadToken(DecodePageToken(absl::WebSafeBase64Escape(raw), kQuery, 2),
                   absl::StrCat("base64 of ", absl::CHexEscape(raw)));
  }
}

TEST(PageTokenTest, HugeTokenRejected) {
  ExpectBadToken(DecodePageToken(std::string(5000, 'A'), kQuery, 2),
                 "5000 characters");
  ExpectBadToken(DecodePageToken(std::string(1 << 20, 'A'), kQuery, 2),
                 "1 MiB");
}

TEST(PageTokenTest, WrongKeySizeRejected) {
  std::string token = EncodePageToken(kQuery, {"a", "b"});
  ExpectBadToken(DecodePageToken(token, kQuery, 1), "key_size 1");
  ExpectBadToken(DecodePageToken(token, kQuery, 3), "key_size 3");
  ExpectBadToken(DecodePageToken(token, kQuery, 0), "key_size 0");
  EXPECT_TRUE(DecodePageToken(token, kQuery, 2).ok());
}

}  // namespace
}  // namespace frontdesk
