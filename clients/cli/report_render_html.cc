// RenderReportHtml(); see report_render.h. Charts are drawn as inline SVG
// in a 680 × H user space (about 180 mm, the width of an A4 page inside its
// margins) that scales to the page width.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "clients/cli/output.h"
#include "clients/cli/report_format.h"
#include "clients/cli/report_render.h"

namespace frontdesk::cli {
namespace {

constexpr double kWidth = 680;

// Tables wider than A4 allows (measured in Chromium with the English
// headers, the widest): one of more columns than kWideColumns (the open
// items' 12) gets smaller type; one of more than kLandscapeColumns (the
// staff report's 22) does not fit upright even so, and turns its page.
constexpr size_t kWideColumns = 10;
constexpr size_t kLandscapeColumns = 15;

constexpr const char* kStyle = R"css(
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC",
       "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
       color: #222; margin: 0 auto; max-width: 186mm; padding: 8mm 4mm;
       font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 16pt; margin: 0 0 6pt; }
h2 { font-size: 12pt; margin: 14pt 0 4pt; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 2pt 4pt; text-align: left;
         vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
table.scope th, table.figures th { width: 38%; font-weight: normal;
                                   background: #f4f4f4; }
table.data { font-size: 8.5pt; }
table.data th { background: #f4f4f4; }
table.data.wide { font-size: 7.5pt; }
table.data.wide th, table.data.wide td { padding: 1pt 2pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.missed td.verdict { color: #b00020; font-weight: bold; }
tr.met td.verdict { color: #1b5e20; }
.partial { border: 2px solid #e65100; color: #e65100; padding: 4pt 8pt;
           margin: 6pt 0; font-weight: bold; }
section { break-inside: avoid; page-break-inside: avoid; }
section.table-section { break-inside: auto; page-break-inside: auto; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { font-size: 10px; fill: #333; }
svg.chart .grid { stroke: #ddd; stroke-width: 1; }
svg.chart .axis { stroke: #666; stroke-width: 1; }
svg.chart .target { stroke: #b00020; stroke-width: 1.5;
                    stroke-dasharray: 6 3; }
svg.chart text.target-label { fill: #b00020; }
ul.legend { list-style: none; padding: 0; margin: 2pt 0; font-size: 9pt; }
ul.legend li { display: inline-block; margin-right: 10pt; }
.swatch { display: inline-block; width: 9pt; height: 9pt; margin-right: 3pt;
          vertical-align: -1pt; }
footer { margin-top: 16pt; font-size: 8pt; color: #777; }
@media print {
  body { padding: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

// Added for a document with a table of more than kLandscapeColumns: the
// page is A4 landscape, 273 mm wide inside the margins.
constexpr const char* kLandscapeStyle = R"css(
@page { size: A4 landscape; }
body { max-width: 273mm; }
)css";

bool IsWide(const ReportTable& table) {
  return table.headers.size() > kWideColumns;
}

std::string Fmt(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

// Cells that hold a number (or "—") are right-aligned.
bool LooksNumeric(const std::string& cell) {
  if (cell == kNoDataMark) return true;
  size_t i = (cell.size() > 1 && (cell[0] == '+' || cell[0] == '-')) ? 1 : 0;
  return i < cell.size() && cell[i] >= '0' && cell[i] <= '9' &&
         cell.find_first_not_of("0123456789.,%+-/() ", i) == std::string::npos;
}

std::string SeriesColor(const std::string& id, size_t index) {
  if (id == "overdue") return "#e15759";
  if (id == "open-not-overdue") return "#4e79a7";
  static const char* kPalette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2",
                                   "#59a14f", "#edc948", "#b07aa1", "#9c755f"};
  return kPalette[index % (sizeof kPalette / sizeof kPalette[0])];
}

// A round axis maximum of four steps at or above `max`.
double NiceMax(double max) {
  if (max <= 0) return 4;
  double raw = max / 4;
  double magnitude = std::pow(10, std::floor(std::log10(raw)));
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (factor * magnitude >= raw) return std::max(4.0, factor * magnitude * 4);
  }
  return max;
}

std::string NumberText(double value) {
  char text[32];
  if (std::fabs(value - std::round(value)) < 1e-9) {
    std::snprintf(text, sizeof text, "%.0f", value);
  } else {
    std::snprintf(text, sizeof text, "%.1f", value);
  }
  return text;
}

// "2026-11-03" → "03" when there are many days, "11-03" when few.
std::string AxisLabel(const std::string& category, size_t count) {
  bool date = category.size() == 10 && category[4] == '-' && category[7] == '-';
  if (!date) return TruncateToWidth(category, 10);
  return count > 10 ? category.substr(8) : category.substr(5);
}

void SvgOpen(const ReportSection& section, double height, std::ostream& out) {
  out << "<svg class=\"chart\" data-chart=\"" << HtmlEscape(section.id)
      << "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << Fmt(kWidth)
      << " " << Fmt(height) << "\" role=\"img\" aria-label=\""
      << HtmlEscape(section.title) << "\">\n";
}

void Rect(double x, double y, double w, double h, const std::string& tip,
          std::ostream& out, const std::string& fill = "") {
  out << "<rect x=\"" << Fmt(x) << "\" y=\"" << Fmt(y) << "\" width=\""
      << Fmt(w) << "\" height=\"" << Fmt(h) << "\"";
  if (!fill.empty()) out << " fill=\"" << fill << "\"";
  out << "><title>" << HtmlEscape(tip) << "</title></rect>\n";
}

void Text(double x, double y, const std::string& anchor,
          const std::string& text, std::ostream& out,
          const std::string& css_class = "") {
  out << "<text x=\"" << Fmt(x) << "\" y=\"" << Fmt(y) << "\" text-anchor=\""
      << anchor << "\"";
  if (!css_class.empty()) out << " class=\"" << css_class << "\"";
  out << ">" << HtmlEscape(text) << "</text>\n";
}

// Days along x, the series stacked in each column.
void StackedColumns(const ReportSection& section, std::ostream& out) {
  const ReportChart& chart = section.chart;
  const double height = 260, left = 44, right = 8, top = 12, bottom = 30;
  const double plot_w = kWidth - left - right, plot_h = height - top - bottom;
  const size_t n = chart.categories.size();
  std::vector<double> totals(n, 0);
  for (const ChartSeries& series : chart.series) {
    for (size_t i = 0; i < n && i < series.values.size(); ++i) {
      totals[i] += series.values[i].value_or(0);
    }
  }
  const double max = NiceMax(*std::max_element(totals.begin(), totals.end()));
  auto y_of = [&](double v) { return top + plot_h - plot_h * v / max; };
  SvgOpen(section, height, out);
  for (int step = 0; step <= 4; ++step) {
    double value = max * step / 4, y = y_of(value);
    out << "<line class=\"grid\" x1=\"" << Fmt(left) << "\" x2=\""
        << Fmt(kWidth - right) << "\" y1=\"" << Fmt(y) << "\" y2=\"" << Fmt(y)
        << "\"/>\n";
    Text(left - 4, y + 3, "end", NumberText(value), out);
  }
  const double slot = plot_w / std::max<size_t>(n, 1), bar = slot * 0.7;
  std::vector<double> base(n, 0);
  for (size_t s = 0; s < chart.series.size(); ++s) {
    const ChartSeries& series = chart.series[s];
    out << "<g class=\"series\" data-series=\"" << HtmlEscape(series.id)
        << "\" fill=\"" << SeriesColor(series.id, s) << "\">\n";
    for (size_t i = 0; i < n && i < series.values.size(); ++i) {
      double v = series.values[i].value_or(0);
      if (v <= 0) continue;
      double y0 = y_of(base[i]), y1 = y_of(base[i] + v);
      Rect(left + slot * i + (slot - bar) / 2, y1, bar, y0 - y1,
           chart.categories[i] + " " + series.label + ": " + NumberText(v),
           out);
      base[i] += v;
    }
    out << "</g>\n";
  }
  out << "<line class=\"axis\" x1=\"" << Fmt(left) << "\" x2=\""
      << Fmt(kWidth - right) << "\" y1=\"" << Fmt(top + plot_h) << "\" y2=\""
      << Fmt(top + plot_h) << "\"/>\n";
  for (size_t i = 0; i < n; ++i) {
    Text(left + slot * i + slot / 2, height - bottom + 14, "middle",
         AxisLabel(chart.categories[i], n), out);
  }
  out << "</svg>\n";
}

// One rate per day, 0..100 %, with the target as a dashed line.
void RateColumns(const ReportSection& section, ReportLang lang,
                 std::ostream& out) {
  const ReportChart& chart = section.chart;
  const double height = 240, left = 44, right = 8, top = 14, bottom = 30;
  const double plot_w = kWidth - left - right, plot_h = height - top - bottom;
  const size_t n = chart.categories.size();
  auto y_of = [&](double rate) { return top + plot_h - plot_h * rate; };
  SvgOpen(section, height, out);
  for (int step = 0; step <= 4; ++step) {
    double y = y_of(step / 4.0);
    out << "<line class=\"grid\" x1=\"" << Fmt(left) << "\" x2=\""
        << Fmt(kWidth - right) << "\" y1=\"" << Fmt(y) << "\" y2=\"" << Fmt(y)
        << "\"/>\n";
    Text(left - 4, y + 3, "end", std::to_string(step * 25) + "%", out);
  }
  const double slot = plot_w / std::max<size_t>(n, 1), bar = slot * 0.6;
  for (size_t s = 0; s < chart.series.size(); ++s) {
    const ChartSeries& series = chart.series[s];
    out << "<g class=\"series\" data-series=\"" << HtmlEscape(series.id)
        << "\" fill=\"" << SeriesColor(series.id, s) << "\">\n";
    for (size_t i = 0; i < n && i < series.values.size(); ++i) {
      double x = left + slot * i;
      if (!series.values[i]) {
        out << "<text class=\"no-data\" x=\"" << Fmt(x + slot / 2) << "\" y=\""
            << Fmt(top + plot_h - 3) << "\" text-anchor=\"middle\">"
            << kNoDataMark << "<title>"
            << HtmlEscape(chart.categories[i] + ": " +
                          Label("html.no_data", lang))
            << "</title></text>\n";
        continue;
      }
      double rate = std::clamp(*series.values[i], 0.0, 1.0);
      bool missed = chart.target && rate < *chart.target;
      Rect(x + (slot - bar) / 2, y_of(rate), bar, plot_h * rate,
           chart.categories[i] + " " + series.label + ": " + PercentText(rate),
           out, missed ? "#f28e2b" : "");
    }
    out << "</g>\n";
  }
  if (chart.target) {
    double y = y_of(std::clamp(*chart.target, 0.0, 1.0));
    out << "<line class=\"target\" x1=\"" << Fmt(left) << "\" x2=\""
        << Fmt(kWidth - right) << "\" y1=\"" << Fmt(y) << "\" y2=\"" << Fmt(y)
        << "\"/>\n";
    Text(kWidth - right, y - 4, "end",
         Label("rate.target", lang) + " " + TargetPercentText(*chart.target),
         out, "target-label");
  }
  out << "<line class=\"axis\" x1=\"" << Fmt(left) << "\" x2=\""
      << Fmt(kWidth - right) << "\" y1=\"" << Fmt(top + plot_h) << "\" y2=\""
      << Fmt(top + plot_h) << "\"/>\n";
  for (size_t i = 0; i < n; ++i) {
    Text(left + slot * i + slot / 2, height - bottom + 14, "middle",
         AxisLabel(chart.categories[i], n), out);
  }
  out << "</svg>\n";
}

// Categories down the side, the series stacked across, the total after.
void StackedBars(const ReportSection& section, std::ostream& out) {
  const ReportChart& chart = section.chart;
  const size_t n = chart.categories.size();
  const double row = 22, top = 6, bottom = 6, left = 150, right = 50;
  const double height = top + row * n + bottom;
  const double plot_w = kWidth - left - right;
  std::vector<double> totals(n, 0);
  for (const ChartSeries& series : chart.series) {
    for (size_t i = 0; i < n && i < series.values.size(); ++i) {
      totals[i] += series.values[i].value_or(0);
    }
  }
  double max = n == 0 ? 1 : *std::max_element(totals.begin(), totals.end());
  if (max <= 0) max = 1;
  SvgOpen(section, height, out);
  for (size_t i = 0; i < n; ++i) {
    Text(left - 6, top + row * i + row / 2 + 4, "end",
         TruncateToWidth(chart.categories[i], 24), out);
  }
  std::vector<double> base(n, 0);
  for (size_t s = 0; s < chart.series.size(); ++s) {
    const ChartSeries& series = chart.series[s];
    out << "<g class=\"series\" data-series=\"" << HtmlEscape(series.id)
        << "\" fill=\"" << SeriesColor(series.id, s) << "\">\n";
    for (size_t i = 0; i < n && i < series.values.size(); ++i) {
      double v = series.values[i].value_or(0);
      if (v <= 0) continue;
      double w = plot_w * v / max;
      Rect(left + plot_w * base[i] / max, top + row * i + 3, w, row - 6,
           chart.categories[i] + " " + series.label + ": " + NumberText(v),
           out);
      base[i] += v;
    }
    out << "</g>\n";
  }
  for (size_t i = 0; i < n; ++i) {
    Text(left + plot_w * totals[i] / max + 4, top + row * i + row / 2 + 4,
         "start", NumberText(totals[i]), out);
  }
  out << "<line class=\"axis\" x1=\"" << Fmt(left) << "\" x2=\"" << Fmt(left)
      << "\" y1=\"" << Fmt(top) << "\" y2=\"" << Fmt(height - bottom)
      << "\"/>\n";
  out << "</svg>\n";
}

void Legend(const ReportChart& chart, std::ostream& out) {
  out << "<ul class=\"legend\">";
  for (size_t s = 0; s < chart.series.size(); ++s) {
    out << "<li><span class=\"swatch\" style=\"background:"
        << SeriesColor(chart.series[s].id, s) << "\"></span>"
        << HtmlEscape(chart.series[s].label) << "</li>";
  }
  out << "</ul>\n";
}

const char* StateClass(ReportFigure::State state) {
  switch (state) {
    case ReportFigure::State::kMet:
      return "met";
    case ReportFigure::State::kMissed:
      return "missed";
    case ReportFigure::State::kNoData:
      return "no-data";
    case ReportFigure::State::kPlain:
      break;
  }
  return "plain";
}

void FiguresTable(const std::vector<ReportFigure>& figures,
                  const char* css_class, std::ostream& out) {
  // The target and verdict columns only when a figure has them.
  bool targets =
      std::any_of(figures.begin(), figures.end(),
                  [](const ReportFigure& f) { return !f.target.empty(); });
  out << "<table class=\"" << css_class << "\">\n";
  for (const ReportFigure& figure : figures) {
    std::string label = figure.label;
    bool nested = !label.empty() && label.front() == ' ';
    while (!label.empty() && label.front() == ' ') label.erase(0, 1);
    out << "<tr class=\"" << StateClass(figure.state) << "\"><th"
        << (nested ? " style=\"padding-left:16pt\"" : "") << ">"
        << HtmlEscape(label) << "</th><td class=\"value\">"
        << HtmlEscape(figure.value) << "</td>";
    if (targets) {
      out << "<td class=\"target\">" << HtmlEscape(figure.target)
          << "</td><td class=\"verdict\">" << HtmlEscape(figure.verdict)
          << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</table>\n";
}

void DataTable(const ReportTable& table, std::ostream& out) {
  out << (IsWide(table) ? "<table class=\"data wide\">"
                        : "<table class=\"data\">")
      << "\n<thead><tr>";
  for (const std::string& header : table.headers) {
    out << "<th>" << HtmlEscape(header) << "</th>";
  }
  out << "</tr></thead>\n<tbody>\n";
  for (const std::vector<std::string>& row : table.rows) {
    out << "<tr>";
    for (const std::string& cell : row) {
      out << (LooksNumeric(cell) ? "<td class=\"num\">" : "<td>")
          << HtmlEscape(cell) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

}  // namespace

void RenderReportHtml(const ReportDocument& document, std::ostream& out) {
  const bool landscape =
      std::any_of(document.sections.begin(), document.sections.end(),
                  [](const ReportSection& section) {
                    return section.kind == ReportSection::Kind::kTable &&
                           section.table.headers.size() > kLandscapeColumns;
                  });
  out << "<!DOCTYPE html>\n<html lang=\"" << ReportLangTag(document.lang)
      << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">\n<title>"
      << HtmlEscape(document.title) << "</title>\n<style>" << kStyle
      << (landscape ? kLandscapeStyle : "")
      << "</style>\n</head>\n<body class=\"report report-"
      << ReportKindWord(document.kind) << "\">\n<header>\n<h1>"
      << HtmlEscape(document.title) << "</h1>\n";
  if (document.partial) {
    out << "<div class=\"partial\">"
        << HtmlEscape(Label("html.partial_banner", document.lang))
        << "</div>\n";
  }
  FiguresTable(document.scope, "scope", out);
  out << "</header>\n<main>\n";
  for (const ReportSection& section : document.sections) {
    const char* css_class =
        section.kind == ReportSection::Kind::kFigures ? "figures-section"
        : section.kind == ReportSection::Kind::kChart ? "chart-section"
                                                      : "table-section";
    out << "<section id=\"" << HtmlEscape(section.id) << "\" class=\""
        << css_class << "\">\n<h2>" << HtmlEscape(section.title) << "</h2>\n";
    switch (section.kind) {
      case ReportSection::Kind::kFigures:
        FiguresTable(section.figures, "figures", out);
        break;
      case ReportSection::Kind::kTable:
        DataTable(section.table, out);
        break;
      case ReportSection::Kind::kChart:
        switch (section.chart.type) {
          case ReportChart::Type::kStackedColumns:
            StackedColumns(section, out);
            break;
          case ReportChart::Type::kRateColumns:
            RateColumns(section, document.lang, out);
            break;
          case ReportChart::Type::kStackedBars:
            StackedBars(section, out);
            break;
        }
        Legend(section.chart, out);
        break;
    }
    out << "</section>\n";
  }
  out << "</main>\n<footer>" << HtmlEscape(Label("html.footer", document.lang))
      << " · " << HtmlEscape(document.title) << "</footer>\n</body>\n</html>\n";
}

}  // namespace frontdesk::cli
