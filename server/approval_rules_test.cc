// Rules of approvals (approval_rules.h): who may approve what where
// [ACL-APPROVAL-BY-APPROVER], and when a code may be used
// [ACL-APPROVAL-SINGLE-USE]. Links only frontdesk_approval_rules.
#include "server/approval_rules.h"

#include <google/protobuf/util/time_util.h>

#include <set>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "common/clock.h"
#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;
using Role = v1::StaffMember;
using Action = v1::Approval;

absl::Time Now() {
  return absl::FromCivil(absl::CivilSecond(2026, 11, 23, 1, 0, 0),
                         absl::UTCTimeZone());
}

google::protobuf::Timestamp Ts(absl::Time t) {
  return TimeUtil::MicrosecondsToTimestamp(ToMicros(t));
}

Principal Who(const std::string& id, std::vector<Grant> grants) {
  Principal p;
  p.staff_id = id;
  p.grants = std::move(grants);
  return p;
}

std::string ReasonOf(const absl::Status& s) { return ErrorReason(s); }

std::set<std::string> FieldsOf(const absl::Status& s) {
  std::set<std::string> out;
  for (const auto& v : ErrorFieldViolations(s)) out.insert(v.field);
  return out;
}

TEST(CheckApproverTest, SupervisorsAndManagersOfTheSiteApproveDeskActions) {
  const Principal supervisor = Who("li.na", {{Role::SUPERVISOR, "hx"}});
  const Principal manager = Who("zhou.zr", {{Role::MANAGER, "hx"}});
  const Principal head_office = Who("hq", {{Role::MANAGER, ""}});
  for (auto action :
       {Action::VISITOR_DOCUMENT_WAIVER, Action::OFF_LIST_KEY_LOAN}) {
    EXPECT_TRUE(CheckApprover(action, supervisor, "hx", false).ok());
    EXPECT_TRUE(CheckApprover(action, manager, "hx", false).ok());
    EXPECT_TRUE(CheckApprover(action, head_office, "hx", false).ok());
    // At another site they are nobody's approver.
    EXPECT_EQ(ReasonOf(CheckApprover(action, supervisor, "lz", false)),
              "APPROVER_NOT_ELIGIBLE");
  }
}

TEST(CheckApproverTest, RolesHeldElsewhereOrAtTheDeskApproveNothing) {
  // Supervisor at lz, receptionist at hx: at hx they are a receptionist.
  const Principal split =
      Who("li.na", {{Role::SUPERVISOR, "lz"}, {Role::RECEPTIONIST, "hx"}});
  const Principal admin = Who("admin", {{Role::ADMIN, ""}});
  const Principal desk = Who("chen.jing", {{Role::RECEPTIONIST, "hx"}});
  for (auto action :
       {Action::VISITOR_DOCUMENT_WAIVER, Action::OFF_LIST_KEY_LOAN,
        Action::WARRANTY_SIGNOFF, Action::TICKET_PLAN}) {
    for (const Principal* who : {&split, &admin, &desk}) {
      absl::Status s = CheckApprover(action, *who, "hx", false);
      EXPECT_EQ(s.code(), absl::StatusCode::kPermissionDenied)
          << who->staff_id << " " << Action::Action_Name(action);
      EXPECT_EQ(ReasonOf(s), "APPROVER_NOT_ELIGIBLE");
    }
  }
  EXPECT_EQ(ReasonOf(CheckApprover(Action::ACTION_UNSPECIFIED,
                                   Who("zhou.zr", {{Role::MANAGER, "hx"}}),
                                   "hx", true)),
            "APPROVER_NOT_ELIGIBLE");
}

TEST(CheckApproverTest, OnlyTheSiteManagerSignsOffAWarrantyRepair) {
  EXPECT_TRUE(CheckApprover(Action::WARRANTY_SIGNOFF,
                            Who("zhou.zr", {{Role::MANAGER, "hx"}}), "hx",
                            false)
                  .ok());
  EXPECT_EQ(ReasonOf(CheckApprover(Action::WARRANTY_SIGNOFF,
                                   Who("li.na", {{Role::SUPERVISOR, "hx"}}),
                                   "hx", true)),
            "APPROVER_NOT_ELIGIBLE");
  EXPECT_EQ(ReasonOf(CheckApprover(Action::WARRANTY_SIGNOFF,
                                   Who("zhou.zr", {{Role::MANAGER, "lz"}}),
                                   "hx", false)),
            "APPROVER_NOT_ELIGIBLE");
}

