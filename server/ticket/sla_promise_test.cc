// sla.h, continued from sla_test.cc: promises, callbacks, time zones, the
// warning lead and the first-response stamp.
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/status.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"
#include "server/ticket/sla.h"
#include "server/ticket/sla_test_util.h"

namespace frontdesk::sla_test {
namespace {

using absl::Hours;
using absl::Minutes;
using v1::Ticket;

TEST(SlaPromiseTest, APromiseDoesNotEraseTheBreach) {
  SlaTimeline t = Created();
  t.first_response = At(Minutes(30));
  t.promised_resolution = At(Hours(20));  // told after missing 10 h
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(11)));
  EXPECT_EQ(s.resolution_due, At(Hours(10)));
  EXPECT_EQ(s.effective_resolution_due, At(Hours(20)));
  EXPECT_TRUE(s.resolution_breached);
  EXPECT_FALSE(s.promise_breached);
  EXPECT_EQ(s.resolution_phase, SlaState::kOk);  // working to the promise

  EXPECT_EQ(ComputeSla(TestPolicy(), t, At(Hours(19))).resolution_phase,
            SlaState::kWarning);

  // Kept: finished before the promise, still counted late against the SLA.
  t.resolved = At(Hours(19) + Minutes(30));
  s = ComputeSla(TestPolicy(), t, At(Hours(30)));
  EXPECT_TRUE(s.resolution_breached);
  EXPECT_FALSE(s.promise_breached);
  EXPECT_EQ(s.resolution_phase, SlaState::kOk);

  // Broken too.
  t.resolved = At(Hours(21));
  s = ComputeSla(TestPolicy(), t, At(Hours(30)));
  EXPECT_TRUE(s.resolution_breached);
  EXPECT_TRUE(s.promise_breached);
  EXPECT_EQ(s.resolution_phase, SlaState::kBreached);
}

TEST(SlaPromiseTest, ANewPromiseReplacesAMissedOne) {
  SlaTimeline t = Created();
  t.promised_resolution = At(Hours(15));
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(16)));
  EXPECT_TRUE(s.promise_breached);
  EXPECT_EQ(s.resolution_phase, SlaState::kBreached);

  t.promised_resolution = At(Hours(24));  // the desk explains and re-promises
  s = ComputeSla(TestPolicy(), t, At(Hours(16)));
  EXPECT_FALSE(s.promise_breached);
  EXPECT_EQ(s.resolution_phase, SlaState::kOk);
  EXPECT_EQ(s.effective_resolution_due, At(Hours(24)));
  EXPECT_TRUE(s.resolution_breached);  // the SLA breach stays counted
}

TEST(SlaPromiseTest, APromiseEarlierThanTheSlaIsHeldToo) {
  SlaTimeline t = Created();
  t.promised_resolution = At(Hours(5));
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(6)));
  EXPECT_EQ(s.effective_resolution_due, At(Hours(5)));
  EXPECT_TRUE(s.promise_breached);
  EXPECT_FALSE(s.resolution_breached);
}

TEST(SlaPromiseTest, APromiseIsNotShiftedButCannotBeMissedWhilePaused) {
  SlaTimeline t = Created();
  t.first_response = At(Minutes(5));
  t.promised_resolution = At(Hours(20));
  t.pauses.push_back({At(Hours(18)), std::nullopt});
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(30)));
  EXPECT_TRUE(s.paused);
  EXPECT_EQ(s.effective_resolution_due, At(Hours(20)));
  EXPECT_FALSE(s.promise_breached);
  EXPECT_EQ(s.resolution_phase, SlaState::kOk);  // as at 18 h: 2 h left

  // Paused inside the warning: stays warning.
  t.pauses[0].first = At(Hours(19) + Minutes(30));
  EXPECT_EQ(ComputeSla(TestPolicy(), t, At(Hours(30))).resolution_phase,
            SlaState::kWarning);

  // Resumed after the promised time: missed at once.
  t.pauses[0].second = At(Hours(30));
  s = ComputeSla(TestPolicy(), t, At(Hours(30)));
  EXPECT_FALSE(s.paused);
  EXPECT_TRUE(s.promise_breached);
  EXPECT_EQ(s.resolution_phase, SlaState::kBreached);
}

