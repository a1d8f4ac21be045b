// Night callbacks within the hour (000 §2.10) [T-NIGHT-CALLBACK-HOUR]: the
// night receptionist calls back every repair the day shifts resolved
// within 1 hour of the night shift's start. Target 100%.
//
// A day's watch runs from the start of its first DAY shift (the local
// midnight when it has none before the night) to the start of its first
// NIGHT shift; a day without a NIGHT shift in the roster has no watch and
// adds nothing. Each RESOLVED entry of a repair in a watch is one call
// owed; it is judged once called back (any result) or once the hour is
// over at as_of, and met when the first callback after the resolution
// came by the night shift's start + 1 hour.
#ifndef FRONTDESK_SERVER_REPORT_NIGHT_CALLBACKS_H_
#define FRONTDESK_SERVER_REPORT_NIGHT_CALLBACKS_H_

#include <vector>

#include "absl/time/time.h"
#include "db/report/night_callbacks.h"
#include "db/roster/shift_store.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk {

inline constexpr absl::Duration kNightCallbackWindow = absl::Hours(1);

struct NightWatch {
  long long day_start_us = 0;
  long long night_start_us = 0;
};

// The watches of the materialised `shifts` of one site, one per local date
// that has a NIGHT shift, in date order.
std::vector<NightWatch> NightWatchesOf(const std::vector<db::ShiftRow>& shifts,
                                       absl::TimeZone zone);

v1::RateMetric NightCallbacksWithinHour(
    const std::vector<db::RepairResolution>& resolutions,
    const std::vector<NightWatch>& watches, long long as_of_us);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_REPORT_NIGHT_CALLBACKS_H_
