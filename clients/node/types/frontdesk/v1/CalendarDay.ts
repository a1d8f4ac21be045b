// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_CalendarDay_Kind = {
  KIND_UNSPECIFIED: 'KIND_UNSPECIFIED',
  /**
   * A public holiday: a rest day, whatever the weekday.
   */
  HOLIDAY: 'HOLIDAY',
  /**
   * 调休上班: a Saturday or Sunday worked in exchange for a longer
   * holiday (a weekday is a working day anyway: INVALID_ARGUMENT).
   */
  MAKEUP_WORKDAY: 'MAKEUP_WORKDAY',
} as const;

export type _frontdesk_v1_CalendarDay_Kind =
  | 'KIND_UNSPECIFIED'
  | 0
  /**
   * A public holiday: a rest day, whatever the weekday.
   */
  | 'HOLIDAY'
  | 1
  /**
   * 调休上班: a Saturday or Sunday worked in exchange for a longer
   * holiday (a weekday is a working day anyway: INVALID_ARGUMENT).
   */
  | 'MAKEUP_WORKDAY'
  | 2

export type _frontdesk_v1_CalendarDay_Kind__Output = typeof _frontdesk_v1_CalendarDay_Kind[keyof typeof _frontdesk_v1_CalendarDay_Kind]

/**
 * A day of a site's working-day calendar that is not what its weekday
 * says: "sites/{site}/calendarDays/{yyyy-mm-dd}". Kept by the MANAGER; the
 * rules that count working days use it (SWAP_NOTICE_TOO_SHORT). Monday to
 * Friday are working days and weekends rest days, except these days.
 */
export interface CalendarDay {
  /**
   * Output only.
   */
  'name'?: (string);
  /**
   * Local date "YYYY-MM-DD". Required.
   */
  'date'?: (string);
  /**
   * required
   */
  'kind'?: (_frontdesk_v1_CalendarDay_Kind);
  /**
   * At most 200 characters, e.g. "国庆节".
   */
  'note'?: (string);
  /**
   * "staff/{staff}" who last set the day. Output only.
   */
  'updatedBy'?: (string);
  /**
   * output only
   */
  'updateTime'?: (_google_protobuf_Timestamp | null);
}

/**
 * A day of a site's working-day calendar that is not what its weekday
 * says: "sites/{site}/calendarDays/{yyyy-mm-dd}". Kept by the MANAGER; the
 * rules that count working days use it (SWAP_NOTICE_TOO_SHORT). Monday to
 * Friday are working days and weekends rest days, except these days.
 */
export interface CalendarDay__Output {
  /**
   * Output only.
   */
  'name': (string);
  /**
   * Local date "YYYY-MM-DD". Required.
   */
  'date': (string);
  /**
   * required
   */
  'kind': (_frontdesk_v1_CalendarDay_Kind__Output);
  /**
   * At most 200 characters, e.g. "国庆节".
   */
  'note': (string);
  /**
   * "staff/{staff}" who last set the day. Output only.
   */
  'updatedBy': (string);
  /**
   * output only
   */
  'updateTime': (_google_protobuf_Timestamp__Output | null);
}
