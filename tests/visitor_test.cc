// VisitorService's visitor register through the in-process gRPC server
// (tests/visitor_test_base.h), every test on SQLite and MariaDB: check-in,
// the identity document and its waiver, refusals, the watchlist, check-out
// and overstays, passes. Masking, sealing, retention and the data key are in
// visitor_privacy_test.cc. Each test names the rule it covers: a V- or P-
// rule of docs/rules.md, or one of visitor_service.proto.
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "tests/visitor_test_base.h"

namespace frontdesk::testing {
namespace {

TEST_P(VisitorTest, CheckInRegistersTheVisitOnPremisesAndReturnsItMasked) {
  auto visit = V("desk", &Stub::CheckInVisitor, CheckIn());
  ASSERT_TRUE(Ok(visit.status));
  EXPECT_EQ(visit.value.status(), v1::Visit::ON_PREMISES);
  EXPECT_EQ(visit.value.registered_by(), "staff/desk");
  EXPECT_EQ(At(visit.value.check_in_time()), T0());
  EXPECT_EQ(visit.value.visitor().document().number(), "1101**********1233");
  EXPECT_EQ(visit.value.visitor().phone(), "139****1111");
  EXPECT_TRUE(visit.value.masked());
  EXPECT_EQ(visit.value.host().unit(), "sites/hx/units/3-2-501");
  auto on_premises = Visits("on_premises = true");
  ASSERT_EQ(on_premises.size(), 1u);
  EXPECT_EQ(on_premises[0].name(), visit.value.name());
}

TEST_P(VisitorTest,
       MalformedDocumentNumbersAreRefusedForTheirTypeAndWriteNothing) {
  // The widely quoted sample number fails its check digit.
  auto bad = V("desk", &Stub::CheckInVisitor, CheckIn("110101199003071234"));
  EXPECT_TRUE(InvalidNaming(bad.status, "visit.visitor.document.number"));
  auto short_number = CheckIn("1101");
  EXPECT_TRUE(
      InvalidNaming(V("desk", &Stub::CheckInVisitor, short_number).status,
                    "visit.visitor.document.number"));
  auto masked = CheckIn("1101**********1233");
  EXPECT_TRUE(InvalidNaming(V("desk", &Stub::CheckInVisitor, masked).status,
                            "visit.visitor.document.number"));
  EXPECT_EQ(Rows("visits"), 0);
  EXPECT_EQ(Rows("visitor_refusals"), 0);
}

TEST_P(VisitorTest, NoDocumentIsRefusedAndTheRefusalRecordedOncePerRequest) {
  auto req = CheckIn("");
  req.set_request_id("desk-1-0001");
  auto refused = V("desk", &Stub::CheckInVisitor, req);
  ASSERT_TRUE(Precondition(refused.status, "VISITOR_DOCUMENT_REQUIRED"));
  std::string refusal = InfoOf(refused.status).metadata().at("refusal");
  EXPECT_TRUE(absl::StartsWith(refusal, "sites/hx/refusals/")) << refusal;
  // A retry of the same request does not record a second refusal.
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, req).status,
                           "VISITOR_DOCUMENT_REQUIRED"));
  auto refusals = Refusals();
  ASSERT_EQ(refusals.size(), 1u);
  EXPECT_EQ(refusals[0].name(), refusal);
  EXPECT_EQ(refusals[0].reason(), v1::Refusal::NO_DOCUMENT);
  EXPECT_EQ(refusals[0].refused_by(), "staff/desk");
  EXPECT_EQ(At(refusals[0].create_time()), T0());
  EXPECT_EQ(Rows("visits"), 0);
}

