#include "common/list_page.h"

#include <google/protobuf/timestamp.pb.h>

#include <string>
#include <utility>
#include <vector>

#include "common/page_token.h"
#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using TimeAndId = std::pair<long long, long long>;

constexpr absl::string_view kCaller = "staff/wang.li";

const PageTokenSigner& Signer() {
  static const PageTokenSigner* signer =
      new PageTokenSigner(std::string(32, 'k'));
  return *signer;
}

// A page of kCaller's.
absl::StatusOr<ListPage> Start(int32_t size, absl::string_view token,
                               std::string fingerprint, PageKey key,
                               absl::string_view caller = kCaller) {
  return ListPage::Start(Signer(), std::string(caller), size, token,
                         std::move(fingerprint), key);
}

std::string EncodePageToken(absl::string_view fingerprint,
                            const std::vector<std::string>& key) {
  return Signer().Encode(kCaller, fingerprint, key);
}

void ExpectBadToken(const absl::StatusOr<ListPage>& page) {
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorReason(page.status()), "INVALID_PAGE_TOKEN");
}

TEST(ListPageTest, FirstPageHasNoKeyAndFetchesOneMoreThanAPage) {
  auto page = Start(0, "", "sites|", PageKey::kId);
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_GT(page->size(), 0) << "an unset size takes the default";
  EXPECT_EQ(page->FetchLimit(), page->size() + 1);
  EXPECT_EQ(page->after_id(), "");
  EXPECT_FALSE(page->after_pair().has_value());
}

TEST(ListPageTest, NegativeSizeIsRefusedNamingTheField) {
  auto page = Start(-1, "", "sites|", PageKey::kId);
  ASSERT_FALSE(page.ok());
  ASSERT_EQ(ErrorFieldViolations(page.status()).size(), 1u);
  EXPECT_EQ(ErrorFieldViolations(page.status())[0].field, "page_size");
}

TEST(ListPageTest, NextTokenCutsTheExtraRowAndLeadsToTheRowAfterIt) {
  auto page = Start(2, "", "units|hx", PageKey::kId);
  ASSERT_TRUE(page.ok());
  std::vector<std::string> rows = {"sites/hx/units/a", "sites/hx/units/b",
                                   "sites/hx/units/c"};
  std::string token = page->NextToken(
      rows, [](const std::string& name) { return LastSegment(name); });
  EXPECT_EQ(rows.size(), 2u);
  ASSERT_FALSE(token.empty());
  auto next = Start(2, token, "units|hx", PageKey::kId);
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_EQ(next->after_id(), "b");
}

TEST(ListPageTest, LastPageHasNoToken) {
  auto page = Start(2, "", "units|hx", PageKey::kId);
  ASSERT_TRUE(page.ok());
  std::vector<std::string> rows = {"a", "b"};
  EXPECT_EQ(page->NextToken(rows, [](const std::string& r) { return r; }), "");
  EXPECT_EQ(rows.size(), 2u);
}

TEST(ListPageTest, TimeAndIdKeysRoundTrip) {
  auto page = Start(1, "", "tickets|hx", PageKey::kTimeAndId);
  ASSERT_TRUE(page.ok());
  std::vector<TimeAndId> rows = {{1795368600000000, 7}, {1795368500000000, 6}};
  std::string token = page->NextToken(rows, [](TimeAndId r) { return r; });
  auto next = Start(1, token, "tickets|hx", PageKey::kTimeAndId);
  ASSERT_TRUE(next.ok()) << next.status();
  ASSERT_TRUE(next->after_pair().has_value());
  EXPECT_EQ(*next->after_pair(), TimeAndId(1795368600000000, 7));
}

TEST(ListPageTest, NumberKeysRoundTrip) {
  auto page = Start(1, "", "events|t/1", PageKey::kNumber);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->after_number(), 0);
  std::vector<long long> rows = {41, 42};
  std::string token = page->NextToken(rows, [](long long r) { return r; });
  auto next = Start(1, token, "events|t/1", PageKey::kNumber);
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_EQ(next->after_number(), 41);
}

