// A report as something to print: the figures, tables and charts of one
// ReportService response, with their labels already in the chosen language.
// BuildReportDocument() reads a report message (DailyDutyReport ...
// OpenItemsList); the renderers of report_render.h print the document as a
// desk table, CSV or HTML. Pure: protobuf messages in, strings out; no CLI11,
// no gRPC.
//
// Contract:
// - Every label comes from the catalogue (report_labels.h); enum values are
//   words (报修 / Repair), never constants.
// - A RateMetric is one figure: value "98.0% (98/100)", target "目标 ≥100%",
//   verdict "未达标"; no_data is the value "—" with neither.
// - Times print in the report's own site zone (ReportScope.time_zone), else
//   in the CLI time zone (a "sites/-" report).
// - A "sites/-" report gets a per-site table (one row per by_site entry).
// - Charts are made only where the report has the data (days, satisfaction
//   ratings, departments, open-item groups); the table and CSV renderers
//   skip charts, whose data are in the tables too.
#ifndef FRONTDESK_CLIENTS_CLI_REPORT_DOCUMENT_H_
#define FRONTDESK_CLIENTS_CLI_REPORT_DOCUMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "clients/cli/report_kinds.h"
#include "clients/cli/report_labels.h"

namespace google::protobuf {
class Message;
}  // namespace google::protobuf

namespace frontdesk::cli {

struct ReportFigure {
  enum class State { kPlain, kMet, kMissed, kNoData };
  std::string label;
  std::string value;
  std::string target;   // e.g. "目标 ≥100%"; "" when none
  std::string verdict;  // "达标" / "未达标"; "" when no target or no data
  State state = State::kPlain;
};

struct ReportTable {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
};

struct ChartSeries {
  std::string id;     // stable, e.g. "repairs"
  std::string label;  // in the document's language
  // One per category; nullopt: nothing to show (a rate without data).
  std::vector<std::optional<double>> values;
};

struct ReportChart {
  enum class Type {
    kStackedColumns,  // categories along x (days), series stacked
    kRateColumns,     // one series of rates 0..1 along x, target line
    kStackedBars,     // categories down the side, series stacked across
  };
  Type type = Type::kStackedColumns;
  std::vector<std::string> categories;  // x (or y) labels
  std::vector<ChartSeries> series;
  std::optional<double> target;  // rates only
};

struct ReportSection {
  enum class Kind { kFigures, kTable, kChart };
  Kind kind = Kind::kFigures;
  std::string id;  // stable, e.g. "by-channel", "chart-daily-volume"
  std::string title;
  std::vector<ReportFigure> figures;  // kFigures
  ReportTable table;                  // kTable
  ReportChart chart;                  // kChart
};

struct ReportDocument {
  ReportKind kind = ReportKind::kDaily;
  ReportLang lang = ReportLang::kZh;
  std::string title;                // "值班日报 · 华馨苑"
  std::vector<ReportFigure> scope;  // site, period, generated, ...
  bool partial = false;
  std::vector<ReportSection> sections;
};

// The document of `report`, a message of the type ReportMessageType(kind).
ReportDocument BuildReportDocument(ReportKind kind,
                                   const google::protobuf::Message& report,
                                   ReportLang lang);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_REPORT_DOCUMENT_H_
