// Unit tests of the report renderers (report_*.h), linking only the CLI's
// pure core: the label catalogue (every key in both languages, every enum
// value a word), RateMetric figures, CSV quoting and the byte-order mark,
// HTML escaping and self-containment, the charts, file names and atomic
// files, on the fixture reports of tests/fixtures/reports/
// (FRONTDESK_REPORT_FIXTURES).
#include <dirent.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "clients/cli/enums.h"
#include "clients/cli/local_time.h"
#include "clients/cli/report_document.h"
#include "clients/cli/report_files.h"
#include "clients/cli/report_format.h"
#include "clients/cli/report_kinds.h"
#include "clients/cli/report_labels.h"
#include "clients/cli/report_render.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk::cli {
namespace {

struct Fixture {
  ReportKind kind;
  const char* file;
};

const std::vector<Fixture>& Fixtures() {
  static const std::vector<Fixture> fixtures = {
      {ReportKind::kDaily, "daily_all.json"},
      {ReportKind::kWeekly, "weekly_hx.json"},
      {ReportKind::kMonthly, "monthly_all.json"},
      {ReportKind::kComplaints, "complaints_hx.json"},
      {ReportKind::kQuality, "quality_hx.json"},
      {ReportKind::kStaff, "staff_hx.json"},
      {ReportKind::kOpenItems, "open_items_hx.json"}};
  return fixtures;
}

std::unique_ptr<google::protobuf::Message> LoadFixture(
    ReportKind kind, const std::string& file) {
  std::ifstream in(std::string(FRONTDESK_REPORT_FIXTURES) + "/" + file);
  EXPECT_TRUE(in) << file;
  std::string json((std::istreambuf_iterator<char>(in)),
                   std::istreambuf_iterator<char>());
  std::unique_ptr<google::protobuf::Message> report = NewReportMessage(kind);
  EXPECT_EQ(ParseReportJson(json, report.get()), "") << file;
  return report;
}

std::string Render(ReportKind kind, const google::protobuf::Message& report,
                   const std::string& format, ReportLang lang) {
  ReportDocument document = BuildReportDocument(kind, report, lang);
  std::ostringstream out;
  if (format == "html") {
    RenderReportHtml(document, out);
  } else if (format == "csv") {
    RenderReportCsv(document, out);
  } else {
    RenderReportText(document, out);
  }
  return out.str();
}

v1::RateMetric Rate(int64_t num, int64_t den, double target,
                    v1::RateMetric::Direction direction, bool met) {
  v1::RateMetric rate;
  rate.set_numerator(num);
  rate.set_denominator(den);
  rate.set_rate(den == 0 ? 0 : static_cast<double>(num) / den);
  rate.set_target(target);
  rate.set_direction(direction);
  rate.set_met(met);
  return rate;
}

TEST(ReportLabelsTest, EveryKeyIsUniqueAndHasChineseAndEnglish) {
  std::set<std::string> keys;
  for (const ReportLabel& label : AllReportLabels()) {
    EXPECT_TRUE(keys.insert(label.key).second) << "twice: " << label.key;
    EXPECT_NE(std::string(label.zh), "") << label.key;
    EXPECT_NE(std::string(label.en), "") << label.key;
  }
  EXPECT_GT(keys.size(), 200u);
}

TEST(ReportLabelsTest, EveryEnumValueOfTheReportsIsAWordInBothLanguages) {
  for (const google::protobuf::EnumDescriptor* type : ReportEnums()) {
    for (int i = 0; i < type->value_count(); ++i) {
      const int number = type->value(i)->number();
      if (number == 0) continue;
      for (ReportLang lang : {ReportLang::kZh, ReportLang::kEn}) {
        const int missing = MissingReportLabelLookups();
        std::string word = EnumLabel(type, number, lang);
        EXPECT_EQ(MissingReportLabelLookups(), missing)
            << type->full_name() << "." << type->value(i)->name();
        EXPECT_NE(word, type->value(i)->name());
        EXPECT_NE(word, "");
      }
    }
  }
}

TEST(ReportLabelsTest, EnumWordsAreTheDesksWordsNeverConstants) {
  using v1::Ticket;
  EXPECT_EQ(
      EnumLabel(Ticket::Kind_descriptor(), Ticket::REPAIR, ReportLang::kZh),
      "报修");
  EXPECT_EQ(
      EnumLabel(Ticket::Kind_descriptor(), Ticket::REPAIR, ReportLang::kEn),
      "Repair");
  EXPECT_EQ(
      EnumLabel(Ticket::Kind_descriptor(), Ticket::COMPLAINT, ReportLang::kZh),
      "投诉");
  EXPECT_EQ(EnumLabel(v1::RepairRoute_descriptor(),
                      v1::REPAIR_ROUTE_OWN_MAINTENANCE, ReportLang::kZh),
            "工程类");
  EXPECT_EQ(EnumLabel(v1::RepairRoute_descriptor(),
                      v1::REPAIR_ROUTE_OWN_MAINTENANCE, ReportLang::kEn),
            "Own maintenance");
  EXPECT_EQ(EnumLabel(Ticket::Kind_descriptor(), 0, ReportLang::kZh), "");
  // A value the catalogue lacks (a newer proto) is its word, not a constant.
  EXPECT_EQ(EnumLabel(Ticket::Kind_descriptor(), 99, ReportLang::kEn), "99");
  // Categories: the catalogue first, then the server's display name.
  EXPECT_EQ(CategoryLabel("route", "OWN_MAINTENANCE", "x", ReportLang::kEn),
            "Own maintenance");
  EXPECT_EQ(CategoryLabel("department", "sites/hx/departments/eng", "工程部",
                          ReportLang::kEn),
            "工程部");
  EXPECT_EQ(CategoryLabel("unit", "sites/hx/units/1", "", ReportLang::kEn),
            "sites/hx/units/1");
}

TEST(ReportFormatTest, RateMetricWithTargetAndVerdict) {
  v1::RateMetric missed = Rate(98, 100, 1.0, v1::RateMetric::AT_LEAST, false);
  EXPECT_EQ(FigureText(RateFigure("回访率", missed, ReportLang::kZh)),
            "98.0% (98/100), 目标 ≥100%, 未达标");
  EXPECT_EQ(FigureText(RateFigure("Callback rate", missed, ReportLang::kEn)),
            "98.0% (98/100), target ≥100%, missed");
  v1::RateMetric below = Rate(16, 2000, 0.01, v1::RateMetric::BELOW, true);
  ReportFigure figure = RateFigure("有效投诉率", below, ReportLang::kZh);
  EXPECT_EQ(FigureText(figure), "0.8% (16/2000), 目标 <1%, 达标");
  EXPECT_EQ(figure.state, ReportFigure::State::kMet);
  v1::RateMetric satisfaction =
      Rate(281, 295, 0.955, v1::RateMetric::AT_LEAST, false);
  EXPECT_EQ(RateFigure("x", satisfaction, ReportLang::kZh).target,
            "目标 ≥95.5%");
  // No target: the ratio alone.
  v1::RateMetric plain =
      Rate(1, 3, 0, v1::RateMetric::DIRECTION_UNSPECIFIED, false);
  EXPECT_EQ(FigureText(RateFigure("x", plain, ReportLang::kZh)), "33.3% (1/3)");
  // Nothing to measure: "—", neither target nor verdict.
  v1::RateMetric none = Rate(0, 0, 1.0, v1::RateMetric::AT_LEAST, false);
  none.set_no_data(true);
  figure = RateFigure("x", none, ReportLang::kZh);
  EXPECT_EQ(FigureText(figure), "—");
  EXPECT_EQ(figure.state, ReportFigure::State::kNoData);
  EXPECT_EQ(RateCell(none), "—");
  EXPECT_EQ(RateCell(missed), "98.0%");
}

TEST(ReportFormatTest, CsvFieldsFollowRfc4180) {
  EXPECT_EQ(CsvField("报修"), "报修");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("说\"漏水\""), "\"说\"\"漏水\"\"\"");
  EXPECT_EQ(CsvField("line\nbreak"), "\"line\nbreak\"");
  EXPECT_EQ(CsvField("cr\r"), "\"cr\r\"");
  EXPECT_EQ(CsvField(" padded"), "\" padded\"");
}