TEST(CheckApproverTest, APlanIsAgreedByTheDepartmentsHeadOrASupervisor) {
  const Principal head = Who("li.gong", {{Role::MAINTENANCE, "hx"}});
  EXPECT_TRUE(CheckApprover(Action::TICKET_PLAN, head, "hx", true).ok());
  EXPECT_EQ(ReasonOf(CheckApprover(Action::TICKET_PLAN, head, "hx", false)),
            "APPROVER_NOT_ELIGIBLE");
  EXPECT_TRUE(CheckApprover(Action::TICKET_PLAN,
                            Who("li.na", {{Role::SUPERVISOR, "hx"}}), "hx",
                            false)
                  .ok());
}

v1::Approval NewApproval(Action::Action action, const std::string& subject) {
  v1::Approval a;
  a.set_action(action);
  a.set_subject(subject);
  a.set_reason("业主电话同意");
  return a;
}

TEST(ValidateNewApprovalTest, SubjectAsTheActionWantsIt) {
  auto plan = ValidateNewApproval(
      NewApproval(Action::TICKET_PLAN, "sites/hx/tickets/42"), "hx", Now());
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(plan->subject.kind, ApprovalSubject::kTicket);
  EXPECT_EQ(plan->subject.ticket.ticket_id, 42);
  auto by_number =
      ValidateNewApproval(NewApproval(Action::WARRANTY_SIGNOFF,
                                      "sites/hx/tickets/HX-20261123-0007"),
                          "hx", Now());
  ASSERT_TRUE(by_number.ok()) << by_number.status();
  EXPECT_EQ(by_number->subject.ticket.number, "HX-20261123-0007");
  auto key = ValidateNewApproval(
      NewApproval(Action::OFF_LIST_KEY_LOAN, "sites/hx/keys/KEY-0012"), "hx",
      Now());
  ASSERT_TRUE(key.ok()) << key.status();
  EXPECT_EQ(key->subject.kind, ApprovalSubject::kKey);
  EXPECT_EQ(key->subject.key.tag, "KEY-0012");
  auto any_key = ValidateNewApproval(NewApproval(Action::OFF_LIST_KEY_LOAN, ""),
                                     "hx", Now());
  ASSERT_TRUE(any_key.ok()) << any_key.status();
  EXPECT_EQ(any_key->subject.kind, ApprovalSubject::kNone);

  for (const auto& [action, subject] :
       std::vector<std::pair<Action::Action, std::string>>{
           {Action::TICKET_PLAN, ""},
           {Action::WARRANTY_SIGNOFF, "sites/lz/tickets/42"},
           {Action::WARRANTY_SIGNOFF, "sites/hx/keys/KEY-0012"},
           {Action::OFF_LIST_KEY_LOAN, "sites/lz/keys/KEY-0012"},
           {Action::VISITOR_DOCUMENT_WAIVER, "sites/hx/tickets/42"}}) {
    auto bad = ValidateNewApproval(NewApproval(action, subject), "hx", Now());
    EXPECT_EQ(FieldsOf(bad.status()), std::set<std::string>{"approval.subject"})
        << Action::Action_Name(action) << " " << subject;
  }
}

TEST(ValidateNewApprovalTest, ActionAndReasonRequiredAndNamedTogether) {
  v1::Approval a;
  auto bad = ValidateNewApproval(a, "hx", Now());
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(FieldsOf(bad.status()),
            (std::set<std::string>{"approval.action", "approval.reason"}));
  a = NewApproval(Action::VISITOR_DOCUMENT_WAIVER, "");
  a.set_reason(std::string(201, 'x'));
  EXPECT_EQ(FieldsOf(ValidateNewApproval(a, "hx", Now()).status()),
            std::set<std::string>{"approval.reason"});
  a.set_action(static_cast<Action::Action>(99));
  a.set_reason("x");
  EXPECT_EQ(FieldsOf(ValidateNewApproval(a, "hx", Now()).status()),
            std::set<std::string>{"approval.action"});
}

TEST(ValidateNewApprovalTest, TenMinutesByDefaultAtMostAnHour) {
  v1::Approval a = NewApproval(Action::VISITOR_DOCUMENT_WAIVER, "");
  EXPECT_EQ(ValidateNewApproval(a, "hx", Now())->expire_time,
            Now() + absl::Minutes(10));
  a.mutable_ttl()->set_seconds(3600);
  EXPECT_EQ(ValidateNewApproval(a, "hx", Now())->expire_time,
            Now() + absl::Hours(1));
  for (int seconds : {0, 59, 3601, -60}) {
    a.mutable_ttl()->set_seconds(seconds);
    EXPECT_EQ(FieldsOf(ValidateNewApproval(a, "hx", Now()).status()),
              std::set<std::string>{"approval.ttl"})
        << seconds;
  }
  *a.mutable_expire_time() = Ts(Now() + absl::Minutes(30));
  EXPECT_EQ(ValidateNewApproval(a, "hx", Now())->expire_time,
            Now() + absl::Minutes(30));
  for (absl::Duration d :
       {absl::ZeroDuration(), absl::Minutes(-5), absl::Minutes(61)}) {
    *a.mutable_expire_time() = Ts(Now() + d);
    EXPECT_EQ(FieldsOf(ValidateNewApproval(a, "hx", Now()).status()),
              std::set<std::string>{"approval.expire_time"});
  }
}

