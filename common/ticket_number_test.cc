#include "common/ticket_number.h"

#include <string>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

absl::TimeZone LoadZone(const std::string& name) {
  absl::TimeZone tz;
  EXPECT_TRUE(absl::LoadTimeZone(name, &tz)) << "no zone " << name;
  return tz;
}

absl::Time Utc(int y, int mo, int d, int h, int mi, int s) {
  return absl::FromCivil(absl::CivilSecond(y, mo, d, h, mi, s),
                         absl::UTCTimeZone());
}

TEST(LocalDateKeyTest, DependsOnTheSiteTimeZone) {
  const absl::TimeZone shanghai = LoadZone("Asia/Shanghai");
  const absl::TimeZone new_york = LoadZone("America/New_York");
  const absl::Time t = Utc(2026, 11, 22, 17, 30, 0);
  EXPECT_EQ(LocalDateKey(t, shanghai), 20261123);
  EXPECT_EQ(LocalDateKey(t, absl::UTCTimeZone()), 20261122);
  EXPECT_EQ(LocalDateKey(t, new_york), 20261122);  // 12:30 EST
  EXPECT_EQ(LocalDateKey(Utc(2026, 11, 23, 3, 0, 0), new_york),
            20261122);  // 22:00 EST the previous evening
}

TEST(LocalDateKeyTest, LocalMidnightBoundary) {
  const absl::TimeZone shanghai = LoadZone("Asia/Shanghai");
  // Shanghai is UTC+8 all year: local midnight is 16:00 UTC.
  EXPECT_EQ(LocalDateKey(Utc(2026, 11, 22, 15, 59, 59), shanghai), 20261122);
  EXPECT_EQ(LocalDateKey(Utc(2026, 11, 22, 16, 0, 0), shanghai), 20261123);
  EXPECT_EQ(LocalDateKey(Utc(2026, 11, 22, 16, 0, 0) - absl::Nanoseconds(1),
                         shanghai),
            20261122);
  // New year in Shanghai while it is still the old year in UTC.
  EXPECT_EQ(LocalDateKey(Utc(2026, 12, 31, 16, 0, 0), shanghai), 20270101);
  EXPECT_EQ(LocalDateKey(Utc(2026, 12, 31, 16, 0, 0), absl::UTCTimeZone()),
            20261231);
  EXPECT_EQ(LocalDateKey(Utc(2028, 2, 29, 12, 0, 0), absl::UTCTimeZone()),
            20280229);
  EXPECT_EQ(LocalDateKey(absl::FromTimeT(0), absl::FixedTimeZone(-3600)),
            19691231);
}

TEST(FormatTicketNumberTest, PadsToFourDigitsAndGrows) {
  EXPECT_EQ(FormatTicketNumber("hx", 20261123, 1), "HX-20261123-0001");
  EXPECT_EQ(FormatTicketNumber("hx", 20261123, 7), "HX-20261123-0007");
  EXPECT_EQ(FormatTicketNumber("hx", 20261123, 9999), "HX-20261123-9999");
  EXPECT_EQ(FormatTicketNumber("hx", 20261123, 10000), "HX-20261123-10000");
  EXPECT_EQ(FormatTicketNumber("qd2", 20270101, 123456), "QD2-20270101-123456");
  EXPECT_EQ(FormatTicketNumber("HX", 20261123, 42), "HX-20261123-0042");
}

TEST(ParseTicketNumberTest, Parses) {
  auto got = ParseTicketNumber("number", "HX-20261123-0007");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->site_id, "hx");
  EXPECT_EQ(got->date_key, 20261123);
  EXPECT_EQ(got->sequence, 7);

  got = ParseTicketNumber("number", "hx-20261123-0007");  // any case
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->site_id, "hx");
  EXPECT_EQ(got->sequence, 7);

  got = ParseTicketNumber("number", "HX-20261123-10000");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->sequence, 10000);

  got = ParseTicketNumber("number", "HX-20280229-0001");  // leap day
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->date_key, 20280229);
}

