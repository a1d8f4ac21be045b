// The documents of the reports of a period (complaints, quality, staff) and
// of the open-items list; see report_document.h for the contract.
#include <google/protobuf/duration.pb.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "clients/cli/report_builder.h"
#include "clients/cli/report_format.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk::cli::report_internal {

using v1::Ticket;

ReportDocument ComplaintsDocument(const v1::ComplaintAnalysis& r,
                                  ReportLang lang) {
  Builder b(ReportKind::kComplaints, lang, r.scope());
  ReportSection& figures = b.Figures("figures", "section.key_figures");
  b.Count(figures, "fig.complaints", r.complaints());
  b.Count(figures, "fig.founded", r.founded());
  b.Count(figures, "fig.unfounded", r.unfounded());
  b.Count(figures, "fig.open", r.open());
  b.Rate(figures, "fig.complaint_answered_24h", r.answered_24h());
  b.Rate(figures, "fig.complaint_finished_in_deadline",
         r.finished_in_deadline());
  b.Count(figures, "fig.renegotiated", r.renegotiated());
  b.Count(figures, "fig.finished_by_renegotiated_time",
          r.finished_by_renegotiated_time());
  b.Count(figures, "fig.reopened", r.reopened());
  b.Count(figures, "fig.reopen_cycles", r.reopen_cycles());
  b.Text(figures, "fig.median_time_to_answer",
         DurationCell(r.median_time_to_answer()));
  b.Text(figures, "fig.median_time_to_finish",
         DurationCell(r.median_time_to_finish()));
  b.Count(figures, "fig.previous_period_effective",
          r.previous_period_effective());
  b.Categories("by-class", "section.complaints_by_class", "complaint_class",
               r.by_class());
  b.Categories("by-department", "section.by_responsible_department",
               "department", r.by_responsible_department());
  b.Categories("repeat-units", "section.repeat_units", "unit",
               r.repeat_units());
  if (!r.notable_tickets().empty()) {
    ReportSection& notable =
        b.Table("notable", "section.notable_tickets", {"col.ticket"});
    for (const std::string& ticket : r.notable_tickets()) {
      notable.table.rows.push_back({ticket});
    }
  }
  b.BySite(r.by_site(),
           {"col.complaints", "col.founded", "col.unfounded", "col.open",
            "col.complaint_answered_24h", "col.complaint_finished_in_deadline",
            "col.reopened"},
           [](const v1::ComplaintAnalysis& s) {
             return std::vector<std::string>{
                 Num(s.complaints()),        Num(s.founded()),
                 Num(s.unfounded()),         Num(s.open()),
                 RateCell(s.answered_24h()), RateCell(s.finished_in_deadline()),
                 Num(s.reopened())};
           });
  return b.Finish();
}

namespace {

// The quality indicators in the proto's order: label key and value.
std::vector<std::pair<const char*, const v1::RateMetric*>> QualityRates(
    const v1::ServiceQualityReport& r) {
  return {{"fig.complaint_answered_24h", &r.complaint_answered_24h()},
          {"fig.complaint_finished_in_deadline",
           &r.complaint_finished_in_deadline()},
          {"fig.callback_rate", &r.callback_rate()},
          {"fig.night_callbacks_within_1h", &r.night_callbacks_within_1h()},
          {"fig.satisfaction_rate", &r.satisfaction_rate()},
          {"fig.effective_complaint_rate", &r.effective_complaint_rate()},
          {"fig.information_timeliness", &r.information_timeliness()},
          {"fig.information_accuracy", &r.information_accuracy()},
          {"fig.arrival_confirmation_rate", &r.arrival_confirmation_rate()},
          {"fig.work_orders_on_time", &r.work_orders_on_time()}};
}

}  // namespace

