// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface AgreeShiftSwapRequest {
  'name'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface AgreeShiftSwapRequest__Output {
  'name': (string);
  'etag': (string);
  'requestId': (string);
}
