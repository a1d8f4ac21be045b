// Key custody (VisitorService key RPCs) through the in-process gRPC server
// (FakeClock; the fixture's base is in tests/visitor_test_base.h), every test
// on SQLite and MariaDB. Each test is named after the rule it covers: a K- or
// P- rule of docs/rules.md, or one of visitor_service.proto.
#include <soci/soci.h>

#include "absl/strings/match.h"
#include "frontdesk/v1/visitor_service.grpc.pb.h"
#include "tests/visitor_test_base.h"

namespace frontdesk::testing {
namespace {

using v1::Key;
using v1::KeyEvent;
using Stub = v1::VisitorService::Stub;

constexpr char kDocument[] = "110101199003071233";
constexpr char kPhone[] = "13900001111";

v1::KeyBorrower Staff(const std::string& id) {
  v1::KeyBorrower b;
  b.set_staff("staff/" + id);
  return b;
}

v1::KeyBorrower Person(const std::string& name, bool with_document = true) {
  v1::KeyBorrower b;
  b.mutable_person()->set_display_name(name);
  b.mutable_person()->set_phone(kPhone);
  if (with_document) {
    b.mutable_person()->mutable_document()->set_type(
        v1::IdentityDocument::ID_CARD);
    b.mutable_person()->mutable_document()->set_number(kDocument);
  }
  return b;
}

// The base adds desk, boss and unit 3-2-501 at hx.
class KeyTest : public VisitorServiceTest {
 protected:
  void SetUp() override {
    VisitorServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    AddStaff("zhang.gong", {v1::StaffMember::MAINTENANCE});
    AddStaff("elsewhere", {v1::StaffMember::RECEPTIONIST}, {"lz"});
  }

  // KEY-0012, a vacant unit's key that staff/zhang.gong may borrow.
  Key CreateKey(const std::string& tag = "KEY-0012") {
    v1::CreateKeyRequest req;
    req.set_parent("sites/hx");
    Key* k = req.mutable_key();
    k->set_tag(tag);
    k->set_kind(Key::VACANT_UNIT);
    k->set_unit("sites/hx/units/3-2-501");
    k->set_storage_slot("A-03");
    *k->add_authorized_borrowers() = Staff("zhang.gong");
    auto created = As("boss", visitors_.get(), &Stub::CreateKey, req);
    EXPECT_TRUE(Ok(created.status));
    return created.value;
  }

  Reply<Key> Lend(const std::string& staff, const v1::KeyBorrower& borrower,
                  absl::Duration due_in = absl::Hours(2),
                  const std::map<std::string, std::string>& extra = {},
                  const v1::SupervisorAuthorization* authorization = nullptr) {
    v1::LendKeyRequest req;
    req.set_name("sites/hx/keys/KEY-0012");
    *req.mutable_borrower() = borrower;
    req.set_purpose("空置房检修");
    *req.mutable_due_time() = Ts(clock_->Now() + due_in);
    if (authorization) *req.mutable_authorization() = *authorization;
    return As(staff, visitors_.get(), &Stub::LendKey, req, extra);
  }

  Reply<Key> Return(const std::string& staff, const std::string& note = "") {
    v1::ReturnKeyRequest req;
    req.set_name("sites/hx/keys/KEY-0012");
    req.set_note(note);
    return As(staff, visitors_.get(), &Stub::ReturnKey, req);
  }

  std::vector<Key> List(const std::string& filter) {
    v1::ListKeysRequest req;
    req.set_parent("sites/hx");
    req.set_filter(filter);
    auto got = As("desk", visitors_.get(), &Stub::ListKeys, req);
    EXPECT_TRUE(Ok(got.status));
    return {got.value.keys().begin(), got.value.keys().end()};
  }

  std::vector<KeyEvent> History(const std::string& staff = "desk",
                                bool unmask = false) {
    v1::ListKeyEventsRequest req;
    req.set_parent("sites/hx/keys/KEY-0012");
    req.set_unmask(unmask);
    if (unmask) req.set_unmask_reason("核对借用人");
    auto got = As(staff, visitors_.get(), &Stub::ListKeyEvents, req);
    EXPECT_TRUE(Ok(got.status));
    return {got.value.events().begin(), got.value.events().end()};
  }

  // Every text cell of `table`, joined.
  std::string TextOf(const std::string& table) {
    return db::TextValuesOf(database(), table);
  }

