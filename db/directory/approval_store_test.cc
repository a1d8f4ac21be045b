// db/directory/approval_store.h against both backends: every TEST_P body runs
// on SQLite and on MariaDB (FRONTDESK_TEST_MYSQL, set by
// tests/with_mariadb.sh), each test on a fresh, migrated database.
// Approvals: a round trip of every field without the code, lookup by the
// code's hash, single use [ACL-APPROVAL-SINGLE-USE] kept by the store and by
// the database itself, and one use when two transactions race.

#include "db/directory/approval_store.h"

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "common/crypto.h"
#include "common/status.h"
#include "db/directory/org_store.h"
#include "db/store_test_fixture.h"

namespace frontdesk::store_testing {
namespace {

class ApprovalStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    MakeSite("hx");
    MakeSite("lz");
    MakeStaff("li.na", {v1::StaffMember::SUPERVISOR}, {"hx"});
    MakeStaff("chen.jing", {v1::StaffMember::RECEPTIONIST}, {"hx"});
  }

  db::NewApproval Waiver() {
    db::NewApproval a;
    a.site_id = "hx";
    a.action = v1::Approval::VISITOR_DOCUMENT_WAIVER;
    a.reason = "供电局抄表,主管核实工作证";
    a.approver = "li.na";
    a.expire_us = Now() + 600 * kSecondUs;
    return a;
  }

  absl::StatusOr<v1::Approval> Insert(const db::NewApproval& a,
                                      const std::string& code) {
    return Write([&](db::Tx& tx) {
      return db::InsertApproval(tx, a, Sha256Hex(code), Now());
    });
  }

  absl::Status Consume(const std::string& name, const std::string& by,
                       long long at_us) {
    return Write([&](db::Tx& tx) {
      return db::ConsumeApproval(tx, name, by, "VisitorService.CheckInVisitor",
                                 at_us);
    });
  }
};

TEST_P(ApprovalStoreTest, RoundTripsEveryFieldAndKeepsOnlyTheCodesHash) {
  db::NewApproval a = Waiver();
  a.action = v1::Approval::TICKET_PLAN;
  a.subject = "sites/hx/tickets/42";
  auto created = Insert(a, "K7M2QX9RAB34");
  ASSERT_TRUE(created.ok()) << created.status();
  EXPECT_TRUE(absl::StartsWith(created->name(), "sites/hx/approvals/"))
      << created->name();
  EXPECT_EQ(created->action(), v1::Approval::TICKET_PLAN);
  EXPECT_EQ(created->subject(), "sites/hx/tickets/42");
  EXPECT_EQ(created->reason(), "供电局抄表,主管核实工作证");
  EXPECT_EQ(created->approver(), "staff/li.na");
  EXPECT_EQ(Micros(created->create_time()), Now());
  EXPECT_EQ(Micros(created->expire_time()), Now() + 600 * kSecondUs);
  EXPECT_TRUE(created->code().empty());
  EXPECT_FALSE(created->has_consume_time());
  EXPECT_TRUE(created->consumed_by().empty());

  auto got = Read([&](db::Tx& tx) {
    return db::GetApproval(tx, "hx", IdOfName(created->name()));
  });
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *created));
  // Under another site's name it is not there.
  auto elsewhere = Read([&](db::Tx& tx) {
    return db::GetApproval(tx, "lz", IdOfName(created->name()));
  });
  EXPECT_EQ(elsewhere.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(elsewhere.status()), "APPROVAL_NOT_FOUND");

  // The code is nowhere in the row; its hash finds it.
  EXPECT_EQ(db::TextValuesOf(database(), "approvals").find("K7M2QX9RAB34"),
            std::string::npos);
  auto found = Write([&](db::Tx& tx) {
    return db::FindApprovalByCode(tx, Sha256Hex("K7M2QX9RAB34"));
  });
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(found->name(), created->name());
  auto unknown = Write([&](db::Tx& tx) {
    return db::FindApprovalByCode(tx, Sha256Hex("ZZZZZZZZZZZZ"));
  });
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(unknown.status()), "APPROVAL_NOT_FOUND");
}

