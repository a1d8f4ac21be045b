// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ReturnFromLeaveRequest {
  'name'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface ReturnFromLeaveRequest__Output {
  'name': (string);
  'etag': (string);
  'requestId': (string);
}
