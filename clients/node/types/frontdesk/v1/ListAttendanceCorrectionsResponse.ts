// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { AttendanceCorrection as _frontdesk_v1_AttendanceCorrection, AttendanceCorrection__Output as _frontdesk_v1_AttendanceCorrection__Output } from '../../frontdesk/v1/AttendanceCorrection';

export interface ListAttendanceCorrectionsResponse {
  'attendanceCorrections'?: (_frontdesk_v1_AttendanceCorrection)[];
  'nextPageToken'?: (string);
}

export interface ListAttendanceCorrectionsResponse__Output {
  'attendanceCorrections': (_frontdesk_v1_AttendanceCorrection__Output)[];
  'nextPageToken': (string);
}
