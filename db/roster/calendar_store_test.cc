// db/roster/calendar_store.h against both backends: every TEST_P body runs
// on SQLite and on MariaDB, each on a fresh, migrated database. Round trips
// of every field, ranges at month and year boundaries, a day set again,
// and that refused calls write nothing.

#include "db/roster/calendar_store.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "common/status.h"
#include "db/roster/roster_store_test_fixture.h"
#include "db/store_test_base.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using ::absl::CivilDay;
using ::frontdesk::roster_testing::kHourUs;
using ::frontdesk::roster_testing::Micros;
using ::frontdesk::roster_testing::Now;
using Days = std::vector<CivilDay>;

db::CalendarDayRow Holiday(CivilDay date, const std::string& note = "") {
  db::CalendarDayRow day;
  day.date = date;
  day.kind = v1::CalendarDay::HOLIDAY;
  day.note = note;
  return day;
}

db::CalendarDayRow MakeUpDay(CivilDay date, const std::string& note = "") {
  db::CalendarDayRow day = Holiday(date, note);
  day.kind = v1::CalendarDay::MAKEUP_WORKDAY;
  return day;
}

Days DatesOf(const std::vector<db::CalendarDayRow>& days) {
  Days out;
  for (const auto& d : days) out.push_back(d.date);
  return out;
}

class CalendarStoreTest : public roster_testing::RosterStoreTest {
 protected:
  absl::Status Set(const std::string& site_id,
                   const std::vector<db::CalendarDayRow>& days,
                   const std::string& actor = "li.na",
                   long long now_us = Now()) {
    return Write([&](db::Tx& tx) {
      return db::SetCalendarDays(tx, site_id, days, actor, now_us);
    });
  }

  absl::StatusOr<std::vector<db::CalendarDayRow>> List(
      const std::string& site_id, CivilDay first, CivilDay last) {
    return Read([&](db::Tx& tx) {
      return db::ListCalendarDays(tx, site_id, first, last);
    });
  }

  Days ListDates(const std::string& site_id, CivilDay first, CivilDay last) {
    auto days = List(site_id, first, last);
    EXPECT_TRUE(days.ok()) << days.status();
    return days.ok() ? DatesOf(*days) : Days{};
  }

  absl::StatusOr<int> Clear(const std::string& site_id, CivilDay first,
                            CivilDay last) {
    return Write([&](db::Tx& tx) {
      return db::ClearCalendarDays(tx, site_id, first, last);
    });
  }
};

