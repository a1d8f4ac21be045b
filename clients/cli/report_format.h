// How the report renderers write numbers, rates, durations and times, and
// how they quote text for CSV and escape it for HTML. Pure; no CLI11, no
// gRPC.
#ifndef FRONTDESK_CLIENTS_CLI_REPORT_FORMAT_H_
#define FRONTDESK_CLIENTS_CLI_REPORT_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/time/time.h"
#include "clients/cli/report_document.h"
#include "clients/cli/report_labels.h"

namespace google::protobuf {
class Duration;
class Timestamp;
}  // namespace google::protobuf

namespace frontdesk::v1 {
class RateMetric;
}  // namespace frontdesk::v1

namespace frontdesk::cli {

// What the renderers print for "nothing to measure".
inline constexpr const char* kNoDataMark = "—";

// 0.98 → "98.0%" (one decimal, for measured rates).
std::string PercentText(double rate);
// A target: 1.0 → "100%", 0.01 → "1%", 0.955 → "95.5%" (no trailing zeros).
std::string TargetPercentText(double target);

// The figure of a RateMetric (report_document.h): value "98.0% (98/100)",
// target "目标 ≥100%" (≥ for AT_LEAST, < for BELOW, none when the direction
// is unspecified), verdict "达标" / "未达标"; no_data: value "—", no target
// or verdict.
ReportFigure RateFigure(const std::string& label, const v1::RateMetric& rate,
                        ReportLang lang);

// The figure on one line: "98.0% (98/100), 目标 ≥100%, 未达标".
std::string FigureText(const ReportFigure& figure);

// A rate alone for a table cell: "98.0%", or "—" with no data.
std::string RateCell(const v1::RateMetric& rate);

// "1h30m"; "—" for an unset duration.
std::string DurationCell(const google::protobuf::Duration& duration);

// "2026-11-23 14:05" in `zone`; "" for an unset timestamp.
std::string TimeCell(const google::protobuf::Timestamp& time,
                     absl::TimeZone zone);

// One RFC 4180 field: as is, or in double quotes (inner quotes doubled)
// when it holds a comma, a quote, CR or LF, or starts or ends with a space.
std::string CsvField(std::string_view text);

// `text` with & < > " ' as character references: safe in element content
// and in quoted attribute values.
std::string HtmlEscape(std::string_view text);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_REPORT_FORMAT_H_