TEST_P(VisitorTest, SupervisorAuthorisesEntryWithoutDocumentByTheirOwnCall) {
  using v1::Approval;
  auto req = CheckIn("");
  req.mutable_document_waiver()->set_authorized_by("staff/boss");
  req.mutable_document_waiver()->set_reason("业主电话确认");
  // The receptionist alone cannot name a supervisor who did not agree
  // [ACL-APPROVAL-BY-APPROVER], and a supervisor's token passed along in
  // the call's metadata no longer counts for anything.
  EXPECT_TRUE(Refused(V("desk", &Stub::CheckInVisitor, req).status,
                      grpc::StatusCode::PERMISSION_DENIED,
                      "SUPERVISOR_AUTHORIZATION_REQUIRED"));
  EXPECT_TRUE(Refused(V("desk", &Stub::CheckInVisitor, req,
                        {{"x-frontdesk-authorizer", TokenOf("boss")}})
                          .status,
                      grpc::StatusCode::PERMISSION_DENIED,
                      "SUPERVISOR_AUTHORIZATION_REQUIRED"));
  // Nor approve it themselves.
  EXPECT_TRUE(Refused(
      CreateApproval("desk", "hx", Approval::VISITOR_DOCUMENT_WAIVER).status,
      grpc::StatusCode::PERMISSION_DENIED, "APPROVER_NOT_ELIGIBLE"));
  // A supervisor of another site approves there only.
  EXPECT_TRUE(
      Denied(CreateApproval("lz.boss", "hx", Approval::VISITOR_DOCUMENT_WAIVER)
                 .status));
  auto elsewhere = req;
  elsewhere.mutable_document_waiver()->set_authorized_by("");
  elsewhere.mutable_document_waiver()->set_approval(
      ApprovalCode("lz.boss", "lz", Approval::VISITOR_DOCUMENT_WAIVER));
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, elsewhere).status,
                           "APPROVAL_MISMATCH"));
  // An approval of another action is no waiver.
  auto key_loan = req;
  key_loan.mutable_document_waiver()->set_approval(
      ApprovalCode("boss", "hx", Approval::OFF_LIST_KEY_LOAN));
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, key_loan).status,
                           "APPROVAL_MISMATCH"));
  auto unknown = req;
  unknown.mutable_document_waiver()->set_approval("ZZZZ-ZZZZ-ZZZZ");
  EXPECT_TRUE(Refused(V("desk", &Stub::CheckInVisitor, unknown).status,
                      grpc::StatusCode::NOT_FOUND, "APPROVAL_NOT_FOUND"));
  auto malformed = req;
  malformed.mutable_document_waiver()->set_approval("boss");
  EXPECT_TRUE(InvalidNaming(V("desk", &Stub::CheckInVisitor, malformed).status,
                            "document_waiver.approval"));
  EXPECT_EQ(Rows("visits"), 0);

  // The supervisor approves with their own token; the desk sends the code.
  auto approval =
      CreateApproval("boss", "hx", Approval::VISITOR_DOCUMENT_WAIVER, "",
                     "供电局抄表,主管核实工作证");
  ASSERT_TRUE(Ok(approval.status));
  // Naming someone else than the approver is refused, and uses nothing.
  auto misnamed = req;
  misnamed.mutable_document_waiver()->set_authorized_by("staff/mgr");
  misnamed.mutable_document_waiver()->set_approval(approval.value.code());
  EXPECT_TRUE(Refused(V("desk", &Stub::CheckInVisitor, misnamed).status,
                      grpc::StatusCode::PERMISSION_DENIED, "NOT_THE_APPROVER"));
  req.mutable_document_waiver()->set_approval(
      absl::AsciiStrToLower(approval.value.code()));
  req.set_request_id("desk-1-0009");
  clock_->Advance(absl::Minutes(9));
  auto admitted = V("desk", &Stub::CheckInVisitor, req);
  ASSERT_TRUE(Ok(admitted.status));
  EXPECT_EQ(admitted.value.document_waiver().authorized_by(), "staff/boss");
  // The approver's reason is recorded; the code is not.
  EXPECT_EQ(admitted.value.document_waiver().reason(),
            "供电局抄表,主管核实工作证");
  EXPECT_TRUE(admitted.value.document_waiver().approval().empty());
  EXPECT_FALSE(admitted.value.visitor().has_document());
  v1::GetVisitRequest stored;
  stored.set_name(admitted.value.name());
  EXPECT_EQ(V("desk", &Stub::GetVisit, stored)
                .value.document_waiver()
                .authorized_by(),
            "staff/boss");
  // A retry of the request replays its answer [ACL-APPROVAL-SINGLE-USE]...
  auto replay = V("desk", &Stub::CheckInVisitor, req);
  ASSERT_TRUE(Ok(replay.status));
  EXPECT_EQ(replay.value.name(), admitted.value.name());
  // ... while any other use of the code is refused.
  req.set_request_id("desk-1-0010");
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, req).status,
                           "APPROVAL_USED"));
  EXPECT_EQ(Rows("visits"), 1);
  v1::GetApprovalRequest get;
  get.set_name(approval.value.name());
  auto used = As("boss", directory_.get(),
                 &v1::DirectoryService::Stub::GetApproval, get);
  ASSERT_TRUE(Ok(used.status));
  EXPECT_EQ(used.value.consumed_by(), "staff/desk");
  EXPECT_EQ(used.value.consumed_method(), "VisitorService.CheckInVisitor");
  EXPECT_EQ(At(used.value.consume_time()), T0() + absl::Minutes(9));
  EXPECT_TRUE(used.value.code().empty());
  // The receptionist who used it reads it no more than any other.
  EXPECT_TRUE(Denied(As("desk", directory_.get(),
                        &v1::DirectoryService::Stub::GetApproval, get)
                         .status));

  // Ten minutes by default: a code is refused once they are over.
  auto late = CheckIn("");
  late.mutable_document_waiver()->set_approval(
      ApprovalCode("boss", "hx", Approval::VISITOR_DOCUMENT_WAIVER));
  clock_->Advance(absl::Minutes(10));
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, late).status,
                           "APPROVAL_EXPIRED"));
  EXPECT_EQ(Rows("visits"), 1);

  // A supervisor at the desk needs no code: their call is their approval.
  auto own = CheckIn("");
  own.mutable_document_waiver()->set_reason("本人核实工作证");
  auto by_boss = V("boss", &Stub::CheckInVisitor, own);
  ASSERT_TRUE(Ok(by_boss.status));
  EXPECT_EQ(by_boss.value.document_waiver().authorized_by(), "staff/boss");
  EXPECT_EQ(by_boss.value.document_waiver().reason(), "本人核实工作证");
  EXPECT_EQ(by_boss.value.registered_by(), "staff/boss");
  // ... but must say why.
  own.mutable_document_waiver()->clear_reason();
  EXPECT_TRUE(InvalidNaming(V("boss", &Stub::CheckInVisitor, own).status,
                            "document_waiver.reason"));
}

