// The periodic resident callback duty (回访, seed 001: "一年内项目每月回访一次;
// 一年以上的项目每季回访一次") as a plain rule [T-PERIODIC-RESIDENT-VISITS]:
// given a site's handover date to its residents (交付) and a month, which
// cadence applies and which site-local days the duty period covers.
//
// - No handover date, or a month that ends before it: no duty (kNone); the
//   period is then the month itself.
// - The month begins before the handover's first anniversary: kMonthly, the
//   period is the month (so the handover month itself is already a duty
//   month, and so is the month of the anniversary when it is not the 1st).
// - Otherwise kQuarterly, the period is the month's calendar quarter
//   (Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec). The first quarterly period may
//   overlap monthly ones; a callback counts in every period it falls in.
// The anniversary of 29 February is 1 March (absl civil normalisation).
#ifndef FRONTDESK_SERVER_REPORT_CALLBACK_CADENCE_H_
#define FRONTDESK_SERVER_REPORT_CALLBACK_CADENCE_H_

#include <optional>

#include "absl/time/civil_time.h"

namespace frontdesk {

enum class CallbackCadence { kNone, kMonthly, kQuarterly };

struct CallbackDuty {
  CallbackCadence cadence = CallbackCadence::kNone;
  // The duty period, both ends included.
  absl::CivilDay first;
  absl::CivilDay last;

  bool operator==(const CallbackDuty& o) const {
    return cadence == o.cadence && first == o.first && last == o.last;
  }
};

// The first anniversary of `handover`: the day the monthly cadence ends.
absl::CivilDay FirstAnniversary(absl::CivilDay handover);

// The duty of `month` at a site handed over on `handover` (nullopt: not set).
CallbackDuty CallbackDutyOf(std::optional<absl::CivilDay> handover,
                            absl::CivilMonth month);

// The calendar quarter holding `month`: its first and last day.
CallbackDuty QuarterOf(absl::CivilMonth month);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_CALLBACK_CADENCE_H_