TEST(SlaCallbackTest, DueADayAfterResolution) {
  // Resolved at 5 h: the callback is due at 29 h and warns 1 h ahead. Done:
  // called back.
  const BoundaryCase cases[] = {
      {"just resolved", std::nullopt, Hours(5), SlaState::kOk, false},
      {"a second before the warning", std::nullopt,
       Hours(28) - absl::Seconds(1), SlaState::kOk, false},
      {"warning", std::nullopt, Hours(28), SlaState::kWarning, false},
      {"exactly due", std::nullopt, Hours(29), SlaState::kWarning, false},
      {"a second late", std::nullopt, Hours(29) + absl::Seconds(1),
       SlaState::kBreached, true},
      {"called back in time", Hours(8), Hours(100), SlaState::kOk, false},
      {"called back exactly at the deadline", Hours(29), Hours(100),
       SlaState::kOk, false},
      {"called back late", Hours(30), Hours(100), SlaState::kBreached, true},
  };
  for (const BoundaryCase& c : cases) {
    SlaTimeline t = Created();
    t.first_response = At(Minutes(5));
    t.resolved = At(Hours(5));
    if (c.done) t.callback_done = At(*c.done);
    SlaState s = ComputeSla(TestPolicy(), t, At(c.now));
    ASSERT_TRUE(s.callback_due.has_value()) << c.name;
    EXPECT_EQ(*s.callback_due, At(Hours(29))) << c.name;
    EXPECT_STREQ(PhaseName(s.callback_phase), PhaseName(c.phase)) << c.name;
    EXPECT_EQ(s.callback_breached, c.breached) << c.name;
  }
}

TEST(SlaCallbackTest, NotDueWhileOpen) {
  SlaTimeline t = Created();
  t.callback_done = At(Hours(1));  // stray data must not matter
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(100)));
  EXPECT_FALSE(s.callback_due.has_value());
  EXPECT_EQ(s.callback_phase, SlaState::kOk);
  EXPECT_FALSE(s.callback_breached);
}

TEST(SlaCallbackTest, ACallbackBeforeTheLatestResolutionDoesNotCount) {
  // Resolved, called back unsatisfied at 8 h, reopened, resolved again.
  SlaTimeline t = Created();
  t.first_response = At(Minutes(5));
  t.callback_done = At(Hours(8));
  t.resolved = At(Hours(40));
  SlaState s = ComputeSla(TestPolicy(), t, At(Hours(41)));
  EXPECT_EQ(*s.callback_due, At(Hours(64)));
  EXPECT_FALSE(s.callback_breached);
  s = ComputeSla(TestPolicy(), t, At(Hours(65)));
  EXPECT_TRUE(s.callback_breached);
  EXPECT_EQ(s.callback_phase, SlaState::kBreached);
}

absl::TimeZone LoadZone(const std::string& name) {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone(name, &tz)) << name;
  return tz;
}

TEST(SlaTimeZoneTest, SpringForwardInNewYorkDoesNotStretchAWindow) {
  absl::TimeZone ny = LoadZone("America/New_York");
  // Noon EST on the Saturday before clocks go forward (2026-03-08 02:00).
  SlaTimeline t = CreatedAt(absl::CivilSecond(2026, 3, 7, 12, 0, 0), ny);
  const absl::Time created = t.created;
  SlaState s = ComputeSla(DefaultSlaPolicy(Ticket::COMPLAINT, Ticket::NORMAL),
                          t, created);
  EXPECT_EQ(s.first_response_due - created, Hours(24));
  // 24 elapsed hours later the wall clock reads 13:00 EDT, not noon.
  EXPECT_EQ(absl::ToCivilSecond(s.first_response_due, ny),
            absl::CivilSecond(2026, 3, 8, 13, 0, 0));
  EXPECT_EQ(absl::ToCivilSecond(s.resolution_due, ny),
            absl::CivilSecond(2026, 3, 10, 13, 0, 0));

  // Paused from midnight to 04:00 local across the skipped hour: 3 h, not 4.
  t.pauses.push_back(
      {absl::FromCivil(absl::CivilSecond(2026, 3, 8, 0, 0, 0), ny),
       absl::FromCivil(absl::CivilSecond(2026, 3, 8, 4, 0, 0), ny)});
  s = ComputeSla(DefaultSlaPolicy(Ticket::COMPLAINT, Ticket::NORMAL), t,
                 created + Hours(30));
  EXPECT_EQ(s.resolution_due - created, Hours(75));
}

