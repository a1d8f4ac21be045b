// A site's working-day calendar: its public holidays and make-up working
// days (调休), one row per local date ("sites/{site}/calendarDays/{date}").
// All SQL for roster_calendar_days lives here.
//
// Contract:
// - Setting a day replaces whatever that date held (kind, note, who set it
//   and when); clearing a range removes the days in it. Dates are the
//   site's local dates, ranges [first, last] inclusive.
// - Kept here whatever the caller validated: the site exists (NOT_FOUND
//   SITE_NOT_FOUND); each day's kind is HOLIDAY or MAKEUP_WORKDAY and each
//   date is set once per call (INVALID_ARGUMENT naming "days[i].kind" /
//   "days[i].date"). A refused call writes nothing.
// - The caller checks that the calendar still makes a WorkingCalendar
//   (server/roster/working_days.h: no make-up working day on a weekday) —
//   a rule, which db/ does not hold.
// - WorkingDaysOf() turns the listed days into the two lists
//   WorkingCalendar::Create takes.
// Functions work inside the caller's transaction.
#ifndef FRONTDESK_DB_ROSTER_CALENDAR_STORE_H_
#define FRONTDESK_DB_ROSTER_CALENDAR_STORE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "db/database.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk::db {

struct CalendarDayRow {
  absl::CivilDay date;
  v1::CalendarDay::Kind kind = v1::CalendarDay::KIND_UNSPECIFIED;
  std::string note;
  // Set by the store when written.
  std::string updated_by;  // staff id
  long long update_us = 0;

  v1::CalendarDay ToProto(const std::string& site_id) const;
};

// Writes each of `days` (their updated_by and update_us are ignored) as set
// by `actor_staff_id` at `now_us`.
absl::Status SetCalendarDays(Tx& tx, const std::string& site_id,
                             const std::vector<CalendarDayRow>& days,
                             const std::string& actor_staff_id,
                             long long now_us);

// Removes the site's days in [first, last]; how many there were.
absl::StatusOr<int> ClearCalendarDays(Tx& tx, const std::string& site_id,
                                      absl::CivilDay first,
                                      absl::CivilDay last);

// The site's days in [first, last], in date order.
absl::StatusOr<std::vector<CalendarDayRow>> ListCalendarDays(
    Tx& tx, const std::string& site_id, absl::CivilDay first,
    absl::CivilDay last);

// The arguments of WorkingCalendar::Create, in date order.
struct WorkingCalendarDays {
  std::vector<absl::CivilDay> holidays;
  std::vector<absl::CivilDay> make_up_working_days;
};
WorkingCalendarDays WorkingDaysOf(const std::vector<CalendarDayRow>& days);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ROSTER_CALENDAR_STORE_H_
