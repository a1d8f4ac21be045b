// Unit tests of the CLI's pure parts: display widths and tables, filters,
// resource names, enum words, durations, times and materials. No server, no
// CLI11. The ticket views are cli_ticket_view_test.cc; the visitor
// register's input and views cli_visitor_test.cc.
#include <gtest/gtest.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "clients/cli/cli_test_support.h"
#include "clients/cli/commands.h"
#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/local_time.h"
#include "clients/cli/materials.h"
#include "clients/cli/names.h"
#include "clients/cli/output.h"
#include "clients/cli/ticket_filter.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Ticket;

TEST(DisplayWidth, CountsWideCharactersAsTwo) {
  EXPECT_EQ(DisplayWidth(""), 0u);
  EXPECT_EQ(DisplayWidth("3-2-501"), 7u);
  EXPECT_EQ(DisplayWidth("王芳"), 4u);
  EXPECT_EQ(DisplayWidth("Zhang Wei 张伟"), 14u);
  EXPECT_EQ(DisplayWidth("厨房，漏水。"), 12u);  // full-width punctuation
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1u);      // e + combining acute
  EXPECT_EQ(DisplayWidth("\xFF"), 1u);           // a malformed byte
}

TEST(TruncateToWidth, CutsOnCharacterBoundaries) {
  EXPECT_EQ(TruncateToWidth("厨房水管漏水", 12), "厨房水管漏水");
  EXPECT_EQ(TruncateToWidth("厨房水管漏水", 10), "厨房水...");
  EXPECT_EQ(TruncateToWidth("厨房水管漏水", 8), "厨房...");  // not half a 字
  EXPECT_EQ(TruncateToWidth("abcdef", 5), "ab...");
}

TEST(Table, AlignsColumnsByDisplayWidth) {
  Table table({"NAME", "PHONE", "NOTE"});
  table.AddRow({"王芳", "13800138000", ""});
  table.AddRow({"Li", "010-1", "多行\n文本"});
  std::ostringstream out;
  table.Print(out);
  EXPECT_EQ(out.str(),
            "NAME  PHONE        NOTE\n"
            "王芳  13800138000\n"
            "Li    010-1        多行 文本\n");
}

TEST(KeyValues, AlignsValuesAndIndentsContinuationLines) {
  KeyValues view;
  view.Add("name", "sites/hx");
  view.AddIfSet("address", "");
  view.Add("description", "第一行\n第二行");
  std::ostringstream out;
  view.Print(out);
  EXPECT_EQ(out.str(),
            "name:        sites/hx\n"
            "description: 第一行\n"
            "             第二行\n");
}

TEST(FilterBuilder, JoinsTermsWithAndAndQuotesText) {
  FilterBuilder filter;
  filter.AddEnum("status", "=", "NEW")
      .AddEnum("kind", "=", "")
      .AddText("reporter_phone", "=", "13800138000")
      .AddText("unit", "=", "")
      .AddText("subject", "=", "say \"hi\" \\ bye")
      .AddRaw("  ")
      .AddRaw("priority = URGENT");
  EXPECT_EQ(filter.Build(),
            "status = NEW AND reporter_phone = \"13800138000\" AND "
            "subject = \"say \\\"hi\\\" \\\\ bye\" AND priority = URGENT");
  EXPECT_EQ(FilterBuilder().Build(), "");
}

TEST(Names, ExpandShortForms) {
  EXPECT_EQ(SiteName("hx"), "sites/hx");
  EXPECT_EQ(SiteName("sites/hx"), "sites/hx");
  EXPECT_EQ(SiteId("sites/hx"), "hx");
  EXPECT_EQ(StaffName("wang.li"), "staff/wang.li");
  EXPECT_EQ(UnitName("hx", "3-2-501"), "sites/hx/units/3-2-501");
  EXPECT_EQ(UnitName("-", "sites/hx/units/3-2-501"), "sites/hx/units/3-2-501");
  EXPECT_EQ(UnitName("-", ""), "");
  EXPECT_THROW(UnitName("-", "3-2-501"), UsageError);
}

