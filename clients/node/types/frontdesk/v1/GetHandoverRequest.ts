// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface GetHandoverRequest {
  'name'?: (string);
}

export interface GetHandoverRequest__Output {
  'name': (string);
}
