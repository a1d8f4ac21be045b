#include "server/report/statistics_desk.h"

#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "db/report/department_slips.h"
#include "db/report/night_callbacks.h"
#include "db/report/open_items.h"
#include "db/report/quality_figures.h"
#include "db/report/ticket_figures.h"
#include "db/report/visitor_figures.h"
#include "db/visitor/visitor_settings_store.h"
#include "server/report/department_slips.h"
#include "server/report/duty_shifts.h"
#include "server/report/indicators.h"
#include "server/report/night_callbacks.h"
#include "server/report/quality_indicators.h"
#include "server/report/report_compute.h"
#include "server/report/report_figures.h"
#include "server/report/report_period.h"
#include "server/report/report_settings_desk.h"
#include "server/report/report_sites.h"

namespace frontdesk {
namespace {

template <typename T>
void SetRepeated(const std::vector<T>& from,
                 google::protobuf::RepeatedPtrField<T>* to) {
  to->Clear();
  for (const T& item : from) *to->Add() = item;
}

// The window's visitor and key figures, overstays judged by the site's
// grace (VisitorSettings).
absl::StatusOr<db::VisitorFigures> VisitorFiguresOf(db::Tx& tx,
                                                    const db::ReportWindow& w) {
  auto settings = db::GetVisitorSettings(tx, w.site_id);
  if (!settings.ok()) return settings.status();
  return db::CountVisitorFigures(
      tx, w, absl::ToInt64Microseconds(settings->overstay_grace));
}

absl::StatusOr<v1::DailyDutyReport> DailyOfSite(db::Tx& tx,
                                                const ReportSite& site,
                                                const ReportDays& days,
                                                absl::Time now) {
  const db::ReportWindow w = WindowOf(site, days, now);
  v1::DailyDutyReport r;
  *r.mutable_scope() = ScopeOf(&site, days, days.last >= site.today, now);
  auto received = db::CountReceived(tx, w);
  if (!received.ok()) return received.status();
  *r.mutable_received() = TicketCountsOf(*received);
  SetRepeated(ChannelCountsOf(*received), r.mutable_received_by_channel());
  auto dispatched = db::CountFirstDispatches(tx, w);
  if (!dispatched.ok()) return dispatched.status();
  r.set_dispatched(*dispatched);
  auto resolutions = db::ListResolutions(tx, w);
  if (!resolutions.ok()) return resolutions.status();
  r.set_resolved(ResolvedTickets(*resolutions));
  auto callbacks = db::CountCallbacks(tx, w);
  if (!callbacks.ok()) return callbacks.status();
  r.set_callbacks(callbacks->callbacks);
  r.set_callbacks_unsatisfied(callbacks->unsatisfied);
  auto shifts = db::ListShifts(tx, site.id, days.first, days.last);
  if (!shifts.ok()) return shifts.status();
  auto repairs = db::ListRepairResolutions(tx, w);
  if (!repairs.ok()) return repairs.status();
  *r.mutable_night_callbacks_within_1h() = NightCallbacksWithinHour(
      *repairs, NightWatchesOf(*shifts, site.zone), w.as_of_us);
  auto summaries = SummarizeDutyShifts(tx, site.id, days.first, *shifts, now);
  if (!summaries.ok()) return summaries.status();
  SetRepeated(*summaries, r.mutable_shifts());
  auto open = db::CountOpenAt(tx, site.id, w.as_of_us);
  if (!open.ok()) return open.status();
  r.set_open_at_end(open->open);
  r.set_overdue_at_end(open->overdue);
  auto escalated = db::CountEscalatedTickets(tx, w);
  if (!escalated.ok()) return escalated.status();
  r.set_escalated(*escalated);
  auto visitors = VisitorFiguresOf(tx, w);
  if (!visitors.ok()) return visitors.status();
  r.set_visits(visitors->visits);
  r.set_refusals(visitors->refusals);
  r.set_overstays(visitors->overstays);
  r.set_on_premises_at_end(visitors->on_premises_at_end);
  r.set_keys_lent(visitors->keys_lent);
  r.set_keys_returned(visitors->keys_returned);
  r.set_keys_out_at_end(visitors->keys_out_at_end);
  r.set_keys_overdue_at_end(visitors->keys_overdue_at_end);
  return r;
}

void AddDaily(const v1::DailyDutyReport& a, v1::DailyDutyReport* total) {
  AddTicketCounts(a.received(), total->mutable_received());
  AddChannelCounts(a.received_by_channel(),
                   total->mutable_received_by_channel());
  total->set_dispatched(total->dispatched() + a.dispatched());
  total->set_resolved(total->resolved() + a.resolved());
  total->set_callbacks(total->callbacks() + a.callbacks());
  total->set_callbacks_unsatisfied(total->callbacks_unsatisfied() +
                                   a.callbacks_unsatisfied());
  *total->mutable_night_callbacks_within_1h() = AddRates(
      total->night_callbacks_within_1h(), a.night_callbacks_within_1h());
  total->set_open_at_end(total->open_at_end() + a.open_at_end());
  total->set_overdue_at_end(total->overdue_at_end() + a.overdue_at_end());
  total->set_escalated(total->escalated() + a.escalated());
  total->set_visits(total->visits() + a.visits());
  total->set_refusals(total->refusals() + a.refusals());
  total->set_overstays(total->overstays() + a.overstays());
  total->set_on_premises_at_end(total->on_premises_at_end() +
                                a.on_premises_at_end());
  total->set_keys_lent(total->keys_lent() + a.keys_lent());
  total->set_keys_returned(total->keys_returned() + a.keys_returned());
  total->set_keys_out_at_end(total->keys_out_at_end() + a.keys_out_at_end());
  total->set_keys_overdue_at_end(total->keys_overdue_at_end() +
                                 a.keys_overdue_at_end());
}

// The week's figures but the department lines, which the caller folds
// from `slips` (all sites' slips together for "sites/-").
absl::StatusOr<v1::WeeklySummary> WeeklyOfSite(
    db::Tx& tx, const ReportSite& site, const ReportDays& days, absl::Time now,
    std::vector<db::DepartmentSlip>* slips,
    std::map<std::string, std::string>* names) {
  const db::ReportWindow w = WindowOf(site, days, now);
  v1::WeeklySummary r;
  *r.mutable_scope() = ScopeOf(&site, days, days.last >= site.today, now);
  auto settings = LoadReportSettings(tx, site.id);
  if (!settings.ok()) return settings.status();
  auto received = db::CountReceived(tx, w);
  if (!received.ok()) return received.status();
  *r.mutable_received() = TicketCountsOf(*received);
  auto resolutions = db::ListResolutions(tx, w);
  if (!resolutions.ok()) return resolutions.status();
  r.set_resolved(ResolvedTickets(*resolutions));
  auto open = db::CountOpenAt(tx, site.id, w.as_of_us);
  if (!open.ok()) return open.status();
  r.set_open_at_end(open->open);
  r.set_overdue_at_end(open->overdue);
  auto site_slips = db::ListDepartmentSlips(tx, w);
  if (!site_slips.ok()) return site_slips.status();
  auto site_names = db::HolderNames(tx, site.id);
  if (!site_names.ok()) return site_names.status();
  SetRepeated(FoldDepartmentSlips(*site_slips, *site_names),
              r.mutable_departments());
  slips->insert(slips->end(), site_slips->begin(), site_slips->end());
  names->insert(site_names->begin(), site_names->end());
  auto follow_ups = db::CountCallbackFollowUps(tx, w);
  if (!follow_ups.ok()) return follow_ups.status();
  *r.mutable_callback_rate() = CallbackRate(*follow_ups);
  auto complaints = db::ListComplaintFacts(tx, w);
  if (!complaints.ok()) return complaints.status();
  *r.mutable_complaint_answered_24h() =
      ComplaintAnswered24h(*complaints, w.as_of_us);
  auto slip_facts = db::ListSlipFacts(tx, w);
  if (!slip_facts.ok()) return slip_facts.status();
  *r.mutable_information_timeliness() =
      InformationTimeliness(*slip_facts, *settings);
  SetRepeated(DaysOf(days, site.zone, *received, *resolutions),
              r.mutable_days());
  return r;
}

// Everything but the departments (see WeeklyOfSite).
void AddWeekly(const v1::WeeklySummary& a, v1::WeeklySummary* total) {
  AddTicketCounts(a.received(), total->mutable_received());
  total->set_resolved(total->resolved() + a.resolved());
  total->set_open_at_end(total->open_at_end() + a.open_at_end());
  total->set_overdue_at_end(total->overdue_at_end() + a.overdue_at_end());
  *total->mutable_callback_rate() =
      AddRates(total->callback_rate(), a.callback_rate());
  *total->mutable_complaint_answered_24h() =
      AddRates(total->complaint_answered_24h(), a.complaint_answered_24h());
  *total->mutable_information_timeliness() =
      AddRates(total->information_timeliness(), a.information_timeliness());
  AddDays(a.days(), total->mutable_days());
}

absl::StatusOr<v1::MonthlyStatistics> MonthlyOfSite(db::Tx& tx,
                                                    const ReportSite& site,
                                                    const ReportDays& days,
                                                    absl::Time now) {
  const db::ReportWindow w = WindowOf(site, days, now);
  v1::MonthlyStatistics r;
  *r.mutable_scope() = ScopeOf(&site, days, days.last >= site.today, now);
  r.set_month(absl::FormatCivilTime(absl::CivilMonth(days.first)));
  auto received = db::CountReceived(tx, w);
  if (!received.ok()) return received.status();
  *r.mutable_received() = TicketCountsOf(*received);
  SetRepeated(ChannelCountsOf(*received), r.mutable_received_by_channel());
  SetRepeated(RepairsByRouteOf(*received), r.mutable_repairs_by_route());
  SetRepeated(ComplaintsByClassOf(*received), r.mutable_complaints_by_class());
  auto previous =
      db::CountReceived(tx, WindowOf(site, PreviousPeriod(days), now));
  if (!previous.ok()) return previous.status();
  *r.mutable_previous_month() = TicketCountsOf(*previous);
  auto resolutions = db::ListResolutions(tx, w);
  if (!resolutions.ok()) return resolutions.status();
  r.set_resolved(ResolvedTickets(*resolutions));
  auto callbacks = db::CountCallbacks(tx, w);
  if (!callbacks.ok()) return callbacks.status();
  r.set_callbacks(callbacks->callbacks);
  auto visitors = VisitorFiguresOf(tx, w);
  if (!visitors.ok()) return visitors.status();
  r.set_visits(visitors->visits);
  r.set_refusals(visitors->refusals);
  r.set_key_loans(visitors->keys_lent);
  SetRepeated(DaysOf(days, site.zone, *received, *resolutions),
              r.mutable_days());
  return r;
}

void AddMonthly(const v1::MonthlyStatistics& a, v1::MonthlyStatistics* total) {
  AddTicketCounts(a.received(), total->mutable_received());
  AddTicketCounts(a.previous_month(), total->mutable_previous_month());
  AddChannelCounts(a.received_by_channel(),
                   total->mutable_received_by_channel());
  AddCategoryCounts(a.repairs_by_route(), total->mutable_repairs_by_route());
  AddCategoryCounts(a.complaints_by_class(),
                    total->mutable_complaints_by_class());
  total->set_resolved(total->resolved() + a.resolved());
  total->set_callbacks(total->callbacks() + a.callbacks());
  total->set_visits(total->visits() + a.visits());
  total->set_refusals(total->refusals() + a.refusals());
  total->set_key_loans(total->key_loans() + a.key_loans());
  AddDays(a.days(), total->mutable_days());
}

}  // namespace

absl::Status StatisticsDesk::GetDailyDutyReport(
    const Call& call, const v1::GetDailyDutyReportRequest& request,
    v1::DailyDutyReport* response) {
  return Compute(
      services_, call, request.site(),
      [&](absl::CivilDay today) {
        return DayPeriod("date", request.date(), today);
      },
      DailyOfSite, AddDaily, response);
}

absl::Status StatisticsDesk::GetWeeklySummary(
    const Call& call, const v1::GetWeeklySummaryRequest& request,
    v1::WeeklySummary* response) {
  std::vector<db::DepartmentSlip> slips;
  std::map<std::string, std::string> names;
  absl::Status status = Compute(
      services_, call, request.site(),
      [&](absl::CivilDay today) {
        return WeekPeriod("date", request.date(), today);
      },
      [&](db::Tx& tx, const ReportSite& site, const ReportDays& days,
          absl::Time now) {
        return WeeklyOfSite(tx, site, days, now, &slips, &names);
      },
      AddWeekly, response);
  if (status.ok() && response->by_site_size() > 0) {
    SetRepeated(FoldDepartmentSlips(slips, names),
                response->mutable_departments());
  }
  return status;
}

absl::Status StatisticsDesk::GetMonthlyStatistics(
    const Call& call, const v1::GetMonthlyStatisticsRequest& request,
    v1::MonthlyStatistics* response) {
  return Compute(
      services_, call, request.site(),
      [&](absl::CivilDay today) {
        return MonthPeriod("month", request.month(), today);
      },
      MonthlyOfSite, AddMonthly, response);
}

}  // namespace frontdesk
