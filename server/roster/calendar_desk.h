// A site's working-day calendar: its public holidays and make-up working
// days (调休), "sites/{site}/calendarDays/{yyyy-mm-dd}". Anyone at the site
// reads it; its MANAGER keeps it (the permission table) [R-SWAP-NOTICE].
//
// - UpdateCalendarDay sets one day's kind and note; with allow_missing a
//   day not in the calendar is added (AIP-134), without it such a day is
//   NOT_FOUND (CALENDAR_DAY_NOT_FOUND). The calendar must still be one
//   (working_days.h): a make-up working day on a weekday is
//   INVALID_ARGUMENT on calendar_day.kind.
// - DeleteCalendarDay returns the day to what its weekday says
//   (CALENDAR_DAY_NOT_FOUND when it was not set).
// - ListCalendarDays needs a date range of at most 400 days.
#ifndef FRONTDESK_SERVER_ROSTER_CALENDAR_DESK_H_
#define FRONTDESK_SERVER_ROSTER_CALENDAR_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

class CalendarDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status ListCalendarDays(const Call& call,
                                const v1::ListCalendarDaysRequest& request,
                                v1::ListCalendarDaysResponse* response);
  absl::Status UpdateCalendarDay(const Call& call,
                                 const v1::UpdateCalendarDayRequest& request,
                                 v1::CalendarDay* response);
  absl::Status DeleteCalendarDay(const Call& call,
                                 const v1::DeleteCalendarDayRequest& request,
                                 v1::CalendarDay* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_CALENDAR_DESK_H_
