#include "server/report/callback_cadence.h"

namespace frontdesk {
namespace {

CallbackDuty MonthOf(absl::CivilMonth month, CallbackCadence cadence) {
  return {cadence, absl::CivilDay(month), absl::CivilDay(month + 1) - 1};
}

}  // namespace

absl::CivilDay FirstAnniversary(absl::CivilDay handover) {
  // CivilDay normalises 2025-02-29 to 2025-03-01.
  return absl::CivilDay(handover.year() + 1, handover.month(), handover.day());
}

CallbackDuty QuarterOf(absl::CivilMonth month) {
  const int first_month = (month.month() - 1) / 3 * 3 + 1;
  const absl::CivilMonth start(month.year(), first_month);
  return {CallbackCadence::kQuarterly, absl::CivilDay(start),
          absl::CivilDay(start + 3) - 1};
}

CallbackDuty CallbackDutyOf(std::optional<absl::CivilDay> handover,
                            absl::CivilMonth month) {
  CallbackDuty as_month = MonthOf(month, CallbackCadence::kNone);
  if (!handover || as_month.last < *handover) return as_month;
  if (as_month.first < FirstAnniversary(*handover)) {
    return MonthOf(month, CallbackCadence::kMonthly);
  }
  return QuarterOf(month);
}

}  // namespace frontdesk
