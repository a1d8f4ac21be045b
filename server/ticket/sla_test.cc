// sla.h: the defaults, the plan, the deadlines and pauses (promises,
// callbacks and time zones are in sla_promise_test.cc).
#include "server/ticket/sla.h"

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"
#include "server/ticket/sla_test_util.h"

namespace frontdesk::sla_test {
namespace {

using absl::Hours;
using absl::Minutes;
using absl::Seconds;
using v1::Ticket;

TEST(SlaDefaultsTest, PerKindAndPriority) {
  struct Case {
    Ticket::Kind kind;
    Ticket::Priority priority;
    absl::Duration respond;
    absl::Duration resolve;
  };
  const Case cases[] = {
      // A complaint is answered within 24 h, finished in 3 days
      // [T-SLA-DEFAULTS].
      {Ticket::COMPLAINT, Ticket::NORMAL, Hours(24), Hours(72)},
      {Ticket::COMPLAINT, Ticket::PRIORITY_UNSPECIFIED, Hours(24), Hours(72)},
      {Ticket::COMPLAINT, Ticket::URGENT, Minutes(30), Hours(24)},
      {Ticket::COMPLAINT, Ticket::EMERGENCY, Minutes(15), Hours(4)},
      {Ticket::REPAIR, Ticket::NORMAL, Hours(2), Hours(72)},
      {Ticket::REPAIR, Ticket::PRIORITY_UNSPECIFIED, Hours(2), Hours(72)},
      {Ticket::REPAIR, Ticket::URGENT, Minutes(30), Hours(24)},
      {Ticket::REPAIR, Ticket::EMERGENCY, Minutes(15), Hours(4)},
      {Ticket::INQUIRY, Ticket::NORMAL, Hours(24), Hours(72)},
      {Ticket::HELP, Ticket::NORMAL, Hours(24), Hours(72)},
      {Ticket::HELP, Ticket::EMERGENCY, Minutes(15), Hours(4)},
      {Ticket::SUGGESTION, Ticket::NORMAL, Hours(24), Hours(72)},
      {Ticket::PRAISE, Ticket::NORMAL, Hours(24), Hours(72)},
      {Ticket::KIND_UNSPECIFIED, Ticket::NORMAL, Hours(24), Hours(72)},
      {Ticket::SPECIAL_SERVICE, Ticket::NORMAL, Hours(24), Hours(7 * 24)},
      {Ticket::SPECIAL_SERVICE, Ticket::URGENT, Minutes(30), Hours(24)},
  };
  for (const Case& c : cases) {
    std::string where = absl::StrCat(Ticket::Kind_Name(c.kind), " ",
                                     Ticket::Priority_Name(c.priority));
    SlaPolicy p = DefaultSlaPolicy(c.kind, c.priority);
    EXPECT_EQ(p.first_response, c.respond) << where;
    EXPECT_EQ(p.resolution, c.resolve) << where;
    EXPECT_EQ(p.callback, Hours(24)) << where;  // [T-CALLBACK-DUE]
    EXPECT_EQ(p.warning_before, Hours(12)) << where;
  }
}

TEST(SlaDefaultsTest, ComplaintDeadlinesAndTheirWarnings) {
  SlaPolicy p = DefaultSlaPolicy(Ticket::COMPLAINT, Ticket::NORMAL);
  SlaTimeline t = Created();
  SlaState s = ComputeSla(p, t, T0);
  EXPECT_EQ(s.first_response_due, At(Hours(24)));
  EXPECT_EQ(s.resolution_due, At(Hours(72)));
  EXPECT_EQ(s.effective_resolution_due, At(Hours(72)));
  // 20% of 24 h = 4.8 h before the response is due.
  EXPECT_EQ(ComputeSla(p, t, At(Hours(24) - Minutes(288))).first_response_phase,
            SlaState::kWarning);
  EXPECT_EQ(ComputeSla(p, t, At(Hours(24) - Minutes(289))).first_response_phase,
            SlaState::kOk);
  // 20% of 3 days is 14.4 h, capped at 12 h.
  EXPECT_EQ(ComputeSla(p, t, At(Hours(60))).resolution_phase,
            SlaState::kWarning);
  EXPECT_EQ(ComputeSla(p, t, At(Hours(60) - Seconds(1))).resolution_phase,
            SlaState::kOk);
  // Resolved on day 3, called back within the next 24 h.
  t.first_response = At(Hours(3));
  t.resolved = At(Hours(70));
  s = ComputeSla(p, t, At(Hours(80)));
  ASSERT_TRUE(s.callback_due.has_value());
  EXPECT_EQ(*s.callback_due, At(Hours(94)));
  EXPECT_FALSE(s.first_response_breached);
  EXPECT_FALSE(s.resolution_breached);
}

// --- The plan of a complaint: within 1 day [T-COMPLAINT-PLAN] ---------------

TEST(SlaPlanTest, ComplaintPlanDefaultsToOneDayCappedByTheResolution) {
  EXPECT_EQ(DefaultSlaPolicy(Ticket::COMPLAINT, Ticket::NORMAL).plan,
            Hours(24));
  EXPECT_EQ(DefaultSlaPolicy(Ticket::COMPLAINT, Ticket::URGENT).plan,
            Hours(24));
  EXPECT_EQ(DefaultSlaPolicy(Ticket::COMPLAINT, Ticket::EMERGENCY).plan,
            Hours(4));
  for (Ticket::Kind other :
       {Ticket::REPAIR, Ticket::INQUIRY, Ticket::HELP, Ticket::SUGGESTION,
        Ticket::PRAISE, Ticket::SPECIAL_SERVICE}) {
    EXPECT_EQ(DefaultSlaPolicy(other, Ticket::NORMAL).plan,
              absl::ZeroDuration())
        << Ticket::Kind_Name(other);
  }
  // The coordination route is expected to take more than two days.
  EXPECT_EQ(DefaultSlaPolicy(Ticket::REPAIR, Ticket::NORMAL).coordination,
            Hours(72));
  EXPECT_EQ(DefaultSlaPolicy(Ticket::REPAIR, Ticket::EMERGENCY).coordination,
            Hours(72));
}

TEST(SlaPlanTest, PlanDueADayAfterCreationMetByThePlanOrTheResolution) {
  SlaPolicy p = DefaultSlaPolicy(Ticket::COMPLAINT, Ticket::NORMAL);
  SlaTimeline t = Created();
  SlaState s = ComputeSla(p, t, At(Hours(1)));
  ASSERT_TRUE(s.plan_due.has_value());
  EXPECT_EQ(*s.plan_due, At(Hours(24)));
  EXPECT_EQ(s.plan_phase, SlaState::kOk);
  // 20% of a day: warns 4.8 h ahead.
  EXPECT_EQ(ComputeSla(p, t, At(Hours(24) - Minutes(288))).plan_phase,
            SlaState::kWarning);
  // Exactly at the deadline is on time; a second later is a breach.
  EXPECT_FALSE(ComputeSla(p, t, At(Hours(24))).plan_breached);
  s = ComputeSla(p, t, At(Hours(24) + Seconds(1)));
  EXPECT_TRUE(s.plan_breached);
  EXPECT_EQ(s.plan_phase, SlaState::kBreached);
  // Agreed in time: met for good.
  t.plan_met = At(Hours(20));
  s = ComputeSla(p, t, At(Hours(50)));
  EXPECT_FALSE(s.plan_breached);
  EXPECT_EQ(s.plan_phase, SlaState::kOk);
  // Agreed late: the breach stays.
  t.plan_met = At(Hours(30));
  EXPECT_TRUE(ComputeSla(p, t, At(Hours(50))).plan_breached);
  // Resolved before any plan: nothing was owed after that.
  t.plan_met.reset();
  t.resolved = At(Hours(10));
  EXPECT_FALSE(ComputeSla(p, t, At(Hours(50))).plan_breached);
  // Other kinds owe no plan.
  EXPECT_FALSE(ComputeSla(DefaultSlaPolicy(Ticket::REPAIR, Ticket::NORMAL),
                          Created(), At(Hours(50)))
                   .plan_due.has_value());
}

TEST(SlaPlanTest, PlanClockPausesWhilePending) {
  SlaPolicy p = DefaultSlaPolicy(Ticket::COMPLAINT, Ticket::NORMAL);
  SlaTimeline t = Created();
  t.pauses.emplace_back(At(Hours(10)), At(Hours(15)));
  SlaState s = ComputeSla(p, t, At(Hours(26)));
  EXPECT_EQ(*s.plan_due, At(Hours(29)));
  EXPECT_FALSE(s.plan_breached);
  // An open pause stops the clock: no breach until resumed.
  t.pauses.emplace_back(At(Hours(20)), std::nullopt);
  s = ComputeSla(p, t, At(Hours(60)));
  EXPECT_FALSE(s.plan_breached);
  EXPECT_EQ(*s.plan_due, At(Hours(29 + 40)));
  // A pause after the plan was agreed does not move its deadline.
  SlaTimeline agreed = Created();
  agreed.plan_met = At(Hours(5));
  agreed.pauses.emplace_back(At(Hours(10)), At(Hours(15)));
  EXPECT_EQ(*ComputeSla(p, agreed, At(Hours(30))).plan_due, At(Hours(24)));
}

TEST(SlaTest, FreshTicket) {
  SlaState s = ComputeSla(TestPolicy(), Created(), At(Hours(1)));
  EXPECT_EQ(s.first_response_due, At(Hours(2)));
  EXPECT_EQ(s.resolution_due, At(Hours(10)));
  EXPECT_EQ(s.effective_resolution_due, At(Hours(10)));
  EXPECT_FALSE(s.callback_due.has_value());
  EXPECT_FALSE(s.paused);
  EXPECT_EQ(s.first_response_phase, SlaState::kOk);
  EXPECT_EQ(s.resolution_phase, SlaState::kOk);
  EXPECT_EQ(s.callback_phase, SlaState::kOk);
  EXPECT_FALSE(s.first_response_breached);
  EXPECT_FALSE(s.resolution_breached);
  EXPECT_FALSE(s.promise_breached);
  EXPECT_FALSE(s.callback_breached);
}

TEST(SlaTest, FirstResponseBoundaries) {
  // Done: answered.
  const BoundaryCase cases[] = {
      {"waiting, well ahead", std::nullopt, Minutes(95), SlaState::kOk, false},
      {"waiting, a second before the warning", std::nullopt,
       Minutes(96) - Seconds(1), SlaState::kOk, false},
      {"waiting, warning starts 24 min ahead", std::nullopt, Minutes(96),
       SlaState::kWarning, false},
      {"waiting, exactly at the deadline", std::nullopt, Hours(2),
       SlaState::kWarning, false},
      {"waiting, a microsecond late", std::nullopt,
       Hours(2) + absl::Microseconds(1), SlaState::kBreached, true},
      {"answered early", Minutes(10), Hours(50), SlaState::kOk, false},
      {"answered inside the warning", Minutes(110), Hours(50), SlaState::kOk,
       false},
      {"answered exactly at the deadline", Hours(2), Hours(50), SlaState::kOk,
       false},
      {"answered a second late", Hours(2) + Seconds(1), Hours(50),
       SlaState::kBreached, true},
  };
  for (const BoundaryCase& c : cases) {
    SlaTimeline t = Created();
    if (c.done) t.first_response = At(*c.done);
    SlaState s = ComputeSla(TestPolicy(), t, At(c.now));
    EXPECT_EQ(s.first_response_due, At(Hours(2))) << c.name;
    EXPECT_STREQ(PhaseName(s.first_response_phase), PhaseName(c.phase))
        << c.name;
    EXPECT_EQ(s.first_response_breached, c.breached) << c.name;
  }
}

TEST(SlaTest, ResolutionCountsAsTheFirstResponseWhenNoneRecorded) {
  SlaTimeline t = Created();
  t.resolved = At(Minutes(30));  // answered at the desk
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(50)));
  EXPECT_EQ(s.first_response_phase, SlaState::kOk);
  EXPECT_FALSE(s.first_response_breached);

