// Internal to report_document*.cc: the helper that builds a ReportDocument
// section by section, with every label looked up in the catalogue
// (report_labels.h) and times in the report's zone. Not for other files.
#ifndef FRONTDESK_CLIENTS_CLI_REPORT_BUILDER_H_
#define FRONTDESK_CLIENTS_CLI_REPORT_BUILDER_H_

#include <google/protobuf/repeated_field.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "clients/cli/report_document.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk::cli::report_internal {

class Builder {
 public:
  Builder(ReportKind kind, ReportLang lang, const v1::ReportScope& scope);

  std::string L(const std::string& key) const { return Label(key, lang_); }
  ReportLang lang() const { return lang_; }
  // The zone times print in: the scope's, else the CLI time zone.
  absl::TimeZone zone() const { return zone_; }
  std::string Time(const google::protobuf::Timestamp& time) const;
  // "华馨苑 (hx)", "hx", or "全部项目" for "sites/-".
  std::string SiteCell(const v1::ReportScope& scope) const;
  // A CategoryCount's label (report_labels.h CategoryLabel()).
  std::string Category(const std::string& group,
                       const v1::CategoryCount& count) const;
  template <typename Enum>
  std::string EnumText(const google::protobuf::EnumDescriptor* type,
                       Enum value) const {
    return EnumLabel(type, static_cast<int>(value), lang_);
  }

  // Sections, appended in order; the reference is valid until the next.
  ReportSection& Figures(const std::string& id, const std::string& title_key);
  ReportSection& Table(const std::string& id, const std::string& title_key,
                       std::initializer_list<const char*> header_keys);
  ReportSection& Chart(const std::string& id, const std::string& title_key,
                       ReportChart::Type type);

  // Figures: a count, a text, a rate.
  void Count(ReportSection& section, const std::string& key,
             int64_t value) const;
  void Text(ReportSection& section, const std::string& key,
            std::string value) const;
  void Rate(ReportSection& section, const std::string& key,
            const v1::RateMetric& rate) const;

  // Figures of TicketCounts: the total and each kind.
  void Kinds(ReportSection& section, const v1::TicketCounts& counts) const;
  // A table of CategoryCounts (label, count) titled `title_key`, when any.
  void Categories(
      const std::string& id, const std::string& title_key,
      const std::string& group,
      const google::protobuf::RepeatedPtrField<v1::CategoryCount>& counts);
  // The days series: a table, the daily volume by kind and the SLA trend.
  void Days(const google::protobuf::RepeatedPtrField<v1::DayFigures>& days);
  // The per-site table of a "sites/-" report: `header_keys` after the site
  // column; `row` gives the cells of one by_site entry.
  template <typename Report, typename RowFn>
  void BySite(const google::protobuf::RepeatedPtrField<Report>& sites,
              std::initializer_list<const char*> header_keys, RowFn row) {
    if (sites.empty()) return;
    std::vector<const char*> keys = {"col.site"};
    keys.insert(keys.end(), header_keys);
    ReportSection& section = AddTable("by-site", "section.by_site", keys);
    for (const Report& site : sites) {
      std::vector<std::string> cells = {SiteCell(site.scope())};
      for (std::string& cell : row(site)) cells.push_back(std::move(cell));
      section.table.rows.push_back(std::move(cells));
    }
  }

  ReportDocument Finish() { return std::move(document_); }

 private:
  ReportSection& AddTable(const std::string& id, const std::string& title_key,
                          const std::vector<const char*>& header_keys);

  ReportLang lang_;
  absl::TimeZone zone_;
  ReportDocument document_;
};

// The counts of TicketCounts by kind, in Ticket.Kind order.
std::vector<std::pair<v1::Ticket::Kind, int64_t>> KindCounts(
    const v1::TicketCounts& counts);

std::string Num(int64_t value);

// The documents of report_document_periods.cc.
ReportDocument ComplaintsDocument(const v1::ComplaintAnalysis& report,
                                  ReportLang lang);
ReportDocument QualityDocument(const v1::ServiceQualityReport& report,
                               ReportLang lang);
ReportDocument StaffDocument(const v1::StaffReport& report, ReportLang lang);
ReportDocument OpenItemsDocument(const v1::OpenItemsList& report,
                                 ReportLang lang);

}  // namespace frontdesk::cli::report_internal

#endif  // FRONTDESK_CLIENTS_CLI_REPORT_BUILDER_H_
