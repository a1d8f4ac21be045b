// Test support for service tests through the real gRPC server in-process:
// a fixture over both backends that starts FrontdeskServer with a FakeClock
// on a fresh database, bootstraps the admin token, creates sites "hx" and
// "lz" (Asia/Shanghai), and mints tokens for staff with given roles; plus
// the assertions every such test uses on grpc::Status (the ErrorInfo reason
// and the BadRequest fields a client reads).
#ifndef FRONTDESK_TESTS_GRPC_TEST_BASE_H_
#define FRONTDESK_TESTS_GRPC_TEST_BASE_H_

#include <google/protobuf/util/time_util.h>
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "db/store_test_base.h"  // PrintTo(Backend)
#include "db/testing.h"
#include "frontdesk/v1/directory_service.grpc.pb.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "server/auth.h"
#include "server/frontdesk_server.h"

namespace frontdesk::testing {

// 2026-11-23T01:00:00Z, 09:00 in Asia/Shanghai.
inline absl::Time T0() {
  return absl::FromCivil(absl::CivilSecond(2026, 11, 23, 1, 0, 0),
                         absl::UTCTimeZone());
}

inline google::protobuf::Timestamp Ts(absl::Time t) {
  return google::protobuf::util::TimeUtil::MicrosecondsToTimestamp(ToMicros(t));
}

inline absl::Time At(const google::protobuf::Timestamp& ts) {
  return FromMicros(
      google::protobuf::util::TimeUtil::TimestampToMicroseconds(ts));
}

inline google::rpc::Status DetailsOf(const grpc::Status& s) {
  google::rpc::Status details;
  if (!s.error_details().empty()) {
    EXPECT_TRUE(details.ParseFromString(s.error_details()));
  }
  return details;
}

// The ErrorInfo of the error details (empty when there is none).
inline google::rpc::ErrorInfo InfoOf(const grpc::Status& s) {
  const google::rpc::Status details = DetailsOf(s);
  for (const auto& any : details.details()) {
    google::rpc::ErrorInfo info;
    if (any.Is<google::rpc::ErrorInfo>() && any.UnpackTo(&info)) return info;
  }
  return {};
}

inline std::string Reason(const grpc::Status& s) { return InfoOf(s).reason(); }

// The fields named by the BadRequest detail.
inline std::vector<std::string> Fields(const grpc::Status& s) {
  std::vector<std::string> fields;
  const google::rpc::Status details = DetailsOf(s);
  for (const auto& any : details.details()) {
    google::rpc::BadRequest bad;
    if (any.Is<google::rpc::BadRequest>() && any.UnpackTo(&bad)) {
      for (const auto& v : bad.field_violations()) fields.push_back(v.field());
    }
  }
  return fields;
}

inline std::string Describe(const grpc::Status& s) {
  return absl::StrCat("code ", s.error_code(), " reason \"", Reason(s),
                      "\" fields [", absl::StrJoin(Fields(s), ", "),
                      "]: ", s.error_message());
}

inline ::testing::AssertionResult Ok(const grpc::Status& s) {
  if (s.ok()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << Describe(s);
}

// Refused with `code` and the ErrorInfo `reason`.
inline ::testing::AssertionResult Refused(const grpc::Status& s,
                                          grpc::StatusCode code,
                                          const std::string& reason) {
  if (s.error_code() == code && Reason(s) == reason) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure()
         << "want code " << code << " reason \"" << reason << "\", got "
         << (s.ok() ? std::string("OK") : Describe(s));
}

inline ::testing::AssertionResult Precondition(const grpc::Status& s,
                                               const std::string& reason) {
  return Refused(s, grpc::StatusCode::FAILED_PRECONDITION, reason);
}

// PERMISSION_DENIED with the reason PERMISSION_DENIED: the caller lacks the
// role (or the site) for the call.
inline ::testing::AssertionResult Denied(const grpc::Status& s) {
  return Refused(s, grpc::StatusCode::PERMISSION_DENIED, "PERMISSION_DENIED");
}

// INVALID_ARGUMENT whose BadRequest names `field`.
inline ::testing::AssertionResult InvalidNaming(const grpc::Status& s,
                                                const std::string& field) {
  if (s.error_code() == grpc::StatusCode::INVALID_ARGUMENT) {
    for (const auto& f : Fields(s)) {
      if (f == field) return ::testing::AssertionSuccess();
    }
  }
  return ::testing::AssertionFailure()
         << "want INVALID_ARGUMENT naming \"" << field << "\", got "
         << (s.ok() ? std::string("OK") : Describe(s));
}

template <typename Resp>
struct Reply {
  grpc::Status status;
  Resp value;
};

class GrpcTestBase : public ::testing::TestWithParam<db::Backend> {
 protected:
  static constexpr int kPoolSize = 8;

  void SetUp() override {
    test_db_ = db::TestDatabase::Open(GetParam(), kPoolSize);
    if (test_db_ == nullptr) {
      GTEST_SKIP() << "FRONTDESK_TEST_MYSQL is not set; run the tests under "
                      "tests/with_mariadb.sh to cover MariaDB";
    }
    clock_ = std::make_unique<FakeClock>(T0());
    server_ = std::make_unique<FrontdeskServer>(
        test_db_->db(), *clock_, db::TestDataProtector(), kPoolSize);
    ASSERT_TRUE(server_->Start("127.0.0.1:0"));
    auto secret = BootstrapAdminToken(test_db_->db(), ToMicros(clock_->Now()));
    ASSERT_TRUE(secret.ok()) << secret.status();
    ASSERT_FALSE(secret->empty());
    tokens_["admin"] = *secret;
    channel_ = grpc::CreateChannel(absl::StrCat("127.0.0.1:", server_->port()),
                                   grpc::InsecureChannelCredentials());
    directory_ = v1::DirectoryService::NewStub(channel_);
    for (const char* id : {"hx", "lz"}) {
      v1::CreateSiteRequest req;
      req.set_site_id(id);
      req.mutable_site()->set_display_name(id);
      req.mutable_site()->set_time_zone("Asia/Shanghai");
      ASSERT_TRUE(Ok(As("admin", directory_.get(),
                        &v1::DirectoryService::Stub::CreateSite, req)
                         .status));
    }
  }

  void TearDown() override {
    if (server_) server_->Shutdown(absl::Seconds(5));
  }

  // Creates staff member `staff_id` with `roles` at `sites` (site ids) and
  // remembers a token for it, used by As(staff_id, ...).
  void AddStaff(const std::string& staff_id,
                std::vector<v1::StaffMember::Role> roles,
                std::vector<std::string> sites = {"hx"}) {
    v1::StaffMember member;
    for (auto role : roles) member.add_roles(role);
    for (const auto& site : sites) member.add_sites("sites/" + site);
    Register(staff_id, member);
  }

  // The same with roles granted per site: {role, site id} ("-": every site).
  void AddStaffWithGrants(
      const std::string& staff_id,
      std::vector<std::pair<v1::StaffMember::Role, std::string>> grants) {
    v1::StaffMember member;
    for (const auto& [role, site] : grants) {
      v1::RoleGrant* grant = member.add_grants();
      grant->set_role(role);
      grant->set_site("sites/" + site);
    }
    Register(staff_id, member);
  }

  // Creates `member` as staff member `staff_id` and keeps a token for it.
  void Register(const std::string& staff_id, v1::StaffMember member) {
    v1::CreateStaffMemberRequest req;
    req.set_staff_id(staff_id);
    member.set_display_name(staff_id);
    *req.mutable_staff_member() = std::move(member);
    ASSERT_TRUE(Ok(As("admin", directory_.get(),
                      &v1::DirectoryService::Stub::CreateStaffMember, req)
                       .status));
    v1::CreateAccessTokenRequest token;
    token.set_parent("staff/" + staff_id);
    token.mutable_access_token()->set_display_name("test");
    auto minted = As("admin", directory_.get(),
                     &v1::DirectoryService::Stub::CreateAccessToken, token);
    ASSERT_TRUE(Ok(minted.status));
    tokens_[staff_id] = minted.value.secret();
  }

  // Creates unit "{building}-{entrance}-{room}" at site `site_id`.
  void AddUnit(const std::string& site_id, const std::string& building,
               const std::string& entrance, const std::string& room) {
    v1::CreateUnitRequest unit;
    unit.set_parent("sites/" + site_id);
    unit.mutable_unit()->set_building(building);
    unit.mutable_unit()->set_entrance(entrance);
    unit.mutable_unit()->set_room(room);
    ASSERT_TRUE(Ok(As("admin", directory_.get(),
                      &v1::DirectoryService::Stub::CreateUnit, unit)
                       .status));
  }

  const std::string& TokenOf(const std::string& staff_id) {
    return tokens_[staff_id];
  }

  // An approval `approver` creates with their own token at `site_id` for
  // `action` (bound to `subject` when given), as CreateApproval answers it
  // (its code only in this reply) [ACL-APPROVAL-BY-APPROVER].
  Reply<v1::Approval> CreateApproval(
      const std::string& approver, const std::string& site_id,
      v1::Approval::Action action, const std::string& subject = "",
      const std::string& reason = "业主电话同意",
      absl::Duration ttl = absl::ZeroDuration()) {
    v1::CreateApprovalRequest req;
    req.set_parent("sites/" + site_id);
    req.mutable_approval()->set_action(action);
    req.mutable_approval()->set_subject(subject);
    req.mutable_approval()->set_reason(reason);
    if (ttl > absl::ZeroDuration()) {
      req.mutable_approval()->mutable_ttl()->set_seconds(
          absl::ToInt64Seconds(ttl));
    }
    return As(approver, directory_.get(),
              &v1::DirectoryService::Stub::CreateApproval, req);
  }

  // The code of such an approval, which must be created; "" (and a test
  // failure) otherwise.
  std::string ApprovalCode(const std::string& approver,
                           const std::string& site_id,
                           v1::Approval::Action action,
                           const std::string& subject = "",
                           const std::string& reason = "业主电话同意") {
    auto created = CreateApproval(approver, site_id, action, subject, reason);
    EXPECT_TRUE(Ok(created.status));
    EXPECT_EQ(created.value.code().size(), 12u);
    return created.value.code();
  }

  // A call as `staff_id` with a 30 s deadline and any `extra` metadata.
  template <typename Stub, typename Req, typename Resp>
  Reply<Resp> As(const std::string& staff_id, Stub* stub,
                 grpc::Status (Stub::*method)(grpc::ClientContext*, const Req&,
                                              Resp*),
                 const Req& request,
                 const std::map<std::string, std::string>& extra = {}) {
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + tokens_[staff_id]);
    for (const auto& [k, v] : extra) context.AddMetadata(k, v);
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(30));
    Reply<Resp> reply;
    reply.status = (stub->*method)(&context, request, &reply.value);
    return reply;
  }

  db::Database& database() { return test_db_->db(); }

  std::unique_ptr<db::TestDatabase> test_db_;
  std::unique_ptr<FakeClock> clock_;
  std::unique_ptr<FrontdeskServer> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<v1::DirectoryService::Stub> directory_;
  std::map<std::string, std::string> tokens_;
};

}  // namespace frontdesk::testing

#endif  // FRONTDESK_TESTS_GRPC_TEST_BASE_H_
