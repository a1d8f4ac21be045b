#include "clients/cli/report_builder.h"

#include <utility>

#include "clients/cli/enums.h"
#include "clients/cli/local_time.h"
#include "clients/cli/report_format.h"

namespace frontdesk::cli::report_internal {

std::string Num(int64_t value) { return std::to_string(value); }

std::vector<std::pair<v1::Ticket::Kind, int64_t>> KindCounts(
    const v1::TicketCounts& c) {
  return {{v1::Ticket::INQUIRY, c.inquiries()},
          {v1::Ticket::HELP, c.help_requests()},
          {v1::Ticket::REPAIR, c.repairs()},
          {v1::Ticket::COMPLAINT, c.complaints()},
          {v1::Ticket::SUGGESTION, c.suggestions()},
          {v1::Ticket::PRAISE, c.praises()},
          {v1::Ticket::SPECIAL_SERVICE, c.special_services()}};
}

Builder::Builder(ReportKind kind, ReportLang lang, const v1::ReportScope& scope)
    : lang_(lang), zone_(CliTimeZone()) {
  if (!scope.time_zone().empty()) {
    absl::TimeZone site_zone;
    if (absl::LoadTimeZone(scope.time_zone(), &site_zone)) zone_ = site_zone;
  }
  document_.kind = kind;
  document_.lang = lang;
  document_.partial = scope.partial();
  document_.title =
      L("title." + ReportKindWord(kind)) + " · " + SiteCell(scope);

  auto add = [&](const char* key, std::string value) {
    if (value.empty()) return;
    ReportFigure figure;
    figure.label = L(key);
    figure.value = std::move(value);
    document_.scope.push_back(std::move(figure));
  };
  add("scope.site", SiteCell(scope));
  bool all_sites = scope.site().empty() || scope.site() == "sites/-";
  add("scope.time_zone",
      all_sites ? L("scope.each_site_zone") : scope.time_zone());
  const v1::ReportPeriod& period = scope.period();
  std::string period_text = period.start_date();
  if (!period.end_date().empty() && period.end_date() != period.start_date()) {
    period_text += " " + L("scope.to") + " " + period.end_date();
  }
  add("scope.period", period_text);
  // One site's times are in its zone; those of every site in the CLI's,
  // which is then named.
  auto scope_time = [&](const google::protobuf::Timestamp& time) {
    std::string text = Time(time);
    if (all_sites && !text.empty()) text += " (" + zone_.name() + ")";
    return text;
  };
  add("scope.generated", scope_time(scope.generate_time()));
  add("scope.data_as_of", scope_time(scope.data_as_of()));
  add("scope.definitions", scope.definitions_version());
  if (scope.partial()) add("scope.partial", L("scope.partial_yes"));
}

std::string Builder::Time(const google::protobuf::Timestamp& time) const {
  return TimeCell(time, zone_);
}

std::string Builder::SiteCell(const v1::ReportScope& scope) const {
  if (scope.site().empty() || scope.site() == "sites/-") {
    return L("scope.all_sites");
  }
  std::string id = scope.site().rfind("sites/", 0) == 0 ? scope.site().substr(6)
                                                        : scope.site();
  if (scope.site_display_name().empty()) return id;
  return scope.site_display_name() + " (" + id + ")";
}

std::string Builder::Category(const std::string& group,
                              const v1::CategoryCount& count) const {
  return CategoryLabel(group, count.category(), count.display_name(), lang_);
}

ReportSection& Builder::Figures(const std::string& id,
                                const std::string& title_key) {
  ReportSection section;
  section.kind = ReportSection::Kind::kFigures;
  section.id = id;
  section.title = L(title_key);
  document_.sections.push_back(std::move(section));
  return document_.sections.back();
}

ReportSection& Builder::AddTable(const std::string& id,
                                 const std::string& title_key,
                                 const std::vector<const char*>& header_keys) {
  ReportSection section;
  section.kind = ReportSection::Kind::kTable;
  section.id = id;
  section.title = L(title_key);
  for (const char* key : header_keys) section.table.headers.push_back(L(key));
  document_.sections.push_back(std::move(section));
  return document_.sections.back();
}

ReportSection& Builder::Table(const std::string& id,
                              const std::string& title_key,
                              std::initializer_list<const char*> header_keys) {
  return AddTable(id, title_key, std::vector<const char*>(header_keys));
}

ReportSection& Builder::Chart(const std::string& id,
                              const std::string& title_key,
                              ReportChart::Type type) {
  ReportSection section;
  section.kind = ReportSection::Kind::kChart;
  section.id = id;
  section.title = L(title_key);
  section.chart.type = type;
  document_.sections.push_back(std::move(section));
  return document_.sections.back();
}

void Builder::Count(ReportSection& section, const std::string& key,
                    int64_t value) const {
  Text(section, key, Num(value));
}

void Builder::Text(ReportSection& section, const std::string& key,
                   std::string value) const {
  ReportFigure figure;
  figure.label = L(key);
  figure.value = std::move(value);
  section.figures.push_back(std::move(figure));
}

void Builder::Rate(ReportSection& section, const std::string& key,
                   const v1::RateMetric& rate) const {
  section.figures.push_back(RateFigure(L(key), rate, lang_));
}

void Builder::Kinds(ReportSection& section,
                    const v1::TicketCounts& counts) const {
  Count(section, "fig.received", counts.total());
  for (const auto& [kind, count] : KindCounts(counts)) {
    ReportFigure figure;
    figure.label =
        "  " + EnumText(v1::Ticket::Kind_descriptor(), kind);  // under total
    figure.value = Num(count);
    section.figures.push_back(std::move(figure));
  }
}

void Builder::Categories(
    const std::string& id, const std::string& title_key,
    const std::string& group,
    const google::protobuf::RepeatedPtrField<v1::CategoryCount>& counts) {
  if (counts.empty()) return;
  ReportSection& section = Table(id, title_key, {"col.category", "col.count"});
  for (const v1::CategoryCount& count : counts) {
    section.table.rows.push_back({Category(group, count), Num(count.count())});
  }
}

void Builder::Days(
    const google::protobuf::RepeatedPtrField<v1::DayFigures>& days) {
  if (days.empty()) return;
  // The volume by kind, stacked per day.
  ReportSection& volume = Chart("chart-daily-volume", "chart.daily_volume",
                                ReportChart::Type::kStackedColumns);
  for (const v1::DayFigures& day : days) {
    volume.chart.categories.push_back(day.date());
  }
  for (const auto& [kind, unused] : KindCounts(v1::TicketCounts())) {
    ChartSeries series;
    series.id = EnumWord(v1::Ticket::Kind_descriptor(), kind);
    series.label = EnumText(v1::Ticket::Kind_descriptor(), kind);
    for (const v1::DayFigures& day : days) {
      for (const auto& [day_kind, count] : KindCounts(day.received())) {
        if (day_kind == kind) series.values.push_back(count);
      }
    }
    volume.chart.series.push_back(std::move(series));
  }

  // The SLA compliance per day, against its target.
  ReportSection& sla = Chart("chart-sla-trend", "chart.sla_trend",
                             ReportChart::Type::kRateColumns);
  ChartSeries rates;
  rates.id = "resolved-in-deadline";
  rates.label = L("fig.resolved_in_deadline");
  for (const v1::DayFigures& day : days) {
    sla.chart.categories.push_back(day.date());
    const v1::RateMetric& rate = day.resolved_in_deadline();
    if (rate.no_data()) {
      rates.values.push_back(std::nullopt);
    } else {
      rates.values.push_back(rate.rate());
    }
    if (!sla.chart.target && !rate.no_data() &&
        rate.direction() != v1::RateMetric::DIRECTION_UNSPECIFIED) {
      sla.chart.target = rate.target();
    }
  }
  sla.chart.series.push_back(std::move(rates));

  ReportSection& table = Table(
      "days", "section.days",
      {"col.date", "col.received", "col.inquiry", "col.help", "col.repair",
       "col.complaint", "col.suggestion", "col.praise", "col.special_service",
       "col.resolved", "col.resolved_in_deadline"});
  for (const v1::DayFigures& day : days) {
    std::vector<std::string> row = {day.date(), Num(day.received().total())};
    for (const auto& [kind, count] : KindCounts(day.received())) {
      row.push_back(Num(count));
    }
    row.push_back(Num(day.resolved()));
    const v1::RateMetric& rate = day.resolved_in_deadline();
    row.push_back(rate.no_data()
                      ? RateCell(rate)
                      : RateCell(rate) + " (" + Num(rate.numerator()) + "/" +
                            Num(rate.denominator()) + ")");
    table.table.rows.push_back(std::move(row));
  }
}

}  // namespace frontdesk::cli::report_internal
