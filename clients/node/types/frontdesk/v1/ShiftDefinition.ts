// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_ShiftDefinition_Kind = {
  KIND_UNSPECIFIED: 'KIND_UNSPECIFIED',
  /**
   * 白班
   */
  DAY: 'DAY',
  /**
   * 夜班
   */
  NIGHT: 'NIGHT',
} as const;

export type _frontdesk_v1_ShiftDefinition_Kind =
  | 'KIND_UNSPECIFIED'
  | 0
  /**
   * 白班
   */
  | 'DAY'
  | 1
  /**
   * 夜班
   */
  | 'NIGHT'
  | 2

export type _frontdesk_v1_ShiftDefinition_Kind__Output = typeof _frontdesk_v1_ShiftDefinition_Kind[keyof typeof _frontdesk_v1_ShiftDefinition_Kind]

/**
 * One shift of a site's day, in local time.
 */
export interface ShiftDefinition {
  /**
   * 1..16 of [a-z0-9], e.g. "day", "night", "mid". Unique in the policy.
   */
  'id'?: (string);
  /**
   * 1..32 characters, e.g. "白班".
   */
  'displayName'?: (string);
  'kind'?: (_frontdesk_v1_ShiftDefinition_Kind);
  /**
   * Local start "HH:MM" (24-hour clock).
   */
  'startLocalTime'?: (string);
  /**
   * Nominal length, 1 h .. 24 h, whole minutes.
   */
  'duration'?: (_google_protobuf_Duration | null);
  /**
   * Receptionists needed on the shift, 1..20.
   */
  'minHeadcount'?: (number);
}

/**
 * One shift of a site's day, in local time.
 */
export interface ShiftDefinition__Output {
  /**
   * 1..16 of [a-z0-9], e.g. "day", "night", "mid". Unique in the policy.
   */
  'id': (string);
  /**
   * 1..32 characters, e.g. "白班".
   */
  'displayName': (string);
  'kind': (_frontdesk_v1_ShiftDefinition_Kind__Output);
  /**
   * Local start "HH:MM" (24-hour clock).
   */
  'startLocalTime': (string);
  /**
   * Nominal length, 1 h .. 24 h, whole minutes.
   */
  'duration': (_google_protobuf_Duration__Output | null);
  /**
   * Receptionists needed on the shift, 1..20.
   */
  'minHeadcount': (number);
}