  absl::Status RawExec(const std::string& sql) {
    return db::ExecRaw(database(), sql);
  }
};

TEST_P(KeyTest, LendingAKeyThatIsOutIsRefused) {
  CreateKey();
  ASSERT_TRUE(Ok(Lend("desk", Staff("zhang.gong")).status));
  long long events = Rows("key_events");
  auto again = Lend("desk", Staff("zhang.gong"));
  EXPECT_TRUE(Precondition(again.status, "KEY_NOT_IN_STORE"));
  EXPECT_EQ(Rows("key_events"), events);  // the refusal wrote nothing
  // The server keeps serving.
  EXPECT_EQ(List("state = ON_LOAN").size(), 1u);
}

TEST_P(KeyTest, BorrowerNotAuthorisedIsRefusedUnlessASupervisorAuthorises) {
  const Key key = CreateKey();
  CreateKey("KEY-0013");
  auto refused = Lend("desk", Person("维修 李工"));
  EXPECT_TRUE(Precondition(refused.status, "KEY_BORROWER_NOT_AUTHORIZED"));
  EXPECT_EQ(Rows("key_events"), 2);  // CREATED, twice

  v1::SupervisorAuthorization auth;
  auth.set_authorized_by("staff/boss");
  auth.set_reason("业主电话同意");
  // Naming a supervisor is not an authorisation, nor is their token passed
  // along in the call [ACL-APPROVAL-BY-APPROVER].
  auto unconfirmed =
      Lend("desk", Person("维修 李工"), absl::Hours(2), {}, &auth);
  EXPECT_TRUE(Refused(unconfirmed.status, grpc::StatusCode::PERMISSION_DENIED,
                      "SUPERVISOR_AUTHORIZATION_REQUIRED"));
  auto forwarded = Lend("desk", Person("维修 李工"), absl::Hours(2),
                        {{"x-frontdesk-authorizer", TokenOf("boss")}}, &auth);
  EXPECT_TRUE(Refused(forwarded.status, grpc::StatusCode::PERMISSION_DENIED,
                      "SUPERVISOR_AUTHORIZATION_REQUIRED"));
  // An approval bound to another key is for that key only.
  auth.set_approval(ApprovalCode("boss", "hx", v1::Approval::OFF_LIST_KEY_LOAN,
                                 "sites/hx/keys/KEY-0013"));
  EXPECT_TRUE(Precondition(
      Lend("desk", Person("维修 李工"), absl::Hours(2), {}, &auth).status,
      "APPROVAL_MISMATCH"));
  EXPECT_EQ(Rows("key_events"), 2);

  // The supervisor approves this key (named by its tag) with their own
  // token; the desk sends the code.
  auto approval =
      CreateApproval("boss", "hx", v1::Approval::OFF_LIST_KEY_LOAN,
                     "sites/hx/keys/KEY-0012", "业主电话同意,装修量房");
  ASSERT_TRUE(Ok(approval.status));
  EXPECT_EQ(approval.value.subject(), key.name());  // stored by id
  auth.set_approval(approval.value.code());
  auth.clear_reason();
  auto lent = Lend("desk", Person("维修 李工"), absl::Hours(2), {}, &auth);
  ASSERT_TRUE(Ok(lent.status));
  EXPECT_EQ(lent.value.state(), Key::ON_LOAN);
  auto history = History();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].authorization().authorized_by(), "staff/boss");
  EXPECT_EQ(history[1].authorization().reason(), "业主电话同意,装修量房");
  EXPECT_TRUE(history[1].authorization().approval().empty());
  EXPECT_EQ(history[1].actor(), "staff/desk");
  // Once [ACL-APPROVAL-SINGLE-USE].
  ASSERT_TRUE(Ok(Return("desk").status));
  EXPECT_TRUE(Precondition(
      Lend("desk", Person("维修 李工"), absl::Hours(2), {}, &auth).status,
      "APPROVAL_USED"));

  // A supervisor lending the key themselves authorises by their own call.
  v1::SupervisorAuthorization own;
  own.set_reason("本人同意");
  auto by_boss = Lend("boss", Person("维修 李工"), absl::Hours(2), {}, &own);
  ASSERT_TRUE(Ok(by_boss.status));
  history = History();
  ASSERT_EQ(history.size(), 4u);
  EXPECT_EQ(history[3].authorization().authorized_by(), "staff/boss");
  EXPECT_EQ(history[3].authorization().reason(), "本人同意");
}

TEST_P(KeyTest, APersonOutsideTheStaffMustShowADocument) {
  CreateKey();
  auto refused = Lend("desk", Person("维修 张工", /*with_document=*/false));
  EXPECT_TRUE(InvalidNaming(refused.status, "borrower.person.document"));
  v1::KeyBorrower bad = Person("维修 张工");
  bad.mutable_person()->mutable_document()->set_number("110101199003071234");
  EXPECT_TRUE(InvalidNaming(Lend("desk", bad).status,
                            "borrower.person.document.number"));
  EXPECT_EQ(Rows("key_events"), 1);
}

