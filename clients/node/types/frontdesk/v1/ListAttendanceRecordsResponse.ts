// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { AttendanceRecord as _frontdesk_v1_AttendanceRecord, AttendanceRecord__Output as _frontdesk_v1_AttendanceRecord__Output } from '../../frontdesk/v1/AttendanceRecord';

export interface ListAttendanceRecordsResponse {
  'attendanceRecords'?: (_frontdesk_v1_AttendanceRecord)[];
  'nextPageToken'?: (string);
}

export interface ListAttendanceRecordsResponse__Output {
  'attendanceRecords': (_frontdesk_v1_AttendanceRecord__Output)[];
  'nextPageToken': (string);
}