  t.resolved = At(Hours(3));
  s = ComputeSla(TestPolicy(), t, At(Hours(50)));
  EXPECT_EQ(s.first_response_phase, SlaState::kBreached);
  EXPECT_TRUE(s.first_response_breached);

  // A recorded response wins over the resolution.
  t.first_response = At(Hours(1));
  s = ComputeSla(TestPolicy(), t, At(Hours(50)));
  EXPECT_FALSE(s.first_response_breached);
}

TEST(SlaTest, ResolutionBoundaries) {
  // Done: resolved.
  const BoundaryCase cases[] = {
      {"open, a second before the warning", std::nullopt, Hours(9) - Seconds(1),
       SlaState::kOk, false},
      {"open, warning 1 h ahead (the cap)", std::nullopt, Hours(9),
       SlaState::kWarning, false},
      {"open, exactly at the deadline", std::nullopt, Hours(10),
       SlaState::kWarning, false},
      {"open, a second late", std::nullopt, Hours(10) + Seconds(1),
       SlaState::kBreached, true},
      {"resolved exactly at the deadline", Hours(10), Hours(40), SlaState::kOk,
       false},
      {"resolved a second late", Hours(10) + Seconds(1), Hours(40),
       SlaState::kBreached, true},
  };
  for (const BoundaryCase& c : cases) {
    SlaTimeline t = Created();
    t.first_response = At(Minutes(5));
    if (c.done) t.resolved = At(*c.done);
    SlaState s = ComputeSla(TestPolicy(), t, At(c.now));
    EXPECT_STREQ(PhaseName(s.resolution_phase), PhaseName(c.phase)) << c.name;
    EXPECT_EQ(s.resolution_breached, c.breached) << c.name;
    // Without a promise the effective deadline is the SLA one.
    EXPECT_EQ(s.effective_resolution_due, s.resolution_due) << c.name;
    EXPECT_EQ(s.promise_breached, c.breached) << c.name;
  }
}