TEST(Names, SiteNameOrAllSites) {
  EXPECT_EQ(SiteNameOrAll("hx"), "sites/hx");
  EXPECT_EQ(SiteNameOrAll("sites/hx"), "sites/hx");
  EXPECT_EQ(SiteNameOrAll(""), "sites/-");
}

TEST(Names, SiteIdOfArgument) {
  EXPECT_EQ(SiteIdOfArgument("sites/hx/visits/12"), "hx");
  EXPECT_EQ(SiteIdOfArgument("sites/hx/keys/K1"), "hx");
  EXPECT_EQ(SiteIdOfArgument("sites/hx/tickets/12/workOrders/3"), "hx");
  EXPECT_EQ(SiteIdOfArgument("HX-20261123-0007"), "hx");
  EXPECT_EQ(SiteIdOfArgument("hx-20261123-0007"), "hx");
  EXPECT_EQ(SiteIdOfArgument("sites/-/tickets/HX-20261123-0007"), "");
  EXPECT_EQ(SiteIdOfArgument("sites/hx"), "");
  EXPECT_EQ(SiteIdOfArgument("hx"), "");
  EXPECT_EQ(SiteIdOfArgument("12"), "");
  EXPECT_EQ(SiteIdOfArgument("KEY-0012"), "");
  EXPECT_EQ(SiteIdOfArgument("staff/wang.li"), "");
  EXPECT_EQ(SiteIdOfArgument(""), "");
}

TEST(Names, DepartmentsAndVendors) {
  EXPECT_EQ(DepartmentName("hx", "eng"), "sites/hx/departments/eng");
  EXPECT_EQ(DepartmentName("sites/hx", "eng"), "sites/hx/departments/eng");
  EXPECT_EQ(DepartmentName("", "sites/hx/departments/eng"),
            "sites/hx/departments/eng");
  EXPECT_THROW(DepartmentName("", "eng"), UsageError);
  EXPECT_EQ(VendorName("otis"), "vendors/otis");
  EXPECT_EQ(VendorName("vendors/otis"), "vendors/otis");
}

TEST(Duration, ParsesUnitsAndGroups) {
  EXPECT_EQ(ParseDurationSeconds("30m"), 1800);
  EXPECT_EQ(ParseDurationSeconds("4h"), 14400);
  EXPECT_EQ(ParseDurationSeconds("2d"), 172800);
  EXPECT_EQ(ParseDurationSeconds("90s"), 90);
  EXPECT_EQ(ParseDurationSeconds("1h30m"), 5400);
  EXPECT_EQ(ParseDurationSeconds("1d2h3m4s"), 93784);
  EXPECT_EQ(ParseDurationSeconds("0m"), 0);  // the server refuses it
  for (const char* bad :
       {"", "4", "h", "4x", "4H", "-4h", "+4h", "1.5h", "4h ", " 4h", "4hh",
        "h4", "99999999999999999999d", "40000d"}) {
    EXPECT_EQ(ParseDurationSeconds(bad), std::nullopt) << bad;
  }
}

TEST(Duration, FormatsTheShortestText) {
  EXPECT_EQ(FormatDurationSeconds(14400), "4h");
  EXPECT_EQ(FormatDurationSeconds(1800), "30m");
  EXPECT_EQ(FormatDurationSeconds(172800), "2d");
  EXPECT_EQ(FormatDurationSeconds(5400), "1h30m");
  EXPECT_EQ(FormatDurationSeconds(93784), "1d2h3m4s");
  EXPECT_EQ(FormatDurationSeconds(59), "59s");
  EXPECT_EQ(FormatDurationSeconds(0), "0s");
  for (const char* text : {"30m", "4h", "2d", "1h30m", "1d2h3m4s"}) {
    EXPECT_EQ(FormatDurationSeconds(*ParseDurationSeconds(text)), text);
  }
}