TEST(SlaTimeZoneTest, FallBackInNewYork) {
  absl::TimeZone ny = LoadZone("America/New_York");
  // Noon EDT the day before clocks go back (2026-11-01 02:00 -> 01:00).
  SlaTimeline t = CreatedAt(absl::CivilSecond(2026, 10, 31, 12, 0, 0), ny);
  SlaState s = ComputeSla(DefaultSlaPolicy(Ticket::REPAIR, Ticket::URGENT), t,
                          t.created);
  EXPECT_EQ(absl::ToCivilSecond(s.resolution_due, ny),
            absl::CivilSecond(2026, 11, 1, 11, 0, 0));
}

TEST(SlaTimeZoneTest, Shanghai) {
  absl::TimeZone sh = LoadZone("Asia/Shanghai");
  SlaTimeline t = CreatedAt(absl::CivilSecond(2026, 11, 23, 9, 0, 0), sh);
  const absl::Time created = t.created;
  EXPECT_EQ(created, T0 - Hours(8));  // UTC+8, no daylight saving
  SlaState s = ComputeSla(DefaultSlaPolicy(Ticket::COMPLAINT, Ticket::NORMAL),
                          t, created);
  EXPECT_EQ(absl::ToCivilSecond(s.first_response_due, sh),
            absl::CivilSecond(2026, 11, 24, 9, 0, 0));
  EXPECT_EQ(absl::ToCivilSecond(s.resolution_due, sh),
            absl::CivilSecond(2026, 11, 26, 9, 0, 0));
}

TEST(CheckPromiseTest, MustBeInTheFuture) {
  const absl::Time now = At(Hours(5));
  EXPECT_TRUE(
      CheckPromise(now + absl::Microseconds(1), now, "promised_resolution_time")
          .ok());
  for (absl::Time promised : {now, now - Hours(1)}) {
    absl::Status s = CheckPromise(promised, now, "promised_resolution_time");
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << s;
    EXPECT_EQ(ErrorReason(s), "INVALID_FIELD") << s;
    auto violations = ErrorFieldViolations(s);
    ASSERT_EQ(violations.size(), 1u) << s;
    EXPECT_EQ(violations[0].field, "promised_resolution_time");
    EXPECT_EQ(violations[0].description, "must be in the future");
  }
}

TEST(SlaWarningLeadTest, AFifthOfTheWindowCappedAndNeverNegative) {
  EXPECT_EQ(WarningLead(kSlaWarningBefore, absl::Hours(2)), absl::Minutes(24));
  EXPECT_EQ(WarningLead(kSlaWarningBefore, absl::Hours(72)), absl::Hours(12));
  EXPECT_EQ(WarningLead(absl::Hours(1), absl::Hours(72)), absl::Hours(1));
  EXPECT_EQ(WarningLead(kSlaWarningBefore, -absl::Hours(1)),
            absl::ZeroDuration());
}

TEST(SlaFirstResponseTest, StampedOnceAndNeverMoved) {
  std::optional<long long> first;
  StampFirstResponse(absl::FromUnixMicros(50), &first);
  EXPECT_EQ(first, 50);
  StampFirstResponse(absl::FromUnixMicros(70), &first);
  EXPECT_EQ(first, 50);
}

}  // namespace
}  // namespace frontdesk::sla_test