TEST(SlaPauseTest, OnePauseShiftsBothDeadlines) {
  SlaTimeline t = Created();
  t.pauses.push_back({At(Hours(1)), At(Hours(4))});
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(4)));
  EXPECT_FALSE(s.paused);
  EXPECT_EQ(s.first_response_due, At(Hours(5)));
  EXPECT_EQ(s.resolution_due, At(Hours(13)));
  // Resolved at 12 h: late by the calendar, on time by the SLA clock.
  t.first_response = At(Hours(4) + Minutes(30));
  t.resolved = At(Hours(12));
  s = ComputeSla(TestPolicy(), t, At(Hours(20)));
  EXPECT_FALSE(s.first_response_breached);
  EXPECT_FALSE(s.resolution_breached);
}

TEST(SlaPauseTest, SeveralPausesAndOneAfterTheDeadlinePassed) {
  SlaTimeline t = Created();
  // Given out of order; the third starts after the resolution deadline (13 h
  // once the first two are counted) had passed.
  t.pauses.push_back({At(Hours(20)), At(Hours(30))});
  t.pauses.push_back({At(Hours(1)), At(Hours(2))});
  t.pauses.push_back({At(Hours(3)), At(Hours(5))});
  t.first_response = At(Hours(4));
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(31)));
  // 2 h + 1 h, then the pause starting at 3 h (exactly at the pushed-back
  // deadline, still on time) adds 2 h; the one at 20 h comes after the
  // response.
  EXPECT_EQ(s.first_response_due, At(Hours(5)));
  EXPECT_FALSE(s.first_response_breached);
  // 10 h + 1 h + 2 h = 13 h; the pause at 20 h does not undo the breach.
  EXPECT_EQ(s.resolution_due, At(Hours(13)));
  EXPECT_TRUE(s.resolution_breached);
  EXPECT_EQ(s.resolution_phase, SlaState::kBreached);
}