TEST_P(CalendarStoreTest, SetAndListRoundTripEveryField) {
  MakeSite("hx");
  // National Day week 2026 and the Saturday worked for it.
  std::vector<db::CalendarDayRow> days;
  for (int d = 1; d <= 7; ++d) days.push_back(Holiday(CivilDay(2026, 10, d)));
  days[0].note = "国庆节 🇨🇳";
  days.push_back(MakeUpDay(CivilDay(2026, 10, 10), "国庆调休上班"));
  // Given out of order; listed in date order.
  days.push_back(Holiday(CivilDay(2026, 9, 25), "中秋节"));
  days.back().updated_by = "ignored";
  ASSERT_TRUE(Set("hx", days).ok());

  auto listed = List("hx", CivilDay(2026, 9, 1), CivilDay(2026, 10, 31));
  ASSERT_TRUE(listed.ok()) << listed.status();
  ASSERT_EQ(listed->size(), 9u);
  const db::CalendarDayRow& mid_autumn = (*listed)[0];
  EXPECT_EQ(mid_autumn.date, CivilDay(2026, 9, 25));
  EXPECT_EQ(mid_autumn.kind, v1::CalendarDay::HOLIDAY);
  EXPECT_EQ(mid_autumn.note, "中秋节");
  EXPECT_EQ(mid_autumn.updated_by, "li.na");
  EXPECT_EQ(mid_autumn.update_us, Now());
  EXPECT_EQ((*listed)[1].note, "国庆节 🇨🇳");
  EXPECT_EQ((*listed)[2].note, "");
  const db::CalendarDayRow& make_up = (*listed)[8];
  EXPECT_EQ(make_up.date, CivilDay(2026, 10, 10));
  EXPECT_EQ(make_up.kind, v1::CalendarDay::MAKEUP_WORKDAY);
  EXPECT_EQ(make_up.note, "国庆调休上班");

  v1::CalendarDay proto = make_up.ToProto("hx");
  EXPECT_EQ(proto.name(), "sites/hx/calendarDays/2026-10-10");
  EXPECT_EQ(proto.date(), "2026-10-10");
  EXPECT_EQ(proto.kind(), v1::CalendarDay::MAKEUP_WORKDAY);
  EXPECT_EQ(proto.note(), "国庆调休上班");
  EXPECT_EQ(proto.updated_by(), "staff/li.na");
  EXPECT_EQ(Micros(proto.update_time()), Now());

  db::WorkingCalendarDays working = db::WorkingDaysOf(*listed);
  EXPECT_EQ(
      working.holidays,
      (Days{CivilDay(2026, 9, 25), CivilDay(2026, 10, 1), CivilDay(2026, 10, 2),
            CivilDay(2026, 10, 3), CivilDay(2026, 10, 4), CivilDay(2026, 10, 5),
            CivilDay(2026, 10, 6), CivilDay(2026, 10, 7)}));
  EXPECT_EQ(working.make_up_working_days, Days{CivilDay(2026, 10, 10)});
}

TEST_P(CalendarStoreTest, RangesIncludeBothEndsAndNothingBeyond) {
  MakeSite("hx");
  const Days edges = {CivilDay(2026, 9, 30),  CivilDay(2026, 10, 1),
                      CivilDay(2026, 10, 31), CivilDay(2026, 11, 1),
                      CivilDay(2026, 12, 31), CivilDay(2027, 1, 1)};
  std::vector<db::CalendarDayRow> days;
  for (CivilDay d : edges) days.push_back(Holiday(d));
  ASSERT_TRUE(Set("hx", days).ok());

  EXPECT_EQ(ListDates("hx", CivilDay(2026, 10, 1), CivilDay(2026, 10, 31)),
            (Days{CivilDay(2026, 10, 1), CivilDay(2026, 10, 31)}));
  EXPECT_EQ(ListDates("hx", CivilDay(2026, 11, 1), CivilDay(2026, 11, 30)),
            (Days{CivilDay(2026, 11, 1)}));
  // Across the new year.
  EXPECT_EQ(ListDates("hx", CivilDay(2026, 12, 1), CivilDay(2027, 1, 31)),
            (Days{CivilDay(2026, 12, 31), CivilDay(2027, 1, 1)}));
  EXPECT_EQ(ListDates("hx", CivilDay(2026, 10, 2), CivilDay(2026, 10, 30)),
            Days{});
  EXPECT_EQ(ListDates("hx", CivilDay(2026, 1, 1), CivilDay(2027, 12, 31)),
            edges);

  // Clearing October leaves its neighbours.
  auto cleared = Clear("hx", CivilDay(2026, 10, 1), CivilDay(2026, 10, 31));
  ASSERT_TRUE(cleared.ok()) << cleared.status();
  EXPECT_EQ(*cleared, 2);
  EXPECT_EQ(ListDates("hx", CivilDay(2026, 1, 1), CivilDay(2027, 12, 31)),
            (Days{CivilDay(2026, 9, 30), CivilDay(2026, 11, 1),
                  CivilDay(2026, 12, 31), CivilDay(2027, 1, 1)}));
  EXPECT_EQ(*Clear("hx", CivilDay(2026, 10, 1), CivilDay(2026, 10, 31)), 0);
}

