// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { AttendanceSummary as _frontdesk_v1_AttendanceSummary, AttendanceSummary__Output as _frontdesk_v1_AttendanceSummary__Output } from '../../frontdesk/v1/AttendanceSummary';

export interface ListAttendanceSummariesResponse {
  'attendanceSummaries'?: (_frontdesk_v1_AttendanceSummary)[];
  'nextPageToken'?: (string);
}

export interface ListAttendanceSummariesResponse__Output {
  'attendanceSummaries': (_frontdesk_v1_AttendanceSummary__Output)[];
  'nextPageToken': (string);
}