TEST(SlaPauseTest, PauseAfterTheEventDoesNotMoveItsDeadline) {
  SlaTimeline t = Created();
  t.first_response = At(Minutes(90));
  t.pauses.push_back({At(Minutes(100)), At(Hours(5))});
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(6)));
  EXPECT_EQ(s.first_response_due, At(Hours(2)));
  EXPECT_EQ(s.resolution_due, At(Hours(10) + Hours(5) - Minutes(100)));
}

TEST(SlaPauseTest, OverlappingPausesCountOnceAndOnlyAfterCreation) {
  SlaTimeline t = Created();
  t.pauses.push_back({At(Hours(3)), At(Hours(5))});
  t.pauses.push_back({At(Hours(1)), At(Hours(4))});
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(6)));
  EXPECT_EQ(s.resolution_due, At(Hours(14)));  // [1 h, 5 h) = 4 h

  SlaTimeline before = Created();
  before.pauses.push_back({At(-Hours(2)), At(Hours(1))});
  s = ComputeSla(TestPolicy(), before, At(Hours(6)));
  EXPECT_EQ(s.resolution_due, At(Hours(11)));  // only [0, 1 h) counts
}

TEST(SlaPauseTest, OpenPauseStopsTheClock) {
  SlaTimeline t = Created();
  t.pauses.push_back({At(Hours(1)), std::nullopt});
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(6)));
  EXPECT_TRUE(s.paused);
  EXPECT_EQ(s.first_response_due, At(Hours(7)));  // 1 h left, as at 1 h
  EXPECT_EQ(s.resolution_due, At(Hours(15)));
  EXPECT_EQ(s.first_response_phase, SlaState::kOk);

  // Days later, still paused: still 1 h left, nothing breached.
  s = ComputeSla(TestPolicy(), t, At(Hours(100)));
  EXPECT_TRUE(s.paused);
  EXPECT_EQ(s.first_response_due, At(Hours(101)));
  EXPECT_EQ(s.first_response_phase, SlaState::kOk);
  EXPECT_FALSE(s.first_response_breached);
  EXPECT_FALSE(s.resolution_breached);

  // Resumed at 100 h: the remaining hour runs out at 101 h.
  t.pauses[0].second = At(Hours(100));
  EXPECT_FALSE(
      ComputeSla(TestPolicy(), t, At(Hours(101))).first_response_breached);
  s = ComputeSla(TestPolicy(), t, At(Hours(101) + Seconds(1)));
  EXPECT_FALSE(s.paused);
  EXPECT_TRUE(s.first_response_breached);
  EXPECT_EQ(s.first_response_phase, SlaState::kBreached);
}