TEST(Names, TicketNamesAndNumbers) {
  EXPECT_EQ(TicketName("sites/hx/tickets/12"), "sites/hx/tickets/12");
  EXPECT_EQ(TicketName("HX-20261123-0007"), "sites/-/tickets/HX-20261123-0007");
  EXPECT_THROW(TicketName("12"), UsageError);
  EXPECT_EQ(TicketSiteId("sites/hx/tickets/12"), "hx");
  EXPECT_EQ(TicketSiteId("sites/-/tickets/HX-20261123-0007"), "hx");
}

TEST(TicketListFilter, CompilesOptionsInOrder) {
  TicketFilterOptions options;
  options.site = "hx";
  options.status = "new";
  options.kind = "repair";
  options.phone = "13800138000";
  options.unit = "3-2-501";
  options.since = "2026-11-01T00:00:00+08:00";
  options.until = "2026-12-01T00:00:00+08:00";
  EXPECT_EQ(TicketListFilter(options),
            "status = NEW AND kind = REPAIR AND reporter_phone = "
            "\"13800138000\" AND unit = \"sites/hx/units/3-2-501\" AND "
            "create_time >= \"2026-11-01T00:00:00+08:00\" AND "
            "create_time < \"2026-12-01T00:00:00+08:00\"");
  EXPECT_EQ(TicketListFilter({}), "");

  TicketFilterOptions others;
  others.channel = "walk-in";
  others.priority = "urgent";
  others.raw = "reporter_phone = \"110\"";
  EXPECT_EQ(TicketListFilter(others),
            "channel = WALK_IN AND priority = URGENT AND "
            "reporter_phone = \"110\"");

  TicketFilterOptions unit_without_site;
  unit_without_site.unit = "3-2-501";
  EXPECT_THROW(TicketListFilter(unit_without_site), UsageError);
}

TEST(Enums, WordsAreLowerCaseWithDashes) {
  const auto* channel = Ticket::Channel_descriptor();
  EXPECT_EQ(EnumWords(channel),
            (std::vector<std::string>{"phone", "walk-in", "letter", "app",
                                      "patrol"}));
  EXPECT_EQ(EnumNumber(channel, "walk-in"), Ticket::WALK_IN);
  EXPECT_EQ(EnumNumber(channel, "WALK_IN"), Ticket::WALK_IN);
  EXPECT_EQ(EnumNumber(channel, "channel-unspecified"), 0);
  EXPECT_EQ(EnumNumber(channel, ""), 0);
  EXPECT_EQ(EnumFilterName(Ticket::Kind_descriptor(), "special-service"),
            "SPECIAL_SERVICE");
  EXPECT_EQ(EnumFilterName(Ticket::Kind_descriptor(), ""), "");
  EXPECT_EQ(EnumWord(Ticket::Status_descriptor(), Ticket::IN_PROGRESS),
            "in-progress");
  EXPECT_EQ(EnumWord(Ticket::Status_descriptor(), 0), "");
  EXPECT_EQ(EnumFilterName(v1::StaffMember::Role_descriptor(), "maintenance"),
            "MAINTENANCE");
}