TEST(ParseTicketNumberTest, RoundTrip) {
  struct Case {
    const char* site;
    int32_t date;
    int64_t seq;
  } cases[] = {{"hx", 20261123, 1},
               {"hx", 20261123, 9999},
               {"hx", 20261231, 10000},
               {"qd2", 20270101, 123456789},
               {"abcdefghijklmnop", 20260101, 42}};
  for (const auto& c : cases) {
    std::string text = FormatTicketNumber(c.site, c.date, c.seq);
    auto got = ParseTicketNumber("number", text);
    ASSERT_TRUE(got.ok()) << text << ": " << got.status();
    EXPECT_EQ(got->site_id, c.site) << text;
    EXPECT_EQ(got->date_key, c.date) << text;
    EXPECT_EQ(got->sequence, c.seq) << text;
    EXPECT_EQ(FormatTicketNumber(got->site_id, got->date_key, got->sequence),
              text);
  }
}

TEST(ParseTicketNumberTest, RejectsBadInput) {
  for (const char* text : {
           "HX-20261131-0001",  // 31 November
           "HX-20261301-0001",  // month 13
           "HX-20261100-0001",  // day 0
           "HX-20260001-0001",  // month 0
           "HX-20260229-0001",  // 2026 is not a leap year
           "HX-2026112A-0001",
           "HX-20261123-00A1",
           "HX-20261123-+001",
           "HX-+2026112-0001",
           "HX-2026 123-0001",
           "HX-2026112-0001",         // 7-digit date
           "HX-202611230-0001",       // 9-digit date
           "HX-20261123-001",         // 3-digit sequence
           "HX-20261123-0000",        // sequence starts at 1
           "HX-20261123-1234567890",  // 10-digit sequence
           "HX-20261123",
           "20261123-0007",
           "HX--0007",
           "HX-20261123-",
           "-20261123-0007",
           "HX-20261123-0007-1",
           "HX-20261123-0007 ",
           " HX-20261123-0007",
           "H-20261123-0001",   // site too short
           "1X-20261123-0001",  // site starts with a digit
           "H_X-20261123-0001",
           "ABCDEFGHIJKLMNOPQ-20261123-0001",  // 17-letter site
           "HX 20261123 0007",
           "HX/20261123/0007",
           "",
           "12",
       }) {
    auto got = ParseTicketNumber("number", text);
    ASSERT_FALSE(got.ok()) << text << " accepted";
    EXPECT_EQ(got.status().code(), absl::StatusCode::kInvalidArgument) << text;
    auto fields = ErrorFieldViolations(got.status());
    ASSERT_EQ(fields.size(), 1u) << text;
    EXPECT_EQ(fields[0].field, "number") << text;
  }
}

TEST(LooksLikeTicketNumberTest, ShapeOfANumber) {
  EXPECT_TRUE(LooksLikeTicketNumber("HX-20261123-0007"));
  EXPECT_TRUE(LooksLikeTicketNumber("hx-20261123-0007"));
  EXPECT_TRUE(LooksLikeTicketNumber("HX-20261123-10000"));
  EXPECT_FALSE(LooksLikeTicketNumber("12"));
  EXPECT_FALSE(LooksLikeTicketNumber(""));
  EXPECT_FALSE(LooksLikeTicketNumber("sites/hx/tickets/12"));
  EXPECT_FALSE(LooksLikeTicketNumber("sites/hx/tickets/HX-20261123-0007"));
  EXPECT_FALSE(LooksLikeTicketNumber("HX-20261131-0007"));
  EXPECT_FALSE(LooksLikeTicketNumber("HX-20261123-007"));
  EXPECT_FALSE(LooksLikeTicketNumber("13800138000"));
}

}  // namespace
}  // namespace frontdesk
