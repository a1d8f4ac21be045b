// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { DutyAssignment as _frontdesk_v1_DutyAssignment, DutyAssignment__Output as _frontdesk_v1_DutyAssignment__Output } from '../../frontdesk/v1/DutyAssignment';

export interface ListDutyAssignmentsResponse {
  'dutyAssignments'?: (_frontdesk_v1_DutyAssignment)[];
  'nextPageToken'?: (string);
}

export interface ListDutyAssignmentsResponse__Output {
  'dutyAssignments': (_frontdesk_v1_DutyAssignment__Output)[];
  'nextPageToken': (string);
}
