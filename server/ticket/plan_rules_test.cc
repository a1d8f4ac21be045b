// The complaint plan rules (the department at fault agrees a plan within
// 1 day [T-COMPLAINT-PLAN]): what a plan request must carry and on which
// tickets it is refused, by reason.
#include "server/ticket/plan_rules.h"

#include <google/protobuf/util/time_util.h>

#include <string>

#include "absl/time/civil_time.h"
#include "common/clock.h"
#include "common/status.h"
#include "common/status_testing.h"
#include "gtest/gtest.h"
#include "server/rules_test_util.h"

namespace frontdesk {
namespace {

using ::google::protobuf::util::TimeUtil;
using v1::Ticket;

absl::Time Now() {
  return absl::FromCivil(absl::CivilSecond(2026, 11, 23, 1, 0, 0),
                         absl::UTCTimeZone());
}

v1::AgreeTicketPlanRequest GoodRequest() {
  return ParseTextProto<v1::AgreeTicketPlanRequest>(
      "name: 'sites/hx/tickets/7' department: 'sites/hx/departments/security' "
      "plan: '当班保安停岗培训一周，主管上门致歉'");
}

TEST(PlanRulesTest, APlanNamesTheDepartmentAndSaysWhatWillBeDone) {
  EXPECT_TRUE(ValidatePlanRequest(GoodRequest(), Now()).ok());
  v1::AgreeTicketPlanRequest r = GoodRequest();
  r.set_agreed_by("staff/zhou.zr");
  *r.mutable_finish_time() =
      TimeUtil::MicrosecondsToTimestamp(ToMicros(Now() + absl::Hours(48)));
  EXPECT_TRUE(ValidatePlanRequest(r, Now()).ok());

  r = GoodRequest();
  r.clear_department();
  ExpectOneViolation(ValidatePlanRequest(r, Now()), "department");
  r.set_department("departments/security");
  ExpectOneViolation(ValidatePlanRequest(r, Now()), "department");

  r = GoodRequest();
  r.clear_plan();
  ExpectOneViolation(ValidatePlanRequest(r, Now()), "plan");
  r.set_plan(std::string(1001, 'x'));
  ExpectOneViolation(ValidatePlanRequest(r, Now()), "plan");
  r.set_plan(std::string(1000, 'x'));
  EXPECT_TRUE(ValidatePlanRequest(r, Now()).ok());

  r = GoodRequest();
  r.set_agreed_by("zhou.zr");
  ExpectOneViolation(ValidatePlanRequest(r, Now()), "agreed_by");

  // The planned finish is told to the resident: it must be in the future.
  r = GoodRequest();
  *r.mutable_finish_time() = TimeUtil::MicrosecondsToTimestamp(ToMicros(Now()));
  ExpectOneViolation(ValidatePlanRequest(r, Now()), "finish_time");

  // Every bad field at once.
  r = v1::AgreeTicketPlanRequest();
  EXPECT_EQ(FieldsOf(ValidatePlanRequest(r, Now())),
            (std::vector<std::string>{"department", "plan"}));
}

TEST(PlanRulesTest, PlanOnlyForOpenComplaints) {
  EXPECT_TRUE(CheckPlanAllowed(Ticket::COMPLAINT, Ticket::NEW).ok());
  for (Ticket::Status open : {Ticket::DISPATCHED, Ticket::IN_PROGRESS,
                              Ticket::PENDING, Ticket::REOPENED}) {
    EXPECT_TRUE(CheckPlanAllowed(Ticket::COMPLAINT, open).ok())
        << Ticket::Status_Name(open);
  }
  for (Ticket::Kind other :
       {Ticket::REPAIR, Ticket::INQUIRY, Ticket::HELP, Ticket::SUGGESTION,
        Ticket::PRAISE, Ticket::SPECIAL_SERVICE}) {
    absl::Status s = CheckPlanAllowed(other, Ticket::NEW);
    EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
    EXPECT_EQ(ErrorReason(s), "PLAN_ONLY_FOR_COMPLAINTS")
        << Ticket::Kind_Name(other);
  }
  // The lifecycle's order: an ended ticket is told so first.
  for (Ticket::Status ended :
       {Ticket::UNFOUNDED, Ticket::DUPLICATE, Ticket::CANCELLED}) {
    for (Ticket::Kind kind : {Ticket::COMPLAINT, Ticket::REPAIR}) {
      EXPECT_EQ(ErrorReason(CheckPlanAllowed(kind, ended)), "TICKET_ENDED");
    }
  }
  for (Ticket::Status done : {Ticket::RESOLVED, Ticket::CLOSED}) {
    EXPECT_EQ(ErrorReason(CheckPlanAllowed(Ticket::COMPLAINT, done)),
              "TICKET_NOT_OPEN");
  }
}

TEST(PlanRulesTest, RecordsOnAnOpenTicketOnly) {
  EXPECT_TRUE(CheckTicketOpen(Ticket::PENDING, "a resident notice").ok());
  absl::Status s = CheckTicketOpen(Ticket::CANCELLED, "a resident notice");
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(s), "TICKET_ENDED");
  EXPECT_NE(std::string(s.message()).find("a resident notice"),
            std::string::npos);
  EXPECT_EQ(ErrorReason(CheckTicketOpen(Ticket::CLOSED, "x")),
            "TICKET_NOT_OPEN");
}

}  // namespace
}  // namespace frontdesk
