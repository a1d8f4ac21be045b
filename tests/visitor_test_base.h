// The fixtures of the VisitorService tests through the in-process gRPC server
// (tests/grpc_test_base.h: FakeClock, every test on SQLite and MariaDB):
// VisitorServiceTest, shared with the key tests (key_test.cc): the service's
// stub, a receptionist "desk" and a supervisor "boss" at site hx, unit
// 3-2-501 there, and row counts; and VisitorTest, the fixture of the visitor
// register (visitor_test.cc, visitor_privacy_test.cc): a manager "mgr", a
// supervisor of lz "lz.boss", the check-in, a watchlist entry and the
// visits and refusals listed. Each test names the rule it covers: a V-, K-
// or P- rule of docs/rules.md, or one of visitor_service.proto.
#ifndef FRONTDESK_TESTS_VISITOR_TEST_BASE_H_
#define FRONTDESK_TESTS_VISITOR_TEST_BASE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "db/testing.h"
#include "frontdesk/v1/visitor_service.grpc.pb.h"
#include "tests/grpc_test_base.h"

namespace frontdesk::testing {

class VisitorServiceTest : public GrpcTestBase {
 protected:
  void SetUp() override {
    GrpcTestBase::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    visitors_ = v1::VisitorService::NewStub(channel_);
    AddStaff("desk", {v1::StaffMember::RECEPTIONIST});
    AddStaff("boss", {v1::StaffMember::SUPERVISOR});
    AddUnit("hx", "3", "2", "501");
  }

  long long Rows(const std::string& table) {
    return db::CountRows(database(), table);
  }

  std::unique_ptr<v1::VisitorService::Stub> visitors_;
};

class VisitorTest : public VisitorServiceTest {
 protected:
  using Stub = v1::VisitorService::Stub;

  static constexpr char kIdCard[] = "110101199003071233";  // valid check digit
  static constexpr char kListedIdCard[] =
      "110101199003079999";  // valid check digit
  static constexpr char kPhone[] = "13900001111";

  void SetUp() override {
    VisitorServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    AddStaff("mgr", {v1::StaffMember::MANAGER});
    AddStaff("lz.boss", {v1::StaffMember::SUPERVISOR}, {"lz"});
  }

  template <typename Req, typename Resp>
  Reply<Resp> V(const std::string& who,
                grpc::Status (Stub::*method)(grpc::ClientContext*, const Req&,
                                             Resp*),
                const Req& request,
                const std::map<std::string, std::string>& extra = {}) {
    return As(who, visitors_.get(), method, request, extra);
  }

  // The check-in: 李强 visiting 3-2-501 until 18:00 local.
  v1::CheckInVisitorRequest CheckIn(const std::string& number = kIdCard) {
    v1::CheckInVisitorRequest req;
    req.set_parent("sites/hx");
    auto* visit = req.mutable_visit();
    visit->mutable_visitor()->set_display_name("李强");
    if (!number.empty()) {
      visit->mutable_visitor()->mutable_document()->set_type(
          v1::IdentityDocument::ID_CARD);
      visit->mutable_visitor()->mutable_document()->set_number(number);
    }
    visit->mutable_visitor()->set_phone(kPhone);
    visit->mutable_host()->set_unit("sites/hx/units/3-2-501");
    visit->set_purpose(v1::Visit::VISIT_RESIDENT);
    visit->set_purpose_detail("探亲");
    *visit->mutable_expected_departure_time() =
        Ts(T0() + absl::Hours(9));  // 18:00 in Asia/Shanghai
    return req;
  }

  v1::WatchlistEntry Listed(v1::WatchlistEntry::Action action) {
    v1::CreateWatchlistEntryRequest req;
    req.set_parent("sites/hx");
    auto* entry = req.mutable_watchlist_entry();
    entry->mutable_person()->set_display_name("王某");
    entry->mutable_person()->mutable_document()->set_type(
        v1::IdentityDocument::ID_CARD);
    entry->mutable_person()->mutable_document()->set_number(kListedIdCard);
    entry->set_action(action);
    entry->set_reason("多次滋扰");
    *entry->mutable_expire_time() = Ts(T0() + absl::Hours(24 * 365));
    auto created = V("boss", &Stub::CreateWatchlistEntry, req);
    EXPECT_TRUE(Ok(created.status));
    return created.value;
  }

  std::vector<v1::Visit> Visits(const std::string& filter,
                                const std::string& who = "desk") {
    v1::ListVisitsRequest req;
    req.set_parent("sites/hx");
    req.set_filter(filter);
    auto listed = V(who, &Stub::ListVisits, req);
    EXPECT_TRUE(Ok(listed.status)) << filter;
    return {listed.value.visits().begin(), listed.value.visits().end()};
  }

  std::vector<v1::Refusal> Refusals(const std::string& who = "boss") {
    v1::ListRefusalsRequest req;
    req.set_parent("sites/hx");
    auto listed = V(who, &Stub::ListRefusals, req);
    EXPECT_TRUE(Ok(listed.status));
    return {listed.value.refusals().begin(), listed.value.refusals().end()};
  }
};

}  // namespace frontdesk::testing

#endif  // FRONTDESK_TESTS_VISITOR_TEST_BASE_H_
