// FillBreaches: breach and warning flags of a ticket as read, at a given now.
#include "server/ticket/deadlines.h"

#include <google/protobuf/util/time_util.h>

#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

const absl::Time kCreated = absl::FromUnixSeconds(1795400000);

google::protobuf::Timestamp At(absl::Time t) {
  return TimeUtil::MicrosecondsToTimestamp(absl::ToUnixMicros(t));
}

// A NORMAL repair: respond within 2 h, resolve within 3 days.
v1::Ticket Repair() {
  v1::Ticket t;
  *t.mutable_create_time() = At(kCreated);
  *t.mutable_deadlines()->mutable_first_response_due_time() =
      At(kCreated + absl::Hours(2));
  *t.mutable_deadlines()->mutable_resolution_due_time() =
      At(kCreated + absl::Hours(72));
  return t;
}

TEST(FillBreachesTest, QuietEarlyOn) {
  v1::Ticket t = Repair();
  FillBreaches(t, kCreated + absl::Minutes(30));
  EXPECT_FALSE(t.deadlines().first_response_warning());
  EXPECT_FALSE(t.deadlines().first_response_breached());
  EXPECT_FALSE(t.deadlines().resolution_warning());
}

TEST(FillBreachesTest, WarnsInTheLastFifthOfAShortWindow) {
  v1::Ticket t = Repair();
  // 20% of 2 h = 24 min before the deadline.
  FillBreaches(t, kCreated + absl::Hours(2) - absl::Minutes(25));
  EXPECT_FALSE(t.deadlines().first_response_warning());
  FillBreaches(t, kCreated + absl::Hours(2) - absl::Minutes(24));
  EXPECT_TRUE(t.deadlines().first_response_warning());
  EXPECT_FALSE(t.deadlines().first_response_breached());
}

TEST(FillBreachesTest, LongWindowsWarnAtMostTwelveHoursAhead) {
  v1::Ticket t = Repair();
  FillBreaches(t, kCreated + absl::Hours(72 - 13));
  EXPECT_FALSE(t.deadlines().resolution_warning());
  FillBreaches(t, kCreated + absl::Hours(72 - 12));
  EXPECT_TRUE(t.deadlines().resolution_warning());
}

TEST(FillBreachesTest, ExactlyAtTheDeadlineIsOnTimeAfterItIsBreached) {
  v1::Ticket t = Repair();
  FillBreaches(t, kCreated + absl::Hours(2));
  EXPECT_FALSE(t.deadlines().first_response_breached());
  FillBreaches(t, kCreated + absl::Hours(2) + absl::Microseconds(1));
  EXPECT_TRUE(t.deadlines().first_response_breached());
  EXPECT_FALSE(t.deadlines().first_response_warning());  // breached, not warned
}

TEST(FillBreachesTest, AMetDeadlineNeitherWarnsNorBreachesLater) {
  v1::Ticket t = Repair();
  *t.mutable_first_response_time() = At(kCreated + absl::Hours(1));
  FillBreaches(t, kCreated + absl::Hours(10));
  EXPECT_FALSE(t.deadlines().first_response_breached());
  EXPECT_FALSE(t.deadlines().first_response_warning());
}

TEST(FillBreachesTest, ALateResponseStaysBreached) {
  v1::Ticket t = Repair();
  *t.mutable_first_response_time() = At(kCreated + absl::Hours(3));
  FillBreaches(t, kCreated + absl::Hours(4));
  EXPECT_TRUE(t.deadlines().first_response_breached());
}

TEST(FillBreachesTest, AHoldFreezesTheFlagsAsOfItsStart) {
  v1::Ticket t = Repair();
  t.mutable_deadlines()->set_paused(true);
  *t.mutable_deadlines()->mutable_paused_since() =
      At(kCreated + absl::Hours(1));
  FillBreaches(t, kCreated + absl::Hours(80));
  EXPECT_FALSE(t.deadlines().first_response_breached());
  EXPECT_FALSE(t.deadlines().resolution_breached());
  EXPECT_FALSE(t.deadlines().resolution_warning());
}

