// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { LeaveDays as _frontdesk_v1_LeaveDays, LeaveDays__Output as _frontdesk_v1_LeaveDays__Output } from '../../frontdesk/v1/LeaveDays';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_AttendanceSummary_Breach = {
  BREACH_UNSPECIFIED: 'BREACH_UNSPECIFIED',
  /**
   * late_count >= max_late_per_month: the third late arrival of a month is
   * already a breach (001: 超过三次(含)以上).
   */
  LATE_LIMIT: 'LATE_LIMIT',
  /**
   * corrections > max_corrections_per_month
   */
  CORRECTION_LIMIT: 'CORRECTION_LIMIT',
  /**
   * absence_count > 0
   */
  ANY_ABSENCE: 'ANY_ABSENCE',
} as const;

export type _frontdesk_v1_AttendanceSummary_Breach =
  | 'BREACH_UNSPECIFIED'
  | 0
  /**
   * late_count >= max_late_per_month: the third late arrival of a month is
   * already a breach (001: 超过三次(含)以上).
   */
  | 'LATE_LIMIT'
  | 1
  /**
   * corrections > max_corrections_per_month
   */
  | 'CORRECTION_LIMIT'
  | 2
  /**
   * absence_count > 0
   */
  | 'ANY_ABSENCE'
  | 3

export type _frontdesk_v1_AttendanceSummary_Breach__Output = typeof _frontdesk_v1_AttendanceSummary_Breach[keyof typeof _frontdesk_v1_AttendanceSummary_Breach]

/**
 * One person's attendance for a month (月度考勤汇总), input to the monthly
 * assessment. Months are site-local; with a site filter only that site's
 * records count.
 */
export interface AttendanceSummary {
  /**
   * "staff/{staff}/attendanceSummaries/{yyyy-mm}". Output only.
   */
  'name'?: (string);
  'staff'?: (string);
  'month'?: (string);
  /**
   * "sites/{site}" when restricted to one site, else empty.
   */
  'site'?: (string);
  'scheduledShifts'?: (number);
  'workedShifts'?: (number);
  'workedTime'?: (_google_protobuf_Duration | null);
  'lateCount'?: (number);
  'lateMinutes'?: (number);
  'handoverArrivalLateCount'?: (number);
  'earlyLeaveCount'?: (number);
  'earlyLeaveMinutes'?: (number);
  'absenceCount'?: (number);
  'missedClockInCount'?: (number);
  'missedClockOutCount'?: (number);
  /**
   * Approved corrections (补卡) in the month.
   */
  'correctionCount'?: (number);
  'overtimeMinutes'?: (number);
  /**
   * Approved swaps the person was a party to.
   */
  'swapCount'?: (number);
  'leave'?: (_frontdesk_v1_LeaveDays)[];
  'breaches'?: (_frontdesk_v1_AttendanceSummary_Breach)[];
  /**
   * True once every record of the month is final and the correction window
   * has closed (3 days after the month).
   */
  'final'?: (boolean);
}

/**
 * One person's attendance for a month (月度考勤汇总), input to the monthly
 * assessment. Months are site-local; with a site filter only that site's
 * records count.
 */
export interface AttendanceSummary__Output {
  /**
   * "staff/{staff}/attendanceSummaries/{yyyy-mm}". Output only.
   */
  'name': (string);
  'staff': (string);
  'month': (string);
  /**
   * "sites/{site}" when restricted to one site, else empty.
   */
  'site': (string);
  'scheduledShifts': (number);
  'workedShifts': (number);
  'workedTime': (_google_protobuf_Duration__Output | null);
  'lateCount': (number);
  'lateMinutes': (number);
  'handoverArrivalLateCount': (number);
  'earlyLeaveCount': (number);
  'earlyLeaveMinutes': (number);
  'absenceCount': (number);
  'missedClockInCount': (number);
  'missedClockOutCount': (number);
  /**
   * Approved corrections (补卡) in the month.
   */
  'correctionCount': (number);
  'overtimeMinutes': (number);
  /**
   * Approved swaps the person was a party to.
   */
  'swapCount': (number);
  'leave': (_frontdesk_v1_LeaveDays__Output)[];
  'breaches': (_frontdesk_v1_AttendanceSummary_Breach__Output)[];
  /**
   * True once every record of the month is final and the correction window
   * has closed (3 days after the month).
   */
  'final': (boolean);
}
