// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { CalendarDay as _frontdesk_v1_CalendarDay, CalendarDay__Output as _frontdesk_v1_CalendarDay__Output } from '../../frontdesk/v1/CalendarDay';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../google/protobuf/FieldMask';

export interface UpdateCalendarDayRequest {
  /**
   * calendar_day.name "sites/{site}/calendarDays/{yyyy-mm-dd}".
   */
  'calendarDay'?: (_frontdesk_v1_CalendarDay | null);
  /**
   * Mutable: kind, note. Empty means both.
   */
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'allowMissing'?: (boolean);
  'requestId'?: (string);
}

export interface UpdateCalendarDayRequest__Output {
  /**
   * calendar_day.name "sites/{site}/calendarDays/{yyyy-mm-dd}".
   */
  'calendarDay': (_frontdesk_v1_CalendarDay__Output | null);
  /**
   * Mutable: kind, note. Empty means both.
   */
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'allowMissing': (boolean);
  'requestId': (string);
}
