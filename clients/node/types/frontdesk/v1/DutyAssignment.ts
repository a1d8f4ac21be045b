// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_DutyAssignment_Origin = {
  ORIGIN_UNSPECIFIED: 'ORIGIN_UNSPECIFIED',
  PLANNED: 'PLANNED',
  /**
   * obtained through shift_swap
   */
  SWAP: 'SWAP',
  /**
   * relief for someone on leave
   */
  LEAVE_COVER: 'LEAVE_COVER',
} as const;

export type _frontdesk_v1_DutyAssignment_Origin =
  | 'ORIGIN_UNSPECIFIED'
  | 0
  | 'PLANNED'
  | 1
  /**
   * obtained through shift_swap
   */
  | 'SWAP'
  | 2
  /**
   * relief for someone on leave
   */
  | 'LEAVE_COVER'
  | 3

export type _frontdesk_v1_DutyAssignment_Origin__Output = typeof _frontdesk_v1_DutyAssignment_Origin[keyof typeof _frontdesk_v1_DutyAssignment_Origin]

// Original file: ../../protos/frontdesk/v1/roster_service.proto

export const _frontdesk_v1_DutyAssignment_Status = {
  STATUS_UNSPECIFIED: 'STATUS_UNSPECIFIED',
  SCHEDULED: 'SCHEDULED',
  /**
   * clocked in
   */
  ON_DUTY: 'ON_DUTY',
  /**
   * the handover at the shift's end was accepted
   */
  RELIEVED: 'RELIEVED',
  /**
   * clocked out
   */
  COMPLETED: 'COMPLETED',
  /**
   * given away by an approved swap
   */
  SWAPPED_OUT: 'SWAPPED_OUT',
  /**
   * approved leave
   */
  ON_LEAVE: 'ON_LEAVE',
  /**
   * deleted before the shift
   */
  CANCELLED: 'CANCELLED',
  /**
   * its attendance record became final as ABSENT (旷工)
   */
  ABSENT: 'ABSENT',
} as const;

export type _frontdesk_v1_DutyAssignment_Status =
  | 'STATUS_UNSPECIFIED'
  | 0
  | 'SCHEDULED'
  | 1
  /**
   * clocked in
   */
  | 'ON_DUTY'
  | 2
  /**
   * the handover at the shift's end was accepted
   */
  | 'RELIEVED'
  | 3
  /**
   * clocked out
   */
  | 'COMPLETED'
  | 4
  /**
   * given away by an approved swap
   */
  | 'SWAPPED_OUT'
  | 5
  /**
   * approved leave
   */
  | 'ON_LEAVE'
  | 6
  /**
   * deleted before the shift
   */
  | 'CANCELLED'
  | 7
  /**
   * its attendance record became final as ABSENT (旷工)
   */
  | 'ABSENT'
  | 8

export type _frontdesk_v1_DutyAssignment_Status__Output = typeof _frontdesk_v1_DutyAssignment_Status[keyof typeof _frontdesk_v1_DutyAssignment_Status]

/**
 * A staff member on a shift.
 */
export interface DutyAssignment {
  /**
   * "sites/{site}/shifts/{shift}/assignments/{assignment}". Output only.
   */
  'name'?: (string);
  /**
   * "staff/{staff}". Required.
   */
  'staff'?: (string);
  /**
   * output only
   */
  'status'?: (_frontdesk_v1_DutyAssignment_Status);
  /**
   * PLANNED or LEAVE_COVER on create; SWAP is output only
   */
  'origin'?: (_frontdesk_v1_DutyAssignment_Origin);
  /**
   * "sites/{site}/shiftSwaps/{swap}" for origin SWAP or status SWAPPED_OUT.
   */
  'shiftSwap'?: (string);
  /**
   * "staff/{staff}/leaveApplications/{id}" for status ON_LEAVE.
   */
  'leaveApplication'?: (string);
  /**
   * output only, the shift's
   */
  'startTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only, the shift's
   */
  'endTime'?: (_google_protobuf_Timestamp | null);
  /**
   * output only
   */
  'createdBy'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
  /**
   * Set by ReleaseFromDuty: the supervisor who let the person go before
   * the relief took over, when and why. Output only.
   */
  'releasedBy'?: (string);
  'releaseTime'?: (_google_protobuf_Timestamp | null);
  'releaseReason'?: (string);
}

/**
 * A staff member on a shift.
 */
export interface DutyAssignment__Output {
  /**
   * "sites/{site}/shifts/{shift}/assignments/{assignment}". Output only.
   */
  'name': (string);
  /**
   * "staff/{staff}". Required.
   */
  'staff': (string);
  /**
   * output only
   */
  'status': (_frontdesk_v1_DutyAssignment_Status__Output);
  /**
   * PLANNED or LEAVE_COVER on create; SWAP is output only
   */
  'origin': (_frontdesk_v1_DutyAssignment_Origin__Output);
  /**
   * "sites/{site}/shiftSwaps/{swap}" for origin SWAP or status SWAPPED_OUT.
   */
  'shiftSwap': (string);
  /**
   * "staff/{staff}/leaveApplications/{id}" for status ON_LEAVE.
   */
  'leaveApplication': (string);
  /**
   * output only, the shift's
   */
  'startTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only, the shift's
   */
  'endTime': (_google_protobuf_Timestamp__Output | null);
  /**
   * output only
   */
  'createdBy': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
  /**
   * Set by ReleaseFromDuty: the supervisor who let the person go before
   * the relief took over, when and why. Output only.
   */
  'releasedBy': (string);
  'releaseTime': (_google_protobuf_Timestamp__Output | null);
  'releaseReason': (string);
}
