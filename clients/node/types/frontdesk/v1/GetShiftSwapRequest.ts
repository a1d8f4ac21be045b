// Original file: ../../protos/frontdesk/v1/roster_service.proto


export interface GetShiftSwapRequest {
  'name'?: (string);
}

export interface GetShiftSwapRequest__Output {
  'name': (string);
}
