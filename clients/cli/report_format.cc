#include "clients/cli/report_format.h"

#include <google/protobuf/duration.pb.h>
#include <google/protobuf/timestamp.pb.h>

#include <cmath>
#include <cstdio>

#include "clients/cli/duration.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk::cli {

std::string PercentText(double rate) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f%%", rate * 100);
  return text;
}

std::string TargetPercentText(double target) {
  char text[32];
  // At most two decimals, without trailing zeros: 100, 1, 95.5.
  std::snprintf(text, sizeof text, "%.2f", target * 100);
  std::string number = text;
  while (!number.empty() && number.back() == '0') number.pop_back();
  if (!number.empty() && number.back() == '.') number.pop_back();
  return number + "%";
}

ReportFigure RateFigure(const std::string& label, const v1::RateMetric& rate,
                        ReportLang lang) {
  ReportFigure figure;
  figure.label = label;
  if (rate.no_data()) {
    figure.value = kNoDataMark;
    figure.state = ReportFigure::State::kNoData;
    return figure;
  }
  figure.value = PercentText(rate.rate()) + " (" +
                 std::to_string(rate.numerator()) + "/" +
                 std::to_string(rate.denominator()) + ")";
  const char* sign = rate.direction() == v1::RateMetric::AT_LEAST ? "≥"
                     : rate.direction() == v1::RateMetric::BELOW  ? "<"
                                                                  : nullptr;
  if (sign == nullptr) return figure;
  figure.target = Label("rate.target", lang) + " " + sign +
                  TargetPercentText(rate.target());
  figure.verdict = Label(rate.met() ? "rate.met" : "rate.missed", lang);
  figure.state =
      rate.met() ? ReportFigure::State::kMet : ReportFigure::State::kMissed;
  return figure;
}

std::string FigureText(const ReportFigure& figure) {
  std::string text = figure.value;
  if (!figure.target.empty()) text += ", " + figure.target;
  if (!figure.verdict.empty()) text += ", " + figure.verdict;
  return text;
}

std::string RateCell(const v1::RateMetric& rate) {
  return rate.no_data() ? kNoDataMark : PercentText(rate.rate());
}

std::string DurationCell(const google::protobuf::Duration& duration) {
  if (duration.seconds() == 0 && duration.nanos() == 0) return kNoDataMark;
  return FormatDurationSeconds(duration.seconds());
}

std::string TimeCell(const google::protobuf::Timestamp& time,
                     absl::TimeZone zone) {
  if (time.seconds() == 0 && time.nanos() == 0) return "";
  return absl::FormatTime("%Y-%m-%d %H:%M",
                          absl::FromUnixSeconds(time.seconds()), zone);
}

std::string CsvField(std::string_view text) {
  bool quote = !text.empty() && (text.front() == ' ' || text.back() == ' ');
  for (char c : text) {
    if (c == ',' || c == '"' || c == '\r' || c == '\n') quote = true;
  }
  if (!quote) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace frontdesk::cli