TEST(Names, Assignees) {
  EXPECT_EQ(AssigneeName("hx", "wang.li"), "staff/wang.li");
  EXPECT_EQ(AssigneeName("-", "wang.li"), "staff/wang.li");
  EXPECT_EQ(AssigneeName("hx", "staff:wang.li"), "staff/wang.li");
  EXPECT_EQ(AssigneeName("hx", "staff/wang.li"), "staff/wang.li");
  EXPECT_EQ(AssigneeName("hx", "dept:maintenance"),
            "sites/hx/departments/maintenance");
  EXPECT_EQ(AssigneeName("hx", "department:maintenance"),
            "sites/hx/departments/maintenance");
  EXPECT_EQ(AssigneeName("-", "sites/yy/departments/eng"),
            "sites/yy/departments/eng");
  EXPECT_EQ(AssigneeName("hx", "vendor:otis"), "vendors/otis");
  EXPECT_EQ(AssigneeName("", "vendors/otis"), "vendors/otis");
  EXPECT_THROW(AssigneeName("-", "dept:maintenance"), UsageError);
  EXPECT_THROW(AssigneeName("", "dept:maintenance"), UsageError);
  EXPECT_THROW(AssigneeName("hx", "dept:"), UsageError);
  EXPECT_THROW(AssigneeName("hx", "vendor:"), UsageError);
  EXPECT_THROW(AssigneeName("hx", ""), UsageError);
  // The ticket's site comes from its name or number.
  EXPECT_EQ(
      AssigneeName(TicketSiteId(TicketName("HX-20261123-0007")), "dept:eng"),
      "sites/hx/departments/eng");

  EXPECT_EQ(AssigneeLabel("staff/wang.li"), "wang.li");
  EXPECT_EQ(AssigneeLabel("sites/hx/departments/eng"), "dept:eng");
  EXPECT_EQ(AssigneeLabel("vendors/otis"), "vendor:otis");
  EXPECT_EQ(AssigneeLabel(""), "");
  for (const char* name :
       {"staff/wang.li", "sites/hx/departments/eng", "vendors/otis"}) {
    EXPECT_EQ(AssigneeName("hx", AssigneeLabel(name)), name);
  }
}

TEST(Names, WorkOrders) {
  EXPECT_TRUE(IsWorkOrderName("sites/hx/tickets/12/workOrders/3"));
  EXPECT_FALSE(IsWorkOrderName("sites/hx/tickets/12"));
  EXPECT_FALSE(IsWorkOrderName("HX-20261123-0007"));
}

TEST(TimeInput, LocalTimesUseTz) {
  ScopedTimeZone zone("Asia/Shanghai");
  EXPECT_EQ(ParseTimeInput("2026-11-23 16:00")->seconds(), kNov23At1600);
  EXPECT_EQ(ParseTimeInput("2026-11-23T16:00")->seconds(), kNov23At1600);
  EXPECT_EQ(ParseTimeInput("2026-11-23 16:00:30")->seconds(),
            kNov23At1600 + 30);
  auto fraction = ParseTimeInput("2026-11-23 16:00:00.25");
  EXPECT_EQ(fraction->seconds(), kNov23At1600);
  EXPECT_EQ(fraction->nanos(), 250000000);
  {
    ScopedTimeZone new_york("America/New_York");  // EDT in July: UTC-4
    EXPECT_EQ(ParseTimeInput("2026-07-01 12:00")->seconds(), 1782921600);
    EXPECT_EQ(ParseTimeInput("2026-11-23 03:00")->seconds(),
              kNov23At1600);  // EST: UTC-5
  }
}

// An explicit zone decides, whatever TZ is: the same typed time is a
// different instant in Shanghai (UTC+8) and New York (UTC-5 in November).
TEST(TimeInput, LocalTimesInAGivenZone) {
  ScopedTimeZone tz("UTC");
  absl::TimeZone shanghai, new_york;
  ASSERT_TRUE(absl::LoadTimeZone("Asia/Shanghai", &shanghai));
  ASSERT_TRUE(absl::LoadTimeZone("America/New_York", &new_york));
  EXPECT_EQ(ParseTimeInput("2026-11-23 16:00", shanghai)->seconds(),
            kNov23At1600);
  EXPECT_EQ(ParseTimeInput("2026-11-23 16:00", new_york)->seconds(),
            kNov23At1600 + 13 * 3600);
  EXPECT_EQ(ParseTimeInput("2026-11-23 16:00")->seconds(),
            kNov23At1600 + 8 * 3600);  // TZ=UTC
  // A time skipped by the spring change reads with the offset before it.
  EXPECT_EQ(ParseTimeInput("2026-03-08 02:30", new_york)->seconds(),
            ParseTimeInput("2026-03-08T02:30:00-05:00")->seconds());
  // RFC 3339 with an offset ignores the zone.
  EXPECT_EQ(ParseTimeInput("2026-11-23T08:00:00Z", new_york)->seconds(),
            kNov23At1600);
  EXPECT_EQ(ParseTimeInput("2026-11-23T16:00:00+08:00", new_york)->seconds(),
            kNov23At1600);
  EXPECT_EQ(ParseTimeInput("2026-02-30 10:00", shanghai), std::nullopt);
}

