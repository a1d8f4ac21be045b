// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_AttendanceCorrection_Kind = {
  KIND_UNSPECIFIED: 'KIND_UNSPECIFIED',
  CLOCK_IN: 'CLOCK_IN',
  CLOCK_OUT: 'CLOCK_OUT',
} as const;

export type _frontdesk_v1_AttendanceCorrection_Kind =
  | 'KIND_UNSPECIFIED'
  | 0
  | 'CLOCK_IN'
  | 1
  | 'CLOCK_OUT'
  | 2

export type _frontdesk_v1_AttendanceCorrection_Kind__Output = typeof _frontdesk_v1_AttendanceCorrection_Kind[keyof typeof _frontdesk_v1_AttendanceCorrection_Kind]

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_AttendanceCorrection_Status = {
  STATUS_UNSPECIFIED: 'STATUS_UNSPECIFIED',
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
} as const;

export type _frontdesk_v1_AttendanceCorrection_Status =
  | 'STATUS_UNSPECIFIED'
  | 0
  | 'PENDING'
  | 1
  | 'APPROVED'
  | 2
  | 'REJECTED'
  | 3

export type _frontdesk_v1_AttendanceCorrection_Status__Output = typeof _frontdesk_v1_AttendanceCorrection_Status[keyof typeof _frontdesk_v1_AttendanceCorrection_Status]

/**
 * A request to record a missed clock-in or clock-out (补卡).
 * Filed by the person within 3 days after the shift ended and before the
 * month's summary is final (CORRECTION_WINDOW_CLOSED). Corrections beyond
 * RosterPolicy.max_corrections_per_month are accepted but marked over_limit
 * and reported as a breach.
 */
export interface AttendanceCorrection {
  /**
   * "staff/{staff}/attendanceCorrections/{correction}". Output only.
   */
  'name'?: (string);
  /**
   * "staff/{staff}/attendanceRecords/{record}" of the caller. Required; the
   * record must lack the clock event of `kind` (INVALID_ARGUMENT otherwise).
   */
  'attendanceRecord'?: (string);
  /**
   * required
   */
  'kind'?: (_frontdesk_v1_AttendanceCorrection_Kind);
  /**
   * The time the person says they arrived or left; within
   * [scheduled_start - 2 h, scheduled_end + 4 h].
   */
  'claimedTime'?: (_google_protobuf_Timestamp | null);
  /**
   * 1..500 characters, e.g. "外出处理漏水,未能打卡". Required.
   */
  'reason'?: (string);
  /**
   * output only
   */
  'status'?: (_frontdesk_v1_AttendanceCorrection_Status);
  /**
   * output only
   */
  'overLimit'?: (boolean);
  /**
   * output only
   */
  'decidedBy'?: (string);
  /**
   * output only
   */
  'decideTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'decisionComment'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
}

/**
 * A request to record a missed clock-in or clock-out (补卡).
 * Filed by the person within 3 days after the shift ended and before the
 * month's summary is final (CORRECTION_WINDOW_CLOSED). Corrections beyond
 * RosterPolicy.max_corrections_per_month are accepted but marked over_limit
 * and reported as a breach.
 */
export interface AttendanceCorrection__Output {
  /**
   * "staff/{staff}/attendanceCorrections/{correction}". Output only.
   */
  'name': (string);
  /**
   * "staff/{staff}/attendanceRecords/{record}" of the caller. Required; the
   * record must lack the clock event of `kind` (INVALID_ARGUMENT otherwise).
   */
  'attendanceRecord': (string);
  /**
   * required
   */
  'kind': (_frontdesk_v1_AttendanceCorrection_Kind__Output);
  /**
   * The time the person says they arrived or left; within
   * [scheduled_start - 2 h, scheduled_end + 4 h].
   */
  'claimedTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * 1..500 characters, e.g. "外出处理漏水,未能打卡". Required.
   */
  'reason': (string);
  /**
   * output only
   */
  'status': (_frontdesk_v1_AttendanceCorrection_Status__Output);
  /**
   * output only
   */
  'overLimit': (boolean);
  /**
   * output only
   */
  'decidedBy': (string);
  /**
   * output only
   */
  'decideTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'decisionComment': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
}