TEST(ListPageTest, TextAndIdKeysRoundTrip) {
  using TextAndId = std::pair<std::string, long long>;
  auto page = Start(1, "", "keys|hx", PageKey::kTextAndId);
  ASSERT_TRUE(page.ok());
  std::vector<TextAndId> rows = {{"A-0|1", 3}, {"B-02", 4}};
  std::string token = page->NextToken(rows, [](TextAndId r) { return r; });
  auto next = Start(1, token, "keys|hx", PageKey::kTextAndId);
  ASSERT_TRUE(next.ok()) << next.status();
  ASSERT_TRUE(next->after_text_and_id().has_value());
  EXPECT_EQ(*next->after_text_and_id(), TextAndId("A-0|1", 3));
}

TEST(ListPageTest, TokenOfAnotherQueryIsRefused) {
  auto page = Start(1, "", "tickets|hx", PageKey::kTimeAndId);
  ASSERT_TRUE(page.ok());
  std::string token = page->TokenAfter(TimeAndId(5, 6));
  ExpectBadToken(Start(1, token, "tickets|other", PageKey::kTimeAndId));
}

TEST(ListPageTest, TokenOfAnotherCallerIsRefused) {
  auto page = Start(1, "", "tickets|hx", PageKey::kTimeAndId);
  ASSERT_TRUE(page.ok());
  std::string token = page->TokenAfter(TimeAndId(5, 6));
  ExpectBadToken(
      Start(1, token, "tickets|hx", PageKey::kTimeAndId, "staff/zhao.min"));
  auto next = Start(1, token, "tickets|hx", PageKey::kTimeAndId);
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_EQ(*next->after_pair(), TimeAndId(5, 6));
}

TEST(ListPageTest, TokenWhoseKeyIsNotNumbersIsRefusedForATimeAndIdList) {
  std::string token = EncodePageToken("tickets|hx", {"yesterday", "6"});
  ExpectBadToken(Start(1, token, "tickets|hx", PageKey::kTimeAndId));
}

TEST(ListPageTest, TokenOfAnIdListIsRefusedByATimeAndIdList) {
  std::string token = EncodePageToken("tickets|hx", {"6"});
  ExpectBadToken(Start(1, token, "tickets|hx", PageKey::kTimeAndId));
}

TEST(ListPageTest, LastSegmentOfANameAndOfABareId) {
  EXPECT_EQ(LastSegment("sites/hx/departments/eng"), "eng");
  EXPECT_EQ(LastSegment("eng"), "eng");
}

// A row of a list by create time and id, as the escalations and the resident
// callbacks are.
struct NamedRow {
  std::string name_;
  google::protobuf::Timestamp create_time_;
  const std::string& name() const { return name_; }
  const google::protobuf::Timestamp& create_time() const {
    return create_time_;
  }
};

TEST(ListPageTest, CreateTimeAndIdKeyIsMicrosecondsAndTheNamesNumber) {
  google::protobuf::Timestamp t;
  t.set_seconds(1764000000);
  t.set_nanos(123456789);
  EXPECT_EQ(CreateTimeAndIdKey("sites/hx/escalations/42", t),
            TimeAndId(1764000000123456LL, 42));
  EXPECT_EQ(CreateTimeAndIdKey("sites/hx/units/3-2-501/residentCallbacks/x", t)
                .second,
            0)
      << "a last segment that is no number keys as 0";
}

TEST(ListPageTest, CreateTimeAndIdOfNameLeadsToTheRowAfterTheLastServed) {
  auto page = Start(1, "", "escalations|hx", PageKey::kTimeAndId);
  ASSERT_TRUE(page.ok());
  std::vector<NamedRow> rows(2);
  rows[0].name_ = "sites/hx/escalations/7";
  rows[0].create_time_.set_seconds(20);
  rows[1].name_ = "sites/hx/escalations/6";
  rows[1].create_time_.set_seconds(10);
  std::string token = page->NextToken(rows, kCreateTimeAndIdOfName);
  ASSERT_EQ(rows.size(), 1u);
  auto next = Start(1, token, "escalations|hx", PageKey::kTimeAndId);
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_EQ(next->after_pair(), TimeAndId(20000000, 7));
}

}  // namespace
}  // namespace frontdesk