// The CLI time zone, once set (main() sets it to the site's zone), wins
// over TZ for reading and printing; reset, TZ decides again.
TEST(TimeInput, CliTimeZoneWinsOverTz) {
  ScopedTimeZone tz("America/New_York");
  absl::TimeZone shanghai;
  ASSERT_TRUE(absl::LoadTimeZone("Asia/Shanghai", &shanghai));
  EXPECT_EQ(ParseTimeInput("2026-11-23 03:00")->seconds(), kNov23At1600);
  EXPECT_EQ(FormatLocalTime(At(kNov23At1600)), "2026-11-23 03:00");
  SetCliTimeZone(shanghai);
  EXPECT_EQ(CliTimeZone(), shanghai);
  EXPECT_EQ(ParseTimeInput("2026-11-23 16:00")->seconds(), kNov23At1600);
  EXPECT_EQ(FormatLocalTime(At(kNov23At1600)), "2026-11-23 16:00");
  ResetCliTimeZone();
  EXPECT_EQ(ParseTimeInput("2026-11-23 03:00")->seconds(), kNov23At1600);
  EXPECT_EQ(FormatLocalTime(At(kNov23At1600)), "2026-11-23 03:00");
}

TEST(Output, FormatLocalTimeInAGivenZone) {
  ScopedTimeZone tz("UTC");
  absl::TimeZone shanghai, new_york;
  ASSERT_TRUE(absl::LoadTimeZone("Asia/Shanghai", &shanghai));
  ASSERT_TRUE(absl::LoadTimeZone("America/New_York", &new_york));
  EXPECT_EQ(FormatLocalTime(At(kNov23At1600), shanghai), "2026-11-23 16:00");
  EXPECT_EQ(FormatLocalTime(At(kNov23At1600), new_york), "2026-11-23 03:00");
  EXPECT_EQ(FormatLocalTime(At(kNov23At1600)), "2026-11-23 08:00");
  EXPECT_EQ(FormatLocalTime(At(1782921600), new_york),
            "2026-07-01 12:00");  // EDT
  EXPECT_EQ(FormatLocalTime(google::protobuf::Timestamp(), shanghai), "");
}

TEST(TimeInput, Rfc3339IgnoresTz) {
  ScopedTimeZone zone("America/New_York");
  EXPECT_EQ(ParseTimeInput("2026-11-23T16:00:00+08:00")->seconds(),
            kNov23At1600);
  EXPECT_EQ(ParseTimeInput("2026-11-23T08:00:00Z")->seconds(), kNov23At1600);
  EXPECT_EQ(ParseTimeInput("2026-11-23t08:00:00z")->seconds(), kNov23At1600);
  EXPECT_EQ(ParseTimeInput("2026-11-23 16:00:00+08:00")->seconds(),
            kNov23At1600);
  EXPECT_EQ(ParseTimeInput("2026-11-23T03:00:00-05:00")->seconds(),
            kNov23At1600);
  EXPECT_EQ(ParseTimeInput("2026-11-23T08:00:00.123456789Z")->nanos(),
            123456789);
  EXPECT_EQ(ParseTimeInput("2024-02-29T00:00:00Z")->seconds(), 1709164800);
  EXPECT_EQ(ParseTimeInput("0001-01-01T00:00:00Z")->seconds(), -62135596800);
}

