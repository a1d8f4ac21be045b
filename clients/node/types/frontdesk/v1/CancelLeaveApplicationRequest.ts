// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface CancelLeaveApplicationRequest {
  'name'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface CancelLeaveApplicationRequest__Output {
  'name': (string);
  'etag': (string);
  'requestId': (string);
}