ReportDocument QualityDocument(const v1::ServiceQualityReport& r,
                               ReportLang lang) {
  Builder b(ReportKind::kQuality, lang, r.scope());
  ReportSection& figures = b.Figures("figures", "section.indicators");
  for (const auto& [key, rate] : QualityRates(r)) b.Rate(figures, key, *rate);

  const v1::SatisfactionBreakdown& satisfaction = r.satisfaction();
  if (!satisfaction.by_rating().empty()) {
    ReportSection& chart = b.Chart("chart-satisfaction", "chart.satisfaction",
                                   ReportChart::Type::kStackedBars);
    ChartSeries callbacks{"rated-callbacks", b.L("fig.rated_callbacks"), {}};
    for (const v1::CategoryCount& c : satisfaction.by_rating()) {
      chart.chart.categories.push_back(b.Category("rating", c));
      callbacks.values.push_back(c.count());
    }
    chart.chart.series.push_back(std::move(callbacks));
    ReportSection& table = b.Table("satisfaction", "section.satisfaction",
                                   {"col.rating", "col.count", "col.share"});
    for (const v1::CategoryCount& c : satisfaction.by_rating()) {
      double share =
          satisfaction.rated_callbacks() > 0
              ? static_cast<double>(c.count()) / satisfaction.rated_callbacks()
              : 0;
      table.table.rows.push_back({b.Category("rating", c), Num(c.count()),
                                  satisfaction.rated_callbacks() > 0
                                      ? PercentText(share)
                                      : kNoDataMark});
    }
    table.table.rows.push_back(
        {b.L("value.total"), Num(satisfaction.rated_callbacks()), ""});
  }
  b.Days(r.days());
  b.BySite(r.by_site(),
           {"col.complaint_answered_24h", "col.complaint_finished_in_deadline",
            "col.callback_rate", "col.night_callbacks_within_1h",
            "col.satisfaction_rate", "col.effective_complaint_rate",
            "col.information_timeliness", "col.information_accuracy",
            "col.arrival_confirmation_rate", "col.work_orders_on_time"},
           [](const v1::ServiceQualityReport& s) {
             std::vector<std::string> cells;
             for (const auto& [key, rate] : QualityRates(s)) {
               cells.push_back(RateCell(*rate));
             }
             return cells;
           });
  return b.Finish();
}

namespace {

// Worked time in hours ("168h", "7.5h"): days would hide the hours.
std::string HoursCell(const google::protobuf::Duration& duration) {
  if (duration.seconds() == 0) return kNoDataMark;
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", duration.seconds() / 3600.0);
  std::string hours = text;
  if (hours.size() > 2 && hours.compare(hours.size() - 2, 2, ".0") == 0) {
    hours.resize(hours.size() - 2);
  }
  return hours + "h";
}

std::vector<std::string> StaffCells(const Builder& b,
                                    const v1::StaffReportRow& row) {
  std::string roles;
  for (int role : row.roles()) {
    if (!roles.empty()) roles += ", ";
    roles += b.EnumText(v1::StaffMember::Role_descriptor(), role);
  }
  char leave[32];
  std::snprintf(leave, sizeof leave, "%g", row.leave_days());
  return {roles,
          Num(row.tickets_recorded()),
          Num(row.dispatches_made()),
          Num(row.callbacks_made()),
          Num(row.work_orders_finished()),
          Num(row.work_orders_reworked()),
          Num(row.visits_registered()),
          Num(row.key_transactions()),
          Num(row.handovers_written()),
          Num(row.scheduled_shifts()),
          Num(row.worked_shifts()),
          HoursCell(row.worked_time()),
          Num(row.late_count()),
          Num(row.handover_arrival_late_count()),
          Num(row.early_leave_count()),
          Num(row.absence_count()),
          Num(row.missed_clock_count()),
          Num(row.correction_count()),
          Num(row.swap_count()),
          leave,
          Num(row.overtime_minutes())};
}

}  // namespace

ReportDocument StaffDocument(const v1::StaffReport& r, ReportLang lang) {
  Builder b(ReportKind::kStaff, lang, r.scope());
  ReportSection& figures = b.Figures("figures", "section.key_figures");
  b.Count(figures, "fig.staff_count", r.rows_size());
  b.Count(figures, "fig.tickets_recorded", r.totals().tickets_recorded());
  b.Count(figures, "fig.worked_shifts", r.totals().worked_shifts());
  b.Count(figures, "fig.late_count", r.totals().late_count());
  b.Count(figures, "fig.absence_count", r.totals().absence_count());

  ReportSection& table = b.Table("staff", "section.staff",
                                 {"col.staff",
                                  "col.roles",
                                  "col.tickets_recorded",
                                  "col.dispatches_made",
                                  "col.callbacks_made",
                                  "col.work_orders_finished",
                                  "col.work_orders_reworked",
                                  "col.visits_registered",
                                  "col.key_transactions",
                                  "col.handovers_written",
                                  "col.scheduled_shifts",
                                  "col.worked_shifts",
                                  "col.worked_time",
                                  "col.late_count",
                                  "col.handover_arrival_late_count",
                                  "col.early_leave_count",
                                  "col.absence_count",
                                  "col.missed_clock_count",
                                  "col.correction_count",
                                  "col.swap_count",
                                  "col.leave_days",
                                  "col.overtime_minutes"});
  for (const v1::StaffReportRow& row : r.rows()) {
    std::string id = row.staff().substr(row.staff().rfind('/') + 1);
    std::vector<std::string> cells = {
        row.display_name().empty() ? id : row.display_name() + " (" + id + ")"};
    for (std::string& cell : StaffCells(b, row)) cells.push_back(cell);
    table.table.rows.push_back(std::move(cells));
  }
  std::vector<std::string> totals = {b.L("value.total")};
  for (std::string& cell : StaffCells(b, r.totals())) totals.push_back(cell);
  table.table.rows.push_back(std::move(totals));

  b.BySite(r.by_site(),
           {"col.staff_count", "col.tickets_recorded", "col.dispatches_made",
            "col.callbacks_made", "col.worked_shifts", "col.late_count",
            "col.absence_count", "col.leave_days"},
           [](const v1::StaffReport& s) {
             char leave[32];
             std::snprintf(leave, sizeof leave, "%g", s.totals().leave_days());
             return std::vector<std::string>{Num(s.rows_size()),
                                             Num(s.totals().tickets_recorded()),
                                             Num(s.totals().dispatches_made()),
                                             Num(s.totals().callbacks_made()),
                                             Num(s.totals().worked_shifts()),
                                             Num(s.totals().late_count()),
                                             Num(s.totals().absence_count()),
                                             leave};
           });
  return b.Finish();
}

