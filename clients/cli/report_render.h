// The three ways to print a ReportDocument (report_document.h). Pure: no
// CLI11, no gRPC.
//
// - Text (-o table): the title, the scope and each figures section as
//   "key: value" lines, each table as an aligned Table (output.h); charts
//   are left out (their data are in the tables).
// - CSV (-o csv): RFC 4180, CRLF line ends, UTF-8 with a byte-order mark so
//   that Excel reads Chinese correctly. One section per table: a line with
//   the section's title, its header row, its rows, an empty line. The scope
//   and each figures section are tables too (indicator, value, target,
//   verdict). Charts are left out.
// - HTML (-o html): one self-contained page: inline CSS, inline SVG charts,
//   no script, no link to anything; printable on A4 (@page size A4, charts
//   scale to the page width). A table of more than 10 columns is
//   <table class="data wide">, in a smaller type; a document with a table
//   of more than 15 (the staff report's) prints on A4 landscape, so that
//   the table fits the paper's width. All text is escaped.
//   Stable hooks for tests: <section id="SECTION-ID">,
//   <svg class="chart" data-chart="ID">, <g class="series" data-series="ID">,
//   <table class="figures">, <div class="partial"> when the report is
//   partial.
#ifndef FRONTDESK_CLIENTS_CLI_REPORT_RENDER_H_
#define FRONTDESK_CLIENTS_CLI_REPORT_RENDER_H_

#include <iosfwd>

#include "clients/cli/report_document.h"

namespace frontdesk::cli {

void RenderReportText(const ReportDocument& document, std::ostream& out);
void RenderReportCsv(const ReportDocument& document, std::ostream& out);
void RenderReportHtml(const ReportDocument& document, std::ostream& out);

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_REPORT_RENDER_H_
