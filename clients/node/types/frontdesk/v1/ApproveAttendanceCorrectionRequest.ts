// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ApproveAttendanceCorrectionRequest {
  'name'?: (string);
  'comment'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface ApproveAttendanceCorrectionRequest__Output {
  'name': (string);
  'comment': (string);
  'etag': (string);
  'requestId': (string);
}
