// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface CancelShiftSwapRequest {
  'name'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface CancelShiftSwapRequest__Output {
  'name': (string);
  'etag': (string);
  'requestId': (string);
}
