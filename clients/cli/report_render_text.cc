// RenderReportText() and RenderReportCsv(); see report_render.h.
#include <ostream>
#include <string>
#include <vector>

#include "clients/cli/output.h"
#include "clients/cli/report_format.h"
#include "clients/cli/report_render.h"

namespace frontdesk::cli {
namespace {

void PrintFigures(const std::vector<ReportFigure>& figures, std::ostream& out) {
  KeyValues lines;
  for (const ReportFigure& figure : figures) {
    lines.Add(figure.label, FigureText(figure));
  }
  lines.Print(out);
}

void CsvRow(const std::vector<std::string>& cells, std::ostream& out) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out << ',';
    out << CsvField(cells[i]);
  }
  out << "\r\n";
}

void CsvFigures(const std::string& title,
                const std::vector<ReportFigure>& figures, ReportLang lang,
                std::ostream& out) {
  CsvRow({title}, out);
  CsvRow({Label("col.indicator", lang), Label("col.value", lang),
          Label("col.target", lang), Label("col.verdict", lang)},
         out);
  for (const ReportFigure& figure : figures) {
    // Labels of kinds under the total are indented for the desk; not here.
    std::string label = figure.label;
    while (!label.empty() && label.front() == ' ') label.erase(0, 1);
    CsvRow({label, figure.value, figure.target, figure.verdict}, out);
  }
  out << "\r\n";
}

}  // namespace

void RenderReportText(const ReportDocument& document, std::ostream& out) {
  out << document.title << "\n\n";
  PrintFigures(document.scope, out);
  for (const ReportSection& section : document.sections) {
    if (section.kind == ReportSection::Kind::kChart) continue;
    out << "\n" << section.title << "\n";
    if (section.kind == ReportSection::Kind::kFigures) {
      PrintFigures(section.figures, out);
      continue;
    }
    Table table(section.table.headers);
    for (const std::vector<std::string>& row : section.table.rows) {
      table.AddRow(row);
    }
    table.Print(out);
  }
}

void RenderReportCsv(const ReportDocument& document, std::ostream& out) {
  out << "\xEF\xBB\xBF";  // UTF-8 byte-order mark, for Excel
  CsvFigures(document.title, document.scope, document.lang, out);
  for (const ReportSection& section : document.sections) {
    switch (section.kind) {
      case ReportSection::Kind::kChart:
        break;
      case ReportSection::Kind::kFigures:
        CsvFigures(section.title, section.figures, document.lang, out);
        break;
      case ReportSection::Kind::kTable:
        CsvRow({section.title}, out);
        CsvRow(section.table.headers, out);
        for (const std::vector<std::string>& row : section.table.rows) {
          CsvRow(row, out);
        }
        out << "\r\n";
        break;
    }
  }
}

}  // namespace frontdesk::cli
