// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface ApproveShiftSwapRequest {
  'name'?: (string);
  'comment'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface ApproveShiftSwapRequest__Output {
  'name': (string);
  'comment': (string);
  'etag': (string);
  'requestId': (string);
}
