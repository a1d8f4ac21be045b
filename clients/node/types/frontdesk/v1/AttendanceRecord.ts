// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_AttendanceRecord_Irregularity = {
  IRREGULARITY_UNSPECIFIED: 'IRREGULARITY_UNSPECIFIED',
  LATE: 'LATE',
  HANDOVER_ARRIVAL_LATE: 'HANDOVER_ARRIVAL_LATE',
  EARLY_LEAVE: 'EARLY_LEAVE',
  MISSED_CLOCK_IN: 'MISSED_CLOCK_IN',
  MISSED_CLOCK_OUT: 'MISSED_CLOCK_OUT',
  ABSENT: 'ABSENT',
} as const;

export type _frontdesk_v1_AttendanceRecord_Irregularity =
  | 'IRREGULARITY_UNSPECIFIED'
  | 0
  | 'LATE'
  | 1
  | 'HANDOVER_ARRIVAL_LATE'
  | 2
  | 'EARLY_LEAVE'
  | 3
  | 'MISSED_CLOCK_IN'
  | 4
  | 'MISSED_CLOCK_OUT'
  | 5
  | 'ABSENT'
  | 6

export type _frontdesk_v1_AttendanceRecord_Irregularity__Output = typeof _frontdesk_v1_AttendanceRecord_Irregularity[keyof typeof _frontdesk_v1_AttendanceRecord_Irregularity]

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_AttendanceRecord_Source = {
  SOURCE_UNSPECIFIED: 'SOURCE_UNSPECIFIED',
  /**
   * the person's own client
   */
  SELF: 'SELF',
  /**
   * a CLOCK_TERMINAL service account
   */
  TERMINAL: 'TERMINAL',
  /**
   * clocked out by a supervisor with override_reason
   */
  SUPERVISOR: 'SUPERVISOR',
  /**
   * an approved AttendanceCorrection
   */
  CORRECTION: 'CORRECTION',
} as const;

export type _frontdesk_v1_AttendanceRecord_Source =
  | 'SOURCE_UNSPECIFIED'
  | 0
  /**
   * the person's own client
   */
  | 'SELF'
  | 1
  /**
   * a CLOCK_TERMINAL service account
   */
  | 'TERMINAL'
  | 2
  /**
   * clocked out by a supervisor with override_reason
   */
  | 'SUPERVISOR'
  | 3
  /**
   * an approved AttendanceCorrection
   */
  | 'CORRECTION'
  | 4

export type _frontdesk_v1_AttendanceRecord_Source__Output = typeof _frontdesk_v1_AttendanceRecord_Source[keyof typeof _frontdesk_v1_AttendanceRecord_Source]

/**
 * Attendance of one duty assignment. Created with the assignment; clock
 * events fill it; it becomes final scheduled_end + 4 h after the shift.
 * 
 * Irregularities (computed, RosterPolicy limits feed the monthly summary),
 * in whole minutes cut down (a clock-in at 08:00:59 for an 08:00 start is on
 * time; that minute is the only grace):
 * - LATE (迟到): clock-in after scheduled_start.
 * - HANDOVER_ARRIVAL_LATE: the shift starts with a handover and the clock-in
 * is after scheduled_start - handover_arrival_lead but not LATE.
 * - EARLY_LEAVE (早退): clock-out before scheduled_end.
 * - MISSED_CLOCK_IN / MISSED_CLOCK_OUT: one of the two is missing when the
 * record becomes final.
 * - ABSENT (旷工): both are missing when final and the person was not on
 * approved leave or swapped out.
 */
export interface AttendanceRecord {
  /**
   * "staff/{staff}/attendanceRecords/{record}". Output only.
   */
  'name'?: (string);
  'staff'?: (string);
  'site'?: (string);
  'dutyAssignment'?: (string);
  'scheduledStart'?: (_google_protobuf_Timestamp | null);
  'scheduledEnd'?: (_google_protobuf_Timestamp | null);
  'clockInTime'?: (_google_protobuf_Timestamp | null);
  'clockInSource'?: (_frontdesk_v1_AttendanceRecord_Source);
  'clockOutTime'?: (_google_protobuf_Timestamp | null);
  'clockOutSource'?: (_frontdesk_v1_AttendanceRecord_Source);
  /**
   * For SUPERVISOR clock-outs.
   */
  'overrideReason'?: (string);
  'irregularities'?: (_frontdesk_v1_AttendanceRecord_Irregularity)[];
  'lateMinutes'?: (number);
  'earlyLeaveMinutes'?: (number);
  /**
   * Time worked after scheduled_end, e.g. waiting for a late relief.
   */
  'overtimeMinutes'?: (number);
  'final'?: (boolean);
  /**
   * AttendanceCorrections filed against this record.
   */
  'corrections'?: (string)[];
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
}

/**
 * Attendance of one duty assignment. Created with the assignment; clock
 * events fill it; it becomes final scheduled_end + 4 h after the shift.
 * 
 * Irregularities (computed, RosterPolicy limits feed the monthly summary),
 * in whole minutes cut down (a clock-in at 08:00:59 for an 08:00 start is on
 * time; that minute is the only grace):
 * - LATE (迟到): clock-in after scheduled_start.
 * - HANDOVER_ARRIVAL_LATE: the shift starts with a handover and the clock-in
 * is after scheduled_start - handover_arrival_lead but not LATE.
 * - EARLY_LEAVE (早退): clock-out before scheduled_end.
 * - MISSED_CLOCK_IN / MISSED_CLOCK_OUT: one of the two is missing when the
 * record becomes final.
 * - ABSENT (旷工): both are missing when final and the person was not on
 * approved leave or swapped out.
 */
export interface AttendanceRecord__Output {
  /**
   * "staff/{staff}/attendanceRecords/{record}". Output only.
   */
  'name': (string);
  'staff': (string);
  'site': (string);
  'dutyAssignment': (string);
  'scheduledStart': (_google_protobuf_Timestamp__Output | null);
  'scheduledEnd': (_google_protobuf_Timestamp__Output | null);
  'clockInTime': (_google_protobuf_Timestamp__Output | null);
  'clockInSource': (_frontdesk_v1_AttendanceRecord_Source__Output);
  'clockOutTime': (_google_protobuf_Timestamp__Output | null);
  'clockOutSource': (_frontdesk_v1_AttendanceRecord_Source__Output);
  /**
   * For SUPERVISOR clock-outs.
   */
  'overrideReason': (string);
  'irregularities': (_frontdesk_v1_AttendanceRecord_Irregularity__Output)[];
  'lateMinutes': (number);
  'earlyLeaveMinutes': (number);
  /**
   * Time worked after scheduled_end, e.g. waiting for a late relief.
   */
  'overtimeMinutes': (number);
  'final': (boolean);
  /**
   * AttendanceCorrections filed against this record.
   */
  'corrections': (string)[];
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
}
