// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface DeleteDutyAssignmentRequest {
  'name'?: (string);
  'etag'?: (string);
  'requestId'?: (string);
}

export interface DeleteDutyAssignmentRequest__Output {
  'name': (string);
  'etag': (string);
  'requestId': (string);
}
