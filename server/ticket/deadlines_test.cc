// deadlines.h, the store side: what the resolution or an ending stops, and
// which deadline an escalation names.
#include "server/ticket/deadlines.h"

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
  row.effective_due_us = 10;
  EXPECT_STREQ(EffectiveDeadlineName(row), "first response");
  row.first_response_us = 5;
  row.effective_due_us = 20;
  EXPECT_STREQ(EffectiveDeadlineName(row), "resident notice");
  row.notice_met_us = 15;
  row.effective_due_us = 30;
  EXPECT_STREQ(EffectiveDeadlineName(row), "plan");
  row.plan_met_us = 25;
  row.effective_due_us = 50;
  EXPECT_STREQ(EffectiveDeadlineName(row), "resolution");
  row.promised_us = 60;
  row.effective_due_us = 60;
  EXPECT_STREQ(EffectiveDeadlineName(row), "promise");
}

}  // namespace
}  // namespace frontdesk