TEST(TimeInput, RejectsWhatIsNotATime) {
  ScopedTimeZone zone("Asia/Shanghai");
  for (const char* bad : {"",
                          "2026-11-23",
                          "16:00",
                          "2026-11-23 16",
                          "2026-11-23  16:00",
                          "2026-11-23 16:00 ",
                          " 2026-11-23 16:00",
                          "2026/11/23 16:00",
                          "2026-11-23 4:00",
                          "2026-13-01 10:00",
                          "2026-02-29 10:00",
                          "2026-11-31 10:00",
                          "2026-11-23 24:00",
                          "2026-11-23 16:60",
                          "2026-11-23 16:00:60",
                          "2026-11-23T16:00:00+8:00",
                          "2026-11-23T16:00:00+0800",
                          "2026-11-23T16:00:00+08:00x",
                          "2026-11-23T16:00:00.Z",
                          "2026-11-23T16:00:00.1234567890Z",
                          "2026-11-23T16:00:00 Z",
                          "tomorrow 16:00",
                          "0000-01-01T00:00:00Z"}) {
    EXPECT_EQ(ParseTimeInput(bad), std::nullopt) << bad;
  }
}

TEST(Materials, NameQuantityAndUnit) {
  auto valve = ParseMaterial("阀门:1:个");
  ASSERT_TRUE(valve);
  EXPECT_EQ(valve->name(), "阀门");
  EXPECT_EQ(valve->quantity(), 1);
  EXPECT_EQ(valve->unit(), "个");
  auto pipe = ParseMaterial("PPR管:2.5:米");
  ASSERT_TRUE(pipe);
  EXPECT_EQ(pipe->quantity(), 2.5);
  auto sealant = ParseMaterial("密封胶:1");
  ASSERT_TRUE(sealant);
  EXPECT_EQ(sealant->name(), "密封胶");
  EXPECT_EQ(sealant->unit(), "");
  auto colon_in_name = ParseMaterial("接头 1:2:3:个");
  ASSERT_TRUE(colon_in_name);
  EXPECT_EQ(colon_in_name->name(), "接头 1:2");
  EXPECT_EQ(colon_in_name->quantity(), 3);
  auto zero = ParseMaterial("阀门:0:个");  // the server refuses it
  ASSERT_TRUE(zero);
  EXPECT_EQ(zero->quantity(), 0);
  for (const char* bad :
       {"", "阀门", "阀门:", ":1:个", ":1", "阀门:一:个", "阀门:-1:个",
        "阀门:1e3:个", "阀门:1.2.3:个", "阀门: 1:个", "阀门:.:个"}) {
    EXPECT_EQ(ParseMaterial(bad), std::nullopt) << bad;
  }
  EXPECT_EQ(FormatMaterial(*valve), "阀门 1 个");
  EXPECT_EQ(FormatMaterial(*pipe), "PPR管 2.5 米");
  EXPECT_EQ(FormatMaterial(*sealant), "密封胶 1");
}

TEST(Enums, PrefixedValuesLoseTheirPrefix) {
  const auto* route = v1::RepairRoute_descriptor();
  const std::string prefix = "REPAIR_ROUTE_";
  EXPECT_EQ(EnumWords(route, prefix),
            (std::vector<std::string>{"own-maintenance", "developer-warranty",
                                      "external-vendor", "coordination"}));
  EXPECT_EQ(EnumNumber(route, "own-maintenance", prefix),
            v1::REPAIR_ROUTE_OWN_MAINTENANCE);
  EXPECT_EQ(EnumNumber(route, "EXTERNAL_VENDOR", prefix),
            v1::REPAIR_ROUTE_EXTERNAL_VENDOR);
  EXPECT_EQ(EnumNumber(route, "unspecified", prefix), 0);
  EXPECT_EQ(EnumWord(route, v1::REPAIR_ROUTE_COORDINATION, prefix),
            "coordination");
  EXPECT_EQ(EnumWord(route, v1::REPAIR_ROUTE_COORDINATION),
            "repair-route-coordination");
}

}  // namespace
}  // namespace frontdesk::cli
