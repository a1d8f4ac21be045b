// Unit tests of the CLI's pure parts: display widths and tables, filters,
// resource names, enum words and ticket rendering. No server, no CLI11.
#include <gtest/gtest.h>

#include <sstream>

#include "clients/cli/commands.h"
#include "clients/cli/duration.h"
#include "clients/cli/enums.h"
#include "clients/cli/filter.h"
#include "clients/cli/names.h"
#include "clients/cli/output.h"
#include "clients/cli/ticket_filter.h"
#include "clients/cli/ticket_view.h"
#include "frontdesk/v1/directory_service.pb.h"

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

}  // namespace
}  // namespace frontdesk::cli
