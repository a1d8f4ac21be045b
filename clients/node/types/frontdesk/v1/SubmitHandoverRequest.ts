// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface SubmitHandoverRequest {
  'name'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface SubmitHandoverRequest__Output {
  'name': (string);
  'etag': (string);
  'requestId': (string);
}
