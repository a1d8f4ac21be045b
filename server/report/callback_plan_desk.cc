#include "server/report/callback_plan_desk.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <optional>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/names.h"
#include "db/report/resident_callbacks.h"
#include "server/report/callback_cadence.h"
#include "server/report/indicators.h"
#include "server/report/report_compute.h"
#include "server/report/report_period.h"
#include "server/report/report_settings_desk.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

v1::ResidentCallbackPlan::Cadence CadenceOf(CallbackCadence c) {
  switch (c) {
    case CallbackCadence::kMonthly:
      return v1::ResidentCallbackPlan::MONTHLY;
    case CallbackCadence::kQuarterly:
      return v1::ResidentCallbackPlan::QUARTERLY;
    case CallbackCadence::kNone:
      break;
  }
  return v1::ResidentCallbackPlan::CADENCE_UNSPECIFIED;
}

absl::StatusOr<v1::ResidentCallbackPlan> PlanOfSite(db::Tx& tx,
                                                    const ReportSite& site,
                                                    const ReportDays& days,
                                                    absl::Time now) {
  auto settings = LoadReportSettings(tx, site.id);
  if (!settings.ok()) return settings.status();
  std::optional<absl::CivilDay> handover;
  absl::CivilDay parsed;
  // Stored only after validation (report_settings.h); "" means not set.
  if (absl::ParseCivilTime(settings->resident_handover_date, &parsed)) {
    handover = parsed;
  }
  const CallbackDuty duty =
      CallbackDutyOf(handover, absl::CivilMonth(days.first));
  const bool partial = duty.last >= site.today;
  v1::ResidentCallbackPlan plan;
  *plan.mutable_scope() =
      ScopeOf(&site, ReportDays{duty.first, duty.last, partial}, partial, now);
  plan.set_cadence(CadenceOf(duty.cadence));
  plan.set_handover_date_set(handover.has_value());
  if (duty.cadence != CallbackCadence::kNone) {
    const Instants instants = InstantsOf(duty.first, duty.last, site.zone);
    db::ReportWindow w;
    w.site_id = site.id;
    w.start_us = ToMicros(instants.start);
    w.end_us = ToMicros(instants.end);
    w.as_of_us = std::min<long long>(w.end_us - 1, ToMicros(now));
    auto rows = db::ReadCallbackPlan(tx, w, kMaxPlanUnits);
    if (!rows.ok()) return rows.status();
    plan.set_due(rows->due);
    plan.set_done(rows->done);
    plan.set_truncated(rows->truncated);
    for (const db::UnitCallbackRow& row : rows->units) {
      v1::UnitCallbackStatus* u = plan.add_units();
      u->set_unit(UnitName(site.id, row.unit_id));
      u->set_display(row.unit_id);
      u->set_done(row.done);
      u->set_callbacks_in_period(row.callbacks_in_period);
      if (row.last_callback_us) {
        *u->mutable_last_callback_time() =
            TimeUtil::MicrosecondsToTimestamp(*row.last_callback_us);
      }
    }
  }
  *plan.mutable_coverage() =
      Rate(plan.done(), plan.due(), 1.0, v1::RateMetric::AT_LEAST);
  return plan;
}

void AddPlan(const v1::ResidentCallbackPlan& site,
             v1::ResidentCallbackPlan* total) {
  total->set_due(total->due() + site.due());
  total->set_done(total->done() + site.done());
  total->set_handover_date_set(total->handover_date_set() ||
                               site.handover_date_set());
  total->set_truncated(total->truncated() || site.truncated());
  *total->mutable_coverage() =
      Rate(total->done(), total->due(), 1.0, v1::RateMetric::AT_LEAST);
}

}  // namespace

absl::Status CallbackPlanDesk::GetResidentCallbackPlan(
    const Call& call, const v1::GetResidentCallbackPlanRequest& request,
    v1::ResidentCallbackPlan* response) {
  absl::Status status = Compute(
      services_, call, request.site(),
      [&](absl::CivilDay today) {
        // Empty: the current month (MonthPeriod's default is last month).
        const std::string month =
            request.month().empty()
                ? absl::FormatCivilTime(absl::CivilMonth(today))
                : request.month();
        return MonthPeriod("month", month, today);
      },
      PlanOfSite, AddPlan, response);
  if (status.ok() && request.site() == "sites/-") {
    // The total of "sites/-" states its coverage even with no site.
    *response->mutable_coverage() =
        Rate(response->done(), response->due(), 1.0, v1::RateMetric::AT_LEAST);
  }
  return status;
}

}  // namespace frontdesk
