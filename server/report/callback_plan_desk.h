// ReportService.GetResidentCallbackPlan (回访计划)
// [T-PERIODIC-RESIDENT-VISITS]: for a month, each site's duty period by its
// handover date (callback_cadence.h: the month in the first year after
// handover, its calendar quarter after), the units due in it, which were
// reached, and the coverage done / due (target 100%).
//
// - The month: "YYYY-MM", or the current month when empty; one that has not
//   begun at the sites is PERIOD_IN_FUTURE (report_period.h MonthPeriod).
// - Due: the site's units created before the duty period began; none when
//   the site has no handover date (handover_date_set false) or the month
//   ends before it. Done: a REACHED ResidentCallback in the duty period.
// - The period may run past today: the plan is then partial, the callbacks
//   counted are those made so far.
// - Counted in SQL per unit (db/report/resident_callbacks.h); at most
//   kMaxPlanUnits units listed per site, then `truncated`.
// - "sites/-": each site with its own cadence under by_site; the total adds
//   due and done, its scope period is the month, its cadence unspecified.
#ifndef FRONTDESK_SERVER_REPORT_CALLBACK_PLAN_DESK_H_
#define FRONTDESK_SERVER_REPORT_CALLBACK_PLAN_DESK_H_

#include "frontdesk/v1/report_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

inline constexpr int kMaxPlanUnits = 10000;

class CallbackPlanDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status GetResidentCallbackPlan(
      const Call& call, const v1::GetResidentCallbackPlanRequest& request,
      v1::ResidentCallbackPlan* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_CALLBACK_PLAN_DESK_H_
