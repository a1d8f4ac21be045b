#include "server/roster/working_days.h"

#include "common/status.h"

namespace frontdesk {

bool IsWeekend(absl::CivilDay day) {
  const absl::Weekday w = absl::GetWeekday(day);
  return w == absl::Weekday::saturday || w == absl::Weekday::sunday;
}

absl::StatusOr<WorkingCalendar> WorkingCalendar::Create(
    const std::vector<absl::CivilDay>& holidays,
    const std::vector<absl::CivilDay>& make_up_working_days) {
  WorkingCalendar calendar;
  calendar.holidays_.insert(holidays.begin(), holidays.end());
  for (absl::CivilDay day : make_up_working_days) {
    if (calendar.holidays_.count(day) > 0) {
      return InvalidField("make_up_working_days",
                          "a date cannot be both a holiday and a make-up "
                          "working day");
    }
    if (!IsWeekend(day)) {
      return InvalidField("make_up_working_days",
                          "a make-up working day is a Saturday or Sunday");
    }
    calendar.make_up_working_days_.insert(day);
  }
  return calendar;
}

bool WorkingCalendar::IsWorkingDay(absl::CivilDay day) const {
  if (holidays_.count(day) > 0) return false;
  if (make_up_working_days_.count(day) > 0) return true;
  return !IsWeekend(day);
}

absl::CivilDay WorkingCalendar::WorkingDaysBefore(absl::CivilDay day,
                                                  int working_days) const {
  // Terminates: the holidays are finite, so weekdays that are working days
  // come back however long the run of rest days.
  int found = 0;
  while (found < working_days) {
    --day;
    if (IsWorkingDay(day)) ++found;
  }
  return day;
}

bool HasWorkingDaysNotice(const WorkingCalendar& calendar,
                          absl::CivilDay requested_on,
                          absl::CivilDay shift_date, int notice_working_days) {
  if (notice_working_days <= 0) return requested_on <= shift_date;
  return requested_on <=
         calendar.WorkingDaysBefore(shift_date, notice_working_days);
}

}  // namespace frontdesk
