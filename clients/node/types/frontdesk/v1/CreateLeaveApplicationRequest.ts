// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { LeaveApplication as _frontdesk_v1_LeaveApplication, LeaveApplication__Output as _frontdesk_v1_LeaveApplication__Output } from '../../frontdesk/v1/LeaveApplication';

export interface CreateLeaveApplicationRequest {
  /**
   * "staff/{staff}", the caller.
   */
  'parent'?: (string);
  'leaveApplication'?: (_frontdesk_v1_LeaveApplication | null);
  'requestId'?: (string);
}

export interface CreateLeaveApplicationRequest__Output {
  /**
   * "staff/{staff}", the caller.
   */
  'parent': (string);
  'leaveApplication': (_frontdesk_v1_LeaveApplication__Output | null);
  'requestId': (string);
}