TEST(ApprovalCodeTest, CodesAreTwelveSymbolsReadInAnyCase) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    std::string code = NewApprovalCode();
    ASSERT_EQ(code.size(), 12u);
    auto canonical = CanonicalApprovalCode("approval", code);
    ASSERT_TRUE(canonical.ok()) << code;
    EXPECT_EQ(*canonical, code);
    seen.insert(code);
  }
  EXPECT_EQ(seen.size(), 200u);
  EXPECT_EQ(*CanonicalApprovalCode("f", "k7m2-qx9r-ab34"), "K7M2QX9RAB34");
  EXPECT_EQ(*CanonicalApprovalCode("f", " K7M2 QX9R AB34 "), "K7M2QX9RAB34");
  for (const char* bad : {"", "K7M2QX9RAB3", "K7M2QX9RAB345", "K7M2QX9RAB30",
                          "K7M2QX9RABI4", "K7M2QX9RAB3?"}) {
    EXPECT_EQ(
        FieldsOf(
            CanonicalApprovalCode("document_waiver.approval", bad).status()),
        std::set<std::string>{"document_waiver.approval"})
        << bad;
  }
}

v1::Approval Stored(Action::Action action, const std::string& subject) {
  v1::Approval a = NewApproval(action, subject);
  a.set_name("sites/hx/approvals/7");
  a.set_approver("staff/li.na");
  *a.mutable_create_time() = Ts(Now());
  *a.mutable_expire_time() = Ts(Now() + absl::Minutes(10));
  return a;
}

TEST(CheckApprovalUseTest, GoodOnceForItsActionSiteAndSubjectBeforeExpiry) {
  const v1::Approval plan = Stored(Action::TICKET_PLAN, "sites/hx/tickets/42");
  const ApprovalUse use{Action::TICKET_PLAN, "hx", "sites/hx/tickets/42"};
  EXPECT_TRUE(CheckApprovalUse(plan, use, Now()).ok());
  EXPECT_TRUE(
      CheckApprovalUse(plan, use, Now() + absl::Minutes(10) - absl::Seconds(1))
          .ok());
  EXPECT_EQ(ReasonOf(CheckApprovalUse(plan, use, Now() + absl::Minutes(10))),
            "APPROVAL_EXPIRED");

  ApprovalUse other = use;
  other.action = Action::WARRANTY_SIGNOFF;
  EXPECT_EQ(ReasonOf(CheckApprovalUse(plan, other, Now())),
            "APPROVAL_MISMATCH");
  other = use;
  other.site_id = "lz";
  EXPECT_EQ(ReasonOf(CheckApprovalUse(plan, other, Now())),
            "APPROVAL_MISMATCH");
  other = use;
  other.subject = "sites/hx/tickets/43";
  absl::Status s = CheckApprovalUse(plan, other, Now());
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ReasonOf(s), "APPROVAL_MISMATCH");

  // Without a subject it is good for any subject of its action and site.
  const v1::Approval any_key = Stored(Action::OFF_LIST_KEY_LOAN, "");
  EXPECT_TRUE(
      CheckApprovalUse(
          any_key, {Action::OFF_LIST_KEY_LOAN, "hx", "sites/hx/keys/3"}, Now())
          .ok());

  v1::Approval used = plan;
  *used.mutable_consume_time() = Ts(Now());
  used.set_consumed_by("staff/chen.jing");
  used.set_consumed_method("TicketService.AgreeTicketPlan");
  // Used beats every other finding, expired included.
  EXPECT_EQ(ReasonOf(CheckApprovalUse(used, use, Now())), "APPROVAL_USED");
  EXPECT_EQ(ReasonOf(CheckApprovalUse(used, other, Now() + absl::Hours(1))),
            "APPROVAL_USED");
  // A mismatch is named before the expiry.
  EXPECT_EQ(ReasonOf(CheckApprovalUse(plan, other, Now() + absl::Hours(1))),
            "APPROVAL_MISMATCH");
}

TEST(CheckNamedApproverTest, ANamedApproverMustBeTheOneWhoApproved) {
  EXPECT_TRUE(CheckNamedApprover("manager_signoff", "", "zhou.zr").ok());
  EXPECT_TRUE(
      CheckNamedApprover("manager_signoff", "staff/zhou.zr", "zhou.zr").ok());
  absl::Status s =
      CheckNamedApprover("manager_signoff", "staff/boss", "zhou.zr");
  EXPECT_EQ(s.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ReasonOf(s), "NOT_THE_APPROVER");
}

}  // namespace
}  // namespace frontdesk
