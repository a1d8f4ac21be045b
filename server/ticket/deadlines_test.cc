// deadlines.h, the store side: what the resolution or an ending stops, and
// which deadline an escalation names.
#include "server/ticket/deadlines.h"

#include <optional>

#include "gtest/gtest.h"

namespace frontdesk {
namespace {

TEST(OwedClocksTest, ResolutionOrEndingStopsThePlanAndNoticeClocks) {
  db::TicketRow row;
  row.kind = v1::Ticket::COMPLAINT;
  row.notice_due_us = 100;
  StopOwedClocks(row, absl::FromUnixMicros(50));
  EXPECT_EQ(row.plan_met_us, 50);
  EXPECT_EQ(row.notice_met_us, 50);
  // Already met: kept.
  StopOwedClocks(row, absl::FromUnixMicros(70));
  EXPECT_EQ(row.plan_met_us, 50);
  EXPECT_EQ(row.notice_met_us, 50);
  // A repair owes no plan; nothing owed, nothing set.
  db::TicketRow repair;
  repair.kind = v1::Ticket::REPAIR;
  StopOwedClocks(repair, absl::FromUnixMicros(50));
  EXPECT_FALSE(repair.plan_met_us.has_value());
  EXPECT_FALSE(repair.notice_met_us.has_value());
}

TEST(OwedClocksTest, EscalationNamesTheDeadlineMissed) {
  db::TicketRow row;
  row.first_response_due_us = 10;
  row.resolution_due_us = 50;
  row.plan_due_us = 30;
  row.notice_due_us = 20;
  // Each step meets one more deadline (or promises), moves the effective
  // one and names it.
  struct Step {
    std::optional<long long> db::TicketRow::*met;  // none in the first step
    long long met_us;
    long long effective_due_us;
    const char* name;
  };
  const Step steps[] = {
      {nullptr, 0, 10, "first response"},
      {&db::TicketRow::first_response_us, 5, 20, "resident notice"},
      {&db::TicketRow::notice_met_us, 15, 30, "plan"},
      {&db::TicketRow::plan_met_us, 25, 50, "resolution"},
      {&db::TicketRow::promised_us, 60, 60, "promise"},
  };
  for (const Step& step : steps) {
    if (step.met != nullptr) row.*step.met = step.met_us;
    row.effective_due_us = step.effective_due_us;
    EXPECT_STREQ(EffectiveDeadlineName(row), step.name);
  }
}

}  // namespace
}  // namespace frontdesk
