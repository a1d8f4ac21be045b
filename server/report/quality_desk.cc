#include "server/report/quality_desk.h"

#include "db/report/night_callbacks.h"
#include "db/report/quality_figures.h"
#include "db/report/ticket_figures.h"
#include "db/roster/shift_store.h"
#include "server/report/night_callbacks.h"
#include "server/report/quality_indicators.h"
#include "server/report/report_compute.h"
#include "server/report/report_figures.h"
#include "server/report/report_period.h"
#include "server/report/report_settings_desk.h"

namespace frontdesk {
namespace {

absl::StatusOr<v1::ServiceQualityReport> QualityOfSite(db::Tx& tx,
                                                       const ReportSite& site,
                                                       const ReportDays& days,
                                                       absl::Time now) {
  const db::ReportWindow w = WindowOf(site, days, now);
  auto settings = LoadReportSettings(tx, site.id);
  if (!settings.ok()) return settings.status();
  QualityInputs in;
  in.as_of_us = w.as_of_us;
  auto complaints = db::ListComplaintFacts(tx, w);
  if (!complaints.ok()) return complaints.status();
  in.complaints = *std::move(complaints);
  auto follow_ups = db::CountCallbackFollowUps(tx, w);
  if (!follow_ups.ok()) return follow_ups.status();
  in.follow_ups = *follow_ups;
  auto ratings = db::CountRatings(tx, w);
  if (!ratings.ok()) return ratings.status();
  in.ratings = *std::move(ratings);
  auto slips = db::ListSlipFacts(tx, w);
  if (!slips.ok()) return slips.status();
  in.slips = *std::move(slips);
  auto promises = db::CountWorkOrderPromises(tx, w);
  if (!promises.ok()) return promises.status();
  in.promises = *promises;
  auto units = db::CountUnitsAt(tx, w);
  if (!units.ok()) return units.status();
  in.units = *units;
  auto received = db::CountReceived(tx, w);
  if (!received.ok()) return received.status();
  in.received = TicketCountsOf(*received).total();
  auto resolutions = db::ListResolutions(tx, w);
  if (!resolutions.ok()) return resolutions.status();

  auto shifts = db::ListShifts(tx, site.id, days.first, days.last);
  if (!shifts.ok()) return shifts.status();
  auto repairs = db::ListRepairResolutions(tx, w);
  if (!repairs.ok()) return repairs.status();

  v1::ServiceQualityReport r;
  *r.mutable_scope() = ScopeOf(&site, days, days.last >= site.today, now);
  FillQualityIndicators(in, *settings, &r);
  *r.mutable_night_callbacks_within_1h() = NightCallbacksWithinHour(
      *repairs, NightWatchesOf(*shifts, site.zone), w.as_of_us);
  for (v1::DayFigures& day : DaysOf(days, site.zone, *received, *resolutions)) {
    *r.add_days() = std::move(day);
  }
  return r;
}

}  // namespace

absl::Status QualityDesk::GetServiceQualityReport(
    const Call& call, const v1::GetServiceQualityReportRequest& request,
    v1::ServiceQualityReport* response) {
  return Compute(
      services_, call, request.site(),
      [&](absl::CivilDay today) {
        return ExplicitPeriod("period", request.period().start_date(),
                              request.period().end_date(), today);
      },
      QualityOfSite, AddQuality, response);
}

}  // namespace frontdesk
