// Several parties: the coordination route is expected to take more than two
// days [T-COORDINATION-PROMISE], and the resident is told the same day when
// several departments are involved [T-SAME-DAY-NOTICE].
#include "server/ticket/coordination_rules.h"

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "common/status.h"
#include "common/status_testing.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

absl::TimeZone Zone(const char* name) {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone(name, &tz)) << name;
  return tz;
}

absl::Time Local(absl::TimeZone tz, int y, int m, int d, int hh, int mm = 0) {
  return absl::FromCivil(absl::CivilSecond(y, m, d, hh, mm, 0), tz);
}

TEST(CoordinationRulesTest, CoordinationPromiseIsAtLeastTwoDaysAfterDispatch) {
  const absl::Time dispatched = absl::FromUnixSeconds(1'800'000'000);
  EXPECT_TRUE(
      CheckCoordinationPromise(dispatched + absl::Hours(48), dispatched).ok());
  EXPECT_TRUE(
      CheckCoordinationPromise(dispatched + absl::Hours(72), dispatched).ok());
  absl::Status s = CheckCoordinationPromise(
      dispatched + absl::Hours(48) - absl::Seconds(1), dispatched);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(s), "COORDINATION_PROMISE_TOO_SHORT");
  EXPECT_NE(std::string(s.message()).find("more than two days"),
            std::string::npos)
      << s;
}

TEST(CoordinationRulesTest, DefaultCoordinationPromiseIsTheWindowFromCreation) {
  const absl::Time created = absl::FromUnixSeconds(1'800'000'000);
  const absl::Duration window = absl::Hours(72);
  // Dispatched soon after the call: created + 3 days.
  EXPECT_EQ(
      DefaultCoordinationPromise(created, created + absl::Hours(1), window),
      created + window);
  // Re-routed on the third day: still two days from the dispatch.
  EXPECT_EQ(
      DefaultCoordinationPromise(created, created + absl::Hours(60), window),
      created + absl::Hours(108));
  // The default always passes the two-day rule.
  for (absl::Duration after :
       {absl::ZeroDuration(), absl::Hours(30), absl::Hours(100)}) {
    const absl::Time dispatched = created + after;
    EXPECT_TRUE(
        CheckCoordinationPromise(
            DefaultCoordinationPromise(created, dispatched, window), dispatched)
            .ok());
  }
}

TEST(CoordinationRulesTest, NoticeOwedOnCoordinationOrTwoDepartments) {
  EXPECT_TRUE(ResidentNoticeOwed(true, 0));
  EXPECT_FALSE(ResidentNoticeOwed(false, 1));
  EXPECT_TRUE(ResidentNoticeOwed(false, 2));
  // Departments, distinct; staff, vendors and blanks do not count.
  EXPECT_EQ(
      CountDepartments({"sites/hx/departments/eng", "sites/hx/departments/eng",
                        "staff/li.gong", "vendors/otis", ""}),
      1);
  EXPECT_EQ(CountDepartments(
                {"sites/hx/departments/eng", "sites/hx/departments/security"}),
            2);
  EXPECT_EQ(CountDepartments({}), 0);
}

TEST(CoordinationRulesTest, NoticeIsDueByTheEndOfTheSitesLocalDay) {
  absl::TimeZone shanghai = Zone("Asia/Shanghai");
  // 09:00 and 23:30 in Shanghai: both due at the next local midnight,
  // 16:00 UTC.
  EXPECT_EQ(EndOfLocalDay(Local(shanghai, 2026, 11, 23, 9), shanghai),
            Local(shanghai, 2026, 11, 24, 0));
  EXPECT_EQ(EndOfLocalDay(Local(shanghai, 2026, 11, 23, 23, 30), shanghai),
            absl::FromCivil(absl::CivilSecond(2026, 11, 23, 16, 0, 0),
                            absl::UTCTimeZone()));
  // 00:30 local is still early in that day (the UTC date is the day before).
  EXPECT_EQ(EndOfLocalDay(Local(shanghai, 2026, 11, 24, 0, 30), shanghai),
            Local(shanghai, 2026, 11, 25, 0));
  // The site's zone decides, not UTC: 20:00 UTC is already the next day in
  // Shanghai.
  const absl::Time t = absl::FromCivil(
      absl::CivilSecond(2026, 11, 23, 20, 0, 0), absl::UTCTimeZone());
  EXPECT_EQ(EndOfLocalDay(t, shanghai), Local(shanghai, 2026, 11, 25, 0));
  EXPECT_EQ(EndOfLocalDay(t, absl::UTCTimeZone()),
            Local(absl::UTCTimeZone(), 2026, 11, 24, 0));
  // A 23-hour day in New York (spring forward) ends at its own midnight.
  absl::TimeZone ny = Zone("America/New_York");
  EXPECT_EQ(EndOfLocalDay(Local(ny, 2026, 3, 8, 1), ny),
            Local(ny, 2026, 3, 9, 0));
  EXPECT_EQ(Local(ny, 2026, 3, 9, 0) - Local(ny, 2026, 3, 8, 0),
            absl::Hours(23));
}

TEST(CoordinationRulesTest, NoticeSaysWhatTheResidentWasToldAndHow) {
  v1::RecordResidentNoticeRequest r;
  r.set_name("sites/hx/tickets/7");
  r.set_note("已电话告知：需业主、开发商和工程部三方协调，预计三天内处理");
  r.set_channel(v1::Ticket::PHONE);
  EXPECT_TRUE(ValidateNoticeRequest(r).ok());
  r.set_channel(v1::Ticket::PATROL);
  ExpectOneViolation(ValidateNoticeRequest(r), "channel");
  r.set_channel(v1::Ticket::CHANNEL_UNSPECIFIED);
  ExpectOneViolation(ValidateNoticeRequest(r), "channel");
  r.set_channel(v1::Ticket::WALK_IN);
  r.clear_note();
  ExpectOneViolation(ValidateNoticeRequest(r), "note");
  r.set_note(std::string(501, 'x'));
  ExpectOneViolation(ValidateNoticeRequest(r), "note");
}

}  // namespace
}  // namespace frontdesk