TEST_P(VisitorTest, WatchlistMatchByDocumentIsRefusedRecordedAndAlerted) {
  v1::WatchlistEntry entry = Listed(v1::WatchlistEntry::DENY);
  auto listed = CheckIn(kListedIdCard);
  listed.set_request_id("desk-1-0002");
  auto refused = V("desk", &Stub::CheckInVisitor, listed);
  ASSERT_TRUE(Precondition(refused.status, "VISITOR_ON_WATCHLIST"));
  // The desk's retry of the same request adds neither refusal nor alert.
  ASSERT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, listed).status,
                           "VISITOR_ON_WATCHLIST"));
  EXPECT_TRUE(absl::StrContains(refused.status.error_message(), "多次滋扰"));
  EXPECT_EQ(InfoOf(refused.status).metadata().at("watchlist_entry"),
            entry.name());
  auto refusals = Refusals();
  ASSERT_EQ(refusals.size(), 1u);
  EXPECT_EQ(refusals[0].reason(), v1::Refusal::WATCHLIST);
  EXPECT_EQ(refusals[0].watchlist_entry(), entry.name());
  // The desk sees the refusal but not which entry matched.
  EXPECT_EQ(Refusals("desk")[0].watchlist_entry(), "");
  v1::ListVisitorAlertsRequest alerts;
  alerts.set_parent("sites/hx");
  auto raised = V("boss", &Stub::ListVisitorAlerts, alerts);
  ASSERT_TRUE(Ok(raised.status));
  ASSERT_EQ(raised.value.visitor_alerts_size(), 1);
  EXPECT_EQ(raised.value.visitor_alerts(0).kind(),
            v1::VisitorAlert::WATCHLIST_DENIED);
  EXPECT_EQ(raised.value.visitor_alerts(0).refusal(), refusals[0].name());
  EXPECT_EQ(raised.value.visitor_alerts(0).person_display_name(), "李强");
  EXPECT_EQ(Rows("visits"), 0);
  // Another person is admitted.
  EXPECT_TRUE(Ok(V("desk", &Stub::CheckInVisitor, CheckIn()).status));
}