ReportDocument OpenItemsDocument(const v1::OpenItemsList& r, ReportLang lang) {
  Builder b(ReportKind::kOpenItems, lang, r.scope());
  ReportSection& figures = b.Figures("figures", "section.key_figures");
  b.Text(figures, "fig.checkpoint",
         r.checkpoint() == v1::OpenItemsList::CHECKPOINT_UNSPECIFIED
             ? b.L("value.now")
             : b.EnumText(v1::OpenItemsList::Checkpoint_descriptor(),
                          r.checkpoint()));
  b.Text(figures, "fig.cutoff_time", b.Time(r.cutoff_time()));
  b.Text(figures, "fig.previous_cutoff_time", b.Time(r.previous_cutoff_time()));
  b.Count(figures, "fig.open", r.open());
  b.Count(figures, "fig.overdue", r.overdue());
  b.Count(figures, "fig.closed_since_previous", r.closed_since_previous_size());
  // More open tickets than the server lists (OpenItemsList.truncated).
  if (r.truncated()) {
    b.Text(figures, "fig.truncated", b.L("value.open_items_truncated"));
  }

  auto group_name = [&b](const v1::OpenItemGroup& g) {
    if (!g.display_name().empty()) return g.display_name();
    return g.department().empty() ? b.L("value.no_department") : g.department();
  };
  if (!r.groups().empty()) {
    ReportSection& chart =
        b.Chart("chart-open-by-department", "chart.open_by_department",
                ReportChart::Type::kStackedBars);
    ChartSeries overdue{"overdue", b.L("col.overdue"), {}};
    ChartSeries open{"open-not-overdue", b.L("col.open_not_overdue"), {}};
    for (const v1::OpenItemGroup& g : r.groups()) {
      chart.chart.categories.push_back(group_name(g));
      int64_t late =
          std::count_if(g.items().begin(), g.items().end(),
                        [](const v1::OpenItem& i) { return i.overdue(); });
      overdue.values.push_back(late);
      open.values.push_back(g.items_size() - late);
    }
    chart.chart.series = {std::move(overdue), std::move(open)};
  }
  for (const v1::OpenItemGroup& g : r.groups()) {
    ReportSection& table =
        b.Table("group", "section.open_group",
                {"col.number", "col.kind", "col.priority", "col.status",
                 "col.subject", "col.unit", "col.assignee", "col.created",
                 "col.age", "col.due", "col.overdue", "col.novelty"});
    table.title += ": " + group_name(g) + " (" + Num(g.items_size()) + ")";
    table.id = "group-" +
               (g.department().empty() ? std::string("none") : g.department());
    for (const v1::OpenItem& i : g.items()) {
      std::string unit = i.unit().empty()
                             ? i.location()
                             : i.unit().substr(i.unit().rfind('/') + 1);
      table.table.rows.push_back(
          {i.number().empty() ? i.ticket() : i.number(),
           b.EnumText(Ticket::Kind_descriptor(), i.kind()),
           b.EnumText(Ticket::Priority_descriptor(), i.priority()),
           b.EnumText(Ticket::Status_descriptor(), i.status()), i.subject(),
           unit, i.assignee().substr(i.assignee().rfind('/') + 1),
           b.Time(i.create_time()), DurationCell(i.age()), b.Time(i.due_time()),
           b.L(i.overdue() ? "value.yes" : "value.no"),
           b.EnumText(v1::OpenItem::Novelty_descriptor(), i.novelty())});
    }
  }
  if (!r.closed_since_previous().empty()) {
    ReportSection& closed =
        b.Table("closed", "section.closed_since_previous", {"col.ticket"});
    for (const std::string& ticket : r.closed_since_previous()) {
      closed.table.rows.push_back({ticket});
    }
  }
  b.BySite(
      r.by_site(), {"col.open", "col.overdue", "col.closed_since_previous"},
      [](const v1::OpenItemsList& s) {
        return std::vector<std::string>{Num(s.open()), Num(s.overdue()),
                                        Num(s.closed_since_previous_size())};
      });
  return b.Finish();
}

}  // namespace frontdesk::cli::report_internal
