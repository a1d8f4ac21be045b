// Original file: ../../protos/frontdesk/v1/visitor_service.proto


export interface CancelVisitorPassRequest {
  'name'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface CancelVisitorPassRequest__Output {
  'name': (string);
  'etag': (string);
  'requestId': (string);
}