TEST_P(VisitorTest, WatchlistMatchByNameAndPhone) {
  v1::CreateWatchlistEntryRequest req;
  req.set_parent("sites/hx");
  auto* entry = req.mutable_watchlist_entry();
  entry->mutable_person()->set_display_name("李强");
  entry->mutable_person()->set_phone("139-0000-1111");
  entry->set_reason("推销人员");
  *entry->mutable_expire_time() = Ts(T0() + absl::Hours(24 * 30));
  ASSERT_TRUE(Ok(V("boss", &Stub::CreateWatchlistEntry, req).status));
  // Same name and phone digits, any document: refused.
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, CheckIn()).status,
                           "VISITOR_ON_WATCHLIST"));
  // Same name, another phone: admitted.
  auto other = CheckIn();
  other.mutable_visit()->mutable_visitor()->set_phone("13900002222");
  EXPECT_TRUE(Ok(V("desk", &Stub::CheckInVisitor, other).status));
}

TEST_P(VisitorTest,
       AlertEntryAdmitsWithAFlagAndExpiredOrDeletedEntriesStopMatching) {
  v1::WatchlistEntry entry = Listed(v1::WatchlistEntry::ALERT);
  auto admitted = V("desk", &Stub::CheckInVisitor, CheckIn(kListedIdCard));
  ASSERT_TRUE(Ok(admitted.status));
  EXPECT_TRUE(admitted.value.watchlist_alert());
  v1::ListVisitorAlertsRequest alerts;
  alerts.set_parent("sites/hx");
  auto raised = V("boss", &Stub::ListVisitorAlerts, alerts);
  ASSERT_EQ(raised.value.visitor_alerts_size(), 1);
  EXPECT_EQ(raised.value.visitor_alerts(0).visit(), admitted.value.name());

  v1::DeleteWatchlistEntryRequest del;
  del.set_name(entry.name());
  del.set_etag("999");
  EXPECT_TRUE(Refused(V("boss", &Stub::DeleteWatchlistEntry, del).status,
                      grpc::StatusCode::ABORTED, "ETAG_MISMATCH"));
  del.set_etag(entry.etag());
  auto deleted = V("boss", &Stub::DeleteWatchlistEntry, del);
  ASSERT_TRUE(Ok(deleted.status));
  EXPECT_EQ(deleted.value.deleted_by(), "staff/boss");
  auto again = V("desk", &Stub::CheckInVisitor, CheckIn(kListedIdCard));
  ASSERT_TRUE(Ok(again.status));
  EXPECT_FALSE(again.value.watchlist_alert());
  // Deleted entries are listed only on request.
  v1::ListWatchlistEntriesRequest list;
  list.set_parent("sites/hx");
  EXPECT_EQ(V("boss", &Stub::ListWatchlistEntries, list)
                .value.watchlist_entries_size(),
            0);
  list.set_show_deleted(true);
  EXPECT_EQ(V("boss", &Stub::ListWatchlistEntries, list)
                .value.watchlist_entries_size(),
            1);

  // A DENY entry stops matching when it expires.
  Listed(v1::WatchlistEntry::DENY);
  clock_->Advance(absl::Hours(24 * 366));
  auto later = CheckIn(kListedIdCard);
  later.mutable_visit()->clear_expected_departure_time();
  EXPECT_TRUE(Ok(V("desk", &Stub::CheckInVisitor, later).status));
}

