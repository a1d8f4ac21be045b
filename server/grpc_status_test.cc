#include "server/grpc_status.h"

#include <grpcpp/support/status.h>

#include <string>

#include "absl/status/status.h"
#include "common/status.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

// The google.rpc.Status a client reads from the binary error details.
google::rpc::Status DetailsOf(const grpc::Status& s) {
  google::rpc::Status details;
  EXPECT_FALSE(s.error_details().empty());
  EXPECT_TRUE(details.ParseFromString(s.error_details()));
  return details;
}

// The one ErrorInfo among the details; fails the test unless exactly one.
google::rpc::ErrorInfo InfoOf(const google::rpc::Status& details) {
  google::rpc::ErrorInfo info;
  int found = 0;
  for (const auto& any : details.details()) {
    if (any.Is<google::rpc::ErrorInfo>()) {
      EXPECT_TRUE(any.UnpackTo(&info));
      ++found;
    }
  }
  EXPECT_EQ(found, 1) << details.DebugString();
  return info;
}

int CountBadRequests(const google::rpc::Status& details) {
  int found = 0;
  for (const auto& any : details.details()) {
    if (any.Is<google::rpc::BadRequest>()) ++found;
  }
  return found;
}

google::rpc::BadRequest BadRequestOf(const google::rpc::Status& details) {
  google::rpc::BadRequest bad;
  for (const auto& any : details.details()) {
    if (any.Is<google::rpc::BadRequest>()) {
      EXPECT_TRUE(any.UnpackTo(&bad));
    }
  }
  return bad;
}

TEST(ToGrpcStatusTest, Ok) {
  grpc::Status s = ToGrpcStatus(absl::OkStatus());
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.error_code(), grpc::StatusCode::OK);
  EXPECT_EQ(s.error_message(), "");
  EXPECT_EQ(s.error_details(), "");
}

TEST(ToGrpcStatusTest, InvalidFieldCarriesReasonAndViolation) {
  grpc::Status s = ToGrpcStatus(InvalidField("ticket.subject", "is required"));
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(s.error_message(), "ticket.subject: is required");

  google::rpc::Status details = DetailsOf(s);
  EXPECT_EQ(details.code(),
            static_cast<int>(grpc::StatusCode::INVALID_ARGUMENT));
  EXPECT_EQ(details.message(), "ticket.subject: is required");

  google::rpc::ErrorInfo info = InfoOf(details);
  EXPECT_EQ(info.reason(), "INVALID_FIELD");
  EXPECT_EQ(info.domain(), "frontdesk.v1");

  ASSERT_EQ(CountBadRequests(details), 1) << details.DebugString();
  google::rpc::BadRequest bad = BadRequestOf(details);
  ASSERT_EQ(bad.field_violations_size(), 1);
  EXPECT_EQ(bad.field_violations(0).field(), "ticket.subject");
  EXPECT_EQ(bad.field_violations(0).description(), "is required");
}

TEST(ToGrpcStatusTest, SeveralViolationsAndCustomReason) {
  grpc::Status s = ToGrpcStatus(InvalidFields(
      {{"ticket.channel", "is required"}, {"ticket.kind", "is required"}},
      "TICKET_INVALID"));
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  google::rpc::Status details = DetailsOf(s);
  EXPECT_EQ(InfoOf(details).reason(), "TICKET_INVALID");
  google::rpc::BadRequest bad = BadRequestOf(details);
  ASSERT_EQ(bad.field_violations_size(), 2);
  EXPECT_EQ(bad.field_violations(0).field(), "ticket.channel");
  EXPECT_EQ(bad.field_violations(1).field(), "ticket.kind");
}

TEST(ToGrpcStatusTest, ErrorWithReason) {
  grpc::Status s =
      ToGrpcStatus(Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
                         "site \"sites/hx\" does not exist"));
  EXPECT_EQ(s.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(s.error_message(), "site \"sites/hx\" does not exist");

  google::rpc::Status details = DetailsOf(s);
  EXPECT_EQ(details.code(), static_cast<int>(grpc::StatusCode::NOT_FOUND));
  EXPECT_EQ(details.message(), "site \"sites/hx\" does not exist");
  google::rpc::ErrorInfo info = InfoOf(details);
  EXPECT_EQ(info.reason(), "SITE_NOT_FOUND");
  EXPECT_EQ(info.domain(), "frontdesk.v1");
  EXPECT_EQ(CountBadRequests(details), 0) << details.DebugString();
}

TEST(ToGrpcStatusTest, PlainStatusGetsDerivedReason) {
  grpc::Status s = ToGrpcStatus(absl::InternalError("disk on fire"));
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INTERNAL);
  EXPECT_EQ(s.error_message(), "disk on fire");
  google::rpc::Status details = DetailsOf(s);
  EXPECT_EQ(details.code(), static_cast<int>(grpc::StatusCode::INTERNAL));
  google::rpc::ErrorInfo info = InfoOf(details);
  EXPECT_EQ(info.reason(), "INTERNAL");
  EXPECT_EQ(info.domain(), "frontdesk.v1");
  EXPECT_EQ(CountBadRequests(details), 0);
}

TEST(ToGrpcStatusTest, Unavailable) {
  grpc::Status s = ToGrpcStatus(absl::UnavailableError("database is down"));
  EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(s.error_message(), "database is down");
  google::rpc::ErrorInfo info = InfoOf(DetailsOf(s));
  EXPECT_EQ(info.reason(), "UNAVAILABLE");
  EXPECT_EQ(info.domain(), "frontdesk.v1");
}

TEST(ToGrpcStatusTest, DerivedReasonIsUpperSnakeForMultiWordCodes) {
  struct Case {
    absl::Status status;
    grpc::StatusCode code;
    const char* reason;
  };
  for (const Case& c : {
           Case{absl::FailedPreconditionError("x"),
                grpc::StatusCode::FAILED_PRECONDITION, "FAILED_PRECONDITION"},
           Case{absl::DeadlineExceededError("x"),
                grpc::StatusCode::DEADLINE_EXCEEDED, "DEADLINE_EXCEEDED"},
           Case{absl::PermissionDeniedError("x"),
                grpc::StatusCode::PERMISSION_DENIED, "PERMISSION_DENIED"},
           Case{absl::AbortedError("x"), grpc::StatusCode::ABORTED, "ABORTED"},
       }) {
    SCOPED_TRACE(c.reason);
    grpc::Status s = ToGrpcStatus(c.status);
    EXPECT_EQ(s.error_code(), c.code);
    EXPECT_EQ(InfoOf(DetailsOf(s)).reason(), c.reason);
  }
}

TEST(ToGrpcStatusTest, PlainInvalidArgumentHasNoBadRequest) {
  grpc::Status s = ToGrpcStatus(absl::InvalidArgumentError("bad"));
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  google::rpc::Status details = DetailsOf(s);
  EXPECT_EQ(InfoOf(details).reason(), "INVALID_ARGUMENT");
  EXPECT_EQ(CountBadRequests(details), 0);
}

}  // namespace
}  // namespace frontdesk