TEST_P(CalendarStoreTest, SettingADayAgainReplacesIt) {
  MakeSite("hx");
  ASSERT_TRUE(Set("hx", {Holiday(CivilDay(2026, 10, 10), "误设")}).ok());
  ASSERT_TRUE(Set("hx", {MakeUpDay(CivilDay(2026, 10, 10), "调休上班")},
                  "zhao.min", Now() + kHourUs)
                  .ok());
  auto listed = List("hx", CivilDay(2026, 10, 10), CivilDay(2026, 10, 10));
  ASSERT_TRUE(listed.ok()) << listed.status();
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].kind, v1::CalendarDay::MAKEUP_WORKDAY);
  EXPECT_EQ((*listed)[0].note, "调休上班");
  EXPECT_EQ((*listed)[0].updated_by, "zhao.min");
  EXPECT_EQ((*listed)[0].update_us, Now() + kHourUs);
  EXPECT_EQ(Count("roster_calendar_days"), 1);
}

TEST_P(CalendarStoreTest, RefusedCallsWriteNothing) {
  MakeSite("hx");
  db::CalendarDayRow unspecified = Holiday(CivilDay(2026, 10, 2));
  unspecified.kind = v1::CalendarDay::KIND_UNSPECIFIED;
  absl::Status bad_kind =
      Set("hx", {Holiday(CivilDay(2026, 10, 1)), unspecified});
  EXPECT_EQ(bad_kind.code(), absl::StatusCode::kInvalidArgument);
  ASSERT_EQ(ErrorFieldViolations(bad_kind).size(), 1u);
  EXPECT_EQ(ErrorFieldViolations(bad_kind)[0].field, "days[1].kind");

  absl::Status twice =
      Set("hx", {Holiday(CivilDay(2026, 10, 1)), Holiday(CivilDay(2026, 10, 2)),
                 MakeUpDay(CivilDay(2026, 10, 1))});
  EXPECT_EQ(twice.code(), absl::StatusCode::kInvalidArgument);
  ASSERT_EQ(ErrorFieldViolations(twice).size(), 1u);
  EXPECT_EQ(ErrorFieldViolations(twice)[0].field, "days[2].date");
  EXPECT_EQ(Count("roster_calendar_days"), 0);

  absl::Status no_site = Set("nope", {Holiday(CivilDay(2026, 10, 1))});
  EXPECT_EQ(no_site.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(no_site), "SITE_NOT_FOUND");
  EXPECT_EQ(Count("roster_calendar_days"), 0);
  auto listed = List("nope", CivilDay(2026, 1, 1), CivilDay(2026, 12, 31));
  EXPECT_EQ(ErrorReason(listed.status()), "SITE_NOT_FOUND");
  auto cleared = Clear("nope", CivilDay(2026, 1, 1), CivilDay(2026, 12, 31));
  EXPECT_EQ(ErrorReason(cleared.status()), "SITE_NOT_FOUND");
}

TEST_P(CalendarStoreTest, EachSiteHasItsOwnCalendar) {
  MakeSite("hx");
  MakeSite("lz");
  ASSERT_TRUE(Set("hx", {Holiday(CivilDay(2026, 10, 1))}).ok());
  ASSERT_TRUE(Set("lz", {MakeUpDay(CivilDay(2026, 10, 11))}).ok());
  EXPECT_EQ(ListDates("hx", CivilDay(2026, 10, 1), CivilDay(2026, 10, 31)),
            Days{CivilDay(2026, 10, 1)});
  EXPECT_EQ(*Clear("lz", CivilDay(2026, 10, 1), CivilDay(2026, 10, 31)), 1);
  EXPECT_EQ(ListDates("hx", CivilDay(2026, 10, 1), CivilDay(2026, 10, 31)),
            Days{CivilDay(2026, 10, 1)});
}

FRONTDESK_INSTANTIATE_BACKEND_TESTS(CalendarStoreTest);

}  // namespace
}  // namespace frontdesk