TEST_P(KeyTest, DueTimeAfterNowAndAtMostSevenDaysAhead) {
  CreateKey();
  EXPECT_TRUE(InvalidNaming(
      Lend("desk", Staff("zhang.gong"), -absl::Minutes(1)).status, "due_time"));
  EXPECT_TRUE(InvalidNaming(
      Lend("desk", Staff("zhang.gong"), absl::Hours(24 * 7 + 1)).status,
      "due_time"));
  // Without a due time: the site's default loan (4 hours).
  v1::LendKeyRequest req;
  req.set_name("sites/hx/keys/KEY-0012");
  *req.mutable_borrower() = Staff("zhang.gong");
  req.set_purpose("空置房检修");
  auto lent = As("desk", visitors_.get(), &Stub::LendKey, req);
  ASSERT_TRUE(Ok(lent.status));
  EXPECT_EQ(At(lent.value.current_loan().due_time()),
            clock_->Now() + absl::Hours(4));
}

TEST_P(KeyTest, OverdueListingMovesWithTheClock) {
  CreateKey();
  CreateKey("KEY-0013");
  ASSERT_TRUE(Ok(Lend("desk", Staff("zhang.gong"), absl::Hours(2)).status));
  EXPECT_TRUE(List("overdue = true").empty());
  EXPECT_EQ(List("state = ON_LOAN").size(), 1u);
  clock_->Advance(absl::Hours(2) + absl::Seconds(1));
  auto overdue = List("overdue = true");
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0].tag(), "KEY-0012");
  EXPECT_TRUE(overdue[0].overdue());
  ASSERT_TRUE(Ok(Return("desk").status));
  EXPECT_TRUE(List("overdue = true").empty());
}

TEST_P(KeyTest, ReturningAKeyThatIsNotOutIsRefused) {
  CreateKey();
  EXPECT_TRUE(Precondition(Return("desk").status, "KEY_NOT_ON_LOAN"));
  EXPECT_EQ(Rows("key_events"), 1);
}

TEST_P(KeyTest, LateReturnIsFlagged) {
  CreateKey();
  ASSERT_TRUE(Ok(Lend("desk", Staff("zhang.gong"), absl::Hours(1)).status));
  clock_->Advance(absl::Minutes(30));
  ASSERT_TRUE(Ok(Return("desk", "完好").status));
  ASSERT_TRUE(Ok(Lend("desk", Staff("zhang.gong"), absl::Hours(1)).status));
  clock_->Advance(absl::Hours(3));
  ASSERT_TRUE(Ok(Return("desk", "门锁松动").status));
  auto history = History();
  ASSERT_EQ(history.size(), 5u);
  EXPECT_EQ(history[2].type(), KeyEvent::RETURNED);
  EXPECT_FALSE(history[2].late());
  EXPECT_EQ(history[2].note(), "完好");
  EXPECT_EQ(history[4].type(), KeyEvent::RETURNED);
  EXPECT_TRUE(history[4].late());
  EXPECT_EQ(history[4].borrower().staff(), "staff/zhang.gong");
}

TEST_P(KeyTest, HistoryIsCompleteAndAppendOnly) {
  Key key = CreateKey();
  v1::UpdateKeyRequest update;
  *update.mutable_key() = key;
  update.mutable_key()->set_storage_slot("B-07");
  update.mutable_update_mask()->add_paths("storage_slot");
  ASSERT_TRUE(Ok(As("desk", visitors_.get(), &Stub::UpdateKey, update).status));
  v1::SupervisorAuthorization approved;
  approved.set_approval(ApprovalCode(
      "boss", "hx", v1::Approval::OFF_LIST_KEY_LOAN, "", "业主同意"));
  ASSERT_TRUE(Ok(
      Lend("desk", Person("维修 李工"), absl::Hours(2), {}, &approved).status));
  ASSERT_TRUE(Ok(Return("desk").status));
  v1::RetireKeyRequest retire;
  retire.set_name("sites/hx/keys/KEY-0012");
  retire.set_reason(Key::HANDED_OVER);
  retire.set_note("入伙,交业主陈女士");
  ASSERT_TRUE(Ok(As("boss", visitors_.get(), &Stub::RetireKey, retire).status));

  auto history = History();
  std::vector<KeyEvent::Type> types;
  for (const auto& e : history) types.push_back(e.type());
  EXPECT_EQ(types, (std::vector<KeyEvent::Type>{
                       KeyEvent::CREATED, KeyEvent::UPDATED, KeyEvent::LENT,
                       KeyEvent::RETURNED, KeyEvent::RETIRED}));
  EXPECT_EQ(history[1].changes(0).field(), "storage_slot");
  EXPECT_EQ(history[2].actor(), "staff/desk");
  EXPECT_EQ(history[2].purpose(), "空置房检修");
  EXPECT_EQ(history[4].retire_reason(), Key::HANDED_OVER);
  EXPECT_EQ(history[4].actor(), "staff/boss");

  // The database itself refuses to change or remove history.
  EXPECT_FALSE(RawExec("UPDATE key_events SET note = 'rewritten'").ok());
  EXPECT_FALSE(RawExec("DELETE FROM key_events").ok());
  EXPECT_EQ(History().size(), 5u);
}

