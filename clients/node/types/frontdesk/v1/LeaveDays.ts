// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { _frontdesk_v1_LeaveApplication_Type, _frontdesk_v1_LeaveApplication_Type__Output } from '../../frontdesk/v1/LeaveApplication';

/**
 * Leave taken in a month, by type.
 */
export interface LeaveDays {
  'type'?: (_frontdesk_v1_LeaveApplication_Type);
  /**
   * Local calendar days, in halves (0.5 steps).
   */
  'days'?: (number | string);
}

/**
 * Leave taken in a month, by type.
 */
export interface LeaveDays__Output {
  'type': (_frontdesk_v1_LeaveApplication_Type__Output);
  /**
   * Local calendar days, in halves (0.5 steps).
   */
  'days': (number);
}