TEST(FillBreachesTest, AHoldAfterABreachKeepsIt) {
  v1::Ticket t = Repair();
  t.mutable_deadlines()->set_paused(true);
  *t.mutable_deadlines()->mutable_paused_since() =
      At(kCreated + absl::Hours(73));
  FillBreaches(t, kCreated + absl::Hours(80));
  EXPECT_TRUE(t.deadlines().resolution_breached());
}

TEST(FillBreachesTest, CallbackWarnsAndBreachesFromTheResolution) {
  v1::Ticket t = Repair();
  *t.mutable_first_response_time() = At(kCreated + absl::Hours(1));
  *t.mutable_resolve_time() = At(kCreated + absl::Hours(5));
  *t.mutable_deadlines()->mutable_callback_due_time() =
      At(kCreated + absl::Hours(29));
  // 20% of 24 h = 4.8 h before the callback deadline.
  FillBreaches(t, kCreated + absl::Hours(24));
  EXPECT_FALSE(t.deadlines().callback_warning());
  FillBreaches(t, kCreated + absl::Hours(25));
  EXPECT_TRUE(t.deadlines().callback_warning());
  FillBreaches(t, kCreated + absl::Hours(30));
  EXPECT_TRUE(t.deadlines().callback_breached());
  *t.mutable_close_time() = At(kCreated + absl::Hours(28));
  FillBreaches(t, kCreated + absl::Hours(30));
  EXPECT_FALSE(t.deadlines().callback_breached());
  EXPECT_FALSE(t.deadlines().callback_warning());
}

// --- What a ticket owes the resident: the plan and the same-day notice ------

v1::Ticket Complaint() {
  v1::Ticket t = Repair();
  t.set_kind(v1::Ticket::COMPLAINT);
  *t.mutable_deadlines()->mutable_plan_due_time() =
      At(kCreated + absl::Hours(24));
  return t;
}

TEST(FillBreachesTest, PlanBreachedWhenNotAgreedWithinTheDay) {
  v1::Ticket t = Complaint();
  FillBreaches(t, kCreated + absl::Hours(24));
  EXPECT_FALSE(t.deadlines().plan_breached());
  EXPECT_TRUE(t.deadlines().plan_warning());  // within 4.8 h
  FillBreaches(t, kCreated + absl::Hours(24) + absl::Seconds(1));
  EXPECT_TRUE(t.deadlines().plan_breached());
  EXPECT_FALSE(t.deadlines().plan_warning());
  // Met in time; met late.
  *t.mutable_deadlines()->mutable_plan_met_time() =
      At(kCreated + absl::Hours(23));
  FillBreaches(t, kCreated + absl::Hours(48));
  EXPECT_FALSE(t.deadlines().plan_breached());
  *t.mutable_deadlines()->mutable_plan_met_time() =
      At(kCreated + absl::Hours(25));
  FillBreaches(t, kCreated + absl::Hours(48));
  EXPECT_TRUE(t.deadlines().plan_breached());
  // No plan owed (other kinds): never breached.
  v1::Ticket repair = Repair();
  FillBreaches(repair, kCreated + absl::Hours(48));
  EXPECT_FALSE(repair.deadlines().plan_breached());
}

TEST(FillBreachesTest, ResidentNoticeBreachedWhenNotToldByTheDue) {
  v1::Ticket t = Repair();
  auto* d = t.mutable_deadlines();
  *d->mutable_resident_notice_due_time() = At(kCreated + absl::Hours(15));
  FillBreaches(t, kCreated + absl::Hours(15));
  EXPECT_FALSE(t.deadlines().resident_notice_breached());
  FillBreaches(t, kCreated + absl::Hours(16));
  EXPECT_TRUE(t.deadlines().resident_notice_breached());
  // While on hold it is judged as of the hold's start.
  d->set_paused(true);
  *d->mutable_paused_since() = At(kCreated + absl::Hours(10));
  FillBreaches(t, kCreated + absl::Hours(16));
  EXPECT_FALSE(t.deadlines().resident_notice_breached());
  d->set_paused(false);
  d->clear_paused_since();
  *d->mutable_resident_notice_met_time() = At(kCreated + absl::Hours(14));
  FillBreaches(t, kCreated + absl::Hours(40));
  EXPECT_FALSE(t.deadlines().resident_notice_breached());
}

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
