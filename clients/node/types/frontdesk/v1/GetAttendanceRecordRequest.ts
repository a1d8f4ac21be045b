// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface GetAttendanceRecordRequest {
  'name'?: (string);
}

export interface GetAttendanceRecordRequest__Output {
  'name': (string);
}