TEST_P(ApprovalStoreTest, SiteApproverAndCodeMustBeNew) {
  db::NewApproval nowhere = Waiver();
  nowhere.site_id = "zz";
  EXPECT_EQ(ErrorReason(Insert(nowhere, "AAAAAAAAAAAA").status()),
            "SITE_NOT_FOUND");
  db::NewApproval nobody = Waiver();
  nobody.approver = "nobody";
  EXPECT_EQ(ErrorReason(Insert(nobody, "AAAAAAAAAAAA").status()),
            "STAFF_NOT_FOUND");
  ASSERT_TRUE(Insert(Waiver(), "AAAAAAAAAAAA").ok());
  auto again = Insert(Waiver(), "AAAAAAAAAAAA");
  EXPECT_EQ(again.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(ErrorReason(again.status()), "APPROVAL_CODE_TAKEN");
  EXPECT_EQ(db::CountRows(database(), "approvals"), 1);
}

TEST_P(ApprovalStoreTest, AnApprovalIsUsedOnceAndRecordsWhoUsedItWhere) {
  auto created = Insert(Waiver(), "K7M2QX9RAB34");
  ASSERT_TRUE(created.ok()) << created.status();
  const long long used_at = Now() + 60 * kSecondUs;
  ASSERT_TRUE(Consume(created->name(), "chen.jing", used_at).ok());
  auto used = Read([&](db::Tx& tx) {
    return db::GetApproval(tx, "hx", IdOfName(created->name()));
  });
  ASSERT_TRUE(used.ok()) << used.status();
  EXPECT_EQ(Micros(used->consume_time()), used_at);
  EXPECT_EQ(used->consumed_by(), "staff/chen.jing");
  EXPECT_EQ(used->consumed_method(), "VisitorService.CheckInVisitor");

  absl::Status twice = Consume(created->name(), "li.na", used_at + 1);
  EXPECT_EQ(twice.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(twice), "APPROVAL_USED");
  auto still = Read([&](db::Tx& tx) {
    return db::GetApproval(tx, "hx", IdOfName(created->name()));
  });
  EXPECT_EQ(still->consumed_by(), "staff/chen.jing");

  // A consumption rolled back with its action leaves the approval unused.
  auto other = Insert(Waiver(), "BBBBBBBBBBBB");
  ASSERT_TRUE(other.ok()) << other.status();
  absl::Status aborted = database().Transact([&](db::Tx& tx) {
    absl::Status s =
        db::ConsumeApproval(tx, other->name(), "chen.jing", "X.Y", used_at);
    if (!s.ok()) return s;
    return Error(absl::StatusCode::kFailedPrecondition, "ACTION_REFUSED",
                 "the action failed after the code was taken");
  });
  EXPECT_EQ(ErrorReason(aborted), "ACTION_REFUSED");
  EXPECT_TRUE(Consume(other->name(), "chen.jing", used_at).ok());
}

TEST_P(ApprovalStoreTest, TheDatabaseRefusesAnyOtherChangeAndDeletes) {
  auto created = Insert(Waiver(), "K7M2QX9RAB34");
  ASSERT_TRUE(created.ok()) << created.status();
  for (const char* sql :
       {"UPDATE approvals SET approver = 'chen.jing'",
        "UPDATE approvals SET expire_time_us = expire_time_us + 1",
        "UPDATE approvals SET consume_time_us = 1, action = 2",
        "DELETE FROM approvals"}) {
    EXPECT_FALSE(db::ExecRaw(database(), sql).ok()) << sql;
  }
  ASSERT_TRUE(Consume(created->name(), "chen.jing", Now()).ok());
  for (const char* sql :
       {"UPDATE approvals SET consume_time_us = NULL",
        "UPDATE approvals SET consumed_by = 'li.na'",
        "UPDATE approvals SET consume_time_us = consume_time_us + 1"}) {
    EXPECT_FALSE(db::ExecRaw(database(), sql).ok()) << sql;
  }
  EXPECT_EQ(db::CountRows(database(), "approvals"), 1);
}

TEST_P(ApprovalStoreTest, TwoCallsRacingForOneCodeUseItOnce) {
  auto created = Insert(Waiver(), "K7M2QX9RAB34");
  ASSERT_TRUE(created.ok()) << created.status();
  constexpr int kCallers = 6;
  Gate gate;
  std::atomic<int> used{0}, refused{0};
  std::vector<std::thread> callers;
  for (int i = 0; i < kCallers; ++i) {
    callers.emplace_back([&] {
      gate.Wait();
      absl::Status s = database().Transact([&](db::Tx& tx) -> absl::Status {
        auto found = db::FindApprovalByCode(tx, Sha256Hex("K7M2QX9RAB34"));
        if (!found.ok()) return found.status();
        if (found->has_consume_time()) {
          return Error(absl::StatusCode::kFailedPrecondition, "APPROVAL_USED",
                       "used");
        }
        return db::ConsumeApproval(tx, found->name(), "chen.jing", "X.Y",
                                   Now());
      });
      if (s.ok()) {
        ++used;
      } else if (ErrorReason(s) == "APPROVAL_USED") {
        ++refused;
      } else {
        ADD_FAILURE() << s;
      }
    });
  }
  gate.Open();
  for (auto& t : callers) t.join();
  EXPECT_EQ(used.load(), 1);
  EXPECT_EQ(refused.load(), kCallers - 1);
}

TEST_P(ApprovalStoreTest, HeadsADepartmentOnlyAtItsSite) {
  v1::Department eng;
  eng.set_display_name("工程部");
  eng.set_kind(v1::Department::MAINTENANCE);
  eng.set_head(StaffName("chen.jing"));
  ASSERT_TRUE(Write([&](db::Tx& tx) {
                return db::CreateDepartment(tx, "hx", "eng", eng, Now());
              }).ok());
  auto heads = [&](const std::string& site, const std::string& staff) {
    return MustRead(
        [&](db::Tx& tx) { return db::HeadsADepartment(tx, site, staff); });
  };
  EXPECT_TRUE(heads("hx", "chen.jing"));
  EXPECT_FALSE(heads("hx", "li.na"));
  EXPECT_FALSE(heads("lz", "chen.jing"));
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(ApprovalStoreTest);

}  // namespace
}  // namespace frontdesk::store_testing
