// VisitorService's visitor register through the in-process gRPC server
// (tests/visitor_test_base.h), every test on SQLite and MariaDB: personal
// data: numbers masked unless unmasked with an audit, sealed at rest, erased
// by the retention sweep, and the data key the servers agree on. Each test
// names the rule it covers: a P- rule of docs/rules.md, or one of
// visitor_service.proto.
#include <soci/soci.h>

#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "server/data_key.h"
#include "server/retention_sweeper.h"
#include "tests/visitor_test_base.h"

namespace frontdesk::testing {
namespace {

TEST_P(VisitorTest,
       NumbersAreMaskedUnlessASupervisorUnmasksAndEveryUnmaskedReadIsAudited) {
  auto visit = V("desk", &Stub::CheckInVisitor, CheckIn());
  ASSERT_TRUE(Ok(visit.status));
  v1::GetVisitRequest get;
  get.set_name(visit.value.name());
  auto masked = V("boss", &Stub::GetVisit, get);
  ASSERT_TRUE(Ok(masked.status));
  EXPECT_EQ(masked.value.visitor().document().number(), "1101**********1233");
  get.set_unmask(true);
  EXPECT_TRUE(Refused(V("desk", &Stub::GetVisit, get).status,
                      grpc::StatusCode::PERMISSION_DENIED,
                      "UNMASK_NOT_PERMITTED"));
  EXPECT_TRUE(
      InvalidNaming(V("boss", &Stub::GetVisit, get).status, "unmask_reason"));
  get.set_unmask_reason("派出所协查");
  auto unmasked = V("boss", &Stub::GetVisit, get);
  ASSERT_TRUE(Ok(unmasked.status));
  EXPECT_EQ(unmasked.value.visitor().document().number(), kIdCard);
  EXPECT_EQ(unmasked.value.visitor().phone(), kPhone);
  EXPECT_FALSE(unmasked.value.masked());

  v1::ListSensitiveDataAccessesRequest log;
  log.set_parent("sites/hx");
  EXPECT_TRUE(Denied(V("boss", &Stub::ListSensitiveDataAccesses, log).status));
  auto accesses = V("mgr", &Stub::ListSensitiveDataAccesses, log);
  ASSERT_TRUE(Ok(accesses.status));
  ASSERT_EQ(accesses.value.sensitive_data_accesses_size(), 1);
  const auto& access = accesses.value.sensitive_data_accesses(0);
  EXPECT_EQ(access.actor(), "staff/boss");
  EXPECT_EQ(access.method(), "GetVisit");
  EXPECT_EQ(access.reason(), "派出所协查");
  ASSERT_EQ(access.resources_size(), 1);
  EXPECT_EQ(access.resources(0), visit.value.name());

  // Searching by document number is an unmasked read too.
  EXPECT_TRUE(
      Refused(V("desk", &Stub::ListVisits,
                [] {
                  v1::ListVisitsRequest r;
                  r.set_parent("sites/hx");
                  r.set_filter("document_number = \"110101199003071233\"");
                  return r;
                }())
                  .status,
              grpc::StatusCode::PERMISSION_DENIED, "UNMASK_NOT_PERMITTED"));
  auto found = Visits("document_number = \"110101199003071233\"", "boss");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(V("mgr", &Stub::ListSensitiveDataAccesses, log)
                .value.sensitive_data_accesses_size(),
            2);
}

TEST_P(VisitorTest,
       AnUnmaskedListAcrossSitesCoversOnlyTheSitesTheCallerSupervises) {
  // [P-UNMASK-AUDITED]: a supervisor at hx who is a receptionist at lz
  // lists both sites' visits, but reads only hx's numbers.
  AddUnit("lz", "1", "1", "101");
  AddStaff("lz.desk", {v1::StaffMember::RECEPTIONIST}, {"lz"});
  AddStaffWithGrants("mixed", {{v1::StaffMember::SUPERVISOR, "hx"},
                               {v1::StaffMember::RECEPTIONIST, "lz"}});
  auto at_hx = V("desk", &Stub::CheckInVisitor, CheckIn());
  ASSERT_TRUE(Ok(at_hx.status));
  v1::CheckInVisitorRequest lz = CheckIn();
  lz.set_parent("sites/lz");
  lz.mutable_visit()->mutable_host()->set_unit("sites/lz/units/1-1-101");
  ASSERT_TRUE(Ok(V("lz.desk", &Stub::CheckInVisitor, lz).status));

  v1::ListVisitsRequest list;
  list.set_parent("sites/-");
  auto masked = V("mixed", &Stub::ListVisits, list);
  ASSERT_TRUE(Ok(masked.status));
  ASSERT_EQ(masked.value.visits_size(), 2);
  for (const auto& visit : masked.value.visits()) EXPECT_TRUE(visit.masked());
  list.set_unmask(true);
  list.set_unmask_reason("派出所协查");
  auto unmasked = V("mixed", &Stub::ListVisits, list);
  ASSERT_TRUE(Ok(unmasked.status));
  ASSERT_EQ(unmasked.value.visits_size(), 1);
  EXPECT_EQ(unmasked.value.visits(0).name(), at_hx.value.name());
  EXPECT_EQ(unmasked.value.visits(0).visitor().phone(), kPhone);
}

TEST_P(VisitorTest, DatabaseRowsHoldNoClearDocumentOrPhoneNumbers) {
  auto first = CheckIn();
  first.set_request_id("desk-1-0001");  // its response is recorded
  ASSERT_TRUE(Ok(V("desk", &Stub::CheckInVisitor, first).status));
  Listed(v1::WatchlistEntry::DENY);
  (void)V("desk", &Stub::CheckInVisitor, CheckIn(kListedIdCard));
  int clear = -1;
  absl::Status read = database().Read([&](db::Tx& tx) {
    int hits = 0, total = 0;
    for (const char* query :
         {"SELECT COUNT(*) FROM visits WHERE doc_sealed LIKE :p OR "
          "phone_sealed LIKE :p OR doc_blind LIKE :p OR visitor_name LIKE :p",
          "SELECT COUNT(*) FROM visitor_refusals WHERE doc_sealed LIKE :p OR "
          "phone_sealed LIKE :p",
          "SELECT COUNT(*) FROM watchlist_entries WHERE doc_sealed LIKE :p OR "
          "doc_blind LIKE :p OR phone_sealed LIKE :p"}) {
      for (std::string pattern : {std::string("%1233%"), std::string("%79999%"),
                                  std::string("%00001111%")}) {
        int n = 0;
        tx.sql << query, soci::use(pattern, "p"), soci::into(n);
        hits += n;
      }
      ++total;
    }
    clear = hits;
    // The rows exist and hold sealed values.
    std::string sealed;
    tx.sql << "SELECT doc_sealed FROM visits", soci::into(sealed);
    EXPECT_TRUE(absl::StartsWith(sealed, "v1:")) << sealed;
    return absl::OkStatus();
  });
  ASSERT_TRUE(read.ok()) << read;
  EXPECT_EQ(clear, 0);
  // Nor do the responses recorded for retries (decoded from base64).
  std::string recorded = db::RecordedResponses(database());
  EXPECT_TRUE(absl::StrContains(recorded, "李强"));  // the visit is there
  for (const char* secret : {kIdCard, kListedIdCard, kPhone}) {
    EXPECT_FALSE(absl::StrContains(recorded, secret)) << secret;
  }
}

TEST_P(VisitorTest, RetentionSweepErasesPersonalDataButKeepsTheCounts) {
  v1::UpdateVisitorSettingsRequest settings;
  settings.mutable_visitor_settings()->set_name("sites/hx/visitorSettings");
  settings.mutable_visitor_settings()->set_retention_days(0);
  settings.mutable_update_mask()->add_paths("retention_days");
  EXPECT_TRUE(
      InvalidNaming(V("boss", &Stub::UpdateVisitorSettings, settings).status,
                    "visitor_settings.retention_days"));
  settings.mutable_visitor_settings()->set_retention_days(30);
  EXPECT_TRUE(Denied(V("desk", &Stub::UpdateVisitorSettings, settings).status));
  auto saved = V("boss", &Stub::UpdateVisitorSettings, settings);
  ASSERT_TRUE(Ok(saved.status));
  EXPECT_EQ(saved.value.retention_days(), 30);

  auto visit = V("desk", &Stub::CheckInVisitor, CheckIn());
  ASSERT_TRUE(Ok(visit.status));
  ASSERT_TRUE(Ok(V("desk", &Stub::CheckInVisitor, CheckIn()).status));  // stays
  (void)V("desk", &Stub::CheckInVisitor, CheckIn(""));  // refused: no document
  v1::CheckOutVisitorRequest out;
  out.set_name(visit.value.name());
  ASSERT_TRUE(Ok(V("desk", &Stub::CheckOutVisitor, out).status));

  v1::CreateVisitorPassRequest pass;
  pass.set_parent("sites/hx");
  pass.mutable_visitor_pass()->mutable_visitor()->set_display_name("张三");
  pass.mutable_visitor_pass()->mutable_visitor()->set_phone("13800138000");
  pass.mutable_visitor_pass()->mutable_host()->set_location("3号楼");
  pass.mutable_visitor_pass()->set_purpose(v1::Visit::DELIVERY);
  *pass.mutable_visitor_pass()->mutable_expire_time() =
      Ts(T0() + absl::Hours(12));
  auto created_pass = V("desk", &Stub::CreateVisitorPass, pass);
  ASSERT_TRUE(Ok(created_pass.status));

  RetentionSweeper sweeper(database(), *clock_);
  clock_->Advance(absl::Hours(24 * 29));
  auto early = sweeper.SweepOnce();
  ASSERT_TRUE(early.ok()) << early.status();
  EXPECT_EQ(early->total(), 0);

  clock_->Advance(absl::Hours(24 * 2));
  auto swept = sweeper.SweepOnce();
  ASSERT_TRUE(swept.ok()) << swept.status();
  EXPECT_EQ(swept->visits, 1);  // the one still on premises is kept
  EXPECT_EQ(swept->refusals, 1);
  EXPECT_EQ(swept->passes, 1);
  EXPECT_EQ(sweeper.SweepOnce()->total(), 0);  // idempotent

  // The counts a report needs are all still there.
  EXPECT_EQ(Visits("check_in_date = \"2026-11-23\"").size(), 2u);
  EXPECT_EQ(Refusals().size(), 1u);
  v1::GetVisitRequest get;
  get.set_name(visit.value.name());
  get.set_unmask(true);
  get.set_unmask_reason("retention check");
  auto purged = V("boss", &Stub::GetVisit, get);
  ASSERT_TRUE(Ok(purged.status));
  EXPECT_TRUE(purged.value.has_purge_time());
  EXPECT_EQ(purged.value.visitor().display_name(), "");
  EXPECT_EQ(purged.value.visitor().document().number(), "");
  EXPECT_EQ(purged.value.visitor().phone(), "");
  EXPECT_EQ(At(purged.value.check_in_time()), T0());
  v1::GetVisitorPassRequest get_pass;
  get_pass.set_name(created_pass.value.name());
  auto old_pass = V("desk", &Stub::GetVisitorPass, get_pass);
  ASSERT_TRUE(Ok(old_pass.status));
  EXPECT_EQ(old_pass.value.visitor().display_name(), "");
  EXPECT_EQ(old_pass.value.visitor().phone(), "");
  EXPECT_EQ(old_pass.value.state(), v1::VisitorPass::EXPIRED);
  // Nothing personal was left to read, so nothing was logged.
  v1::ListSensitiveDataAccessesRequest log;
  log.set_parent("sites/hx");
  EXPECT_EQ(V("mgr", &Stub::ListSensitiveDataAccesses, log)
                .value.sensitive_data_accesses_size(),
            0);
  // Refusals are evidence: nothing but the purge may change them.
  absl::Status tamper =
      db::ExecRaw(database(), "UPDATE visitor_refusals SET note = 'x'");
  EXPECT_FALSE(tamper.ok());
}

TEST_P(VisitorTest, ServerRefusesADataKeyOtherThanTheDatabasesOwn) {
  const long long now_us = ToMicros(T0());
  auto other = DataProtector::FromKeyText(DataProtector::GenerateKeyText());
  ASSERT_TRUE(other.ok());
  ASSERT_TRUE(CheckDataKey(database(), db::TestDataProtector(), now_us).ok());
  EXPECT_TRUE(CheckDataKey(database(), db::TestDataProtector(), now_us).ok());
  absl::Status wrong = CheckDataKey(database(), *other, now_us);
  EXPECT_EQ(wrong.code(), absl::StatusCode::kFailedPrecondition) << wrong;
}

TEST_P(VisitorTest, ServersStartingTogetherAgreeOnTheDataKey) {
  constexpr int kServers = 6;
  db::Gate gate;
  std::vector<absl::Status> results(kServers);
  std::vector<std::thread> threads;
  for (int i = 0; i < kServers; ++i) {
    threads.emplace_back([&, i] {
      gate.Wait();
      results[i] =
          CheckDataKey(database(), db::TestDataProtector(), ToMicros(T0()));
    });
  }
  gate.Open();
  for (auto& t : threads) t.join();
  for (const auto& status : results) EXPECT_TRUE(status.ok()) << status;
  EXPECT_EQ(Rows("data_key_fingerprint"), 1);
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(VisitorTest);

}  // namespace
}  // namespace frontdesk::testing
