// deadline_rules.h: FillBreaches (breach and warning flags of a ticket as
// read, at a given now) and ComputeDeadlines (the stored deadline columns).
#include "server/ticket/deadline_rules.h"

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

// ComputeDeadlines: the columns the lists search by.

constexpr long long kHour = 3600LL * 1000 * 1000;

TicketClocks OpenRepair() {
  TicketClocks c;
  c.status = v1::Ticket::NEW;
  c.create_us = absl::ToUnixMicros(kCreated);
  return c;
}

TEST(ComputeDeadlinesTest, AFreshTicketIsDueAtItsFirstResponse) {
  SlaPolicy policy = DefaultSlaPolicy(v1::Ticket::REPAIR, v1::Ticket::NORMAL);
  TicketClocks c = OpenRepair();
  TicketDeadlines d = ComputeDeadlines(policy, c, kCreated);
  EXPECT_EQ(d.first_response_due_us, c.create_us + 2 * kHour);
  EXPECT_EQ(d.resolution_due_us, c.create_us + 72 * kHour);
  EXPECT_FALSE(d.callback_due_us.has_value());
  EXPECT_FALSE(d.plan_due_us.has_value());
  EXPECT_EQ(d.effective_due_us, c.create_us + 2 * kHour);
}

TEST(ComputeDeadlinesTest, AfterTheResponseThePromiseOrResolutionIsDue) {
  SlaPolicy policy = DefaultSlaPolicy(v1::Ticket::REPAIR, v1::Ticket::NORMAL);
  TicketClocks c = OpenRepair();
  c.status = v1::Ticket::DISPATCHED;
  c.first_response_us = c.create_us + kHour;
  EXPECT_EQ(ComputeDeadlines(policy, c, kCreated).effective_due_us,
            c.create_us + 72 * kHour);
  c.promised_us = c.create_us + 24 * kHour;
  EXPECT_EQ(ComputeDeadlines(policy, c, kCreated).effective_due_us,
            c.create_us + 24 * kHour);
  // The owed resident notice comes first when it is earlier.
  c.notice_due_us = c.create_us + 10 * kHour;
  EXPECT_EQ(ComputeDeadlines(policy, c, kCreated).effective_due_us,
            c.create_us + 10 * kHour);
  c.notice_met_us = c.create_us + 9 * kHour;
  EXPECT_EQ(ComputeDeadlines(policy, c, kCreated).effective_due_us,
            c.create_us + 24 * kHour);
}

TEST(ComputeDeadlinesTest, APauseShiftsTheDeadlinesAndStopsTheSearch) {
  SlaPolicy policy = DefaultSlaPolicy(v1::Ticket::REPAIR, v1::Ticket::NORMAL);
  TicketClocks c = OpenRepair();
  c.status = v1::Ticket::PENDING;
  c.pauses.emplace_back(c.create_us + kHour, std::nullopt);
  TicketDeadlines d = ComputeDeadlines(policy, c, kCreated + absl::Hours(3));
  EXPECT_EQ(d.first_response_due_us, c.create_us + 4 * kHour);
  EXPECT_FALSE(d.effective_due_us.has_value());
}

TEST(ComputeDeadlinesTest, AResolvedComplaintOwesACallbackNotAPlan) {
  SlaPolicy policy =
      DefaultSlaPolicy(v1::Ticket::COMPLAINT, v1::Ticket::NORMAL);
  TicketClocks c = OpenRepair();
  TicketDeadlines open = ComputeDeadlines(policy, c, kCreated);
  EXPECT_EQ(open.plan_due_us, c.create_us + 24 * kHour);
  c.status = v1::Ticket::RESOLVED;
  c.resolve_us = c.create_us + 5 * kHour;
  c.plan_met_us = c.resolve_us;
  TicketDeadlines d = ComputeDeadlines(policy, c, kCreated + absl::Hours(6));
  EXPECT_EQ(d.callback_due_us, c.create_us + 29 * kHour);
  EXPECT_FALSE(d.effective_due_us.has_value());
}

}  // namespace
}  // namespace frontdesk