TEST_P(VisitorTest, OnlySupervisorsAndManagersManageTheWatchlist) {
  v1::CreateWatchlistEntryRequest req;
  req.set_parent("sites/hx");
  req.mutable_watchlist_entry()->mutable_person()->mutable_document()->set_type(
      v1::IdentityDocument::ID_CARD);
  req.mutable_watchlist_entry()
      ->mutable_person()
      ->mutable_document()
      ->set_number(kListedIdCard);
  req.mutable_watchlist_entry()->set_reason("多次滋扰");
  *req.mutable_watchlist_entry()->mutable_expire_time() =
      Ts(T0() + absl::Hours(24));
  EXPECT_TRUE(Denied(V("desk", &Stub::CreateWatchlistEntry, req).status));
  EXPECT_TRUE(Denied(V("lz.boss", &Stub::CreateWatchlistEntry, req).status));
  EXPECT_EQ(Rows("watchlist_entries"), 0);
  auto permanent = req;
  permanent.mutable_watchlist_entry()->clear_expire_time();
  EXPECT_TRUE(
      InvalidNaming(V("boss", &Stub::CreateWatchlistEntry, permanent).status,
                    "watchlist_entry.expire_time"));
  auto by_document = V("mgr", &Stub::CreateWatchlistEntry, req);
  ASSERT_TRUE(Ok(by_document.status));
  EXPECT_EQ(by_document.value.person().display_name(), "");
  EXPECT_EQ(by_document.value.created_by(), "staff/mgr");
}

TEST_P(VisitorTest, CheckOutRecordsTheDepartureOnceAndOverstaysAreListed) {
  auto stay = CheckIn();
  auto visit = V("desk", &Stub::CheckInVisitor, stay);
  ASSERT_TRUE(Ok(visit.status));
  auto brief = CheckIn();
  brief.mutable_visit()->clear_expected_departure_time();  // default 4 h
  auto visit2 = V("desk", &Stub::CheckInVisitor, brief);
  ASSERT_TRUE(Ok(visit2.status));
  EXPECT_EQ(At(visit2.value.expected_departure_time()), T0() + absl::Hours(4));

  // 4 h + 31 min: the second is overstayed (30 min grace), the first not.
  clock_->Advance(absl::Hours(4) + absl::Minutes(31));
  auto overstayed = Visits("overstayed = true");
  ASSERT_EQ(overstayed.size(), 1u);
  EXPECT_EQ(overstayed[0].name(), visit2.value.name());

  v1::CheckOutVisitorRequest out;
  out.set_name(visit.value.name());
  auto left = V("desk", &Stub::CheckOutVisitor, out);
  ASSERT_TRUE(Ok(left.status));
  EXPECT_EQ(left.value.status(), v1::Visit::CHECKED_OUT);
  EXPECT_EQ(left.value.checked_out_by(), "staff/desk");
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckOutVisitor, out).status,
                           "VISIT_ALREADY_CHECKED_OUT"));
  auto future = out;
  future.set_name(visit2.value.name());
  *future.mutable_check_out_time() = Ts(clock_->Now() + absl::Hours(1));
  EXPECT_TRUE(InvalidNaming(V("desk", &Stub::CheckOutVisitor, future).status,
                            "check_out_time"));
  EXPECT_EQ(Visits("on_premises = true").size(), 1u);
  EXPECT_EQ(Visits("status = CHECKED_OUT").size(), 1u);
  EXPECT_EQ(Visits("unit = \"sites/hx/units/3-2-501\"").size(), 2u);
  EXPECT_EQ(Visits("check_in_date = \"2026-11-23\"").size(), 2u);
  EXPECT_EQ(Visits("check_in_date > \"2026-11-23\"").size(), 0u);
}