TEST(SlaPauseTest, PausedInsideTheWarningStaysWarning) {
  SlaTimeline t = Created();
  t.pauses.push_back({At(Minutes(110)), std::nullopt});  // 10 min left
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(50)));
  EXPECT_EQ(s.first_response_phase, SlaState::kWarning);
  EXPECT_FALSE(s.first_response_breached);
  EXPECT_EQ(s.first_response_due - At(Hours(50)), Minutes(10));
}

TEST(SlaPauseTest, PausedExactlyAtTheDeadlineIsNotBreached) {
  SlaTimeline t = Created();
  t.pauses.push_back({At(Hours(2)), std::nullopt});
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(5)));
  EXPECT_EQ(s.first_response_due, At(Hours(5)));
  EXPECT_FALSE(s.first_response_breached);
  EXPECT_EQ(s.first_response_phase, SlaState::kWarning);
  t.pauses[0].second = At(Hours(5));
  EXPECT_TRUE(ComputeSla(TestPolicy(), t, At(Hours(5) + Seconds(1)))
                  .first_response_breached);
}

TEST(SlaPauseTest, PausingAfterTheBreachDoesNotRescueIt) {
  SlaTimeline t = Created();
  t.pauses.push_back({At(Hours(3)), std::nullopt});
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(10)));
  EXPECT_TRUE(s.paused);
  EXPECT_EQ(s.first_response_due, At(Hours(2)));
  EXPECT_TRUE(s.first_response_breached);
  EXPECT_EQ(s.first_response_phase, SlaState::kBreached);
  // Answered during the pause: still late.
  t.first_response = At(Hours(9));
  EXPECT_TRUE(
      ComputeSla(TestPolicy(), t, At(Hours(10))).first_response_breached);
}

}  // namespace
}  // namespace frontdesk::sla_test
