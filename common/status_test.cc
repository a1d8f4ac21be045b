#include "common/status.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/cord.h"
#include "google/rpc/error_details.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

google::rpc::ErrorInfo InfoOf(const absl::Status& s) {
  google::rpc::ErrorInfo info;
  auto payload = s.GetPayload(kErrorInfoUrl);
  EXPECT_TRUE(payload.has_value()) << s;
  if (payload) {
    EXPECT_TRUE(info.ParseFromString(std::string(*payload)));
  }
  return info;
}

void ExpectViolations(const absl::Status& s,
                      const std::vector<FieldViolation>& want) {
  auto got = ErrorFieldViolations(s);
  ASSERT_EQ(got.size(), want.size()) << s;
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].field, want[i].field) << i;
    EXPECT_EQ(got[i].description, want[i].description) << i;
  }
}

TEST(InvalidFieldTest, CarriesFieldRuleAndReason) {
  absl::Status s = InvalidField("subject", "is required");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "subject: is required");
  EXPECT_EQ(ErrorReason(s), "INVALID_FIELD");
  ExpectViolations(s, {{"subject", "is required"}});

  google::rpc::ErrorInfo info = InfoOf(s);
  EXPECT_EQ(info.reason(), "INVALID_FIELD");
  EXPECT_EQ(info.domain(), kErrorDomain);

  google::rpc::BadRequest bad;
  auto payload = s.GetPayload(kBadRequestUrl);
  ASSERT_TRUE(payload.has_value());
  ASSERT_TRUE(bad.ParseFromString(std::string(*payload)));
  ASSERT_EQ(bad.field_violations_size(), 1);
  EXPECT_EQ(bad.field_violations(0).field(), "subject");
}

TEST(InvalidFieldTest, CustomReason) {
  absl::Status s = InvalidField("page_token", "is stale", "INVALID_PAGE_TOKEN");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorReason(s), "INVALID_PAGE_TOKEN");
  ExpectViolations(s, {{"page_token", "is stale"}});
}

TEST(InvalidFieldsTest, ListsAllFieldsInOrder) {
  absl::Status s = InvalidFields({{"reporter.name", "is required"},
                                  {"reporter.phone", "must be digits"},
                                  {"subject", "必须填写"}});
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(),
            "reporter.name: is required; reporter.phone: must be digits; "
            "subject: 必须填写");
  EXPECT_EQ(ErrorReason(s), "INVALID_FIELD");
  ExpectViolations(s, {{"reporter.name", "is required"},
                       {"reporter.phone", "must be digits"},
                       {"subject", "必须填写"}});

  s = InvalidFields({{"filter", "bad"}}, "INVALID_FILTER");
  EXPECT_EQ(ErrorReason(s), "INVALID_FILTER");
}

TEST(ErrorTest, OtherCodesCarryReasonButNoFields) {
  absl::Status s = Error(absl::StatusCode::kNotFound, "TICKET_NOT_FOUND",
                         "ticket sites/hx/tickets/12 does not exist");
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "ticket sites/hx/tickets/12 does not exist");
  EXPECT_EQ(ErrorReason(s), "TICKET_NOT_FOUND");
  EXPECT_EQ(InfoOf(s).domain(), kErrorDomain);
  EXPECT_TRUE(ErrorFieldViolations(s).empty());
  EXPECT_FALSE(s.GetPayload(kBadRequestUrl).has_value());

  s = Error(absl::StatusCode::kAborted, "ETAG_MISMATCH", "stale etag");
  EXPECT_EQ(s.code(), absl::StatusCode::kAborted);
  EXPECT_EQ(ErrorReason(s), "ETAG_MISMATCH");
}

TEST(ErrorReasonTest, EmptyWithoutPayload) {
  EXPECT_EQ(ErrorReason(absl::OkStatus()), "");
  EXPECT_EQ(ErrorReason(absl::InvalidArgumentError("plain")), "");
  EXPECT_TRUE(ErrorFieldViolations(absl::OkStatus()).empty());
  EXPECT_TRUE(ErrorFieldViolations(absl::InvalidArgumentError("x")).empty());

  // A payload that is not a valid message is ignored rather than trusted.
  absl::Status s = absl::InternalError("x");
  s.SetPayload(kErrorInfoUrl, absl::Cord("\x0a\x05"
                                         "ab"));  // truncated
  s.SetPayload(kBadRequestUrl, absl::Cord("\x0a\x09\x0a\x07"
                                          "sub"));
  EXPECT_EQ(ErrorReason(s), "");
  EXPECT_TRUE(ErrorFieldViolations(s).empty());
}

TEST(ViolationsTest, EmptyIsOk) {
  Violations v;
  EXPECT_TRUE(v.empty());
  EXPECT_TRUE(v.ToStatus().ok());
  v.Merge(absl::OkStatus());
  v.Merge(absl::OkStatus());
  EXPECT_TRUE(v.empty());
  EXPECT_TRUE(v.ToStatus().ok());
}

TEST(ViolationsTest, AddAndMergeCollectEveryField) {
  Violations v;
  v.Add("parent", "must be \"sites/{site}\"");
  EXPECT_FALSE(v.empty());
  v.Merge(InvalidField("page_size", "must not be negative"));
  v.Merge(absl::OkStatus());
  v.Merge(InvalidFields(
      {{"reporter.name", "is required"}, {"reporter.phone", "is required"}}));
  absl::Status s = v.ToStatus();
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorReason(s), "INVALID_FIELD");
  ExpectViolations(s, {{"parent", "must be \"sites/{site}\""},
                       {"page_size", "must not be negative"},
                       {"reporter.name", "is required"},
                       {"reporter.phone", "is required"}});
  EXPECT_NE(s.message().find("page_size"), absl::string_view::npos);
  EXPECT_NE(s.message().find("reporter.phone"), absl::string_view::npos);
}

TEST(ViolationsTest, NonFieldErrorWins) {
  Violations v;
  v.Add("subject", "is required");
  v.Merge(Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND", "no site hx"));
  v.Merge(InvalidField("page_size", "must not be negative"));
  v.Merge(Error(absl::StatusCode::kPermissionDenied, "NOT_ALLOWED", "later"));
  EXPECT_FALSE(v.empty());
  absl::Status s = v.ToStatus();
  // The first non-field error is returned as is, fields notwithstanding.
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(s.message(), "no site hx");
  EXPECT_EQ(ErrorReason(s), "SITE_NOT_FOUND");
  EXPECT_TRUE(ErrorFieldViolations(s).empty());
}

TEST(ViolationsTest, NonFieldErrorAloneIsNotEmpty) {
  Violations v;
  v.Merge(absl::InvalidArgumentError("no BadRequest payload"));
  EXPECT_FALSE(v.empty());
  absl::Status s = v.ToStatus();
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "no BadRequest payload");
  EXPECT_TRUE(ErrorFieldViolations(s).empty());
}

}  // namespace
}  // namespace frontdesk
