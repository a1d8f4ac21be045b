// BuildReportDocument(): one function per report, in the order of the
// proto: the daily, weekly and monthly reports here, those of a period
// (complaints, quality, staff) and the open items in
// report_document_periods.cc. See report_document.h for the contract.
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
      return report_internal::ComplaintsDocument(
          As<v1::ComplaintAnalysis>(report), lang);
    case ReportKind::kQuality:
      return report_internal::QualityDocument(
          As<v1::ServiceQualityReport>(report), lang);
    case ReportKind::kStaff:
      return report_internal::StaffDocument(As<v1::StaffReport>(report), lang);
    case ReportKind::kOpenItems:
      return report_internal::OpenItemsDocument(As<v1::OpenItemsList>(report),
                                                lang);
  }
  return ReportDocument();
}

}  // namespace frontdesk::cli