TEST_P(VisitorTest,
       PassPrefillsTheVisitAndIsRefusedWhenUsedUpExpiredOrCancelled) {
  v1::CreateVisitorPassRequest create;
  create.set_parent("sites/hx");
  auto* pass = create.mutable_visitor_pass();
  pass->mutable_visitor()->set_display_name("张三");
  pass->mutable_visitor()->set_phone("13800138000");
  pass->mutable_host()->set_unit("sites/hx/units/3-2-501");
  pass->set_purpose(v1::Visit::DELIVERY);
  *pass->mutable_expire_time() = Ts(T0() + absl::Hours(24));
  auto created = V("desk", &Stub::CreateVisitorPass, create);
  ASSERT_TRUE(Ok(created.status));
  ASSERT_EQ(created.value.code().size(), 8u);
  EXPECT_EQ(created.value.state(), v1::VisitorPass::ACTIVE);

  v1::CheckInVisitorRequest by_pass;
  by_pass.set_parent("sites/hx");
  by_pass.set_pass_code(absl::AsciiStrToLower(created.value.code()));
  auto* doc = by_pass.mutable_visit()->mutable_visitor()->mutable_document();
  doc->set_type(v1::IdentityDocument::ID_CARD);
  doc->set_number(kIdCard);
  auto visit = V("desk", &Stub::CheckInVisitor, by_pass);
  ASSERT_TRUE(Ok(visit.status));
  EXPECT_EQ(visit.value.visitor().display_name(), "张三");
  EXPECT_EQ(visit.value.purpose(), v1::Visit::DELIVERY);
  EXPECT_EQ(visit.value.host().unit(), "sites/hx/units/3-2-501");
  EXPECT_EQ(visit.value.visitor_pass(), created.value.name());
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, by_pass).status,
                           "VISITOR_PASS_USED_UP"));
  // A pass never waives the document.
  auto no_doc = by_pass;
  no_doc.mutable_visit()->clear_visitor();
  auto second = create;
  second.mutable_visitor_pass()->set_max_uses(3);
  auto multi = V("desk", &Stub::CreateVisitorPass, second);
  no_doc.set_pass_code(multi.value.code());
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, no_doc).status,
                           "VISITOR_DOCUMENT_REQUIRED"));

  v1::CancelVisitorPassRequest cancel;
  cancel.set_name(multi.value.name());
  ASSERT_TRUE(Ok(V("desk", &Stub::CancelVisitorPass, cancel).status));
  EXPECT_TRUE(Precondition(V("desk", &Stub::CancelVisitorPass, cancel).status,
                           "VISITOR_PASS_CANCELLED"));
  by_pass.set_pass_code(multi.value.code());
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, by_pass).status,
                           "VISITOR_PASS_CANCELLED"));

  auto third = V("desk", &Stub::CreateVisitorPass, second);
  clock_->Advance(absl::Hours(25));
  by_pass.set_pass_code(third.value.code());
  EXPECT_TRUE(Precondition(V("desk", &Stub::CheckInVisitor, by_pass).status,
                           "VISITOR_PASS_EXPIRED"));
  by_pass.set_pass_code("ABCDEFGH");
  EXPECT_TRUE(Refused(V("desk", &Stub::CheckInVisitor, by_pass).status,
                      grpc::StatusCode::NOT_FOUND, "VISITOR_PASS_NOT_FOUND"));
  EXPECT_EQ(Rows("visits"), 1);
}

TEST_P(VisitorTest, ResidentAppPreRegistersVisitorsToAUnitOnly) {
  AddStaff("app", {v1::StaffMember::RESIDENT_APP});
  v1::CreateVisitorPassRequest create;
  create.set_parent("sites/hx");
  auto* pass = create.mutable_visitor_pass();
  pass->mutable_visitor()->set_display_name("张三");
  pass->mutable_host()->set_location("物业办公室");
  pass->set_purpose(v1::Visit::VISIT_RESIDENT);
  *pass->mutable_expire_time() = Ts(T0() + absl::Hours(24));
  EXPECT_TRUE(InvalidNaming(V("app", &Stub::CreateVisitorPass, create).status,
                            "visitor_pass.host.unit"));
  pass->clear_host();
  pass->mutable_host()->set_unit("sites/hx/units/3-2-501");
  auto created = V("app", &Stub::CreateVisitorPass, create);
  ASSERT_TRUE(Ok(created.status));
  EXPECT_EQ(created.value.created_by(), "staff/app");
  // The app manages passes only: it cannot read the register.
  v1::ListVisitsRequest visits;
  visits.set_parent("sites/hx");
  EXPECT_TRUE(Denied(V("app", &Stub::ListVisits, visits).status));
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(VisitorTest);

}  // namespace
}  // namespace frontdesk::testing
