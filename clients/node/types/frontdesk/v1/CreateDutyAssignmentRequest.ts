// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { DutyAssignment as _frontdesk_v1_DutyAssignment, DutyAssignment__Output as _frontdesk_v1_DutyAssignment__Output } from '../../frontdesk/v1/DutyAssignment';

export interface CreateDutyAssignmentRequest {
  /**
   * "sites/{site}/shifts/{shift}".
   */
  'parent'?: (string);
  'dutyAssignment'?: (_frontdesk_v1_DutyAssignment | null);
  'requestId'?: (string);
}

export interface CreateDutyAssignmentRequest__Output {
  /**
   * "sites/{site}/shifts/{shift}".
   */
  'parent': (string);
  'dutyAssignment': (_frontdesk_v1_DutyAssignment__Output | null);
  'requestId': (string);
}
