// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface GetShiftRequest {
  'name'?: (string);
}

export interface GetShiftRequest__Output {
  'name': (string);
}