TEST(ReportFormatTest, HtmlEscapeLeavesNoMarkup) {
  EXPECT_EQ(HtmlEscape("<script>alert(\"x\")</script>"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  EXPECT_EQ(HtmlEscape("a & b's"), "a &amp; b&#39;s");
  EXPECT_EQ(HtmlEscape("华馨苑"), "华馨苑");
}

TEST(ReportRenderTest, EveryFixtureRendersInEveryFormatWithEveryLabel) {
  for (const Fixture& fixture : Fixtures()) {
    auto report = LoadFixture(fixture.kind, fixture.file);
    for (const char* format : {"table", "csv", "html"}) {
      for (ReportLang lang : {ReportLang::kZh, ReportLang::kEn}) {
        const int missing = MissingReportLabelLookups();
        std::string out = Render(fixture.kind, *report, format, lang);
        EXPECT_EQ(MissingReportLabelLookups(), missing)
            << fixture.file << " " << format;
        EXPECT_FALSE(out.empty());
        // No enum constant leaks into what people read.
        for (const char* constant :
             {"REPAIR_ROUTE_", "AT_LEAST", "MORNING_1100", "AFTERNOON_1430",
              "IN_PROGRESS", "RECEPTIONIST", "VERY_SATISFIED",
              "OWN_MAINTENANCE", "ACCEPTED"}) {
          EXPECT_EQ(out.find(constant), std::string::npos)
              << fixture.file << " " << format << ": " << constant;
        }
      }
    }
  }
}

TEST(ReportRenderTest, TableIsReadableAtTheDesk) {
  auto report = LoadFixture(ReportKind::kQuality, "quality_hx.json");
  std::string zh =
      Render(ReportKind::kQuality, *report, "table", ReportLang::kZh);
  EXPECT_NE(zh.find("服务质量指标 · 华馨苑 (hx)"), std::string::npos) << zh;
  EXPECT_NE(zh.find("回访率"), std::string::npos);
  EXPECT_NE(zh.find("99.0% (298/301), 目标 ≥100%, 未达标"), std::string::npos);
  EXPECT_NE(zh.find("到场确认率"), std::string::npos);
  std::string en =
      Render(ReportKind::kQuality, *report, "table", ReportLang::kEn);
  EXPECT_NE(en.find("Service quality indicators"), std::string::npos);
  EXPECT_NE(en.find("Satisfaction rate"), std::string::npos);
  EXPECT_NE(en.find("95.3% (281/295), target ≥95%, met"), std::string::npos);
}

TEST(ReportRenderTest, OpenItemsCutAtTheCapSayIt) {
  auto report = LoadFixture(ReportKind::kOpenItems, "open_items_hx.json");
  auto& list = dynamic_cast<v1::OpenItemsList&>(*report);
  std::string whole =
      Render(ReportKind::kOpenItems, list, "table", ReportLang::kZh);
  EXPECT_EQ(whole.find("清单不全"), std::string::npos) << whole;
  list.set_truncated(true);
  const int missing = MissingReportLabelLookups();
  std::string zh =
      Render(ReportKind::kOpenItems, list, "table", ReportLang::kZh);
  EXPECT_NE(zh.find("清单不全"), std::string::npos) << zh;
  EXPECT_NE(zh.find("仅列出最早创建的部分"), std::string::npos) << zh;
  std::string en =
      Render(ReportKind::kOpenItems, list, "table", ReportLang::kEn);
  EXPECT_NE(en.find("List cut short"), std::string::npos) << en;
  EXPECT_NE(en.find("only the oldest are listed"), std::string::npos) << en;
  EXPECT_EQ(MissingReportLabelLookups(), missing);
}

TEST(ReportRenderTest, StaffWorkedTimeIsInHours) {
  auto report = LoadFixture(ReportKind::kStaff, "staff_hx.json");
  std::string csv = Render(ReportKind::kStaff, *report, "csv", ReportLang::kZh);
  EXPECT_NE(csv.find(",168h,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",336h,"), std::string::npos);  // the totals
}

TEST(ReportRenderTest, CsvHasByteOrderMarkCrlfAndQuotedCells) {
  auto report = LoadFixture(ReportKind::kOpenItems, "open_items_hx.json");
  std::string csv =
      Render(ReportKind::kOpenItems, *report, "csv", ReportLang::kZh);
  ASSERT_GE(csv.size(), 3u);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  // Every line ends in CRLF (no bare LF: no cell here holds a line break).
  for (size_t pos = csv.find('\n'); pos != std::string::npos;
       pos = csv.find('\n', pos + 1)) {
    ASSERT_GT(pos, 0u);
    EXPECT_EQ(csv[pos - 1], '\r') << "at " << pos;
  }
  // The subject with quotes is one quoted field, its quotes doubled.
  EXPECT_NE(csv.find(",\"<script>alert(\"\"x\"\")</script><img src=x "
                     "onerror=alert(1)> & 漏水\","),
            std::string::npos)
      << csv;
  // One section per table, each with its header row.
  EXPECT_NE(csv.find("\r\n部门: 工程部 (4)\r\n单号,类别,优先级,状态,事由"),
            std::string::npos);
  EXPECT_NE(csv.find("报修,紧急,处理中"), std::string::npos);
}

TEST(ReportRenderTest, HtmlEscapesSubjectsAndNamesAndIsSelfContained) {
  auto report = LoadFixture(ReportKind::kOpenItems, "open_items_hx.json");
  std::string html =
      Render(ReportKind::kOpenItems, *report, "html", ReportLang::kZh);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
                      "&lt;img src=x onerror=alert(1)&gt; &amp; 漏水"),
            std::string::npos);
  auto weekly = LoadFixture(ReportKind::kWeekly, "weekly_hx.json");
  html = Render(ReportKind::kWeekly, *weekly, "html", ReportLang::kEn);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("环境部 &lt;b&gt;保洁&lt;/b&gt;"), std::string::npos);
  // Nothing to fetch: no scripts, links, images or external URLs (the
  // SVG namespace is a name, not a fetch).
  for (const char* fetch :
       {"<link", "<script", "src=", "@import", "url(", "https://"}) {
    EXPECT_EQ(html.find(fetch), std::string::npos) << fetch;
  }
  EXPECT_NE(html.find("@page { size: A4"), std::string::npos);
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
}

TEST(ReportRenderTest, HtmlDrawsTheChartsTheReportHasDataFor) {
  auto monthly = LoadFixture(ReportKind::kMonthly, "monthly_all.json");
  std::string html =
      Render(ReportKind::kMonthly, *monthly, "html", ReportLang::kZh);
  EXPECT_NE(html.find("data-chart=\"chart-daily-volume\""), std::string::npos);
  EXPECT_NE(html.find("data-series=\"repair\""), std::string::npos);
  EXPECT_NE(html.find("data-chart=\"chart-sla-trend\""), std::string::npos);
  EXPECT_NE(html.find("class=\"target\""), std::string::npos);   // target line
  EXPECT_NE(html.find("class=\"no-data\""), std::string::npos);  // 11-15
  EXPECT_NE(html.find("<section id=\"by-site\""), std::string::npos);
  EXPECT_NE(html.find("华馨苑 (hx)"), std::string::npos);
  EXPECT_NE(html.find("御园 (yy)"), std::string::npos);

  auto quality = LoadFixture(ReportKind::kQuality, "quality_hx.json");
  html = Render(ReportKind::kQuality, *quality, "html", ReportLang::kZh);
  EXPECT_NE(html.find("data-chart=\"chart-satisfaction\""), std::string::npos);
  EXPECT_NE(html.find("非常满意"), std::string::npos);

  auto open = LoadFixture(ReportKind::kOpenItems, "open_items_hx.json");
  html = Render(ReportKind::kOpenItems, *open, "html", ReportLang::kZh);
  EXPECT_NE(html.find("data-chart=\"chart-open-by-department\""),
            std::string::npos);
  EXPECT_NE(html.find("class=\"partial\""), std::string::npos);

  auto staff = LoadFixture(ReportKind::kStaff, "staff_hx.json");
  html = Render(ReportKind::kStaff, *staff, "html", ReportLang::kZh);
  EXPECT_EQ(html.find("<svg"), std::string::npos);  // no series to chart
  EXPECT_EQ(html.find("class=\"partial\""), std::string::npos);
}

TEST(ReportKindsTest, FileNamesBySiteReportAndPeriod) {
  SetCliTimeZone(absl::UTCTimeZone());
  auto monthly = LoadFixture(ReportKind::kMonthly, "monthly_all.json");
  EXPECT_EQ(ReportFileName(ReportKind::kMonthly, *monthly, "html"),
            "all_monthly_2026-11.html");
  std::vector<const google::protobuf::Message*> sites = BySiteOf(*monthly);
  ASSERT_EQ(sites.size(), 2u);
  EXPECT_EQ(ReportFileName(ReportKind::kMonthly, *sites[0], "html"),
            "hx_monthly_2026-11.html");
  EXPECT_EQ(ReportFileName(ReportKind::kMonthly, *sites[1], "csv"),
            "yy_monthly_2026-11.csv");
  auto daily = LoadFixture(ReportKind::kDaily, "daily_all.json");
  EXPECT_EQ(ReportFileName(ReportKind::kDaily, *BySiteOf(*daily)[0], "csv"),
            "hx_daily_2026-12-06.csv");
  auto weekly = LoadFixture(ReportKind::kWeekly, "weekly_hx.json");
  EXPECT_EQ(ReportFileName(ReportKind::kWeekly, *weekly, "json"),
            "hx_weekly_2026-W48.json");
  auto quality = LoadFixture(ReportKind::kQuality, "quality_hx.json");
  EXPECT_EQ(ReportFileName(ReportKind::kQuality, *quality, "txt"),
            "hx_quality_2026-11-01_2026-11-30.txt");
  // The 14:30 checkpoint in the site's zone, whatever the CLI's.
  auto open = LoadFixture(ReportKind::kOpenItems, "open_items_hx.json");
  EXPECT_EQ(ReportFileName(ReportKind::kOpenItems, *open, "html"),
            "hx_open-items_2026-12-07-1430.html");
  EXPECT_TRUE(BySiteOf(*open).empty());
  // 2026 has 53 ISO weeks: Monday 2026-12-28 is week 53 of 2026.
  v1::WeeklySummary year_end;
  year_end.mutable_scope()->set_site("sites/-");
  year_end.mutable_scope()->mutable_period()->set_start_date("2026-12-28");
  EXPECT_EQ(ReportFileName(ReportKind::kWeekly, year_end, "csv"),
            "all_weekly_2026-W53.csv");
  // A site id is made safe for a file name.
  EXPECT_EQ(ReportFileSite("sites/../etc"), ".._etc");
  EXPECT_EQ(ReportFileSite("sites/-"), "all");
  ResetCliTimeZone();
}

TEST(ReportKindsTest, JsonOfAnotherReportOrNoJsonIsAnError) {
  auto report = NewReportMessage(ReportKind::kDaily);
  EXPECT_NE(ParseReportJson("{not json", report.get()), "");
  EXPECT_EQ(ParseReportJson("{\"futureField\": 1}", report.get()), "");
  EXPECT_THROW(
      BuildReportDocument(ReportKind::kMonthly, *report, ReportLang::kZh),
      std::invalid_argument);
}

class ReportFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/frontdesk-report-files-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    for (const std::string& name : Names()) {
      ::unlink((dir_ + "/" + name).c_str());
    }
    ::rmdir((dir_ + "/a/b").c_str());
    ::rmdir((dir_ + "/a").c_str());
    ::rmdir(dir_.c_str());
  }
  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    if (DIR* d = ::opendir(dir_.c_str())) {
      while (dirent* e = ::readdir(d)) {
        std::string name = e->d_name;
        if (name != "." && name != ".." && name != "a") names.push_back(name);
      }
      ::closedir(d);
    }
    return names;
  }
  std::string Read(const std::string& name) const {
    std::ifstream in(dir_ + "/" + name);
    return std::string((std::istreambuf_iterator<char>(in)),
                       std::istreambuf_iterator<char>());
  }
  std::string dir_;
};

