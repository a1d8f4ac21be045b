// Original file: ../../protos/frontdesk/v1/roster_service.proto

import type { AttendanceCorrection as _frontdesk_v1_AttendanceCorrection, AttendanceCorrection__Output as _frontdesk_v1_AttendanceCorrection__Output } from '../../frontdesk/v1/AttendanceCorrection';

export interface CreateAttendanceCorrectionRequest {
  /**
   * "staff/{staff}", the caller.
   */
  'parent'?: (string);
  'attendanceCorrection'?: (_frontdesk_v1_AttendanceCorrection | null);
  'requestId'?: (string);
}

export interface CreateAttendanceCorrectionRequest__Output {
  /**
   * "staff/{staff}", the caller.
   */
  'parent': (string);
  'attendanceCorrection': (_frontdesk_v1_AttendanceCorrection__Output | null);
  'requestId': (string);
}
