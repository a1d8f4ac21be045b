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

}  // namespace
}  // namespace frontdesk