TEST_P(KeyTest, RetireRulesAndWhoMayRetire) {
  CreateKey();
  ASSERT_TRUE(Ok(Lend("desk", Staff("zhang.gong")).status));
  v1::RetireKeyRequest retire;
  retire.set_name("sites/hx/keys/KEY-0012");
  retire.set_reason(Key::HANDED_OVER);
  retire.set_note("交业主");
  EXPECT_TRUE(
      Denied(As("desk", visitors_.get(), &Stub::RetireKey, retire).status));
  EXPECT_TRUE(
      Precondition(As("boss", visitors_.get(), &Stub::RetireKey, retire).status,
                   "KEY_ON_LOAN"));
  retire.set_reason(Key::LOST);
  retire.set_note("张工遗失");
  auto lost = As("boss", visitors_.get(), &Stub::RetireKey, retire);
  ASSERT_TRUE(Ok(lost.status));
  EXPECT_EQ(lost.value.state(), Key::RETIRED);
  EXPECT_TRUE(
      Precondition(As("boss", visitors_.get(), &Stub::RetireKey, retire).status,
                   "KEY_RETIRED"));
  EXPECT_TRUE(List("").empty());  // retired keys only on request
  EXPECT_EQ(List("state = RETIRED").size(), 1u);
  // The tag is free again for a new key.
  EXPECT_EQ(CreateKey().state(), Key::IN_STORE);
}

TEST_P(KeyTest, OnlySupervisorsChangeWhoMayBorrow) {
  Key key = CreateKey();
  v1::UpdateKeyRequest update;
  *update.mutable_key() = key;
  *update.mutable_key()->add_authorized_borrowers() = Staff("desk");
  update.mutable_update_mask()->add_paths("authorized_borrowers");
  EXPECT_TRUE(
      Denied(As("desk", visitors_.get(), &Stub::UpdateKey, update).status));
  v1::CreateKeyRequest create;
  create.set_parent("sites/hx");
  *create.mutable_key() = key;
  create.mutable_key()->set_tag("KEY-0099");
  EXPECT_TRUE(
      Denied(As("desk", visitors_.get(), &Stub::CreateKey, create).status));
  auto saved = As("boss", visitors_.get(), &Stub::UpdateKey, update);
  ASSERT_TRUE(Ok(saved.status));
  EXPECT_EQ(saved.value.authorized_borrowers_size(), 2);
  // A stale etag is ABORTED.
  EXPECT_EQ(
      As("boss", visitors_.get(), &Stub::UpdateKey, update).status.error_code(),
      grpc::StatusCode::ABORTED);
}

TEST_P(KeyTest, StaffOfAnotherSiteAreRefusedBeforeAnyLookup) {
  v1::GetKeyRequest req;
  req.set_name("sites/hx/keys/NO-SUCH-KEY");
  EXPECT_TRUE(
      Denied(As("elsewhere", visitors_.get(), &Stub::GetKey, req).status));
  EXPECT_TRUE(Refused(As("desk", visitors_.get(), &Stub::GetKey, req).status,
                      grpc::StatusCode::NOT_FOUND, "KEY_NOT_FOUND"));
}

TEST_P(KeyTest, LendIsIdempotentPerRequestId) {
  CreateKey();
  v1::LendKeyRequest req;
  req.set_name("sites/hx/keys/KEY-0012");
  *req.mutable_borrower() = Staff("zhang.gong");
  req.set_purpose("空置房检修");
  req.set_request_id("lend-1");
  auto first = As("desk", visitors_.get(), &Stub::LendKey, req);
  auto retry = As("desk", visitors_.get(), &Stub::LendKey, req);
  ASSERT_TRUE(Ok(first.status));
  ASSERT_TRUE(Ok(retry.status));
  EXPECT_EQ(first.value.etag(), retry.value.etag());
  EXPECT_EQ(Rows("key_events"), 2);
}