TEST_F(ReportFilesTest, WritesReplacesAndLeavesNoTemporaryFile) {
  EXPECT_EQ(WriteFileAtomically(dir_, "hx_daily_2026-12-06.csv", "one"), "");
  EXPECT_EQ(Read("hx_daily_2026-12-06.csv"), "one");
  EXPECT_EQ(WriteFileAtomically(dir_, "hx_daily_2026-12-06.csv", "two"), "");
  EXPECT_EQ(Read("hx_daily_2026-12-06.csv"), "two");
  EXPECT_EQ(Names(), std::vector<std::string>{"hx_daily_2026-12-06.csv"});
}

TEST_F(ReportFilesTest, AFailedWriteLeavesNeitherFileNorTemporary) {
  // The target is a directory: the rename fails after the data were written.
  ASSERT_EQ(::mkdir((dir_ + "/busy.html").c_str(), 0755), 0);
  std::string error = WriteFileAtomically(dir_, "busy.html", "data");
  EXPECT_NE(error, "");
  EXPECT_EQ(Names(), std::vector<std::string>{"busy.html"});
  ::rmdir((dir_ + "/busy.html").c_str());
  // A directory that does not exist.
  EXPECT_NE(WriteFileAtomically(dir_ + "/missing", "x.csv", "data"), "");
  EXPECT_TRUE(Names().empty());
}

TEST_F(ReportFilesTest, EnsureDirectoryCreatesParentsAndRefusesAFile) {
  EXPECT_EQ(EnsureDirectory(dir_ + "/a/b"), "");
  struct stat info;
  EXPECT_EQ(::stat((dir_ + "/a/b").c_str(), &info), 0);
  ASSERT_EQ(WriteFileAtomically(dir_, "file", "x"), "");
  EXPECT_NE(EnsureDirectory(dir_ + "/file"), "");
}

}  // namespace
}  // namespace frontdesk::cli
