// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { LeaveApplication as _frontdesk_v1_LeaveApplication, LeaveApplication__Output as _frontdesk_v1_LeaveApplication__Output } from '../../frontdesk/v1/LeaveApplication';

export interface ListLeaveApplicationsResponse {
  'leaveApplications'?: (_frontdesk_v1_LeaveApplication)[];
  'nextPageToken'?: (string);
}

export interface ListLeaveApplicationsResponse__Output {
  'leaveApplications': (_frontdesk_v1_LeaveApplication__Output)[];
  'nextPageToken': (string);
}
