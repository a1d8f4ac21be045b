// Unit tests of the CLI's pure parts: display widths and tables, filters,
// resource names, enum words, times, materials and ticket rendering. No
// server, no CLI11.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <sstream>
#include <string>

#include "absl/time/time.h"
#include "clients/cli/commands.h"
#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/local_time.h"
#include "clients/cli/materials.h"
#include "clients/cli/names.h"
#include "clients/cli/output.h"
#include "clients/cli/ticket_filter.h"
#include "clients/cli/ticket_view.h"
#include "clients/cli/visitor_input.h"
#include "clients/cli/visitor_view.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Ticket;
using v1::WorkOrder;

// Sets TZ for the life of the object (the CLI's local time zone).
class ScopedTimeZone {
 public:
  explicit ScopedTimeZone(const char* zone) {
    if (const char* old = std::getenv("TZ")) old_ = old;
    setenv("TZ", zone, 1);
    tzset();
  }
  ~ScopedTimeZone() {
    if (old_) {
      setenv("TZ", old_->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }

 private:
  std::optional<std::string> old_;
};

google::protobuf::Timestamp At(int64_t seconds) {
  google::protobuf::Timestamp t;
  t.set_seconds(seconds);
  return t;
}

// Unix seconds of 2026-11-23 16:00 in Asia/Shanghai (08:00 UTC).
constexpr int64_t kNov23At1600 = 1795420800;

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

TEST(TicketView, TableShowsUnitOrLocation) {
  google::protobuf::RepeatedPtrField<Ticket> tickets;
  Ticket* t = tickets.Add();
  t->set_number("HX-20261123-0007");
  t->set_status(Ticket::NEW);
  t->set_kind(Ticket::REPAIR);
  t->set_channel(Ticket::WALK_IN);
  t->set_priority(Ticket::URGENT);
  t->mutable_reporter()->set_name("王芳");
  t->mutable_reporter()->set_phone("13800138000");
  t->mutable_reporter()->set_unit("sites/hx/units/3-2-501");
  t->mutable_reporter()->set_location("ignored when there is a unit");
  t->set_subject("厨房水管漏水");
  std::ostringstream out;
  PrintTicketTable(tickets, out);
  EXPECT_EQ(out.str(),
            "NUMBER            STATUS  KIND    CHANNEL  PRIORITY  REPORTER  "
            "PHONE        LOCATION/UNIT  SUBJECT       CREATED\n"
            "HX-20261123-0007  new     repair  walk-in  urgent    王芳      "
            "13800138000  3-2-501        厨房水管漏水\n");
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

TEST(TicketView, DueIsTheDeadlineTheDeskWorksTo) {
  Ticket t;
  t.set_status(Ticket::NEW);
  auto* d = t.mutable_deadlines();
  *d->mutable_first_response_due_time() = At(1000);
  *d->mutable_resolution_due_time() = At(5000);
  EXPECT_EQ(TicketDue(t).seconds(), 1000);  // nobody answered yet
  *t.mutable_first_response_time() = At(900);
  t.set_status(Ticket::DISPATCHED);
  EXPECT_EQ(TicketDue(t).seconds(), 5000);
  *d->mutable_promised_time() = At(7000);
  EXPECT_EQ(TicketDue(t).seconds(), 7000);  // the promise
  *d->mutable_plan_due_time() = At(6000);
  EXPECT_EQ(TicketDue(t).seconds(), 6000);  // a complaint's plan is owed
  *d->mutable_resident_notice_due_time() = At(5500);
  EXPECT_EQ(TicketDue(t).seconds(), 5500);  // and the resident notice
  *d->mutable_resident_notice_met_time() = At(5400);
  *d->mutable_plan_met_time() = At(5400);
  EXPECT_EQ(TicketDue(t).seconds(), 7000);  // both met: the promise again
  d->set_paused(true);
  t.set_status(Ticket::PENDING);
  EXPECT_EQ(TicketDue(t).seconds(), 0);
  d->set_paused(false);
  t.set_status(Ticket::RESOLVED);
  *d->mutable_callback_due_time() = At(9000);
  EXPECT_EQ(TicketDue(t).seconds(), 9000);
  t.set_status(Ticket::CLOSED);
  EXPECT_EQ(TicketDue(t).seconds(), 0);
}

TEST(TicketView, DueTableShowsHowLongOverdue) {
  ScopedTimeZone zone("Asia/Shanghai");
  google::protobuf::RepeatedPtrField<Ticket> tickets;
  Ticket* late = tickets.Add();
  late->set_number("HX-20261123-0007");
  late->set_status(Ticket::IN_PROGRESS);
  late->set_kind(Ticket::REPAIR);
  late->set_assignee("staff/wang.li");
  *late->mutable_first_response_time() = At(kNov23At1600 - 3600);
  *late->mutable_deadlines()->mutable_resolution_due_time() = At(kNov23At1600);
  Ticket* callback = tickets.Add();
  callback->set_number("HX-20261123-0008");
  callback->set_status(Ticket::RESOLVED);
  callback->set_kind(Ticket::COMPLAINT);
  callback->set_assignee("sites/hx/departments/eng");
  *callback->mutable_deadlines()->mutable_callback_due_time() =
      At(kNov23At1600 + 86400);
  std::ostringstream out;
  PrintDueTicketTable(tickets, kNov23At1600 + 2 * 3600 + 15 * 60 + 59, out);
  EXPECT_EQ(out.str(),
            "NUMBER            STATUS       KIND       ASSIGNEE  DUE        "
            "       OVERDUE BY\n"
            "HX-20261123-0007  in-progress  repair     wang.li   2026-11-23 "
            "16:00  2h15m\n"
            "HX-20261123-0008  resolved     complaint  dept:eng  2026-11-24 "
            "16:00\n");
  std::ostringstream empty;
  PrintDueTicketTable({}, 0, empty);
  EXPECT_EQ(empty.str(), "NUMBER  STATUS  KIND  ASSIGNEE  DUE  OVERDUE BY\n");
}

TEST(TicketView, ShowsRouteAssigneeAndBreachedDeadlines) {
  ScopedTimeZone zone("Asia/Shanghai");
  Ticket t;
  t.set_number("HX-20261123-0007");
  t.set_status(Ticket::DISPATCHED);
  t.set_kind(Ticket::REPAIR);
  t.set_route(v1::REPAIR_ROUTE_OWN_MAINTENANCE);
  t.set_assignee("staff/wang.li");
  auto* d = t.mutable_deadlines();
  *d->mutable_first_response_due_time() = At(kNov23At1600);
  d->set_first_response_breached(true);
  *d->mutable_resolution_due_time() = At(kNov23At1600 + 86400);
  *d->mutable_promised_time() = At(kNov23At1600 + 3600);
  std::ostringstream out;
  PrintTicket(t, out);
  const std::string text = out.str();
  EXPECT_NE(text.find("route:              own-maintenance\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("assignee:           staff/wang.li\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("first response due: 2026-11-23 16:00  BREACHED\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("resolution due:     2026-11-24 16:00\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("promised:           2026-11-23 17:00\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("callback due"), std::string::npos) << text;
  EXPECT_EQ(text.find("paused"), std::string::npos) << text;
}

TEST(TicketView, WorkOrderTable) {
  ScopedTimeZone zone("Asia/Shanghai");
  google::protobuf::RepeatedPtrField<WorkOrder> orders;
  WorkOrder* first = orders.Add();
  first->set_name("sites/hx/tickets/1/workOrders/1");
  first->set_state(WorkOrder::COMPLETED);
  first->set_assignee("staff/wang.li");
  *first->mutable_promised_time() = At(kNov23At1600);
  first->set_overdue(true);
  WorkOrder* rework = orders.Add();
  rework->set_name("sites/hx/tickets/1/workOrders/2");
  rework->set_state(WorkOrder::OPEN);
  rework->set_assignee("vendors/otis");
  rework->set_rework(true);
  std::ostringstream out;
  PrintWorkOrderTable(orders, out);
  EXPECT_EQ(out.str(),
            "NAME                             STATE      ASSIGNEE     "
            "PROMISED          OVERDUE  REWORK\n"
            "sites/hx/tickets/1/workOrders/1  completed  wang.li      "
            "2026-11-23 16:00  yes\n"
            "sites/hx/tickets/1/workOrders/2  open       vendor:otis  "
            "                           yes\n");
}

TEST(TicketView, WorkOrderAndCallbackDetails) {
  ScopedTimeZone zone("Asia/Shanghai");
  WorkOrder order;
  order.set_name("sites/hx/tickets/1/workOrders/1");
  order.set_state(WorkOrder::COMPLETED);
  order.set_route(v1::REPAIR_ROUTE_OWN_MAINTENANCE);
  order.set_assignee("staff/wang.li");
  order.set_work_done("更换阀门");
  order.set_labour_hours(1.5);
  *order.add_materials() = *ParseMaterial("阀门:1:个");
  *order.add_materials() = *ParseMaterial("生料带:2:卷");
  order.set_accepted_by_reporter(true);
  std::ostringstream out;
  PrintWorkOrder(order, out);
  const std::string text = out.str();
  EXPECT_NE(text.find("state:      completed\n"), std::string::npos) << text;
  EXPECT_NE(text.find("route:      own-maintenance\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("labour:     1.5 h\n"), std::string::npos) << text;
  EXPECT_NE(text.find("materials:  阀门 1 个\n            生料带 2 卷\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("accepted:   yes\n"), std::string::npos) << text;

  v1::TicketCallback callback;
  callback.set_name("sites/hx/tickets/1/callbacks/1");
  callback.set_result(v1::TicketCallback::UNSATISFIED);
  callback.set_rating(2);
  callback.set_comment("仍漏水");
  callback.set_rework_order("sites/hx/tickets/1/workOrders/2");
  std::ostringstream called;
  PrintCallback(callback, called);
  EXPECT_NE(called.str().find("result:       unsatisfied\n"), std::string::npos)
      << called.str();
  EXPECT_NE(called.str().find("rating:       2/5\n"), std::string::npos)
      << called.str();
  EXPECT_NE(
      called.str().find("rework order: sites/hx/tickets/1/workOrders/2\n"),
      std::string::npos)
      << called.str();
}

TEST(TicketView, WatchLineShowsTicketChangesAndNote) {
  ScopedTimeZone zone("Asia/Shanghai");
  v1::TicketEvent event;
  event.set_name("sites/hx/tickets/12/events/345");
  event.set_event_id(345);
  event.set_type(v1::TicketEvent::ESCALATED);
  event.set_actor("staff/wang.li");
  *event.mutable_create_time() = At(kNov23At1600);
  auto* change = event.add_changes();
  change->set_field("escalation_level");
  change->set_old_value("");
  change->set_new_value("ESCALATION_LEVEL_SUPERVISOR");
  event.set_note("业主\n情绪激动");
  EXPECT_EQ(EventTicketName(event.name()), "sites/hx/tickets/12");
  EXPECT_EQ(WatchLine(event, "HX-20261123-0007"),
            "345  2026-11-23 16:00  HX-20261123-0007  escalated  wang.li  "
            "escalation_level: (empty) -> ESCALATION_LEVEL_SUPERVISOR  "
            "业主 情绪激动");
  v1::TicketEvent automatic;
  automatic.set_event_id(7);
  automatic.set_type(v1::TicketEvent::CREATED);
  EXPECT_EQ(WatchLine(automatic, "sites/hx/tickets/1"),
            "7    sites/hx/tickets/1  created  -");
}

TEST(TicketView, SlaPolicyTableShowsDurationsAndDefault) {
  google::protobuf::RepeatedPtrField<v1::SlaPolicy> policies;
  v1::SlaPolicy* p = policies.Add();
  p->set_kind(Ticket::SPECIAL_SERVICE);
  p->set_priority(Ticket::URGENT);
  p->mutable_first_response()->set_seconds(1800);
  p->mutable_resolution()->set_seconds(3 * 86400);
  p->mutable_callback()->set_seconds(86400);
  p->mutable_escalate_manager_after()->set_seconds(5400);
  p->mutable_coordination()->set_seconds(3 * 86400);
  p->set_is_default(true);
  v1::SlaPolicy* complaint = policies.Add();
  complaint->set_kind(Ticket::COMPLAINT);
  complaint->set_priority(Ticket::NORMAL);
  complaint->mutable_first_response()->set_seconds(86400);
  complaint->mutable_resolution()->set_seconds(3 * 86400);
  complaint->mutable_callback()->set_seconds(86400);
  complaint->mutable_plan()->set_seconds(86400);
  complaint->mutable_coordination()->set_seconds(3 * 86400);
  complaint->mutable_escalate_manager_after()->set_seconds(86400);
  std::ostringstream out;
  PrintSlaPolicyTable(policies, out);
  EXPECT_EQ(out.str(),
            "KIND             PRIORITY  RESPOND  RESOLVE  CALLBACK  PLAN  "
            "COORDINATION  SUPERVISOR AFTER  MANAGER AFTER  DEFAULT\n"
            "special-service  urgent    30m      3d       1d        -     "
            "3d            0s                1h30m          yes\n"
            "complaint        normal    1d       3d       1d        1d    "
            "3d            0s                1d\n");
}

// --- the visitor register ---------------------------------------------------

TEST(VisitorInput, PurposeFromChineseAndEnglishWords) {
  struct Case {
    const char* text;
    v1::Visit::Purpose purpose;
  };
  for (const Case& c : {
           Case{"探亲", v1::Visit::VISIT_RESIDENT},
           Case{"访友", v1::Visit::VISIT_RESIDENT},
           Case{"探亲访友", v1::Visit::VISIT_RESIDENT},
           Case{"快递", v1::Visit::DELIVERY},
           Case{"送外卖", v1::Visit::DELIVERY},
           Case{"送货上门", v1::Visit::DELIVERY},
           Case{"Food Delivery", v1::Visit::DELIVERY},
           Case{"装修施工", v1::Visit::RENOVATION},
           Case{"空调维修", v1::Visit::REPAIR_SERVICE},
           Case{"看房", v1::Visit::PROPERTY_VIEWING},
           Case{"公务", v1::Visit::OFFICIAL},
           Case{"搬家", v1::Visit::MOVING},
           Case{"visit a friend", v1::Visit::VISIT_RESIDENT},
       }) {
    PurposeChoice choice = ParsePurpose(c.text);
    EXPECT_EQ(choice.purpose, c.purpose) << c.text;
    EXPECT_EQ(choice.detail, c.text) << "the text is kept as the detail";
  }
}

TEST(VisitorInput, PurposeWordsAndOther) {
  PurposeChoice word = ParsePurpose("visit-resident");
  EXPECT_EQ(word.purpose, v1::Visit::VISIT_RESIDENT);
  EXPECT_EQ(word.detail, "");
  EXPECT_EQ(ParsePurpose("REPAIR_SERVICE").purpose, v1::Visit::REPAIR_SERVICE);
  EXPECT_EQ(ParsePurpose("Delivery").detail, "");
  EXPECT_EQ(ParsePurpose("property-viewing").purpose,
            v1::Visit::PROPERTY_VIEWING);
  EXPECT_EQ(ParsePurpose(" other ").purpose, v1::Visit::OTHER);
  EXPECT_EQ(ParsePurpose(" other ").detail, "");

  PurposeChoice other = ParsePurpose("  面试 ");
  EXPECT_EQ(other.purpose, v1::Visit::OTHER);
  EXPECT_EQ(other.detail, "面试");

  PurposeChoice none = ParsePurpose("   ");
  EXPECT_EQ(none.purpose, 0);
  EXPECT_EQ(none.detail, "");
}

TEST(VisitorInput, IdCardNumbersAndDefaultType) {
  EXPECT_TRUE(LooksLikeIdCardNumber("110101199003071233"));
  EXPECT_TRUE(LooksLikeIdCardNumber("11010119900307123X"));
  EXPECT_TRUE(LooksLikeIdCardNumber("11010119900307123x"));
  // The shape only: the check digit is the server's to verify.
  EXPECT_TRUE(LooksLikeIdCardNumber("110101199003071234"));
  EXPECT_FALSE(LooksLikeIdCardNumber("11010119900307123"));
  EXPECT_FALSE(LooksLikeIdCardNumber("1101011990030712345"));
  EXPECT_FALSE(LooksLikeIdCardNumber("E12345678"));
  EXPECT_FALSE(LooksLikeIdCardNumber("1101011990030X1233"));
  EXPECT_EQ(DefaultDocumentType("110101199003079999"), "id-card");
  EXPECT_EQ(DefaultDocumentType(" 110101199003079999 "), "id-card");
  EXPECT_EQ(DefaultDocumentType("E12345678"), "");
  EXPECT_EQ(DefaultDocumentType(""), "");
}

TEST(VisitorInput, SiteChildNames) {
  EXPECT_EQ(SiteChildName("", "visits", "sites/hx/visits/12", "visit"),
            "sites/hx/visits/12");
  EXPECT_EQ(SiteChildName("yy", "visits", "sites/hx/visits/12", "visit"),
            "sites/hx/visits/12");
  EXPECT_EQ(SiteChildName("hx", "visits", "12", "visit"), "sites/hx/visits/12");
  EXPECT_EQ(SiteChildName("sites/hx", "visitorPasses", "3", "pass"),
            "sites/hx/visitorPasses/3");
  EXPECT_THROW(SiteChildName("", "visits", "12", "visit"), UsageError);
  EXPECT_THROW(SiteChildName("-", "visits", "12", "visit"), UsageError);
  EXPECT_THROW(SiteChildName("hx", "visits", "", "visit"), UsageError);
  try {
    SiteChildName("", "visits", "12", "visit");
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("sites/{site}/visits/12"),
              std::string::npos)
        << e.what();
  }
}

TEST(VisitorInput, AuthorizerTokens) {
  EXPECT_EQ(CleanAuthorizerToken("  fd_abc\n"), "fd_abc");
  EXPECT_EQ(CleanAuthorizerToken("Bearer fd_abc"), "fd_abc");
  EXPECT_EQ(CleanAuthorizerToken("\n"), "");
}

TEST(VisitorView, VisitShowsMaskedNumbersHostAndPurpose) {
  ScopedTimeZone zone("Asia/Shanghai");
  v1::Visit visit;
  visit.set_name("sites/hx/visits/7");
  visit.set_status(v1::Visit::ON_PREMISES);
  visit.mutable_visitor()->set_display_name("李强");
  visit.mutable_visitor()->mutable_document()->set_type(
      v1::IdentityDocument::ID_CARD);
  visit.mutable_visitor()->mutable_document()->set_number("1101**********1233");
  visit.mutable_visitor()->set_phone("139****1111");
  visit.mutable_host()->set_unit("sites/hx/units/3-2-501");
  visit.set_purpose(v1::Visit::VISIT_RESIDENT);
  visit.set_purpose_detail("探亲");
  *visit.mutable_check_in_time() = At(kNov23At1600);
  *visit.mutable_expected_departure_time() = At(kNov23At1600 + 7200);
  visit.set_overstayed(true);
  visit.set_masked(true);

  std::ostringstream table;
  google::protobuf::RepeatedPtrField<v1::Visit> visits;
  *visits.Add() = visit;
  PrintVisitTable(visits, table);
  EXPECT_EQ(table.str(),
            "VISIT  STATUS                   VISITOR  DOCUMENT            "
            "PHONE        VISITING  PURPOSE                IN                "
            "UNTIL/OUT\n"
            "7      on-premises, overstayed  李强     1101**********1233  "
            "139****1111  3-2-501   visit-resident (探亲)  2026-11-23 16:00  "
            "2026-11-23 18:00\n");

  std::ostringstream one;
  PrintVisit(visit, one);
  EXPECT_NE(one.str().find("id-card 1101**********1233"), std::string::npos)
      << one.str();
  EXPECT_NE(one.str().find("masked"), std::string::npos) << one.str();
  EXPECT_EQ(one.str().find("UNMASKED"), std::string::npos) << one.str();
}

TEST(VisitorView, Labels) {
  v1::Contact host;
  host.set_location("物业办公室");
  host.set_name("王经理");
  EXPECT_EQ(HostLabel(host), "物业办公室 王经理");
  host.set_unit("sites/hx/units/3-2-501");
  EXPECT_EQ(HostLabel(host), "3-2-501 王经理");
  EXPECT_EQ(PurposeLabel(v1::Visit::DELIVERY, ""), "delivery");
  EXPECT_EQ(PurposeLabel(v1::Visit::OTHER, "面试"), "other (面试)");
  v1::IdentityDocument none;
  EXPECT_EQ(DocumentLabel(none), "");
}

}  // namespace
}  // namespace frontdesk::cli