TEST_P(KeyTest, BorrowerNumbersMaskedUnlessASupervisorUnmasksWithAudit) {
  CreateKey();
  v1::SupervisorAuthorization auth;
  auth.set_authorized_by("staff/boss");
  auth.set_reason("业主同意");
  ASSERT_TRUE(
      Ok(Lend("boss", Person("维修 李工"), absl::Hours(2), {}, &auth).status));
  v1::GetKeyRequest get;
  get.set_name("sites/hx/keys/KEY-0012");
  auto masked = As("desk", visitors_.get(), &Stub::GetKey, get);
  ASSERT_TRUE(Ok(masked.status));
  EXPECT_TRUE(masked.value.masked());
  const auto& person = masked.value.current_loan().borrower().person();
  EXPECT_EQ(person.phone(), "139****1111");
  EXPECT_EQ(person.document().number(), "1101**********1233");
  EXPECT_EQ(History()[1].borrower().person().phone(), "139****1111");
  EXPECT_EQ(Rows("sensitive_data_accesses"), 0);

  get.set_unmask(true);
  EXPECT_TRUE(Refused(As("desk", visitors_.get(), &Stub::GetKey, get).status,
                      grpc::StatusCode::PERMISSION_DENIED,
                      "UNMASK_NOT_PERMITTED"));
  EXPECT_TRUE(InvalidNaming(
      As("boss", visitors_.get(), &Stub::GetKey, get).status, "unmask_reason"));
  EXPECT_EQ(Rows("sensitive_data_accesses"), 0);
  get.set_unmask_reason("业主投诉核对");
  auto clear = As("boss", visitors_.get(), &Stub::GetKey, get);
  ASSERT_TRUE(Ok(clear.status));
  EXPECT_FALSE(clear.value.masked());
  EXPECT_EQ(clear.value.current_loan().borrower().person().phone(), kPhone);
  EXPECT_EQ(clear.value.current_loan().borrower().person().document().number(),
            kDocument);
  EXPECT_EQ(Rows("sensitive_data_accesses"), 1);
  EXPECT_EQ(History("boss", true)[1].borrower().person().document().number(),
            kDocument);
  EXPECT_EQ(Rows("sensitive_data_accesses"), 2);

  std::string audit = TextOf("sensitive_data_accesses");
  EXPECT_TRUE(absl::StrContains(audit, "staff/boss") ||
              absl::StrContains(audit, "boss"));
  EXPECT_TRUE(absl::StrContains(audit, "GetKey"));
  EXPECT_TRUE(absl::StrContains(audit, clear.value.name()));
  EXPECT_TRUE(absl::StrContains(audit, "业主投诉核对"));
  EXPECT_TRUE(absl::StrContains(audit, "ListKeyEvents"));
}

TEST_P(KeyTest, NoClearTextDocumentOrPhoneInTheRawRows) {
  v1::CreateKeyRequest req;
  req.set_parent("sites/hx");
  req.set_request_id("create-entrusted");
  Key* k = req.mutable_key();
  k->set_tag("KEY-0012");
  k->set_kind(Key::ENTRUSTED_UNIT);
  k->set_unit("sites/hx/units/3-2-501");
  k->mutable_entrusted_by()->set_name("业主 陈女士");
  k->mutable_entrusted_by()->set_phone("13800138000");
  *k->add_authorized_borrowers() = Person("维修 张工");
  ASSERT_TRUE(Ok(As("boss", visitors_.get(), &Stub::CreateKey, req).status));
  auto lent = Lend("desk", Person("维修 张工"));
  ASSERT_TRUE(Ok(lent.status));
  v1::ReturnKeyRequest back;
  back.set_name("sites/hx/keys/KEY-0012");
  back.set_request_id("return-1");
  *back.mutable_returned_by() = Person("维修 张工");
  ASSERT_TRUE(Ok(As("desk", visitors_.get(), &Stub::ReturnKey, back).status));

  std::string rows = TextOf("desk_keys") + TextOf("desk_key_borrowers") +
                     TextOf("key_events") + db::RecordedResponses(database());
  EXPECT_TRUE(absl::StrContains(rows, "维修 张工"));
  for (const char* secret : {kDocument, kPhone, "13800138000"}) {
    EXPECT_FALSE(absl::StrContains(rows, secret)) << secret;
  }
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(KeyTest);

}  // namespace
}  // namespace frontdesk::testing
