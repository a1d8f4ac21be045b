// A site's working-day calendar: Monday to Friday are working days and
// Saturday and Sunday rest days, except the site's public holidays (rest,
// whatever the weekday) and make-up working days (调休上班: a weekend day
// worked in exchange for a longer holiday, e.g. the Saturday after China's
// National Day week).
//
// Any rule that counts working days counts them here: a shift swap is
// applied for at least one working day ahead [R-SWAP-NOTICE]. Notice of N
// working days before a shift on date D means the request is made on or
// before the Nth working day before D (D itself never counts): for a Monday
// shift, one working day's notice is Friday's, or the Sunday before when
// that Sunday is a make-up working day.
#ifndef FRONTDESK_SERVER_ROSTER_WORKING_DAYS_H_
#define FRONTDESK_SERVER_ROSTER_WORKING_DAYS_H_

#include <set>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"

namespace frontdesk {

class WorkingCalendar {
 public:
  // Monday to Friday, no holidays.
  WorkingCalendar() = default;

  // A calendar with `holidays` (rest days) and `make_up_working_days`
  // (worked days). A date in both lists is INVALID_ARGUMENT naming
  // make_up_working_days; so is a make-up working day that is a weekday
  // (it is a working day anyway, and listing it hides a typo).
  static absl::StatusOr<WorkingCalendar> Create(
      const std::vector<absl::CivilDay>& holidays,
      const std::vector<absl::CivilDay>& make_up_working_days);

  bool IsWorkingDay(absl::CivilDay day) const;

  // The Nth working day before `day` (N = working_days >= 1).
  absl::CivilDay WorkingDaysBefore(absl::CivilDay day, int working_days) const;

 private:
  std::set<absl::CivilDay> holidays_;
  std::set<absl::CivilDay> make_up_working_days_;
};

bool IsWeekend(absl::CivilDay day);

// True when a request made on local date `requested_on` gives
// `notice_working_days` (>= 1) working days' notice of a shift starting on
// local date `shift_date`: requested_on is on or before the Nth working day
// before shift_date. Zero or fewer working days only asks that the request
// is not after the shift's date.
bool HasWorkingDaysNotice(const WorkingCalendar& calendar,
                          absl::CivilDay requested_on,
                          absl::CivilDay shift_date, int notice_working_days);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_WORKING_DAYS_H_
