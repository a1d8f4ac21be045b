// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { CalendarDay as _frontdesk_v1_CalendarDay, CalendarDay__Output as _frontdesk_v1_CalendarDay__Output } from '../../frontdesk/v1/CalendarDay';

export interface ListCalendarDaysResponse {
  'calendarDays'?: (_frontdesk_v1_CalendarDay)[];
}

export interface ListCalendarDaysResponse__Output {
  'calendarDays': (_frontdesk_v1_CalendarDay__Output)[];
}
