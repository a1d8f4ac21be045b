// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ApproveLeaveApplicationRequest {
  'name'?: (string);
  'comment'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface ApproveLeaveApplicationRequest__Output {
  'name': (string);
  'comment': (string);
  'etag': (string);
  'requestId': (string);
}
