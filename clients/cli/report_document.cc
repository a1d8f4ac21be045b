// BuildReportDocument(): one function per report, in the order of the
// proto. See report_document.h for the contract.
#include "clients/cli/report_document.h"

#include <google/protobuf/message.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "clients/cli/report_builder.h"
#include "clients/cli/report_format.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk::cli {
namespace {

using report_internal::Builder;
using report_internal::Num;
using v1::Ticket;

// `report` as its generated type; std::invalid_argument when it is another.
template <typename Report>
const Report& As(const google::protobuf::Message& report) {
  const auto* typed = dynamic_cast<const Report*>(&report);
  if (typed == nullptr) {
    throw std::invalid_argument("a " + report.GetDescriptor()->full_name() +
                                " is not a " +
                                Report::descriptor()->full_name());
  }
  return *typed;
}

ReportDocument Daily(const v1::DailyDutyReport& r, ReportLang lang) {
  Builder b(ReportKind::kDaily, lang, r.scope());
  ReportSection& tickets = b.Figures("tickets", "section.tickets");
  b.Kinds(tickets, r.received());
  b.Count(tickets, "fig.dispatched", r.dispatched());
  b.Count(tickets, "fig.resolved", r.resolved());
  b.Count(tickets, "fig.callbacks", r.callbacks());
  b.Count(tickets, "fig.callbacks_unsatisfied", r.callbacks_unsatisfied());
  b.Rate(tickets, "fig.night_callbacks_within_1h",
         r.night_callbacks_within_1h());
  b.Count(tickets, "fig.open_at_end", r.open_at_end());
  b.Count(tickets, "fig.overdue_at_end", r.overdue_at_end());
  b.Count(tickets, "fig.escalated", r.escalated());

  ReportSection& visitors = b.Figures("visitors", "section.visitors_keys");
  b.Count(visitors, "fig.visits", r.visits());
  b.Count(visitors, "fig.refusals", r.refusals());
  b.Count(visitors, "fig.overstays", r.overstays());
  b.Count(visitors, "fig.on_premises_at_end", r.on_premises_at_end());
  b.Count(visitors, "fig.keys_lent", r.keys_lent());
  b.Count(visitors, "fig.keys_returned", r.keys_returned());
  b.Count(visitors, "fig.keys_out_at_end", r.keys_out_at_end());
  b.Count(visitors, "fig.keys_overdue_at_end", r.keys_overdue_at_end());

  ReportSection& kinds =
      b.Chart("chart-received-by-kind", "chart.received_by_kind",
              ReportChart::Type::kStackedBars);
  ChartSeries received;
  received.id = "received";
  received.label = b.L("fig.received");
  for (const auto& [kind, count] : report_internal::KindCounts(r.received())) {
    kinds.chart.categories.push_back(
        b.EnumText(Ticket::Kind_descriptor(), kind));
    received.values.push_back(count);
  }
  kinds.chart.series.push_back(std::move(received));

  if (!r.received_by_channel().empty()) {
    ReportSection& channels = b.Table("by-channel", "section.by_channel",
                                      {"col.channel", "col.count"});
    for (const v1::ChannelCount& c : r.received_by_channel()) {
      channels.table.rows.push_back(
          {b.EnumText(Ticket::Channel_descriptor(), c.channel()),
           Num(c.count())});
    }
  }
  if (!r.shifts().empty()) {
    ReportSection& shifts =
        b.Table("shifts", "section.shifts",
                {"col.shift", "col.start", "col.end", "col.staff",
                 "col.handover", "col.handover_items", "col.significant_items",
                 "col.arrived_early", "col.attendance_irregularities"});
    for (const v1::DutyShiftSummary& s : r.shifts()) {
      std::string staff;
      for (const std::string& name : s.staff()) {
        if (!staff.empty()) staff += ", ";
        staff += name.substr(name.rfind('/') + 1);
      }
      shifts.table.rows.push_back(
          {s.display_name().empty() ? s.shift() : s.display_name(),
           b.Time(s.start_time()), b.Time(s.end_time()), staff,
           s.handover_status() == v1::Handover::STATUS_UNSPECIFIED
               ? b.L("value.none")
               : b.EnumText(v1::Handover::Status_descriptor(),
                            s.handover_status()),
           Num(s.handover_items()), Num(s.handover_significant_items()),
           b.L(s.incoming_arrived_early() ? "value.yes" : "value.no"),
           Num(s.attendance_irregularities())});
    }
  }
  b.BySite(
      r.by_site(),
      {"col.received", "col.dispatched", "col.resolved", "col.callbacks",
       "col.night_callbacks_within_1h", "col.open_at_end", "col.overdue_at_end",
       "col.escalated", "col.visits", "col.keys_out_at_end"},
      [](const v1::DailyDutyReport& s) {
        return std::vector<std::string>{Num(s.received().total()),
                                        Num(s.dispatched()),
                                        Num(s.resolved()),
                                        Num(s.callbacks()),
                                        RateCell(s.night_callbacks_within_1h()),
                                        Num(s.open_at_end()),
                                        Num(s.overdue_at_end()),
                                        Num(s.escalated()),
                                        Num(s.visits()),
                                        Num(s.keys_out_at_end())};
      });
  return b.Finish();
}

ReportDocument Weekly(const v1::WeeklySummary& r, ReportLang lang) {
  Builder b(ReportKind::kWeekly, lang, r.scope());
  ReportSection& figures = b.Figures("figures", "section.key_figures");
  b.Rate(figures, "fig.callback_rate", r.callback_rate());
  b.Rate(figures, "fig.complaint_answered_24h", r.complaint_answered_24h());
  b.Rate(figures, "fig.information_timeliness", r.information_timeliness());
  ReportSection& tickets = b.Figures("tickets", "section.tickets");
  b.Kinds(tickets, r.received());
  b.Count(tickets, "fig.resolved", r.resolved());
  b.Count(tickets, "fig.open_at_end", r.open_at_end());
  b.Count(tickets, "fig.overdue_at_end", r.overdue_at_end());
  b.Days(r.days());
  if (!r.departments().empty()) {
    auto name_of = [&b](const v1::DepartmentSlipSummary& d) {
      if (!d.display_name().empty()) return d.display_name();
      return d.department().empty() ? b.L("value.no_department")
                                    : d.department();
    };
    // Each section is filled before the next is added (references move).
    ReportSection& chart =
        b.Chart("chart-open-by-department", "chart.open_by_department",
                ReportChart::Type::kStackedBars);
    ChartSeries overdue{"overdue", b.L("col.overdue"), {}};
    ChartSeries open{"open-not-overdue", b.L("col.open_not_overdue"), {}};
    for (const v1::DepartmentSlipSummary& d : r.departments()) {
      chart.chart.categories.push_back(name_of(d));
      overdue.values.push_back(d.overdue());
      open.values.push_back(std::max<int64_t>(0, d.open() - d.overdue()));
    }
    chart.chart.series = {std::move(overdue), std::move(open)};
    ReportSection& table =
        b.Table("departments", "section.departments",
                {"col.department", "col.issued", "col.finished", "col.open",
                 "col.overdue", "col.carried_over", "col.median_time_to_finish",
                 "col.on_time", "col.reworked"});
    for (const v1::DepartmentSlipSummary& d : r.departments()) {
      table.table.rows.push_back({name_of(d), Num(d.issued()),
                                  Num(d.finished()), Num(d.open()),
                                  Num(d.overdue()), Num(d.carried_over()),
                                  DurationCell(d.median_time_to_finish()),
                                  RateCell(d.on_time()), Num(d.reworked())});
    }
  }
  b.BySite(r.by_site(),
           {"col.received", "col.resolved", "col.open_at_end",
            "col.overdue_at_end", "col.callback_rate",
            "col.complaint_answered_24h", "col.information_timeliness"},
           [](const v1::WeeklySummary& s) {
             return std::vector<std::string>{
                 Num(s.received().total()),
                 Num(s.resolved()),
                 Num(s.open_at_end()),
                 Num(s.overdue_at_end()),
                 RateCell(s.callback_rate()),
                 RateCell(s.complaint_answered_24h()),
                 RateCell(s.information_timeliness())};
           });
  return b.Finish();
}

ReportDocument Monthly(const v1::MonthlyStatistics& r, ReportLang lang) {
  Builder b(ReportKind::kMonthly, lang, r.scope());
  ReportSection& figures = b.Figures("figures", "section.key_figures");
  b.Text(figures, "fig.month", r.month());
  b.Count(figures, "fig.received", r.received().total());
  b.Count(figures, "fig.previous_month", r.previous_month().total());
  b.Count(figures, "fig.resolved", r.resolved());
  b.Count(figures, "fig.callbacks", r.callbacks());
  b.Count(figures, "fig.visits", r.visits());
  b.Count(figures, "fig.refusals", r.refusals());
  b.Count(figures, "fig.key_loans", r.key_loans());

  ReportSection& kinds = b.Table(
      "by-kind", "section.by_kind",
      {"col.kind", "col.this_month", "col.previous_month", "col.change"});
  auto now = report_internal::KindCounts(r.received());
  auto before = report_internal::KindCounts(r.previous_month());
  for (size_t i = 0; i < now.size(); ++i) {
    int64_t change = now[i].second - before[i].second;
    kinds.table.rows.push_back(
        {b.EnumText(Ticket::Kind_descriptor(), now[i].first),
         Num(now[i].second), Num(before[i].second),
         (change > 0 ? "+" : "") + Num(change)});
  }
  kinds.table.rows.push_back(
      {b.L("value.total"), Num(r.received().total()),
       Num(r.previous_month().total()),
       (r.received().total() > r.previous_month().total() ? "+" : "") +
           Num(r.received().total() - r.previous_month().total())});

  if (!r.received_by_channel().empty()) {
    ReportSection& channels = b.Table("by-channel", "section.by_channel",
                                      {"col.channel", "col.count"});
    for (const v1::ChannelCount& c : r.received_by_channel()) {
      channels.table.rows.push_back(
          {b.EnumText(Ticket::Channel_descriptor(), c.channel()),
           Num(c.count())});
    }
  }
  b.Categories("repairs-by-route", "section.repairs_by_route", "route",
               r.repairs_by_route());
  b.Categories("complaints-by-class", "section.complaints_by_class",
               "complaint_class", r.complaints_by_class());
  b.Categories("special-services", "section.special_services", "item",
               r.special_services_by_item());
  b.Days(r.days());
  b.BySite(r.by_site(),
           {"col.received", "col.previous_month", "col.resolved",
            "col.callbacks", "col.visits", "col.key_loans"},
           [](const v1::MonthlyStatistics& s) {
             return std::vector<std::string>{
                 Num(s.received().total()), Num(s.previous_month().total()),
                 Num(s.resolved()),         Num(s.callbacks()),
                 Num(s.visits()),           Num(s.key_loans())};
           });
  return b.Finish();
}

ReportDocument Complaints(const v1::ComplaintAnalysis& r, ReportLang lang) {
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

ReportDocument Quality(const v1::ServiceQualityReport& r, ReportLang lang) {
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

ReportDocument Staff(const v1::StaffReport& r, ReportLang lang) {
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

ReportDocument OpenItems(const v1::OpenItemsList& r, ReportLang lang) {
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

}  // namespace

ReportDocument BuildReportDocument(ReportKind kind,
                                   const google::protobuf::Message& report,
                                   ReportLang lang) {
  switch (kind) {
    case ReportKind::kDaily:
      return Daily(As<v1::DailyDutyReport>(report), lang);
    case ReportKind::kWeekly:
      return Weekly(As<v1::WeeklySummary>(report), lang);
    case ReportKind::kMonthly:
      return Monthly(As<v1::MonthlyStatistics>(report), lang);
    case ReportKind::kComplaints:
      return Complaints(As<v1::ComplaintAnalysis>(report), lang);
    case ReportKind::kQuality:
      return Quality(As<v1::ServiceQualityReport>(report), lang);
    case ReportKind::kStaff:
      return Staff(As<v1::StaffReport>(report), lang);
    case ReportKind::kOpenItems:
      return OpenItems(As<v1::OpenItemsList>(report), lang);
  }
  return ReportDocument();
}

}  // namespace frontdesk::cli
